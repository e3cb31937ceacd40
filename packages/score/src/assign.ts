/**
 * One-to-one assignment of golden to predicted items that maximizes the total weight of the pairs kept.
 *
 * Candidate pairs (edges) are few and local: they come from overlapping spans or equal keys. The edges are
 * split into connected components, and each component is solved exactly with the Hungarian algorithm
 * (O(n³) in the component's size, a handful of facts in practice). A component larger than
 * `HUNGARIAN_LIMIT` nodes, which only pathological input builds, is solved greedily (best weight first)
 * so the run time stays bounded.
 */

export interface Edge {
  readonly gold: number;
  readonly pred: number;
  readonly weight: number;
}

export const HUNGARIAN_LIMIT = 400;

/** Pairs `[i, j]` of intervals of `a` and `b` that share at least one code unit, by a sweep over endpoints. */
export function overlappingPairs(
  a: readonly { readonly start: number; readonly end: number }[],
  b: readonly { readonly start: number; readonly end: number }[],
): [number, number][] {
  // events: position, kind (0 = end before 1 = start at the same position: half-open spans), side, index
  const events: [number, number, number, number][] = [];
  a.forEach((s, i) => {
    if (s.end > s.start) events.push([s.start, 1, 0, i], [s.end, 0, 0, i]);
  });
  b.forEach((s, j) => {
    if (s.end > s.start) events.push([s.start, 1, 1, j], [s.end, 0, 1, j]);
  });
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const active: [Set<number>, Set<number>] = [new Set(), new Set()];
  const out: [number, number][] = [];
  for (const [, kind, side, index] of events) {
    if (kind === 0) {
      active[side as 0 | 1].delete(index);
      continue;
    }
    if (side === 0) for (const j of active[1]) out.push([index, j]);
    else for (const i of active[0]) out.push([i, index]);
    active[side as 0 | 1].add(index);
  }
  return out;
}

/** Maximum-weight one-to-one assignment over the given edges; returns the kept edges. */
export function assign(goldCount: number, predCount: number, edges: readonly Edge[]): Edge[] {
  if (edges.length === 0) return [];
  // keep the best edge per (gold, pred)
  const best = new Map<number, Edge>();
  for (const edge of edges) {
    if (!(edge.weight > 0)) continue;
    const key = edge.gold * (predCount + 1) + edge.pred;
    const seen = best.get(key);
    if (seen === undefined || edge.weight > seen.weight) best.set(key, edge);
  }
  const unique = [...best.values()];
  // connected components with union-find over gold nodes 0..G-1 and pred nodes G..G+P-1
  const parent = Int32Array.from({ length: goldCount + predCount }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    let node = x;
    while (parent[node] !== root) {
      const next = parent[node] as number;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  for (const edge of unique) {
    const a = find(edge.gold);
    const b = find(goldCount + edge.pred);
    if (a !== b) parent[a] = b;
  }
  const components = new Map<number, Edge[]>();
  for (const edge of unique) {
    const root = find(edge.gold);
    const list = components.get(root);
    if (list === undefined) components.set(root, [edge]);
    else list.push(edge);
  }
  const kept: Edge[] = [];
  for (const component of components.values()) {
    if (component.length === 1) {
      kept.push(component[0] as Edge);
      continue;
    }
    const golds = [...new Set(component.map((e) => e.gold))];
    const preds = [...new Set(component.map((e) => e.pred))];
    kept.push(...(golds.length + preds.length > HUNGARIAN_LIMIT ? greedy(component) : hungarian(golds, preds, component)));
  }
  return kept;
}

function greedy(edges: readonly Edge[]): Edge[] {
  const sorted = [...edges].sort((x, y) => y.weight - x.weight || x.gold - y.gold || x.pred - y.pred);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: Edge[] = [];
  for (const edge of sorted) {
    if (usedGold.has(edge.gold) || usedPred.has(edge.pred)) continue;
    usedGold.add(edge.gold);
    usedPred.add(edge.pred);
    out.push(edge);
  }
  return out;
}

/**
 * Hungarian algorithm (Kuhn–Munkres with potentials, O(n³)) on the square matrix of side max(rows, cols):
 * cost = −weight for an edge, 0 otherwise (a zero-cost pair is the same as leaving both unpaired).
 */
function hungarian(golds: readonly number[], preds: readonly number[], edges: readonly Edge[]): Edge[] {
  const n = Math.max(golds.length, preds.length);
  const row = new Map(golds.map((g, i) => [g, i]));
  const col = new Map(preds.map((p, j) => [p, j]));
  const cost = new Float64Array(n * n);
  const edgeAt = new Map<number, Edge>();
  for (const edge of edges) {
    const i = row.get(edge.gold) as number;
    const j = col.get(edge.pred) as number;
    cost[i * n + j] = -edge.weight;
    edgeAt.set(i * n + j, edge);
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1); // p[j] = row assigned to column j (1-based), 0 = none
  const way = new Int32Array(n + 1);
  const minv = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i += 1) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j += 1) {
        if (used[j] === 1) continue;
        const cur = (cost[(i0 - 1) * n + (j - 1)] as number) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j += 1) {
        if (used[j] === 1) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out: Edge[] = [];
  for (let j = 1; j <= n; j += 1) {
    const i = p[j] as number;
    if (i === 0) continue;
    const edge = edgeAt.get((i - 1) * n + (j - 1));
    if (edge !== undefined) out.push(edge);
  }
  return out;
}
