import type { Entity, EntityLabel } from '@faits/document';

/**
 * Merges the model's entities with the gazetteer's (or any two entity lists), in O(n log n):
 *
 * - The same span in both: one entity. When the labels agree (a model `MISC` agrees with a gazetteer
 *   `PRODUCT`), it keeps the model's `source`, takes the gazetteer's label, `canonical` and `kind`, and
 *   the higher confidence. When they disagree, the surer one wins.
 * - Overlapping spans: the longer one wins; between equally long ones, the surer one; then the earlier.
 * - Ids are renumbered `e1`, `e2`, ... in text order.
 */
export function mergeEntities(model: readonly Entity[], gazetteer: readonly Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const g of gazetteer) byKey.set(`${g.start}:${g.end}`, g);
  const merged: Entity[] = [];
  const usedGazetteer = new Set<Entity>();
  for (const m of model) {
    const g = byKey.get(`${m.start}:${m.end}`);
    if (g === undefined || usedGazetteer.has(g)) {
      merged.push(m);
      continue;
    }
    usedGazetteer.add(g);
    if (agree(m.label, g.label)) {
      merged.push({
        ...m,
        label: g.label,
        confidence: Math.max(m.confidence, g.confidence),
        ...(g.canonical === undefined ? {} : { canonical: g.canonical }),
        ...(g.kind === undefined ? {} : { kind: g.kind }),
      });
    } else {
      merged.push(m.confidence > g.confidence ? m : g);
    }
  }
  for (const g of gazetteer) if (!usedGazetteer.has(g)) merged.push(g);
  return resolveOverlaps(merged).map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

function agree(model: EntityLabel, gazetteer: EntityLabel): boolean {
  return model === gazetteer || (model === 'MISC' && gazetteer === 'PRODUCT');
}

/** Keeps non-overlapping entities: longer first, then surer, then earlier. Sorted by start. */
export function resolveOverlaps(entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  // Sweep clusters of transitively overlapping spans; resolve each cluster on its own.
  let cluster: Entity[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) out.push(cluster[0] as Entity);
    else if (cluster.length > 1) {
      const ranked = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
      const kept: Entity[] = [];
      for (const e of ranked) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
      out.push(...kept.sort((a, b) => a.start - b.start));
    }
    cluster = [];
    clusterEnd = -1;
  };
  for (const e of sorted) {
    if (cluster.length > 0 && e.start >= clusterEnd) flush();
    cluster.push(e);
    clusterEnd = Math.max(clusterEnd, e.end);
  }
  flush();
  return out;
}
