import { describe, expect, it } from 'vitest';

describe('@faits/langid public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('@faits/langid')).sort()).toEqual([
      'SUPPORTED_LANGUAGES',
      'createLangidStage',
      'detectLanguage',
      'detectParagraphs',
      'langidStage',
      'normalizeLanguage',
      'rankLanguages',
    ]);
  });

  it('SUPPORTED_LANGUAGES lists the seven ISO 639-1 codes and is frozen', async () => {
    const { SUPPORTED_LANGUAGES } = await import('@faits/langid');
    expect([...SUPPORTED_LANGUAGES]).toEqual(['fr', 'en', 'de', 'es', 'it', 'pt', 'nl']);
    expect(Object.isFrozen(SUPPORTED_LANGUAGES)).toBe(true);
  });
});
