import type { FactType } from '@faits/document';
import { assign, overlappingPairs, type Edge } from './assign.ts';
import { dateOverlap, datesEqual, normalizeName, numbersEqual } from './normalize.ts';

/**
 * A fact as scored: a golden fact or a predicted one. Base fields are fixed; the fields of its type are
 * open, as in `Fact` and golden files.
 */
export interface FactRecord {
  readonly id?: string;
  readonly type: FactType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly optional?: boolean;
  readonly [field: string]: unknown;
}

/**
 * What became of a golden or predicted fact:
 * - `correct`: paired, and right under the strict criterion of its type;
 * - `partial`: paired, right under the lenient criterion only;
 * - `incorrect`: paired (same place or same referent) but wrong under both;
 * - `missed`: a golden fact with no predicted one; `spurious`: a predicted fact with no golden one;
 * - `optional`: a golden fact marked `optional: true`, with its predicted fact if any: not counted.
 */
export const MATCH_CATEGORIES = ['correct', 'partial', 'incorrect', 'missed', 'spurious', 'optional'] as const;
export type MatchCategory = (typeof MATCH_CATEGORIES)[number];

export type FieldStatus = 'correct' | 'wrong' | 'missing' | 'extra';

/** One field of a pair: equal (`correct`), different (`wrong`), only in gold (`missing`), only predicted (`extra`). */
export interface FieldCheck {
  readonly field: string;
  readonly status: FieldStatus;
  readonly gold?: unknown;
  readonly pred?: unknown;
}

export interface FactMatch {
  readonly category: MatchCategory;
  readonly type: FactType;
  readonly gold?: FactRecord;
  readonly pred?: FactRecord;
  /** Every field compared on a pair (gold and pred both present), `span` first. */
  readonly fields?: readonly FieldCheck[];
  /** Date pairs: overlap of the two values in days, |A ∩ B| / |A ∪ B|. */
  readonly dateOverlap?: number;
}

/** The fields compared per type, besides any other field the golden fact has. */
export const FIELDS: Readonly<Record<FactType, readonly string[]>> = {
  organization: ['canonical', 'kind', 'formerly'],
  person: ['canonical', 'role', 'roleText', 'roleOrganization'],
  location: ['canonical'],
  product: ['canonical', 'developer'],
  quantity: ['value', 'max', 'qualifier', 'unit', 'item', 'vendor', 'subject', 'comparedTo', 'modality'],
  money: ['value', 'max', 'qualifier', 'currency', 'item', 'subject', 'modality'],
  percentage: ['value', 'max', 'qualifier', 'item', 'subject', 'modality'],
  date: ['value', 'relation', 'event', 'eventText', 'subject', 'modality'],
  relation: ['subject', 'predicate', 'object', 'time', 'modality'],
};

/** Never compared as fields: identity, evidence span (compared as `span`), annotation notes, provenance. */
const NOT_FIELDS = new Set(['id', 'type', 'start', 'end', 'text', 'mentions', 'optional', 'note', 'confidence', 'source', 'entity']);

const ENTITY_TYPES: ReadonlySet<FactType> = new Set(['organization', 'person', 'location', 'product']);
const NUMBER_TYPES: ReadonlySet<FactType> = new Set(['quantity', 'money', 'percentage']);

/** Pair weights: the assignment keeps as many correct pairs as it can, then partial, then incorrect. */
const WEIGHT = { correct: 4, partial: 2, incorrect: 1 } as const;
/** Pairs with a required golden fact win ties against pairs with an optional one. */
const REQUIRED_BONUS = 0.5;

interface Bounds {
  readonly start: number;
  readonly end: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function spansOverlap(a: Bounds, b: Bounds): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end);
}

function spanJaccard(a: Bounds, b: Bounds): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  if (union <= 0) return a.start === b.start ? 1 : 0;
  return Math.max(0, inter) / union;
}

/** The name of a referent slot or entity fact: its canonical name, else its text, normalized. */
function nameOf(value: unknown): string | undefined {
  if (!isRecord(value)) return typeof value === 'string' && value.trim() !== '' ? normalizeName(value) : undefined;
  const name = typeof value['canonical'] === 'string' ? value['canonical'] : typeof value['text'] === 'string' ? value['text'] : undefined;
  return name === undefined || name.trim() === '' ? undefined : normalizeName(name);
}

function mentionsOf(fact: FactRecord): Bounds[] {
  const mentions = fact['mentions'];
  const out: Bounds[] = [{ start: fact.start, end: fact.end }];
  if (Array.isArray(mentions)) {
    for (const m of mentions) {
      if (isRecord(m) && typeof m['start'] === 'number' && typeof m['end'] === 'number') out.push({ start: m['start'], end: m['end'] });
    }
  }
  return out;
}

/** Whether two values of a field agree, per the kind of value. */
export function fieldEqual(type: FactType, field: string, gold: unknown, pred: unknown): boolean {
  if (type === 'date' && field === 'value') return datesEqual(gold, pred);
  if (typeof gold === 'number' || typeof pred === 'number') return numbersEqual(gold, pred);
  if (typeof gold === 'string' && typeof pred === 'string') return normalizeName(gold) === normalizeName(pred);
  if (isRecord(gold) && isRecord(pred)) {
    if ('value' in gold) return datesEqual(gold['value'], pred['value']);
    if (typeof gold['canonical'] === 'string') return nameOf(gold) === nameOf(pred);
    if (typeof gold['start'] === 'number') return gold['start'] === pred['start'] && gold['end'] === pred['end'];
  }
  return JSON.stringify(gold) === JSON.stringify(pred);
}

function spanLabel(fact: FactRecord): string {
  return `[${fact.start}, ${fact.end}) ${JSON.stringify(fact.text)}`;
}

/** Field by field comparison of a pair; `span` (the evidence span) comes first. */
export function compareFields(gold: FactRecord, pred: FactRecord): FieldCheck[] {
  const type = gold.type;
  const checks: FieldCheck[] = [];
  const sameSpan = gold.start === pred.start && gold.end === pred.end;
  checks.push(sameSpan ? { field: 'span', status: 'correct' } : { field: 'span', status: 'wrong', gold: spanLabel(gold), pred: spanLabel(pred) });
  const fields = new Set(FIELDS[type]);
  for (const key of Object.keys(gold)) if (!NOT_FIELDS.has(key)) fields.add(key);
  for (const field of fields) {
    const g = gold[field];
    const p = pred[field];
    if (g === undefined && p === undefined) continue;
    if (p === undefined) checks.push({ field, status: 'missing', gold: g });
    else if (g === undefined) checks.push({ field, status: 'extra', pred: p });
    else if (fieldEqual(type, field, g, p)) checks.push({ field, status: 'correct' });
    else checks.push({ field, status: 'wrong', gold: g, pred: p });
  }
  return checks;
}

interface Judgement {
  readonly located: boolean;
  readonly strict: boolean;
  readonly lenient: boolean;
  readonly dateOverlap?: number;
}

/**
 * The criteria of each type (strict ⊂ lenient ⊂ located):
 * - entities: same canonical name (case- and accent-insensitive); strict: the span is the first mention;
 *   lenient: it overlaps any of `mentions`; located: same name, or overlapping a mention.
 * - quantity, money, percentage: strict: same span, same value and max (and currency); lenient: overlapping
 *   span, same value; located: overlapping span.
 * - date: strict: same span, same value as an interval of days; lenient: overlapping span, overlapping
 *   intervals; located: overlapping span.
 * - relation: strict: same (subject, predicate, object) and the same time value when gold has one;
 *   lenient: same triple; located: same triple or overlapping clause.
 */
export function judgePair(gold: FactRecord, pred: FactRecord): Judgement {
  const type = gold.type;
  const sameSpan = gold.start === pred.start && gold.end === pred.end;
  const overlap = spansOverlap(gold, pred);
  if (ENTITY_TYPES.has(type)) {
    const name = nameOf(gold);
    const sameName = name !== undefined && name === nameOf(pred);
    const onMention = mentionsOf(gold).some((m) => spansOverlap(m, pred));
    return { located: sameName || onMention, strict: sameName && sameSpan, lenient: sameName && onMention };
  }
  if (NUMBER_TYPES.has(type)) {
    const sameValue = numbersEqual(gold['value'], pred['value']);
    const sameMax = gold['max'] === undefined ? pred['max'] === undefined : numbersEqual(gold['max'], pred['max']);
    const sameCurrency = type !== 'money' || fieldEqual(type, 'currency', gold['currency'], pred['currency']);
    return { located: overlap, strict: sameSpan && sameValue && sameMax && sameCurrency, lenient: overlap && sameValue };
  }
  if (type === 'date') {
    const same = datesEqual(gold['value'], pred['value']);
    const jaccard = dateOverlap(gold['value'], pred['value']);
    return { located: overlap, strict: sameSpan && same, lenient: overlap && (same || jaccard > 0), dateOverlap: jaccard };
  }
  // relation
  const subject = nameOf(gold['subject']);
  const object = nameOf(gold['object']);
  const predicate = typeof gold['predicate'] === 'string' ? normalizeName(gold['predicate']) : undefined;
  const sameTriple = subject !== undefined && object !== undefined && predicate !== undefined
    && subject === nameOf(pred['subject']) && object === nameOf(pred['object'])
    && typeof pred['predicate'] === 'string' && normalizeName(pred['predicate']) === predicate;
  const goldTime = gold['time'];
  const sameTime = goldTime === undefined || (isRecord(goldTime) && isRecord(pred['time']) && datesEqual(goldTime['value'], pred['time']['value']));
  return { located: sameTriple || overlap, strict: sameTriple && sameTime, lenient: sameTriple };
}

function categoryOf(j: Judgement): 'correct' | 'partial' | 'incorrect' {
  return j.strict ? 'correct' : j.lenient ? 'partial' : 'incorrect';
}

/** Keys that pair facts without overlapping spans: an entity's name, a relation's triple. */
function joinKey(fact: FactRecord): string | undefined {
  if (ENTITY_TYPES.has(fact.type)) return nameOf(fact);
  if (fact.type === 'relation') {
    const s = nameOf(fact['subject']);
    const o = nameOf(fact['object']);
    const p = typeof fact['predicate'] === 'string' ? normalizeName(fact['predicate']) : undefined;
    return s === undefined || o === undefined || p === undefined ? undefined : `${s}\u0000${p}\u0000${o}`;
  }
  return undefined;
}

function byPosition(a: FactMatch, b: FactMatch): number {
  const x = a.gold ?? a.pred;
  const y = b.gold ?? b.pred;
  if (x === undefined || y === undefined) return 0;
  return x.start - y.start || y.end - x.end || (a.gold === undefined ? 1 : 0) - (b.gold === undefined ? 1 : 0);
}

/** Matches facts of one type. */
function matchType(gold: readonly FactRecord[], pred: readonly FactRecord[]): FactMatch[] {
  // candidate pairs: overlapping spans (for entities, any golden mention), equal spans, equal keys
  const goldIntervals: (Bounds & { readonly owner: number })[] = [];
  gold.forEach((g, i) => {
    const spans = ENTITY_TYPES.has(g.type) ? mentionsOf(g) : [{ start: g.start, end: g.end }];
    for (const s of spans) goldIntervals.push({ ...s, owner: i });
  });
  const candidates = new Set<number>();
  const key = (i: number, j: number): number => i * (pred.length + 1) + j;
  for (const [gi, pj] of overlappingPairs(goldIntervals, pred)) candidates.add(key((goldIntervals[gi] as { owner: number }).owner, pj));
  const bySpan = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, k: string, i: number): void => {
    const list = map.get(k);
    if (list === undefined) map.set(k, [i]);
    else list.push(i);
  };
  for (const g of goldIntervals) push(bySpan, `${g.start}:${g.end}`, g.owner);
  gold.forEach((g, i) => {
    const k = joinKey(g);
    if (k !== undefined) push(byKey, k, i);
  });
  pred.forEach((p, j) => {
    for (const i of bySpan.get(`${p.start}:${p.end}`) ?? []) candidates.add(key(i, j));
    const k = joinKey(p);
    if (k !== undefined) for (const i of byKey.get(k) ?? []) candidates.add(key(i, j));
  });

  const judged = new Map<number, { judgement: Judgement; fields: FieldCheck[] }>();
  const edges: Edge[] = [];
  for (const k of candidates) {
    const i = Math.floor(k / (pred.length + 1));
    const j = k % (pred.length + 1);
    const g = gold[i] as FactRecord;
    const p = pred[j] as FactRecord;
    const judgement = judgePair(g, p);
    if (!judgement.located) continue;
    const fields = compareFields(g, p);
    const agreement = fields.filter((f) => f.status === 'correct').length / Math.max(1, fields.length);
    const tie = 0.2 * spanJaccard(g, p) + 0.2 * agreement;
    const weight = WEIGHT[categoryOf(judgement)] + tie + (g.optional === true ? 0 : REQUIRED_BONUS);
    judged.set(k, { judgement, fields });
    edges.push({ gold: i, pred: j, weight });
  }

  const out: FactMatch[] = [];
  const pairedGold = new Set<number>();
  const pairedPred = new Set<number>();
  for (const edge of assign(gold.length, pred.length, edges)) {
    const g = gold[edge.gold] as FactRecord;
    const p = pred[edge.pred] as FactRecord;
    const { judgement, fields } = judged.get(key(edge.gold, edge.pred)) as { judgement: Judgement; fields: FieldCheck[] };
    pairedGold.add(edge.gold);
    pairedPred.add(edge.pred);
    out.push({
      category: g.optional === true ? 'optional' : categoryOf(judgement),
      type: g.type,
      gold: g,
      pred: p,
      fields,
      ...(judgement.dateOverlap === undefined ? {} : { dateOverlap: judgement.dateOverlap }),
    });
  }
  gold.forEach((g, i) => {
    if (!pairedGold.has(i)) out.push({ category: g.optional === true ? 'optional' : 'missed', type: g.type, gold: g });
  });
  pred.forEach((p, j) => {
    if (!pairedPred.has(j)) out.push({ category: 'spurious', type: p.type, pred: p });
  });
  return out;
}

/**
 * Matches predicted facts to golden facts of one document, type by type, one to one, keeping the assignment
 * that maximizes the number of correct pairs, then partial, then incorrect (exact Hungarian assignment per
 * group of competing facts). Returns every golden and every predicted fact once, sorted by position.
 */
export function matchFacts(gold: readonly FactRecord[], pred: readonly FactRecord[]): FactMatch[] {
  const types = new Map<FactType, { gold: FactRecord[]; pred: FactRecord[] }>();
  const group = (type: FactType): { gold: FactRecord[]; pred: FactRecord[] } => {
    let g = types.get(type);
    if (g === undefined) {
      g = { gold: [], pred: [] };
      types.set(type, g);
    }
    return g;
  };
  for (const g of gold) group(g.type).gold.push(g);
  for (const p of pred) group(p.type).pred.push(p);
  const out: FactMatch[] = [];
  for (const { gold: g, pred: p } of types.values()) out.push(...matchType(g, p));
  return out.sort(byPosition);
}
