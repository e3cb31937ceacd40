import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { ELD_SEVEN } from '../src/eld/seven.data.ts';
import { ELD_SMALL } from '../src/eld/small.data.ts';
import { eldScores, LazyEldTable } from '../src/eld/table.ts';
import { fixtures, textOf } from './fixtures.ts';

// src/eld/table.ts rewrites eld's detector over tables that load fast: it must give exactly eld's scores.
const reference = eld.newInstance();
// The table of the seven comes from eld "large" (scripts/eld-tables.ts' default) or, with --seven small, "small".
const referenceSeven = ELD_SEVEN.name.startsWith('large') ? (await import('eld/large')).eld.newInstance() : reference;
const all = new LazyEldTable(ELD_SMALL);
const seven = new LazyEldTable(ELD_SEVEN);

function eldReference(text: string, detector = reference): [string, number][] {
  const result = detector.detect(text);
  if (result.language === '') return [];
  return Object.entries(result.getScores() as Record<string, number>).sort(([a], [b]) => a.localeCompare(b));
}
const sorted = (scores: Map<string, number>): [string, number][] => [...scores].sort(([a], [b]) => a.localeCompare(b));

const fixtureTexts = [...Object.values(fixtures.sentences), ...Object.values(fixtures.short)].flat().map(textOf);
const hardCases: Record<string, string> = {
  'empty input': '',
  'white space only, U+00A0 and U+202F': ' \u00a0\u202f\t\n',
  'elision with both apostrophes': "l'avenir de l’IA d’ici l'automne",
  'NNBSP U+202F and no-break space U+00A0 between words': 'cent\u202fmille\u00a0puces vendues',
  'astral characters: emoji inside a sentence': 'Le groupe 🚀 relève ses prévisions 😀 pour 2025',
  'CJK without spaces': '日本語のテキストです。中文文本。',
  'RTL: Arabic and Hebrew': 'هذا نص باللغة العربية וזה טקסט בעברית',
  'Cyrillic and Greek': 'Это русский текст. Αυτό είναι ελληνικό κείμενο.',
  'lone surrogates': 'abc\ud800def \udc00 ghi',
  'a word longer than 70 bytes': `${'anticonstitutionnellement'.repeat(5)} est un mot`,
  'words of one to four letters': 'a à de der die los uma een',
  'over 1,000 code units, cut like eld': 'Der Hersteller kündigte am Dienstag die Schließung an. '.repeat(40),
  'over 350 bytes without a space': 'ü'.repeat(400),
  'Turkish dotted capital I, which lowercases to two code units': 'İstanbul İzmir İLERİ',
};

describe('eld rewritten over fast tables (src/eld/table.ts)', () => {
  it('the tables decode on first use, not on import', () => {
    const fresh = new LazyEldTable(ELD_SEVEN);
    expect(fresh.loaded).toBe(false);
    expect(fresh.languages).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    eldScores('de la', fresh);
    expect(fresh.loaded).toBe(true);
  });

  it('a damaged table throws FaitsError E_INTERNAL when first used, not on import', () => {
    const damaged = new LazyEldTable({ ...ELD_SEVEN, rows: ELD_SEVEN.rows.slice(0, -8) });
    expect(() => eldScores('de la', damaged)).toThrow(expect.objectContaining({ code: 'E_INTERNAL' }));
  });

  it('the full table knows the 60 languages of eld "small", in eld order', () => {
    expect(all.languages).toEqual(Object.values(reference.info().Languages));
  });

  it.each(Object.entries(hardCases))('gives exactly eld 2.1.0 scores on a hard case: %s', (_, text) => {
    expect(sorted(eldScores(text, all))).toEqual(eldReference(text));
  });

  it(`gives exactly eld 2.1.0 scores on every fixture text: "small" with its 60 languages, "${ELD_SEVEN.name}" with the seven alone`, () => {
    expect(fixtureTexts.length).toBeGreaterThan(50);
    for (const text of [...fixtureTexts, ...Object.values(hardCases)]) {
      expect(sorted(eldScores(text, all)), text).toEqual(eldReference(text));
      const want = eldReference(text, referenceSeven).filter(([code]) => seven.languages.includes(code));
      expect(sorted(eldScores(text, seven)), text).toEqual(want);
    }
  });

  it('a text with no known n-gram has no score at all (eld says "")', () => {
    expect(eldReference('zzzqx')).toEqual([]);
    expect(eldScores('zzzqx', all).size).toBe(0);
  });
});
