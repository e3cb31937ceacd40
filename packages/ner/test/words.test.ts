import { describe, expect, it } from 'vitest';
import { splitWords } from '../src/index.ts';
import { splitSentences } from '../src/words.ts';

const spans = (text: string) => splitWords(text).map((w) => [w.start, w.end, w.text]);

describe('splitWords (the BERT pre-tokenizer, with offsets)', () => {
  it('splits on white space and makes each punctuation mark a word', () => {
    expect(spans('Hello, world!')).toEqual([[0, 5, 'Hello'], [5, 6, ','], [7, 12, 'world'], [12, 13, '!']]);
  });

  it('elision: l’avenir is l + ’ + avenir, d\'OpenAI is d + \' + OpenAI', () => {
    expect(spans('l’avenir d\'OpenAI')).toEqual([[0, 1, 'l'], [1, 2, '’'], [2, 8, 'avenir'], [9, 10, 'd'], [10, 11, "'"], [11, 17, 'OpenAI']]);
  });

  it('NNBSP U+202F and no-break space U+00A0 separate words', () => {
    expect(spans('100\u202F000\u00A0puces')).toEqual([[0, 3, '100'], [4, 7, '000'], [8, 13, 'puces']]);
  });

  it('astral characters: 𝔘 (two code units) stays inside its word; an emoji is a word of its own', () => {
    expect(spans('𝔘ber 🚀Nvidia')).toEqual([[0, 5, '𝔘ber'], [6, 8, '🚀'], [8, 14, 'Nvidia']]);
    // A ZWJ family emoji is one word, whatever its length in code units.
    expect(spans('a 👩‍💻 b')).toEqual([[0, 1, 'a'], [2, 7, '👩‍💻'], [8, 9, 'b']]);
  });

  it('CJK without spaces: each ideograph is a word (as BERT’s normalizer makes it)', () => {
    expect(spans('英伟达发布')).toEqual([[0, 1, '英'], [1, 2, '伟'], [2, 3, '达'], [3, 4, '发'], [4, 5, '布']]);
  });

  it('RTL text: Arabic words split on spaces like any other', () => {
    expect(spans('شركة أبل')).toEqual([[0, 4, 'شركة'], [5, 8, 'أبل']]);
  });

  it('ASCII symbols count as punctuation ($, %, +), as in BERT', () => {
    expect(spans('$5+2%')).toEqual([[0, 1, '$'], [1, 2, '5'], [2, 3, '+'], [3, 4, '2'], [4, 5, '%']]);
  });

  it('empty and blank input give no words', () => {
    expect(splitWords('')).toEqual([]);
    expect(splitWords(' \n\t\u00A0')).toEqual([]);
  });

  it('every word is text.slice(start, end) on the seed-like sentence', () => {
    const text = 'Ce supercalculateur, qui reliera 100\u202F000 puces Nvidia, devrait être opérationnel d’ici l’automne 2025.';
    for (const w of splitWords(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});

describe('splitSentences (cheap, for window alignment)', () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('ends a sentence at . ! ? before a capital, and at a line break', () => {
    expect(sentences('Il pleut. Elle sort!\nFin')).toEqual(['Il pleut. ', 'Elle sort!\n', 'Fin']);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(sentences('M. Macron a vu J. Smith. Puis Mme. Dupont est partie.')).toEqual(['M. Macron a vu J. Smith. ', 'Puis Mme. Dupont est partie.']);
  });

  it('a CJK full stop ends a sentence without a space', () => {
    expect(sentences('英伟达发布。台积电')).toEqual(['英伟达发布。', '台积电']);
  });

  it('covers the text without gaps and never returns an empty range', () => {
    const text = 'Un.\n\nDeux? Trois…  Quatre';
    const ranges = splitSentences(text);
    expect(ranges[0]?.start).toBe(0);
    expect(ranges[ranges.length - 1]?.end).toBe(text.length);
    for (let i = 1; i < ranges.length; i += 1) expect(ranges[i]?.start).toBe(ranges[i - 1]?.end);
    for (const r of ranges) expect(r.end).toBeGreaterThan(r.start);
  });
});
