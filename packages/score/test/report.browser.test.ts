/**
 * The HTML report in a real browser: Debian's Chromium (/usr/bin/chromium, from apt) driven by playwright-core,
 * no browser download. Skipped when Chromium is missing on a developer's machine; in CI (`CI` set) a missing
 * Chromium fails the test.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, renderHtml, type Summary } from '../src/index.ts';
import { GOLD, PRED, TEXT_EN, TEXT_FR } from './scenario.ts';

const CHROMIUM = '/usr/bin/chromium';
const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false';
const available = existsSync(CHROMIUM);
const artifacts = join(import.meta.dirname, 'artifacts');

interface Cell {
  readonly scope: string;
  readonly type: string;
  readonly key: string;
  readonly text: string;
}

describe.skipIf(!available && !inCi)('HTML report in Chromium (skipped only outside CI when /usr/bin/chromium is missing)', () => {
  const report = evaluate({ gold: GOLD, pred: PRED });
  const html = renderHtml(report, [{ id: 'fr-a', text: TEXT_FR }, { id: 'en-b', text: TEXT_EN }]);
  const dir = mkdtempSync(join(tmpdir(), 'faits-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
    // launch() gives the browser a fresh temporary user-data dir, removed on close
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders: title, score tables, both articles, no script error, no request but the page itself', async () => {
    expect(await page.title()).toBe('faits eval');
    expect(await page.locator('h1').textContent()).toBe('faits eval');
    expect(await page.locator('table.scores').count()).toBe(3); // en, fr, all
    expect(await page.locator('article.doc').count()).toBe(3); // fr-a, en-b, fr-c (error record, no text)
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true });
  }, 30_000);

  it('the counts and scores shown equal the JSON report', async () => {
    const cells = await page.$$eval('table.scores td[data-k]', (tds) => tds.map((td) => ({
      scope: td.closest('table')?.getAttribute('data-scope') ?? '',
      type: td.closest('tr')?.getAttribute('data-type') ?? '',
      key: td.getAttribute('data-k') ?? '',
      text: td.textContent ?? '',
    })));
    const summaryOf = (scope: string): Summary => (scope === 'all' ? report.overall : report.languages[scope]) as Summary;
    const expected = (cell: Cell): string => {
      const summary = summaryOf(cell.scope);
      const scores = cell.type === 'micro' ? summary.micro : cell.type === 'macro' ? summary.macro : summary.types[cell.type as 'date'];
      const [head, tail] = cell.key.split('.') as [string, string | undefined];
      if (tail === undefined) return String((scores as unknown as { counts: Record<string, number> }).counts[head]);
      return ((scores as unknown as Record<string, Record<string, number>>)[head]?.[tail] as number).toFixed(3);
    };
    // every type of every scope is shown, each with 7 counts and 6 scores (macro: 6 scores)
    const rows = new Set(cells.map((c) => `${c.scope}/${c.type}`));
    for (const scope of ['en', 'fr', 'all']) {
      for (const type of [...Object.keys(summaryOf(scope).types), 'micro', 'macro']) expect(rows).toContain(`${scope}/${type}`);
    }
    expect(cells.length).toBe((5 + 7 + 8) * 13 + 3 * (13 + 6)); // en 5 types, fr 7, all 8: 13 cells a row; micro 13, macro 6
    for (const cell of cells) expect(`${cell.scope}/${cell.type}/${cell.key} ${cell.text}`).toBe(`${cell.scope}/${cell.type}/${cell.key} ${expected(cell)}`);
    // spot checks worked out by hand: all-languages micro COR 3 of POS 13, strict F1 0.240
    const micro = cells.filter((c) => c.scope === 'all' && c.type === 'micro');
    expect(micro.find((c) => c.key === 'correct')?.text).toBe('3');
    expect(micro.find((c) => c.key === 'possible')?.text).toBe('13');
    expect(micro.find((c) => c.key === 'strict.f1')?.text).toBe('0.240');
    expect(await page.locator('[data-k="headline.f1"]').textContent()).toBe('0.240');
    expect(await page.locator('#doc-0 [data-k="doc.counts"]').textContent()).toBe('COR 2 · INC 3 · PAR 2 · MIS 1 · SPU 1');
  });

  it('the article text is shown exactly, HTML in it escaped: no <script> ran, no <img> made, no dialog', async () => {
    const texts = await page.$$eval('pre.text', (pres) => pres.map((p) => p.textContent));
    expect(texts).toEqual([TEXT_FR, TEXT_EN]); // NNBSP, NBSP, elision and the emoji kept
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1); // the report's own
    const globals = await page.evaluate(() => [typeof Reflect.get(globalThis, '__xss'), typeof Reflect.get(globalThis, '__xss2')]);
    expect(globals).toEqual(['undefined', 'undefined']);
    expect(dialogs).toEqual([]);
    // the spurious product whose canonical name is an <img> tag shows as text in the list
    const row = page.locator('#doc-1 tr.match[data-cat="spurious"][data-type="product"]');
    expect(await row.locator('td').nth(3).textContent()).toContain('canonical=<img src=x onerror=alert(1)>');
  });

  it('highlights each category in its color, with the fields on hover', async () => {
    const nvidia = page.locator('#doc-0 span.m.on', { hasText: /^Nvidia$/u });
    expect(await nvidia.getAttribute('class')).toBe('m on c-correct');
    const elon = page.locator('#doc-0 span.m.on', { hasText: /^Elon$/u });
    expect(await elon.getAttribute('class')).toContain('c-incorrect');
    const mars = page.locator('#doc-0 span.m.on', { hasText: /^en mars$/u });
    const title = await mars.getAttribute('title');
    expect(title).toContain('INCORRECT date');
    expect(title).toContain('value: gold 2024-03 / pred 2025-03');
    const colors = await page.evaluate<string[]>("[...document.querySelectorAll('.controls .swatch')].map((e) => getComputedStyle(e).backgroundColor)");
    expect(new Set(colors).size).toBe(6); // six categories, six colors in the legend
  });

  it('filtering by type hides the other types; filtering by category too', async () => {
    await page.click('button[data-set="none"][data-group="f-type"]');
    await page.check('input.f-type[value="date"]');
    const visibleRows = await page.$$eval('tr.match', (rows) => rows.filter((r) => !r.hasAttribute('hidden')).map((r) => r.getAttribute('data-type')));
    // dates in the report: g5 and g7 in fr-a, h3 in en-b
    expect(visibleRows).toEqual(['date', 'date', 'date']);
    const hiddenRows = await page.$$eval('tr.match', (rows) => rows.filter((r) => r.hasAttribute('hidden')).length);
    expect(hiddenRows).toBe(report.documents.reduce((n, d) => n + d.matches.length, 0) - 3);
    const lit = await page.$$eval('#doc-0 span.m.on', (spans) => spans.map((s) => [s.textContent, s.className]));
    expect(lit.map(([t]) => t).join('')).toBe('d’ici l’automne 2025en mars');
    expect(new Set(lit.map(([, c]) => c))).toEqual(new Set(['m on c-partial', 'm on c-incorrect']));
    expect(await page.locator('#doc-0 span.m.on', { hasText: 'Nvidia' }).count()).toBe(0);

    await page.uncheck('input.f-cat[value="incorrect"]');
    const litNow = await page.$$eval('#doc-0 span.m.on', (spans) => spans.map((s) => s.textContent).join(''));
    expect(litNow).toBe('d’ici l’automne 2025');

    await page.check('input.f-cat[value="incorrect"]');
    await page.click('button[data-set="all"][data-group="f-type"]');
    expect(await page.$$eval('tr.match', (rows) => rows.filter((r) => r.hasAttribute('hidden')).length)).toBe(0);
  });
});
