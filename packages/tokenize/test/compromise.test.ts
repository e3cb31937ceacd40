/**
 * Why @faits/tokenize does not use compromise / fr-compromise for tokens or sentences: what they give,
 * checked on the cases the brief names. These tests assert on the real output of the pinned versions
 * (compromise 14.17.0, fr-compromise 0.2.8); if an upgrade fixes a problem, its test fails and the
 * README's comparison must be revisited. Our own answers for the same inputs are in the spec files.
 */
import nlp from 'compromise/one';
import frNlp from 'fr-compromise';
import { describe, expect, it } from 'vitest';
import { readFixture, spanOf } from './helpers.ts';

interface Term { text: string; pre: string; post: string; offset: { start: number; length: number } }
interface Sentence { text: string; offset: { start: number; length: number }; terms: Term[] }

function parse(lib: (text: string) => { json: (options?: object) => unknown }, text: string): Sentence[] {
  return lib(text).json({ offset: true, terms: { offset: true } }) as Sentence[];
}
const terms = (sentences: Sentence[]): Term[] => sentences.flatMap((s) => s.terms);

describe('compromise / fr-compromise, checked before use', () => {
  it('offsets are UTF-16 code units, like ours (an astral emoji 🚀 has length 2)', () => {
    const text = 'Il a 🚀 gagné';
    const rocket = terms(parse(nlp, text)).find((t) => t.text === '🚀')!;
    expect({ start: rocket.offset.start, end: rocket.offset.start + rocket.offset.length }).toEqual({ start: 5, end: 7 });
  });

  it('do not split the French elision: "l’avenir" stays one term, and a zero-length ghost term follows', () => {
    for (const lib of [nlp, frNlp]) {
      const found = terms(parse(lib, 'l’avenir de l’IA'));
      expect(found.map((t) => t.text)).toContain('l’avenir');
      expect(found.some((t) => t.text === '' && t.offset.length === 0)).toBe(true);
    }
  });

  it('split "100 000" into two terms "100" and "000"', () => {
    for (const lib of [nlp, frNlp]) {
      const found = terms(parse(lib, 'qui reliera 100 000 puces'));
      expect(found.map((t) => t.text)).toEqual(expect.arrayContaining(['100', '000']));
    }
  });

  it('keep punctuation out of the terms (in pre/post), so their terms are not lossless tokens', () => {
    const found = terms(parse(frNlp, 'Il dit « oui » !'));
    expect(found.map((t) => t.text)).not.toContain('«');
    expect(found.some((t) => t.post.includes('»'))).toBe(true);
  });

  it('fr-compromise joins three sentences of the seed article into one (204–613)', () => {
    const text = readFixture('seed-article.txt');
    const sentences = parse(frNlp, text);
    const from = spanOf(text, 'Le milliardaire').start;
    const joined = sentences.find((s) => s.offset.start === from)!;
    const end = joined.offset.start + joined.offset.length;
    // a reader ends a sentence after "xAI." and after "2025."
    expect(end).toBeGreaterThan(spanOf(text, '2025.').end);
    expect(text.slice(from, end)).toContain('xAI. Ce supercalculateur');
  });

  it('split after Spanish "EE." and "Sra." and German "Nr.", and after "av." in "av. J.-C."', () => {
    expect(parse(nlp, 'Los EE. UU. y la Sra. García llegaron. Bien.').length).toBeGreaterThan(2);
    expect(parse(nlp, 'Er wohnt in Nr. 5. Gut.').map((s) => s.text)).toContain('Er wohnt in Nr.');
    expect(parse(frNlp, 'Né en 52 av. J.-C. à Rome. Puis il partit.').length).toBeGreaterThan(2);
  });

  it('do not end a sentence at a closing » or ” after the period', () => {
    expect(parse(frNlp, 'Il a dit « Je pars. » Puis il est parti.')).toHaveLength(1);
    expect(parse(nlp, 'He said “I left.” Then he left.')).toHaveLength(1);
  });
});
