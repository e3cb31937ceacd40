import { FaitsError } from '@faits/document';
import { normalizeLanguage } from '@faits/langid';
import { describe, expect, it } from 'vitest';

describe('normalizeLanguage', () => {
  it('accepts ISO 639-1, 639-3 and 639-2/B codes, names and BCP 47 tags', () => {
    for (const code of ['fr', 'fra', 'fre', 'French', 'fr-FR', 'FR', ' français ', 'fr_CA', 'Francais']) {
      expect(normalizeLanguage(code)).toBe('fr');
    }
    expect(normalizeLanguage('ger')).toBe('de');
    expect(normalizeLanguage('Deutsch')).toBe('de');
    expect(normalizeLanguage('de-CH-1996')).toBe('de');
    expect(normalizeLanguage('dut')).toBe('nl');
    expect(normalizeLanguage('nl-BE')).toBe('nl');
    expect(normalizeLanguage('pt_BR')).toBe('pt');
    expect(normalizeLanguage('español')).toBe('es');
    expect(normalizeLanguage('ita')).toBe('it');
    expect(normalizeLanguage('English')).toBe('en');
    expect(normalizeLanguage('eng')).toBe('en');
  });

  it('throws E_UNKNOWN_LANGUAGE listing the valid values for anything else', () => {
    for (const code of ['xx', 'klingon', 'ja', 'und', '', 'f', 'fr-', 'french-canadian']) {
      let thrown: unknown;
      try {
        normalizeLanguage(code);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, code).toBeInstanceOf(FaitsError);
      expect((thrown as FaitsError).code).toBe('E_UNKNOWN_LANGUAGE');
      expect((thrown as FaitsError).message).toContain('Valid values: fr, en, de, es, it, pt, nl');
      expect((thrown as FaitsError).hint.length).toBeGreaterThan(0);
    }
  });

  it('throws E_UNKNOWN_LANGUAGE for a value that is not a string', () => {
    expect(() => normalizeLanguage(undefined as unknown as string)).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_LANGUAGE' }));
  });
});
