import { describe, expect, it } from 'vitest';

describe('@faits/numbers public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/numbers');
    expect(Object.keys(api).sort()).toEqual(['SUPPORTED_NUMBER_LANGUAGES', 'extractNumbers', 'numbersStage', 'parseNumber'].sort());
  });

  it('lists the supported languages, sorted and frozen', async () => {
    const { SUPPORTED_NUMBER_LANGUAGES } = await import('@faits/numbers');
    expect(SUPPORTED_NUMBER_LANGUAGES).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    expect(Object.isFrozen(SUPPORTED_NUMBER_LANGUAGES)).toBe(true);
  });
});
