import { describe, expect, it } from 'vitest';
import { composeStages, createDocument, FaitsError, type Stage } from '@faits/document';

const upper: Stage = {
  name: 'test.lang.v1', requires: ['text'], provides: ['lang'],
  run: (doc) => ({ ...doc, lang: 'fr' }),
};
const tokens: Stage = {
  name: 'test.tokens.v1', requires: ['lang'], provides: ['tokens'],
  run: (doc) => ({ ...doc, tokens: [{ start: 0, end: 2, text: doc.text.slice(0, 2), kind: 'word' }] }),
};

describe('composeStages', () => {
  it('runs stages in order and records their names', async () => {
    const pipeline = composeStages([upper, tokens]);
    const doc = await pipeline.run(createDocument({ text: 'Ce texte' }), { check: true });
    expect(doc.lang).toBe('fr');
    expect(doc.tokens).toEqual([{ start: 0, end: 2, text: 'Ce', kind: 'word' }]);
    expect(doc.stages).toEqual(['test.lang.v1', 'test.tokens.v1']);
  });

  it('refuses an impossible order when composed, naming the provider to move', () => {
    expect(() => composeStages([tokens, upper])).toThrow(/move "test.lang.v1" before it/u);
    try {
      composeStages([tokens]);
    } catch (error) {
      expect((error as FaitsError).code).toBe('E_STAGE_ORDER');
      expect((error as FaitsError).message).toMatch(/no stage in this pipeline provides it/u);
    }
  });

  it('refuses a stage that rewrites the text', async () => {
    const bad: Stage = { name: 'bad.v1', requires: [], provides: [], run: (doc) => ({ ...doc, text: doc.text.trim() }) };
    await expect(composeStages([bad]).run(createDocument({ text: ' x ' }))).rejects.toThrow(/changed the text/u);
  });

  it('refuses a stage that leaves a provided layer undefined', async () => {
    const lazy: Stage = { name: 'lazy.v1', requires: [], provides: ['entities'], run: (doc) => ({ ...doc }) };
    await expect(composeStages([lazy]).run(createDocument({ text: 'x' }))).rejects.toThrow(/left it undefined/u);
  });

  it('checks offsets after every stage when asked', async () => {
    const drift: Stage = {
      name: 'drift.v1', requires: [], provides: ['tokens'],
      run: (doc) => ({ ...doc, tokens: [{ start: 1, end: 3, text: 'Ce', kind: 'word' }] }),
    };
    await expect(composeStages([drift]).run(createDocument({ text: 'Ce texte' }), { check: true })).rejects.toThrow(/tokens\[0\]/u);
  });
});
