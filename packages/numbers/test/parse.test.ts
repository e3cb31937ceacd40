import { describe, expect, it } from 'vitest';
import { FaitsError } from '@faits/document';
import { parseNumber } from '@faits/numbers';

describe('parseNumber: digits and their separators', () => {
  it.each([
    ['100 000', 'fr', 100000],
    ['100\u00a0000', 'fr', 100000], // no-break space U+00A0
    ['100\u202f000', 'fr', 100000], // narrow no-break space U+202F
    ['100\u2009000', 'fr', 100000], // thin space U+2009
    ['1.234', 'de', 1234],
    ['1.234', 'en', 1.234],
    ['1,234', 'en', 1234],
    ['1,234', 'de', 1.234],
    ['1,5', 'fr', 1.5],
    ['1,5', 'en', 1.5],
    ['2.5', 'fr', 2.5],
    ['1.234.567', 'fr', 1234567],
    ['1,234,567.89', 'en', 1234567.89],
    ['1.234.567,89', 'de', 1234567.89],
    ["1'000'000", 'de', 1000000], // Swiss apostrophe
    ['1’000.50', 'de', 1000.5], // Swiss typographic apostrophe, decimal point
    ['-3,5', 'fr', -3.5],
    ['0', 'en', 0],
  ])('%j in %s is %d', (surface, lang, value) => {
    expect(parseNumber(surface, lang)).toBe(value);
  });
});

describe('parseNumber: scale words and abbreviations', () => {
  it.each([
    ['2,5 milliards', 'fr', 2500000000],
    ['7,2 milliards', 'fr', 7200000000],
    ['1,5 million', 'fr', 1500000],
    ['500 millions', 'fr', 500000000],
    ['3 Md', 'fr', 3000000000],
    ['10k', 'en', 10000],
    ['6bn', 'en', 6000000000],
    ['2 billion', 'en', 2000000000],
    ['2,3 Mrd.', 'de', 2300000000],
    ['1,2 Mio.', 'de', 1200000],
    ['1.000 millones', 'es', 1000000000],
    ['2 billones', 'es', 2000000000000],
    ['1 Billion', 'de', 1000000000000],
  ])('%j in %s is %d', (surface, lang, value) => {
    expect(parseNumber(surface, lang)).toBe(value);
  });
});

describe('parseNumber: number words', () => {
  it.each([
    ['cent mille', 'fr', 100000],
    ['quatre-vingt-dix', 'fr', 90],
    ['quatre-vingts', 'fr', 80],
    ['quatre-vingt-onze', 'fr', 91],
    ['soixante-dix-sept', 'fr', 77],
    ['soixante et onze', 'fr', 71],
    ['vingt et un', 'fr', 21],
    ['septante', 'fr', 70],
    ['huitante-huit', 'fr', 88],
    ['nonante-neuf', 'fr', 99],
    ['deux cents', 'fr', 200],
    ['deux cent mille', 'fr', 200000],
    ['mille deux cents', 'fr', 1200],
    ['un million', 'fr', 1000000],
    ['trois millions deux cent mille', 'fr', 3200000],
    ['quatre', 'fr', 4],
    ['twenty-one', 'en', 21],
    ['two hundred', 'en', 200],
    ['one hundred and fifty', 'en', 150],
    ['a thousand', 'en', 1000],
    ['three million', 'en', 3000000],
    ['einundzwanzig', 'de', 21],
    ['zweihundert', 'de', 200],
    ['zweihunderteinundzwanzig', 'de', 221],
    ['dreitausendvierhundert', 'de', 3400],
    ['zwei Millionen', 'de', 2000000],
    ['doscientos', 'es', 200],
    ['veintiuno', 'es', 21],
    ['treinta y dos', 'es', 32],
    ['cien mil', 'es', 100000],
    ['mil millones', 'es', 1000000000],
    ['dos mil millones', 'es', 2000000000],
    ['duecentoventi', 'it', 220],
    ['tremila', 'it', 3000],
    ['duzentos', 'pt', 200],
    ['mil milhões', 'pt', 1000000000],
    ['eenentwintig', 'nl', 21],
    ['tweeëntwintig', 'nl', 22],
  ])('%j in %s is %d', (surface, lang, value) => {
    expect(parseNumber(surface, lang)).toBe(value);
  });
});

describe('parseNumber: not one number', () => {
  it.each([
    ['', 'fr'], ['   ', 'fr'], ['une', 'fr'], ['un', 'fr'], ['a', 'en'], ['ein', 'de'], ['puces', 'fr'],
    ['100 000 puces', 'fr'], ['1.2.3', 'en'], ['deux trois', 'fr'], ['vingt cent', 'fr'], ['Einheit', 'de'],
  ])('%j in %s is undefined', (surface, lang) => {
    expect(parseNumber(surface, lang)).toBeUndefined();
  });

  it('throws E_UNKNOWN_LANGUAGE for a language without data, listing the supported ones', () => {
    expect(() => parseNumber('3', 'xx')).toThrow(FaitsError);
    try {
      parseNumber('3', 'xx');
    } catch (error) {
      expect((error as FaitsError).code).toBe('E_UNKNOWN_LANGUAGE');
      expect((error as FaitsError).message).toMatch(/de, en, es, fr, it, nl, pt/u);
    }
  });
});
