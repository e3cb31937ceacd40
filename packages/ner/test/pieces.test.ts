import { describe, expect, it } from 'vitest';
import { alignPieces, PieceEncoder } from '../src/pieces.ts';
import { createFakeClassifier } from './fake.ts';

const UNK = 1;
const offsets = (word: string, pieces: string[], ids: number[], normalize?: (s: string) => string) => {
  const o = alignPieces(word, pieces, ids, '##', UNK, normalize);
  return pieces.map((_, i) => [o[2 * i], o[2 * i + 1], word.slice(o[2 * i] as number, o[2 * i + 1] as number)]);
};
const uncased = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('alignPieces: piece offsets inside a word', () => {
  it('WordPiece pieces tile the word', () => {
    expect(offsets('Microsoft', ['Micro', '##soft'], [10, 11])).toEqual([[0, 5, 'Micro'], [5, 9, 'soft']]);
  });

  it('accents with an uncased tokenizer: "Élysée" → ely + ##see map back to the accented letters', () => {
    expect(offsets('Élysée', ['ely', '##see'], [10, 11], uncased)).toEqual([[0, 3, 'Ély'], [3, 6, 'sée']]);
  });

  it('decomposed accents (e + U+0301) count with their base letter', () => {
    const word = 'e\u0301cole';
    expect(offsets(word, ['ec', '##ole'], [10, 11], uncased)).toEqual([[0, 3, 'e\u0301c'], [3, 6, 'ole']]);
  });

  it('astral character: 𝔘 is two code units and one piece', () => {
    expect(offsets('𝔘ber', ['𝔘', '##ber'], [10, 11])).toEqual([[0, 2, '𝔘'], [2, 5, 'ber']]);
  });

  it('[UNK] alone keeps the whole word’s offsets', () => {
    expect(offsets('☃☃☃', ['[UNK]'], [UNK])).toEqual([[0, 3, '☃☃☃']]);
  });

  it('[UNK] between known pieces covers the gap between them', () => {
    expect(offsets('ab☃cd', ['ab', '[UNK]', '##cd'], [10, UNK, 11])).toEqual([[0, 2, 'ab'], [2, 3, '☃'], [3, 5, 'cd']]);
  });

  it('[UNK] at the end runs to the end of the word', () => {
    expect(offsets('ab😀😀', ['ab', '[UNK]'], [10, UNK])).toEqual([[0, 2, 'ab'], [2, 6, '😀😀']]);
  });

  it('pieces that do not fit the word fall back to the whole word for each piece', () => {
    expect(offsets('abc', ['x', '##y'], [10, 11])).toEqual([[0, 3, 'abc'], [0, 3, 'abc']]);
  });
});

describe('PieceEncoder: a whole text', () => {
  it('repeated words get their own offsets: "Paris ... Paris"', () => {
    const fake = createFakeClassifier({ gold: {} });
    const text = 'Paris aime Paris';
    const t = new PieceEncoder(fake).encode(text);
    const rows = Array.from({ length: t.length }, (_, i) => [t.starts[i], t.ends[i], text.slice(t.starts[i], t.ends[i]), t.strings[i], t.subword[i]]);
    expect(rows).toEqual([
      [0, 4, 'Pari', 'Pari', 0],
      [4, 5, 's', '##s', 1],
      [6, 10, 'aime', 'aime', 0],
      [11, 15, 'Pari', 'Pari', 0],
      [15, 16, 's', '##s', 1],
    ]);
  });

  it('elision, NNBSP, emoji and [UNK]: offsets stay exact', () => {
    const fake = createFakeClassifier({ gold: {}, unknown: /[☃]/u });
    // A symbol such as ☃ is a word of its own, so "☃x" is ☃ ([UNK]) then x.
    const text = 'l’IA\u202F: 🚀Nvidia ☃x';
    const t = new PieceEncoder(fake).encode(text);
    const rows = Array.from({ length: t.length }, (_, i) => [t.starts[i], t.ends[i], text.slice(t.starts[i], t.ends[i])]);
    expect(rows).toEqual([
      [0, 1, 'l'], [1, 2, '’'], [2, 4, 'IA'], [5, 6, ':'], [7, 9, '🚀'], [9, 13, 'Nvid'], [13, 15, 'ia'], [16, 17, '☃'], [17, 18, 'x'],
    ]);
    expect(t.unknown).toBe(1);
    // [UNK] is never a subword; "##ia" is.
    expect(Array.from(t.subword)).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0]);
  });

  it('an uncased tokenizer: offsets point at the original casing and accents', () => {
    const fake = createFakeClassifier({ gold: {}, uncased: true });
    const text = 'À BRUXELLES';
    const t = new PieceEncoder(fake).encode(text);
    const rows = Array.from({ length: t.length }, (_, i) => [t.strings[i], text.slice(t.starts[i], t.ends[i])]);
    expect(rows).toEqual([['a', 'À'], ['brux', 'BRUX'], ['##elle', 'ELLE'], ['##s', 'S']]);
  });

  it('empty text gives an empty table', () => {
    const t = new PieceEncoder(createFakeClassifier({ gold: {} })).encode('');
    expect(t.length).toBe(0);
  });
});
