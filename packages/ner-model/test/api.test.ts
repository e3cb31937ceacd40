import { describe, expect, it } from 'vitest';

describe('@faits/ner-model public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/ner-model');
    expect(Object.keys(api).sort()).toEqual(['labels', 'modelDir', 'modelId', 'modelInfo', 'modelRoot']);
  });

  it('modelDir is an absolute path ending in model, modelRoot + modelId point at it', async () => {
    const { modelDir, modelId, modelRoot } = await import('@faits/ner-model');
    const path = await import('node:path');
    expect(path.isAbsolute(modelDir)).toBe(true);
    expect(path.basename(modelDir)).toBe('model');
    expect(path.join(modelRoot, modelId)).toBe(modelDir);
  });
});
