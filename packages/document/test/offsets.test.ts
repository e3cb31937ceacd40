import { describe, expect, it } from 'vitest';
import { checkSpan, codePointToUtf16, createOffsetMap, FaitsError, overlaps, span, utf16ToCodePoint } from '@faits/document';

describe('offsets: code points ↔ UTF-16', () => {
  const text = 'xAI 🚀 lève 6 Md€ 𝔘 ok';

  it('astral characters: a rocket emoji counts 2 UTF-16 units and 1 code point', () => {
    const rocketUnit = text.indexOf('🚀');
    expect(rocketUnit).toBe(4);
    expect(utf16ToCodePoint(text, rocketUnit)).toBe(4);
    expect(utf16ToCodePoint(text, rocketUnit + 2)).toBe(5);
    expect(codePointToUtf16(text, 5)).toBe(6);
    const after = text.indexOf('𝔘');
    expect(codePointToUtf16(text, utf16ToCodePoint(text, after))).toBe(after);
  });

  it('round-trips every offset of a text with astral characters, combining marks, CJK, RTL and NNBSP', () => {
    const hard = 'e\u0301té 😀😀 中文 עברית \u202F100\u00A0000';
    const map = createOffsetMap(hard);
    expect(map.codePoints).toBe([...hard].length);
    for (let cp = 0; cp <= map.codePoints; cp += 1) {
      const unit = codePointToUtf16(hard, cp);
      expect(map.toUtf16(cp)).toBe(unit);
      expect(map.toCodePoint(unit)).toBe(cp);
      expect(utf16ToCodePoint(hard, unit)).toBe(cp);
    }
  });

  it('an offset inside a surrogate pair is an error with a code', () => {
    expect(() => utf16ToCodePoint('a😀b', 2)).toThrow(FaitsError);
    expect(() => createOffsetMap('a😀b').toCodePoint(2)).toThrow(/surrogate pair/u);
  });

  it('out-of-range offsets are errors with a code', () => {
    expect(() => codePointToUtf16('abc', 4)).toThrow(/past the end/u);
    try {
      utf16ToCodePoint('abc', -1);
      expect.unreachable();
    } catch (error) {
      expect((error as FaitsError).code).toBe('E_INVALID_OPTION');
    }
  });

  it('empty input: offset 0 is the start and the end', () => {
    expect(codePointToUtf16('', 0)).toBe(0);
    expect(utf16ToCodePoint('', 0)).toBe(0);
  });
});

describe('spans', () => {
  const text = 'Ce supercalculateur, qui reliera 100\u202F000 puces Nvidia';

  it('span() stores the surface text of a half-open range (NNBSP inside a number)', () => {
    const s = span(text, 33, 40);
    expect(s).toEqual({ start: 33, end: 40, text: '100\u202F000' });
  });

  it('checkSpan reports a drifted surface text and out-of-range ends', () => {
    expect(checkSpan(text, { start: 41, end: 46, text: 'puces' })).toBeUndefined();
    expect(checkSpan(text, { start: 42, end: 47, text: 'puces' })).toMatch(/holds "uces "/u);
    expect(checkSpan(text, { start: 40, end: 999 })).toMatch(/not inside/u);
    expect(checkSpan(text, { start: 5, end: 4 })).toMatch(/not inside/u);
  });

  it('overlaps: spans sharing a code unit overlap; touching or empty spans do not', () => {
    expect(overlaps({ start: 0, end: 3 }, { start: 2, end: 5 })).toBe(true);
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
    expect(overlaps({ start: 2, end: 2 }, { start: 0, end: 3 })).toBe(false);
  });

  it('span() refuses a range outside the text', () => {
    expect(() => span('abc', 2, 4)).toThrow(FaitsError);
  });
});
