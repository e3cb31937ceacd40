import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FaitsError } from '@faits/document';
import { evaluate, GoldenFileSchema, loadGolden, parseGolden } from '../src/index.ts';
import { TEXT_EN, TEXT_FR } from './scenario.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const repo = join(import.meta.dirname, '..', '..', '..');

function codeOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof FaitsError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('did not throw');
}

describe('loadGolden on the fixtures', () => {
  it('reads golden/<lang>/*.json sorted by language then id', () => {
    const gold = loadGolden(join(fixtures, 'golden'));
    expect(gold.map((g) => [g.lang, g.id, g.facts.length])).toEqual([['en', 'en-b', 4], ['fr', 'fr-a', 9]]);
    expect(gold[1]?.path).toBe(join(fixtures, 'golden', 'fr', 'fr-a.json'));
    expect(gold[1]?.text).toBeUndefined();
  });

  it('with the corpus, attaches the text and checks every span (NNBSP, elision, emoji)', () => {
    const gold = loadGolden(join(fixtures, 'golden'), { corpus: join(fixtures, 'corpus') });
    expect(gold[1]?.text).toBe(TEXT_FR);
    const g4 = gold[1]?.facts.find((f) => f.id === 'g4');
    expect([g4?.start, g4?.end, g4?.text]).toEqual([15, 28, '100\u202F000 puces']);
  });

  it('corpus: true reads <root>/corpus beside <root>/golden', () => {
    const gold = loadGolden(join(fixtures, 'golden'), { corpus: true });
    expect(gold.map((g) => g.text?.length)).toEqual([TEXT_EN.length, TEXT_FR.length]);
  });

  it('langs filters the folders', () => {
    expect(loadGolden(join(fixtures, 'golden'), { langs: ['fr'] }).map((g) => g.id)).toEqual(['fr-a']);
  });
});

describe('loadGolden errors: E_INVALID_GOLD with the file and the zod path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faits-golden-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const base = JSON.parse(readFileSync(join(fixtures, 'golden', 'fr', 'fr-a.json'), 'utf8')) as { facts: Record<string, unknown>[] };

  function write(name: string, lang: string, value: unknown, text?: string): string {
    const root = join(dir, name);
    mkdirSync(join(root, 'golden', lang), { recursive: true });
    const id = (value as { id?: string }).id ?? 'x';
    writeFileSync(join(root, 'golden', lang, `${id}.json`), typeof value === 'string' ? value : JSON.stringify(value));
    if (text !== undefined) {
      mkdirSync(join(root, 'corpus', lang), { recursive: true });
      writeFileSync(join(root, 'corpus', lang, `${id}.txt`), text);
    }
    return root;
  }

  it('a value of the wrong type: the message names the file and facts.3.value', () => {
    const facts = base.facts.map((f, i) => (i === 3 ? { ...f, value: '100000' } : f));
    const root = write('bad-value', 'fr', { ...base, facts });
    const e = codeOf(() => loadGolden(join(root, 'golden')));
    expect(e.code).toBe('E_INVALID_GOLD');
    expect(e.message).toContain('fr-a.json');
    expect(e.message).toContain('facts.3.value');
  });

  it('an unknown relation predicate, an unknown type, a duplicate id', () => {
    const predicate = base.facts.map((f) => (f['id'] === 'g9' ? { ...f, predicate: 'befriends' } : f));
    expect(codeOf(() => parseGolden({ ...base, facts: predicate }, 'p.json')).message).toMatch(/^p\.json: facts\.8\.predicate: /u);
    const type = base.facts.map((f, i) => (i === 0 ? { ...f, type: 'weather' } : f));
    expect(codeOf(() => parseGolden({ ...base, facts: type }, 't.json')).message).toMatch(/facts\.0\.type/u);
    const dup = base.facts.map((f, i) => (i === 1 ? { ...f, id: 'g1' } : f));
    expect(codeOf(() => parseGolden({ ...base, facts: dup })).message).toContain('facts.1.id: duplicate id "g1" (first at facts.0)');
  });

  it('a span that does not match the article text: the path of the span inside the fact', () => {
    const root = write('bad-span', 'fr', base, TEXT_FR.replace('xAI', 'XAI'));
    const e = codeOf(() => loadGolden(join(root, 'golden'), { corpus: join(root, 'corpus') }));
    expect(e.code).toBe('E_INVALID_GOLD');
    expect(e.message).toContain('facts.1: [31, 34) holds "XAI", not "xAI"');
    expect(e.message).toContain('facts.1.mentions.0: [31, 34) holds "XAI", not "xAI"');
  });

  it('folder and file name must agree with lang and id; invalid JSON; missing folder or text', () => {
    expect(codeOf(() => loadGolden(join(write('bad-lang', 'de', base), 'golden'))).message).toContain('lang "fr" is not its folder "de"');
    const renamed = write('bad-id', 'fr', '{}');
    writeFileSync(join(renamed, 'golden', 'fr', 'x.json'), JSON.stringify(base));
    expect(codeOf(() => loadGolden(join(renamed, 'golden'))).message).toContain('id "fr-a" is not its file name');
    const broken = write('bad-json', 'fr', { id: 'fr-a' });
    writeFileSync(join(broken, 'golden', 'fr', 'fr-a.json'), '{"id": ');
    expect(codeOf(() => loadGolden(join(broken, 'golden')))).toMatchObject({ code: 'E_INVALID_GOLD' });
    expect(codeOf(() => loadGolden(join(dir, 'nowhere')))).toMatchObject({ code: 'E_FILE_NOT_FOUND' });
    const noText = write('no-text', 'fr', base);
    expect(codeOf(() => loadGolden(join(noText, 'golden'), { corpus: join(noText, 'corpus') }))).toMatchObject({ code: 'E_FILE_NOT_FOUND' });
  });
});

describe('the repository golden files (golden/ and corpus/ of this repo)', () => {
  const gold = loadGolden(join(repo, 'golden'), { corpus: join(repo, 'corpus') });

  it('all load, validate and fit their article text; the seed article is there', () => {
    expect(gold.map((g) => g.id)).toContain('fr-0001-xai-supercalculateur');
    for (const g of gold) expect(GoldenFileSchema.safeParse(g).success).toBe(true);
  });

  it('scored against themselves: every required fact correct, nothing else, optional facts left out', () => {
    const pred = gold.map((g) => ({ id: g.id, text: g.text, facts: g.facts.map((f) => ({ ...f, confidence: 1, source: 'golden' })) }));
    const report = evaluate({ gold, pred });
    const required = gold.reduce((n, g) => n + g.facts.filter((f) => f.optional !== true).length, 0);
    expect(report.overall.micro.counts).toEqual({ correct: required, incorrect: 0, partial: 0, missed: 0, spurious: 0, possible: required, actual: required });
    expect(report.problems).toEqual([]);
    // the seed article: 37 facts, 6 of them optional (g11 Twitter, g12 Barron's, g17 gigafactory, g26 aujourd’hui,
    // g36 "sa startup", g37 announced): 31 correct
    const seed = report.documents.find((d) => d.id === 'fr-0001-xai-supercalculateur');
    expect(new Set(seed?.matches.filter((m) => m.category === 'optional').map((m) => m.gold?.id))).toEqual(new Set(['g11', 'g12', 'g17', 'g26', 'g36', 'g37']));
    expect(seed?.counts.correct).toBe(31);
  });
});
