import { describe, expect, it } from 'vitest';

describe('@faits/pipeline-article public API', () => {
  it('exports exactly the documented names', { timeout: 60_000 }, async () => {
    const api = await import('@faits/pipeline-article');
    expect(Object.keys(api).sort()).toEqual([
      'PIPELINES', 'PipelineConfigSchema', 'STAGE_NAMES', 'USAGE', 'checkRecord', 'completedIds', 'createPipeline', 'createWorkerPool', 'decodeText',
      'errorRecord', 'formatPretty', 'looksLikeHtml', 'main', 'noteUnknownFields', 'readInput', 'resolveConfig', 'runBatch',
    ]);
  });
});
