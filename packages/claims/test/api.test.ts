import { describe, expect, it } from 'vitest';

describe('@faits/claims public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/claims');
    expect(Object.keys(api).sort()).toEqual([
      'CLAIMS_LANGUAGES', 'GENERATORS', 'REFINERS', 'SUPPORTED_CLAIMS_LANGUAGES', 'buildReferents', 'claimsStage', 'createContext',
      'extractFacts', 'modalityAt',
    ]);
  });
});
