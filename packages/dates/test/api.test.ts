import { describe, expect, it } from 'vitest';

describe('@faits/dates public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/dates');
    expect(Object.keys(api).sort()).toEqual(['SEASONS', 'SUPPORTED_DATE_LANGUAGES', 'datesStage', 'extractDates', 'findDateline'].sort());
  });
});
