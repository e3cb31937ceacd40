import { describe, expect, it } from 'vitest';

describe('@faits/ner public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/ner');
    expect(Object.keys(api).sort()).toEqual([
      'AGGREGATION_STRATEGIES', 'GAZETTEER', 'GAZETTEER_KINDS', 'GAZETTEER_SOURCE', 'NER_SOURCE', 'aggregate', 'createNer',
      'matchGazetteer', 'mergeEntities', 'nerStage', 'splitWords',
    ].sort());
    expect(api.NER_SOURCE).toBe('ner.transformers.v1');
    expect(api.GAZETTEER_SOURCE).toBe('ner.gazetteer.v1');
  });
});
