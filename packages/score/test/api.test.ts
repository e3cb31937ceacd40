import { describe, expect, it } from 'vitest';

describe('@faits/score public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/score');
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_PARTIAL_WEIGHT', 'ENTITY_SCHEMAS', 'EVAL_MODES', 'EVAL_USAGE', 'FIELDS', 'GoldenFactSchema', 'GoldenFileSchema',
      'MATCH_CATEGORIES', 'ORGANIZATION_KINDS', 'RELATION_PREDICATES', 'checkGoldenSpans', 'dateInterval', 'dateOverlap',
      'escapeHtml', 'evaluate', 'formatDiff', 'formatTable', 'loadGolden', 'matchFacts', 'normalizeName', 'parseGolden',
      'readConll', 'renderHtml', 'runEval', 'scoreCounts', 'scoreEntities',
    ]);
  });
});
