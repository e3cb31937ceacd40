import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '@faits/tokenize';
import { expectLossless, spans, tile } from './helpers.ts';

describe('hard cases, with offsets checked against the surface text', () => {
  it('empty input gives no token and no sentence', () => {
    expect(tokenize('')).toEqual([]);
    expect(splitSentences('')).toEqual([]);
  });

  it('white space only (spaces, tab, newlines, NBSP U+00A0, NNBSP U+202F, ZWSP U+200B) gives nothing', () => {
    const text = ' \t\n\r\n\u00A0\u202F\u2009\u200B\u3000';
    expect(tokenize(text, { lang: 'fr' })).toEqual([]);
    expect(splitSentences(text, { lang: 'fr' })).toEqual([]);
  });

  it('astral emoji 🚀 is one emoji token of two code units', () => {
    const text = 'Fusée 🚀 lancée';
    const tokens = tokenize(text, { lang: 'fr' });
    expect(tokens).toEqual([
      { start: 0, end: 5, text: 'Fusée', kind: 'word' },
      { start: 6, end: 8, text: '🚀', kind: 'emoji' },
      { start: 9, end: 15, text: 'lancée', kind: 'word' },
    ]);
  });

  it('emoji sequences: skin tone 👍🏽, ZWJ family 👨‍👩‍👧, flags 🇫🇷🇩🇪, keycap 1️⃣, emoji glued to a word', () => {
    const text = 'ok👍🏽 👨‍👩‍👧 🇫🇷🇩🇪 1️⃣';
    const tokens = tokenize(text);
    expect(tokens.map(({ start, end, text: t, kind }) => ({ start, end, text: t, kind }))).toEqual([
      { start: 0, end: 2, text: 'ok', kind: 'word' },
      { start: 2, end: 6, text: '👍🏽', kind: 'emoji' },
      { start: 7, end: 15, text: '👨‍👩‍👧', kind: 'emoji' },
      { start: 16, end: 20, text: '🇫🇷', kind: 'emoji' },
      { start: 20, end: 24, text: '🇩🇪', kind: 'emoji' },
      { start: 25, end: 28, text: '1️⃣', kind: 'emoji' },
    ]);
  });

  it('text-style symbols © ™ are symbols, not emoji', () => {
    const tokens = tokenize('© ™');
    expect(tokens).toEqual([
      { start: 0, end: 1, text: '©', kind: 'symbol' },
      { start: 2, end: 3, text: '™', kind: 'symbol' },
    ]);
  });

  it('astral letter 𝔘 (U+1D518) stays inside its word', () => {
    const text = 'le 𝔘nicode';
    expect(spans(tokenize(text))).toEqual([
      { start: 0, end: 2, text: 'le' },
      { start: 3, end: 11, text: '𝔘nicode' },
    ]);
  });

  it('combining marks stay with their letter: decomposed é (e + U+0301)', () => {
    const text = 'e\u0301te\u0301 chaud';
    expect(spans(tokenize(text, { lang: 'fr' }))).toEqual([
      { start: 0, end: 5, text: 'e\u0301te\u0301' },
      { start: 6, end: 11, text: 'chaud' },
    ]);
  });

  it('a lone combining mark and a lone surrogate are "other" tokens, nothing is dropped', () => {
    const text = '\u0301a \uD800b';
    const tokens = tokenize(text);
    expect(tokens).toEqual([
      { start: 0, end: 1, text: '\u0301', kind: 'other' },
      { start: 1, end: 2, text: 'a', kind: 'word' },
      { start: 3, end: 4, text: '\uD800', kind: 'other' },
      { start: 4, end: 5, text: 'b', kind: 'word' },
    ]);
  });

  it('CJK without spaces (Chinese): each word of 我爱北京天安门 is a token, 。 is punct', () => {
    const text = '我爱北京天安门。';
    expect(spans(tokenize(text, { lang: 'zh' }))).toEqual(tile(text, ['我', '爱', '北京', '天安门', '。']));
  });

  it('CJK without spaces (Japanese): the particles に and を are their own tokens, Latin iPhone too', () => {
    const text = '東京都に住む。iPhoneを使う';
    const tokens = tokenize(text, { lang: 'ja' });
    expectLossless(text, tokens);
    expect(spans(tokens)).toContainEqual({ start: 3, end: 4, text: 'に' });
    expect(spans(tokens)).toContainEqual({ start: 6, end: 7, text: '。' });
    expect(spans(tokens)).toContainEqual({ start: 7, end: 13, text: 'iPhone' });
    expect(spans(tokens)).toContainEqual({ start: 13, end: 14, text: 'を' });
    // every CJK run is at least one token and tokens never cross from one run into the next
    expect(tokens.every((t) => !/[A-Za-z]/u.test(t.text) || /^[A-Za-z]+$/u.test(t.text))).toBe(true);
  });

  it('CJK astral ideographs (𠀋 U+2000B) are never split inside their surrogate pair', () => {
    const text = '𠀋𠀋𠀋は';
    const tokens = tokenize(text, { lang: 'ja' });
    expectLossless(text, tokens);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
  });

  it('Thai without spaces is split into words by Intl.Segmenter, at grapheme boundaries', () => {
    const text = 'ภาษาไทยง่ายนิดเดียว';
    const tokens = tokenize(text, { lang: 'th' });
    expectLossless(text, tokens);
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.every((t) => !/^\p{M}/u.test(t.text))).toBe(true);
    expect(spans(tokens)).toContainEqual({ start: 7, end: 11, text: 'ง่าย' });
  });

  it('RTL Arabic: words, Arabic comma ، and question mark ؟', () => {
    const text = 'مرحبا بالعالم، كيف حالك؟';
    expect(tokenize(text, { lang: 'ar' }).map(({ start, end, text: t, kind }) => ({ start, end, text: t, kind }))).toEqual([
      { start: 0, end: 5, text: 'مرحبا', kind: 'word' },
      { start: 6, end: 13, text: 'بالعالم', kind: 'word' },
      { start: 13, end: 14, text: '،', kind: 'punct' },
      { start: 15, end: 18, text: 'كيف', kind: 'word' },
      { start: 19, end: 23, text: 'حالك', kind: 'word' },
      { start: 23, end: 24, text: '؟', kind: 'punct' },
    ]);
  });

  it('RTL Arabic-Indic digits ٢٠٢٥ are a number with its value', () => {
    const tokens = tokenize('عام ٢٠٢٥', { lang: 'ar' });
    expect(tokens[1]).toEqual({ start: 4, end: 8, text: '٢٠٢٥', kind: 'number', value: 2025 });
  });

  it('RTL Hebrew: gershayim ״ stays inside the acronym צה״ל', () => {
    const text = 'שלום עולם. צה״ל';
    expect(spans(tokenize(text, { lang: 'he' }))).toEqual([
      { start: 0, end: 4, text: 'שלום' },
      { start: 5, end: 9, text: 'עולם' },
      { start: 9, end: 10, text: '.' },
      { start: 11, end: 15, text: 'צה״ל' },
    ]);
  });

  it('elision with ’ inside a sentence keeps exact offsets: Musk s’est engagé', () => {
    const text = 'Musk s’est engagé';
    expect(tokenize(text, { lang: 'fr' })).toEqual([
      { start: 0, end: 4, text: 'Musk', kind: 'word' },
      { start: 5, end: 7, text: 's’', kind: 'word', elision: true },
      { start: 7, end: 10, text: 'est', kind: 'word' },
      { start: 11, end: 17, text: 'engagé', kind: 'word' },
    ]);
  });

  it('the language changes the reading of "1,234": 1234 in English, 1.234 in French, no value in the fallback', () => {
    expect(tokenize('1,234', { lang: 'en' })).toEqual([{ start: 0, end: 5, text: '1,234', kind: 'number', value: 1234 }]);
    expect(tokenize('1,234', { lang: 'fr' })).toEqual([{ start: 0, end: 5, text: '1,234', kind: 'number', value: 1.234 }]);
    expect(tokenize('1,234')).toEqual([{ start: 0, end: 5, text: '1,234', kind: 'number' }]);
  });

  it('a region subtag is ignored: fr-CA uses the French data', () => {
    expect(tokenize('l’avenir', { lang: 'fr-CA' })).toEqual(tokenize('l’avenir', { lang: 'fr' }));
  });
});
