import { describe, expect, it } from 'vitest';
import { FaitsError } from '@faits/document';
import { SUPPORTED_TOKENIZER_LANGUAGES, languageData, splitSentences, tokenize } from '@faits/tokenize';

describe('@faits/tokenize public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/tokenize');
    expect(Object.keys(api).sort()).toEqual(['SUPPORTED_TOKENIZER_LANGUAGES', 'languageData', 'splitSentences', 'tokenize', 'tokenizeStage']);
  });

  it('lists the languages with their own data, frozen', () => {
    expect([...SUPPORTED_TOKENIZER_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    expect(Object.isFrozen(SUPPORTED_TOKENIZER_LANGUAGES)).toBe(true);
  });
});

describe('languageData', () => {
  it('gives each supported language its own data, with the fields the brief asks for', () => {
    for (const code of SUPPORTED_TOKENIZER_LANGUAGES) {
      const data = languageData(code);
      expect(data.code).toBe(code);
      expect(data.sentenceStarters.length).toBeGreaterThan(20);
      expect(data.abbreviations.never.length + data.abbreviations.ambiguous.length).toBeGreaterThan(3);
    }
    expect(languageData('fr').elisions).toEqual(expect.arrayContaining(['l', 'd', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'n', 's', 'c', 'j', 'm', 't']));
    expect(languageData('fr').decimal).toBe(',');
    expect(languageData('en').decimal).toBe('.');
    expect(languageData('en').groupPunctuation).toEqual([',']);
    expect(languageData('de').groupPunctuation).toEqual(['.']);
    expect(languageData('fr').groupSpaces).toEqual([' ', '\u00A0', '\u202F', '\u2009']);
    expect(languageData('fr').hyphenClitics).toContain('il');
    expect(languageData('en').suffixClitics).toContain("n't");
  });

  it('holds well-formed data: abbreviations end with a period and sit in one class, starters are capitalized', () => {
    for (const code of [...SUPPORTED_TOKENIZER_LANGUAGES, 'und']) {
      const data = languageData(code);
      const all = [...data.abbreviations.never, ...data.abbreviations.often, ...data.abbreviations.ambiguous];
      expect(all.every((a) => typeof a === 'string' && a.length > 1 && a.endsWith('.')), code).toBe(true);
      expect(new Set(all).size, `${code}: an abbreviation listed twice`).toBe(all.length);
      expect([...data.sentenceStarters].every((w) => typeof w === 'string' && /^[\p{Lu}]/u.test(w)), code).toBe(true);
      expect([...data.elisions].every((e) => typeof e === 'string' && e === e.toLowerCase() && e.length > 0), code).toBe(true);
      expect([...data.hyphenClitics].every((c) => typeof c === 'string' && !c.includes('-')), code).toBe(true);
      expect(Object.keys(data.fixedTokens).every((t) => t.length > 2), code).toBe(true);
    }
  });

  it('ignores a region and the case: fr-CA, FR, pt_BR', () => {
    expect(languageData('fr-CA')).toBe(languageData('fr'));
    expect(languageData('FR')).toBe(languageData('fr'));
    expect(languageData('pt_BR')).toBe(languageData('pt'));
  });

  it('falls back to the generic data (und) for a well-formed code without data', () => {
    expect(languageData('ja').code).toBe('und');
    expect(languageData('und').code).toBe('und');
    expect(languageData('und').decimal).toBeUndefined();
    // the fallback knows the abbreviations of every language
    expect(languageData('und').abbreviations.never).toEqual(expect.arrayContaining(['M.', 'Mr.', 'bzw.', 'Sra.']));
  });

  it('throws E_UNKNOWN_LANGUAGE for a malformed code, listing the supported ones', () => {
    for (const bad of ['', 'french', 'f', '12', 'fr--', 'fr CA']) {
      expect(() => languageData(bad)).toThrow(FaitsError);
      try {
        languageData(bad);
      } catch (error) {
        expect((error as FaitsError).code).toBe('E_UNKNOWN_LANGUAGE');
        expect((error as FaitsError).message).toMatch(/fr, en, de, es, it, pt, nl/u);
      }
    }
  });
});

describe('errors', () => {
  it('tokenize and splitSentences throw E_INVALID_OPTION for a text that is not a string', () => {
    for (const fn of [tokenize, splitSentences] as const) {
      try {
        fn(42 as unknown as string);
        expect.unreachable();
      } catch (error) {
        expect((error as FaitsError).code).toBe('E_INVALID_OPTION');
      }
    }
  });

  it('tokenize and splitSentences throw E_INVALID_OPTION for options that are not an object', () => {
    expect(() => tokenize('x', null as unknown as object)).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    expect(() => splitSentences('x', 'fr' as unknown as object)).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
  });

  it('tokenize throws E_UNKNOWN_LANGUAGE for a malformed lang', () => {
    expect(() => tokenize('x', { lang: 'français' })).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_LANGUAGE' }));
  });

  it('splitSentences refuses tokens that do not match the text (E_SPAN_MISMATCH) or overlap (E_INVALID_OPTION)', () => {
    const text = 'Il part. Il reste.';
    const tokens = tokenize(text, { lang: 'fr' });
    expect(() => splitSentences(text, { tokens: [{ ...tokens[0]!, text: 'Elle' }] })).toThrow(expect.objectContaining({ code: 'E_SPAN_MISMATCH' }));
    expect(() => splitSentences(text, { tokens: [tokens[1]!, tokens[0]!] })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    expect(() => splitSentences(text, { tokens: 'x' as unknown as [] })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
  });
});
