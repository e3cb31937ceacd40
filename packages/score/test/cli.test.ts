import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EVAL_USAGE, runEval, type EvalReport } from '../src/index.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const gold = join(fixtures, 'golden');
const corpus = join(fixtures, 'corpus');
const pred = join(fixtures, 'pred.jsonl');
const out = mkdtempSync(join(tmpdir(), 'faits-eval-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function run(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }),
  };
  const code = await runEval(argv, io);
  return { code, stdout, stderr };
}

describe('faits eval (runEval)', () => {
  it('scores the fixtures: table on stdout, JSON and HTML written, exit 0', async () => {
    const json = join(out, 'metrics.json');
    const html = join(out, 'report.html');
    const r = await run(['--gold', gold, '--pred', pred, '--corpus', corpus, '--json', json, '--html', html, '--diff']);
    expect(r.stderr).toBe(`faits eval: wrote ${json}\nfaits eval: wrote ${html}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('headline (micro, strict): P 0.250  R 0.250  F1 0.250');
    expect(r.stdout).toContain('== en-b (en) COR 1 INC 0 PAR 2 MIS 1 SPU 1');
    const report = JSON.parse(readFileSync(json, 'utf8')) as EvalReport;
    // fr-a: COR 2 INC 3 PAR 2 MIS 1 SPU 1; en-b: COR 1 PAR 2 MIS 1 SPU 1
    expect(report.overall.micro.counts).toEqual({ correct: 3, incorrect: 3, partial: 4, missed: 2, spurious: 2, possible: 12, actual: 12 });
    expect(report.skipped).toEqual([{ id: 'zz-unknown', reason: 'no golden file' }, { id: 'en-zz', reason: 'error record, no golden file' }]);
    // the broken JSON line 4 becomes an error record with no id
    expect(report.errors.map((e) => [e.id, e.line, e.code, e.missed])).toEqual([['en-zz', 3, 'E_TEXT_TOO_LARGE', 0], [null, 4, 'E_INVALID_JSON', 0]]);
    const page = readFileSync(html, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('--mode lenient puts the lenient scores in the headline', async () => {
    const r = await run(['--gold', gold, '--pred', pred, '--mode', 'lenient']);
    expect(r.code).toBe(0);
    // hits 3 + 0.5 × 4 = 5 of 12 possible and 12 actual
    expect(r.stdout).toContain('headline (micro, lenient): P 0.417  R 0.417  F1 0.417');
  });

  it('reads the predictions from standard input with --pred -', async () => {
    const r = await run(['--gold', gold, '--pred', '-', '--fields'], readFileSync(pred, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fields (correct / golden');
  });

  it('bad usage exits 2 with a hint', async () => {
    expect((await run([])).code).toBe(2);
    const unknown = await run(['--gold', gold, '--pred', pred, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^faits eval: E_USAGE: /u);
    expect(unknown.stderr).toContain('hint: Run `faits --help`');
    expect((await run(['--gold', gold, '--pred', pred, '--mode', 'loose'])).stderr).toContain('--mode must be strict or lenient, got "loose"');
    expect((await run(['--gold', gold, '--pred', pred, 'extra'])).code).toBe(2);
    expect((await run(['--gold', gold, '--pred', '-'])).code).toBe(2); // no stdin given
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await run(['--help']);
    expect(r).toEqual({ code: 0, stdout: EVAL_USAGE, stderr: '' });
  });

  it('missing files, invalid golden files and unwritable outputs exit 1', async () => {
    const noGold = await run(['--gold', join(out, 'none'), '--pred', pred]);
    expect(noGold.code).toBe(1);
    expect(noGold.stderr).toContain('E_FILE_NOT_FOUND');
    const noPred = await run(['--gold', gold, '--pred', join(out, 'none.jsonl')]);
    expect(noPred.code).toBe(1);
    expect(noPred.stderr).toContain('E_FILE_NOT_FOUND');
    const emptyGold = await run(['--gold', fixtures, '--pred', pred]); // fixtures/<lang>/ folders hold no golden JSON
    expect(emptyGold.code).toBe(1);
    const badCorpus = await run(['--gold', gold, '--pred', pred, '--corpus', join(out, 'nocorpus')]);
    expect(badCorpus.code).toBe(1);
    const unwritable = await run(['--gold', gold, '--pred', pred, '--json', join(out, 'missing-dir', 'm.json')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('E_OUTPUT_UNWRITABLE');
  });
});
