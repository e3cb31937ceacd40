import { FaitsError } from '@faits/document';

/**
 * Aggregation of token predictions into entities, with the semantics of the Python transformers
 * `TokenClassificationPipeline` (`aggregate`, `aggregate_words`, `aggregate_word`, `group_entities`):
 *
 * - `none`: one item per piece, labelled with the raw tag of the most probable label (`B-PER`).
 * - `simple`: consecutive pieces grouped when they share an entity type and the later one is not `B-`.
 * - `first` / `average` / `max`: each word's pieces first agree on one label (the first piece's, the
 *   label of the averaged scores, or that of the piece with the highest score), then words are grouped
 *   as in `simple`.
 *
 * Items whose label is in `ignoreLabels` (default `['O']`) are left out at the end, as Python does.
 */
export const AGGREGATION_STRATEGIES = Object.freeze(['none', 'simple', 'first', 'average', 'max'] as const);
export type AggregationStrategy = (typeof AGGREGATION_STRATEGIES)[number];

/** One piece with its label probabilities: Python's "pre-entity". */
export interface PreEntity {
  /** The piece as the vocabulary spells it (`##soft`). */
  readonly word: string;
  /** Probability of each label (softmax of the logits), in label order. */
  readonly scores: ArrayLike<number>;
  readonly start: number;
  readonly end: number;
  /** Position of the piece in its sequence. */
  readonly index: number;
  /** True when the piece continues the previous piece's word (never for `[UNK]`). */
  readonly isSubword: boolean;
}

export interface AggregatedEntity {
  /** The raw label (`B-PER`) for `none`; the entity type (`PER`) for the other strategies. */
  readonly label: string;
  /** Probability of the label (`none`), or the mean over the grouped items. */
  readonly score: number;
  /** The pieces joined back into text, `##` joins removed (Python's `convert_tokens_to_string`). */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Position in the input of the first and of the last piece grouped here. */
  readonly first: number;
  readonly last: number;
  /** Piece index (`none` only). */
  readonly index?: number;
  /** How many items (pieces for `simple`, words for `first`/`average`/`max`) were averaged. */
  readonly size: number;
}

export interface AggregateOptions {
  /** Labels left out of the result. Default `['O']`. */
  readonly ignoreLabels?: readonly string[];
  /** Prefix of continuing pieces, removed when joining pieces into `word`. Default `##`. */
  readonly subwordPrefix?: string;
}

/** Validates a strategy name; throws `E_INVALID_OPTION` listing the valid ones. */
export function assertStrategy(strategy: unknown): asserts strategy is AggregationStrategy {
  if (typeof strategy !== 'string' || !(AGGREGATION_STRATEGIES as readonly string[]).includes(strategy)) {
    throw new FaitsError(
      'E_INVALID_OPTION',
      `Unknown aggregation strategy ${JSON.stringify(strategy)}. Valid values: ${AGGREGATION_STRATEGIES.join(', ')}.`,
    );
  }
}

interface Labelled {
  readonly entity: string;
  readonly score: number;
  readonly word: string;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly index: number;
}

/**
 * Groups piece predictions into entities. `labels[i]` names column `i` of each `scores` array.
 * Throws `E_INVALID_OPTION` for an unknown strategy.
 */
export function aggregate(
  preEntities: readonly PreEntity[],
  labels: readonly string[],
  strategy: AggregationStrategy,
  options: AggregateOptions = {},
): AggregatedEntity[] {
  assertStrategy(strategy);
  const ignore = new Set(options.ignoreLabels ?? ['O']);
  const prefix = options.subwordPrefix ?? '##';
  const labelOf = (i: number): string => {
    const label = labels[i];
    if (label === undefined) throw new FaitsError('E_INVALID_OPTION', `No label for class ${i}: the model has ${labels.length} labels.`);
    return label;
  };
  let items: Labelled[];
  if (strategy === 'none' || strategy === 'simple') {
    items = preEntities.map((p, i) => {
      const best = argmax(p.scores);
      return { entity: labelOf(best), score: p.scores[best] as number, word: p.word, start: p.start, end: p.end, first: i, last: i, index: p.index };
    });
  } else {
    items = aggregateWords(preEntities, strategy, labelOf, prefix);
  }
  if (strategy === 'none') {
    return items
      .filter((item) => !ignore.has(item.entity))
      .map((item) => ({ label: item.entity, score: item.score, word: item.word, start: item.start, end: item.end, first: item.first, last: item.last, index: item.index, size: 1 }));
  }
  return groupEntities(items, prefix).filter((group) => !ignore.has(group.label));
}

function aggregateWords(
  preEntities: readonly PreEntity[],
  strategy: 'first' | 'average' | 'max',
  labelOf: (i: number) => string,
  prefix: string,
): Labelled[] {
  const words: Labelled[] = [];
  let groupStart = 0;
  for (let i = 1; i <= preEntities.length; i += 1) {
    const p = preEntities[i];
    if (p !== undefined && p.isSubword) continue;
    if (i > groupStart) words.push(aggregateWord(preEntities, groupStart, i, strategy, labelOf, prefix));
    groupStart = i;
  }
  return words;
}

function aggregateWord(
  all: readonly PreEntity[],
  from: number,
  to: number,
  strategy: 'first' | 'average' | 'max',
  labelOf: (i: number) => string,
  prefix: string,
): Labelled {
  const group = all.slice(from, to);
  const head = group[0] as PreEntity;
  const tail = group[group.length - 1] as PreEntity;
  let label: number;
  let score: number;
  if (strategy === 'first') {
    label = argmax(head.scores);
    score = head.scores[label] as number;
  } else if (strategy === 'max') {
    // Python: max(entities, key=lambda e: e["scores"].max()) keeps the first of equal maxima.
    let best = head;
    let bestMax = head.scores[argmax(head.scores)] as number;
    for (const p of group) {
      const m = p.scores[argmax(p.scores)] as number;
      if (m > bestMax) {
        best = p;
        bestMax = m;
      }
    }
    label = argmax(best.scores);
    score = best.scores[label] as number;
  } else {
    const width = head.scores.length;
    const mean = new Float64Array(width);
    for (let c = 0; c < width; c += 1) mean[c] = nanMean(group.map((p) => p.scores[c] as number));
    label = argmax(mean);
    score = mean[label] as number;
  }
  return {
    entity: labelOf(label),
    score,
    word: joinPieces(group.map((p) => p.word), prefix),
    start: head.start,
    end: tail.end,
    first: from,
    last: to - 1,
    index: head.index,
  };
}

/** Python's `get_tag`: `B-X` → [B, X]; `I-X` → [I, X]; anything else → [I, label]. */
export function getTag(label: string): readonly ['B' | 'I', string] {
  if (label.startsWith('B-')) return ['B', label.slice(2)];
  if (label.startsWith('I-')) return ['I', label.slice(2)];
  return ['I', label];
}

function groupEntities(items: readonly Labelled[], prefix: string): AggregatedEntity[] {
  const groups: AggregatedEntity[] = [];
  let current: Labelled[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const head = current[0] as Labelled;
    const tail = current[current.length - 1] as Labelled;
    groups.push({
      label: getTag(head.entity)[1],
      score: nanMean(current.map((e) => e.score)),
      word: joinPieces(current.map((e) => e.word), prefix),
      start: head.start,
      end: tail.end,
      first: head.first,
      last: tail.last,
      size: current.length,
    });
    current = [];
  };
  for (const item of items) {
    const last = current[current.length - 1];
    if (last === undefined) {
      current.push(item);
      continue;
    }
    const [bi, tag] = getTag(item.entity);
    const lastTag = getTag(last.entity)[1];
    if (tag === lastTag && bi !== 'B') {
      current.push(item);
    } else {
      flush();
      current.push(item);
    }
  }
  flush();
  return groups;
}

/** BERT's `convert_tokens_to_string`: pieces joined by spaces, then `" ##"` removed. */
export function joinPieces(pieces: readonly string[], prefix = '##'): string {
  return pieces.join(' ').split(` ${prefix}`).join('').trim();
}

/** Index of the largest value; the first one on ties (numpy's argmax). NaN is never chosen over a number. */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  let bestValue = values[0] ?? Number.NaN;
  for (let i = 1; i < values.length; i += 1) {
    const v = values[i] as number;
    if (v > bestValue || (Number.isNaN(bestValue) && !Number.isNaN(v))) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}

function nanMean(values: readonly number[]): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    count += 1;
  }
  return count === 0 ? Number.NaN : sum / count;
}

/** Softmax of each row of `logits` (rows of `width`), in place into a new array. Stable (max subtracted). */
export function softmaxRows(logits: ArrayLike<number>, width: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let row = 0; row < logits.length; row += width) {
    let max = -Infinity;
    for (let c = 0; c < width; c += 1) max = Math.max(max, logits[row + c] as number);
    let sum = 0;
    for (let c = 0; c < width; c += 1) {
      const e = Math.exp((logits[row + c] as number) - max);
      out[row + c] = e;
      sum += e;
    }
    for (let c = 0; c < width; c += 1) out[row + c] = (out[row + c] as number) / sum;
  }
  return out;
}
