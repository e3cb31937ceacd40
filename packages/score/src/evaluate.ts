import { z } from 'zod';
import { checkSpan, ErrorRecordSchema, FACT_TYPES, FaitsError, FactTypeSchema, type FactType } from '@faits/document';
import type { GoldenFile } from './golden.ts';
import { matchFacts, type FactMatch, type FactRecord, type FieldCheck, type MatchCategory } from './match.ts';
import {
  addCounts, DEFAULT_PARTIAL_WEIGHT, emptyCounts, macro, scoreCounts, settle, type Counts, type Prf, type Scores,
} from './metrics.ts';

export const EVAL_MODES = ['strict', 'lenient'] as const;
export type EvalMode = (typeof EVAL_MODES)[number];

export interface EvaluateInput {
  /** Golden files (`loadGolden`); a file with `text` (loaded with the corpus) lets predicted spans be checked. */
  readonly gold: readonly (GoldenFile & { readonly text?: string })[];
  /** The lines of `faits extract --jsonl`, parsed: Documents and error records `{ id, line?, error }`. */
  readonly pred: readonly unknown[];
  /** The schema of the headline P/R/F1. Both are always computed. Default `strict`. */
  readonly mode?: EvalMode;
  /** Weight of a partial match in the lenient schema. Default 0.5 (nervaluate, SemEval-2013). */
  readonly partialWeight?: number;
  /** A golden document with no prediction line: count its facts as missed (default) or skip it. */
  readonly unpredicted?: 'missed' | 'skip';
}

/** Field-by-field correctness over the pairs (correct, partial, incorrect) of one type. */
export interface FieldScore {
  /** Pairs whose golden fact has the field. */
  gold: number;
  correct: number;
  wrong: number;
  /** The golden fact has it, the predicted one does not. */
  missing: number;
  /** The predicted fact has it, the golden one does not (not in `gold`). */
  extra: number;
  /** correct / gold (0 when gold is 0). */
  accuracy: number;
}

/** Date values of paired date facts, scored by overlap in days (reported apart from the counts). */
export interface DateOverlapSummary {
  pairs: number;
  /** Same interval of days. */
  sameValue: number;
  /** Overlapping but not the same. */
  overlapping: number;
  disjoint: number;
  /** Mean of |A ∩ B| / |A ∪ B| over the pairs (0 when there is none). */
  meanOverlap: number;
}

export interface Summary {
  documents: number;
  /** Per type, for the types that have a golden or a predicted fact. */
  types: Partial<Record<FactType, Scores>>;
  /** Counts summed over types, then P/R/F1. */
  micro: Scores;
  /** Mean of the per-type P/R/F1 over `types` types. */
  macro: { strict: Prf; lenient: Prf; types: number };
  fields: Partial<Record<FactType, Record<string, FieldScore>>>;
  dates: DateOverlapSummary;
}

export interface ReportMatch {
  readonly category: MatchCategory;
  readonly type: FactType;
  readonly gold?: FactRecord;
  readonly pred?: FactRecord;
  /** The fields of a pair that are not correct (the evidence span is the field `span`). */
  readonly differs?: readonly FieldCheck[];
  readonly dateOverlap?: number;
}

export type DocumentStatus = 'scored' | 'error' | 'unpredicted';

export interface DocumentReport {
  readonly id: string;
  readonly lang: string;
  /** `error`: the prediction line was an error record; `unpredicted`: there was no line for it. */
  readonly status: DocumentStatus;
  readonly error?: { readonly code: string; readonly message: string };
  readonly counts: Counts;
  readonly matches: readonly ReportMatch[];
}

export interface EvalReport {
  readonly version: 1;
  readonly mode: EvalMode;
  readonly partialWeight: number;
  /** Micro P/R/F1 over everything, in `mode`. */
  readonly headline: Prf & { readonly mode: EvalMode };
  readonly overall: Summary;
  readonly languages: Record<string, Summary>;
  readonly documents: readonly DocumentReport[];
  /** Predicted documents with no golden file (and golden ones with no prediction when `unpredicted: 'skip'`). */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  /** Error records; `missed` is the number of golden facts they cost. */
  readonly errors: readonly { readonly id: string | null; readonly line?: number; readonly code: string; readonly message: string; readonly missed: number }[];
  /** Problems in the predictions (bad facts, spans that do not match the text, duplicate ids), scoring went on. */
  readonly problems: readonly { readonly id?: string; readonly message: string }[];
}

const PredFactSchema = z.looseObject({
  type: FactTypeSchema,
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
});

const PredDocumentSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string().optional(),
  facts: z.array(z.unknown()).optional(),
});

interface Accumulator {
  documents: number;
  counts: Map<FactType, Counts>;
  fields: Map<FactType, Map<string, FieldScore>>;
  dateOverlaps: number[];
  dates: { sameValue: number; overlapping: number; disjoint: number };
}

function newAccumulator(): Accumulator {
  return { documents: 0, counts: new Map(), fields: new Map(), dateOverlaps: [], dates: { sameValue: 0, overlapping: 0, disjoint: 0 } };
}

const COUNTED: Readonly<Partial<Record<MatchCategory, keyof Counts>>> = {
  correct: 'correct', partial: 'partial', incorrect: 'incorrect', missed: 'missed', spurious: 'spurious',
};

function accumulate(acc: Accumulator, match: FactMatch): void {
  const key = COUNTED[match.category];
  if (key === undefined) return; // optional: not counted
  let counts = acc.counts.get(match.type);
  if (counts === undefined) {
    counts = emptyCounts();
    acc.counts.set(match.type, counts);
  }
  counts[key] += 1;
  if (match.fields === undefined) return;
  let fields = acc.fields.get(match.type);
  if (fields === undefined) {
    fields = new Map();
    acc.fields.set(match.type, fields);
  }
  for (const check of match.fields) {
    let score = fields.get(check.field);
    if (score === undefined) {
      score = { gold: 0, correct: 0, wrong: 0, missing: 0, extra: 0, accuracy: 0 };
      fields.set(check.field, score);
    }
    score[check.status] += 1;
    if (check.status !== 'extra') score.gold += 1;
  }
  if (match.dateOverlap !== undefined) {
    acc.dateOverlaps.push(match.dateOverlap);
    if (match.dateOverlap === 1) acc.dates.sameValue += 1;
    else if (match.dateOverlap > 0) acc.dates.overlapping += 1;
    else acc.dates.disjoint += 1;
  }
}

function summarize(acc: Accumulator, partialWeight: number): Summary {
  const types: Partial<Record<FactType, Scores>> = {};
  const total = emptyCounts();
  const fields: Partial<Record<FactType, Record<string, FieldScore>>> = {};
  for (const type of FACT_TYPES) {
    const counts = acc.counts.get(type);
    if (counts === undefined) continue;
    settle(counts);
    if (counts.possible + counts.actual === 0) continue;
    types[type] = scoreCounts(counts, partialWeight);
    addCounts(total, counts);
    const perField = acc.fields.get(type);
    if (perField !== undefined) {
      const out: Record<string, FieldScore> = {};
      for (const [name, score] of [...perField.entries()].sort(([a], [b]) => (a === 'span' ? -1 : b === 'span' ? 1 : a.localeCompare(b)))) {
        out[name] = { ...score, accuracy: score.gold === 0 ? 0 : score.correct / score.gold };
      }
      fields[type] = out;
    }
  }
  const typeScores = Object.values(types);
  const n = acc.dateOverlaps.length;
  return {
    documents: acc.documents,
    types,
    micro: scoreCounts(total, partialWeight),
    macro: { strict: macro(typeScores.map((s) => s.strict)), lenient: macro(typeScores.map((s) => s.lenient)), types: typeScores.length },
    fields,
    dates: { pairs: n, ...acc.dates, meanOverlap: n === 0 ? 0 : acc.dateOverlaps.reduce((a, b) => a + b, 0) / n },
  };
}

function toReportMatch(match: FactMatch): ReportMatch {
  const differs = match.fields?.filter((f) => f.status !== 'correct');
  return {
    category: match.category,
    type: match.type,
    ...(match.gold === undefined ? {} : { gold: match.gold }),
    ...(match.pred === undefined ? {} : { pred: match.pred }),
    ...(differs === undefined ? {} : { differs }),
    ...(match.dateOverlap === undefined ? {} : { dateOverlap: match.dateOverlap }),
  };
}

interface PredDoc {
  readonly id: string;
  readonly text?: string;
  readonly facts: FactRecord[];
}

interface ErrorLine {
  readonly id: string | null;
  readonly line?: number;
  readonly code: string;
  readonly message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sorts the prediction lines into documents and error records; what cannot be read becomes a problem. */
function readPredictions(pred: readonly unknown[], problems: { id?: string; message: string }[]): { docs: Map<string, PredDoc>; errors: ErrorLine[] } {
  const docs = new Map<string, PredDoc>();
  const errors: ErrorLine[] = [];
  pred.forEach((value, index) => {
    const where = `prediction ${index + 1}`;
    if (isRecord(value) && 'error' in value && !('facts' in value)) {
      const parsed = ErrorRecordSchema.safeParse(value);
      if (parsed.success) {
        const { id, line, error } = parsed.data;
        errors.push({ id, ...(line === undefined ? {} : { line }), code: error.code, message: error.message });
        return;
      }
    }
    const parsed = PredDocumentSchema.safeParse(value);
    if (!parsed.success) {
      problems.push({ message: `${where} is neither a Document nor an error record: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` });
      return;
    }
    const { id, text, facts } = parsed.data;
    if (docs.has(id)) {
      problems.push({ id, message: `${where}: duplicate id "${id}": the first line is scored, this one is ignored.` });
      return;
    }
    if (facts === undefined) problems.push({ id, message: `${id}: no "facts" layer (the claims stage did not run): every golden fact is missed.` });
    const good: FactRecord[] = [];
    (facts ?? []).forEach((fact, i) => {
      const checked = PredFactSchema.safeParse(fact);
      if (!checked.success) {
        problems.push({ id, message: `${id}: facts[${i}] cannot be scored and is left out: ${checked.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}` });
        return;
      }
      const record = checked.data as FactRecord;
      if (text !== undefined) {
        const problem = checkSpan(text, record);
        if (problem !== undefined) problems.push({ id, message: `${id}: facts[${i}] span ${problem}` });
      }
      good.push(record);
    });
    docs.set(id, { id, ...(text === undefined ? {} : { text }), facts: good });
  });
  return { docs, errors };
}

/**
 * Scores predicted facts against golden files: matching per document and type, counts per type and language,
 * strict and lenient P/R/F1 (micro and macro), field-by-field correctness, date overlap, and every match for a
 * diff. Golden facts with `optional: true` are neither missed nor spurious. The result is plain JSON.
 *
 * Throws `FaitsError` `E_INVALID_OPTION` for a bad `mode` or `partialWeight`, `E_INVALID_GOLD` for two golden
 * files with one id. Problems in the predictions are reported in `problems`, not thrown.
 */
export function evaluate(input: EvaluateInput): EvalReport {
  const mode = input.mode ?? 'strict';
  if (!EVAL_MODES.includes(mode)) {
    throw new FaitsError('E_INVALID_OPTION', `mode must be one of ${EVAL_MODES.join(', ')}, got ${JSON.stringify(mode)}.`);
  }
  const partialWeight = input.partialWeight ?? DEFAULT_PARTIAL_WEIGHT;
  if (!(partialWeight >= 0 && partialWeight <= 1)) {
    throw new FaitsError('E_INVALID_OPTION', `partialWeight must be a number from 0 to 1, got ${String(partialWeight)}.`);
  }
  const problems: { id?: string; message: string }[] = [];
  const { docs, errors } = readPredictions(input.pred, problems);
  const errorsById = new Map<string, ErrorLine>();
  for (const e of errors) if (e.id !== null && !errorsById.has(e.id)) errorsById.set(e.id, e);

  const overall = newAccumulator();
  const perLang = new Map<string, Accumulator>();
  const documents: DocumentReport[] = [];
  const skipped: { id: string; reason: string }[] = [];
  const reportErrors: { id: string | null; line?: number; code: string; message: string; missed: number }[] = [];
  const goldIds = new Set<string>();

  for (const gold of input.gold) {
    if (goldIds.has(gold.id)) throw new FaitsError('E_INVALID_GOLD', `Two golden files have the id "${gold.id}".`);
    goldIds.add(gold.id);
    const predDoc = docs.get(gold.id);
    const errorLine = predDoc === undefined ? errorsById.get(gold.id) : undefined;
    if (predDoc === undefined && errorLine === undefined && input.unpredicted === 'skip') {
      skipped.push({ id: gold.id, reason: 'no prediction line for this golden document' });
      continue;
    }
    const goldFacts = gold.facts as readonly FactRecord[];
    if (predDoc !== undefined && predDoc.text !== undefined && gold.text !== undefined && predDoc.text !== gold.text) {
      problems.push({ id: gold.id, message: `${gold.id}: the predicted document's text differs from the corpus text: spans may not line up.` });
    }
    const matches = matchFacts(goldFacts, predDoc?.facts ?? []);
    let acc = perLang.get(gold.lang);
    if (acc === undefined) {
      acc = newAccumulator();
      perLang.set(gold.lang, acc);
    }
    const docCounts = emptyCounts();
    const docAcc = newAccumulator();
    for (const match of matches) {
      accumulate(overall, match);
      accumulate(acc, match);
      accumulate(docAcc, match);
    }
    for (const c of docAcc.counts.values()) addCounts(docCounts, settle(c));
    overall.documents += 1;
    acc.documents += 1;
    const status: DocumentStatus = predDoc !== undefined ? 'scored' : errorLine !== undefined ? 'error' : 'unpredicted';
    if (errorLine !== undefined) reportErrors.push({ ...errorLine, missed: docCounts.missed });
    documents.push({
      id: gold.id,
      lang: gold.lang,
      status,
      ...(errorLine === undefined ? {} : { error: { code: errorLine.code, message: errorLine.message } }),
      counts: docCounts,
      matches: matches.map(toReportMatch),
    });
  }
  for (const id of docs.keys()) if (!goldIds.has(id)) skipped.push({ id, reason: 'no golden file' });
  for (const e of errors) {
    if (e.id === null || !goldIds.has(e.id) || errorsById.get(e.id) !== e || docs.has(e.id)) {
      reportErrors.push({ ...e, missed: 0 });
      if (e.id !== null && !goldIds.has(e.id)) skipped.push({ id: e.id, reason: 'error record, no golden file' });
    }
  }

  const languages: Record<string, Summary> = {};
  for (const lang of [...perLang.keys()].sort()) languages[lang] = summarize(perLang.get(lang) as Accumulator, partialWeight);
  const summary = summarize(overall, partialWeight);
  return {
    version: 1,
    mode,
    partialWeight,
    headline: { mode, ...summary.micro[mode] },
    overall: summary,
    languages,
    documents,
    skipped,
    errors: reportErrors,
    problems,
  };
}
