import type { Entity } from '@faits/document';
import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../src/index.ts';

const TEXT = 'Le PDG de Stability AI et de Nvidia France.';
const e = (start: number, end: number, label: Entity['label'], confidence: number, source: string, extra: Partial<Entity> = {}): Entity => ({
  id: 'x', start, end, text: TEXT.slice(start, end), label, confidence, source, ...extra,
});
const M = 'ner.transformers.v1';
const G = 'ner.gazetteer.v1';

describe('mergeEntities', () => {
  it('same span, same label: one entity, model source, gazetteer canonical and kind, higher confidence', () => {
    const out = mergeEntities([e(29, 35, 'ORG', 0.7, M)], [e(29, 35, 'ORG', 0.95, G, { canonical: 'Nvidia', kind: 'company' })]);
    expect(out).toEqual([{ id: 'e1', start: 29, end: 35, text: 'Nvidia', label: 'ORG', confidence: 0.95, source: M, canonical: 'Nvidia', kind: 'company' }]);
  });

  it('overlaps: the longer wins (Stability AI over Stability; Nvidia France over Nvidia)', () => {
    const model = [e(10, 19, 'ORG', 0.99, M), e(29, 42, 'ORG', 0.6, M)];
    const gaz = [e(10, 22, 'ORG', 0.9, G, { canonical: 'Stability AI' }), e(29, 35, 'ORG', 0.95, G, { canonical: 'Nvidia' })];
    expect(mergeEntities(model, gaz).map((x) => [x.id, x.start, x.end, x.text, x.source])).toEqual([
      ['e1', 10, 22, 'Stability AI', G],
      ['e2', 29, 42, 'Nvidia France', M],
    ]);
  });

  it('a chain of overlaps is resolved as one cluster: longest, then the rest that no longer overlaps', () => {
    // [3, 9) "PDG de", [7, 22) "de Stability AI", [20, 25) "AI et": the 15-unit span wins; the others overlap it.
    const out = mergeEntities([e(3, 9, 'MISC', 0.9, M), e(20, 25, 'MISC', 0.9, M)], [e(7, 22, 'ORG', 0.5, G)]);
    expect(out.map((x) => x.text)).toEqual(['de Stability AI']);
  });

  it('equal length overlaps: the surer wins', () => {
    const out = mergeEntities([e(3, 9, 'MISC', 0.5, M)], [e(4, 10, 'ORG', 0.9, G)]);
    expect(out.map((x) => [x.start, x.end, x.text, x.source])).toEqual([[4, 10, 'DG de ', G]]);
  });

  it('nothing in, nothing out', () => {
    expect(mergeEntities([], [])).toEqual([]);
  });
});
