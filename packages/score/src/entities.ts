import { FaitsError } from '@faits/document';
import { assign, overlappingPairs, type Edge } from './assign.ts';
import { DEFAULT_PARTIAL_WEIGHT, emptyCounts, prf, settle, type Counts, type Prf } from './metrics.ts';

/** An entity span with its label, e.g. a NER `Entity` or a span read by `readConll`. */
export interface LabeledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly text?: string;
}

/**
 * The four nervaluate / SemEval-2013 schemas:
 * `strict` exact boundaries and label; `exact` exact boundaries, any label; `partial` overlapping boundaries,
 * any label, a partial match worth ½; `type` overlapping boundaries and the same label.
 */
export const ENTITY_SCHEMAS = ['strict', 'exact', 'partial', 'type'] as const;
export type EntitySchema = (typeof ENTITY_SCHEMAS)[number];

export interface EntitySchemaScore extends Prf {
  readonly counts: Counts;
}

export type EntityScores = Record<EntitySchema, EntitySchemaScore>;

export interface EntityReport extends EntityScores {
  /** The same per label (a pair counts under the golden label, a spurious span under its own). */
  readonly labels: Record<string, EntityScores>;
}

export interface ScoreEntitiesOptions {
  /** Weight of a partial match in the `partial` schema. Default 0.5. */
  readonly partialWeight?: number;
}

type Group = readonly LabeledSpan[];
type Outcome = 'correct' | 'incorrect' | 'partial';

/** What a pair is in each schema: exact boundaries or overlap, same label or not. */
function outcomes(exact: boolean, sameLabel: boolean): Record<EntitySchema, Outcome> {
  if (exact) return sameLabel
    ? { strict: 'correct', exact: 'correct', partial: 'correct', type: 'correct' }
    : { strict: 'incorrect', exact: 'correct', partial: 'correct', type: 'incorrect' };
  return sameLabel
    ? { strict: 'incorrect', exact: 'incorrect', partial: 'partial', type: 'correct' }
    : { strict: 'incorrect', exact: 'incorrect', partial: 'partial', type: 'incorrect' };
}

function isGrouped(value: readonly LabeledSpan[] | readonly (readonly LabeledSpan[])[]): value is readonly (readonly LabeledSpan[])[] {
  return value.length > 0 && Array.isArray(value[0]);
}

function newScores(): Record<EntitySchema, Counts> {
  return { strict: emptyCounts(), exact: emptyCounts(), partial: emptyCounts(), type: emptyCounts() };
}

/**
 * Entity-level scores over spans, as nervaluate: every golden span is paired with at most one predicted span
 * (exact and same label first, then exact, then overlapping with the same label, then overlapping; an optimal
 * one-to-one assignment, where nervaluate may pair one golden span with several predictions), then counted as
 * correct, incorrect, partial, missed or spurious in each of the four schemas.
 *
 * `gold` and `pred` are one list of spans, or aligned lists of lists (one per sentence or document: spans
 * of different lists never match). Throws `FaitsError` `E_INVALID_OPTION` when the lists are not aligned.
 */
export function scoreEntities(
  gold: readonly LabeledSpan[] | readonly (readonly LabeledSpan[])[],
  pred: readonly LabeledSpan[] | readonly (readonly LabeledSpan[])[],
  options: ScoreEntitiesOptions = {},
): EntityReport {
  const goldGroups: readonly Group[] = isGrouped(gold) ? gold : [gold as Group];
  const predGroups: readonly Group[] = isGrouped(pred) ? pred : [pred as Group];
  const partialWeight = options.partialWeight ?? DEFAULT_PARTIAL_WEIGHT;
  if (!(partialWeight >= 0 && partialWeight <= 1)) {
    throw new FaitsError('E_INVALID_OPTION', `partialWeight must be a number from 0 to 1, got ${String(partialWeight)}.`);
  }
  // an empty list is "no span" in every group; otherwise the groups must line up
  const groups = Math.max(goldGroups.length, predGroups.length);
  if (gold.length > 0 && pred.length > 0 && goldGroups.length !== predGroups.length) {
    throw new FaitsError('E_INVALID_OPTION', `gold has ${goldGroups.length} groups of spans and pred ${predGroups.length}: give one group per sentence or document, aligned.`);
  }
  const total = newScores();
  const perLabel = new Map<string, Record<EntitySchema, Counts>>();
  const bucket = (label: string): Record<EntitySchema, Counts> => {
    let b = perLabel.get(label);
    if (b === undefined) {
      b = newScores();
      perLabel.set(label, b);
    }
    return b;
  };
  const count = (label: string, schema: EntitySchema, key: keyof Counts): void => {
    total[schema][key] += 1;
    bucket(label)[schema][key] += 1;
  };

  for (let g = 0; g < groups; g += 1) {
    const golds = goldGroups[g] ?? [];
    const preds = predGroups[g] ?? [];
    const edges: Edge[] = [];
    const seen = new Set<number>();
    const consider = (i: number, j: number): void => {
      const key = i * (preds.length + 1) + j;
      if (seen.has(key)) return;
      seen.add(key);
      const a = golds[i] as LabeledSpan;
      const b = preds[j] as LabeledSpan;
      const exact = a.start === b.start && a.end === b.end;
      const sameLabel = a.label === b.label;
      const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
      const tie = union > 0 ? (0.5 * Math.max(0, inter)) / union : 0.5;
      edges.push({ gold: i, pred: j, weight: (exact ? (sameLabel ? 8 : 6) : sameLabel ? 4 : 2) + tie });
    };
    for (const [i, j] of overlappingPairs(golds, preds)) consider(i, j);
    const empty = new Map<string, number[]>();
    golds.forEach((s, i) => {
      if (s.end !== s.start) return;
      const list = empty.get(`${s.start}`) ?? [];
      list.push(i);
      empty.set(`${s.start}`, list);
    });
    preds.forEach((s, j) => {
      if (s.end === s.start) for (const i of empty.get(`${s.start}`) ?? []) consider(i, j);
    });
    const pairedGold = new Set<number>();
    const pairedPred = new Set<number>();
    for (const edge of assign(golds.length, preds.length, edges)) {
      const a = golds[edge.gold] as LabeledSpan;
      const b = preds[edge.pred] as LabeledSpan;
      pairedGold.add(edge.gold);
      pairedPred.add(edge.pred);
      const result = outcomes(a.start === b.start && a.end === b.end, a.label === b.label);
      for (const schema of ENTITY_SCHEMAS) count(a.label, schema, result[schema]);
    }
    golds.forEach((s, i) => {
      if (!pairedGold.has(i)) for (const schema of ENTITY_SCHEMAS) count(s.label, schema, 'missed');
    });
    preds.forEach((s, j) => {
      if (!pairedPred.has(j)) for (const schema of ENTITY_SCHEMAS) count(s.label, schema, 'spurious');
    });
  }

  const finish = (scores: Record<EntitySchema, Counts>): EntityScores => {
    const out = {} as Record<EntitySchema, EntitySchemaScore>;
    for (const schema of ENTITY_SCHEMAS) {
      const c = settle(scores[schema]);
      const hits = c.correct + (schema === 'partial' ? partialWeight * c.partial : 0);
      out[schema] = { counts: c, ...prf(hits, c.possible, c.actual) };
    }
    return out;
  };
  const labels: Record<string, EntityScores> = {};
  for (const label of [...perLabel.keys()].sort()) labels[label] = finish(perLabel.get(label) as Record<EntitySchema, Counts>);
  return { ...finish(total), labels };
}
