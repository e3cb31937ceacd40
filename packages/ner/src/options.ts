import { ENTITY_LABELS, FaitsError } from '@faits/document';
import { z } from 'zod';
import { AGGREGATION_STRATEGIES } from './aggregate.ts';
import type { TokenClassifier } from './classifier.ts';
import { GAZETTEER_KINDS, type GazetteerEntry } from './gazetteer/types.ts';

export const ALIGNMENTS = ['sentence', 'none'] as const;

const AliasSchema = z.union([
  z.string().min(1),
  z.object({
    text: z.string().min(1),
    exact: z.boolean().optional(),
    before: z.string().optional(),
    after: z.string().optional(),
    notBefore: z.string().optional(),
    notAfter: z.string().optional(),
  }).strict(),
]);

export const GazetteerEntrySchema = z.object({
  canonical: z.string().min(1),
  kind: z.enum(GAZETTEER_KINDS),
  label: z.enum(ENTITY_LABELS).optional(),
  aliases: z.array(AliasSchema),
  exact: z.boolean().optional(),
  parent: z.string().optional(),
}).strict();

const SentenceRangeSchema = z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() });

/** Options that can be set per call as well as when the NER is created. */
const callShape = {
  /** How piece predictions become entities. Default `first`. */
  aggregation: z.enum(AGGREGATION_STRATEGIES).optional(),
  /** Entities from the model scoring below this are dropped. Default 0. */
  minScore: z.number().min(0).max(1).optional(),
  /** Add and merge the gazetteer's matches. Default true. */
  gazetteer: z.boolean().optional(),
  /** Pack whole sentences into windows (`sentence`, default) or slide over the text (`none`). */
  align: z.enum(ALIGNMENTS).optional(),
};

export const NerOptionsSchema = z.object({
  ...callShape,
  /** Local model directory or hub id. Default: the bundled `@faits/ner-model`. */
  model: z.string().min(1).optional(),
  /** int8 model (default) or fp32. */
  quantized: z.boolean().optional(),
  /** Allow downloading a hub model (needs internet). Default false. */
  allowRemote: z.boolean().optional(),
  /** Pieces per window (without [CLS]/[SEP]). Default 128, at most the model's window. */
  window: z.int().min(4).max(100_000).optional(),
  /** Pieces shared by two sliding windows. Default a quarter of the window, at most 32. */
  stride: z.int().min(0).optional(),
  /** Windows per model call, padded to the longest. Default 16. */
  batchSize: z.int().min(1).max(1024).optional(),
  /** Model calls in flight at once, across documents. Default 1. */
  concurrency: z.int().min(1).max(64).optional(),
  /** Model tag → Faits label, merged over the defaults (PER, ORG, LOC, MISC and common synonyms). Unmapped tags are dropped. */
  labels: z.record(z.string(), z.enum(ENTITY_LABELS)).optional(),
  /** Gazetteer entries to use instead of the bundled `GAZETTEER`. */
  entries: z.array(GazetteerEntrySchema).optional(),
  /** A ready token classifier (another back end, or a fake in tests): `model`, `quantized`, `allowRemote` are then ignored. */
  classifier: z.custom<TokenClassifier>(
    (v) => typeof v === 'object' && v !== null && typeof (v as TokenClassifier).classify === 'function' && typeof (v as TokenClassifier).encodeWord === 'function',
    'a TokenClassifier (labels, maxPieces, subwordPrefix, encodeWord, classify, dispose)',
  ).optional(),
}).strict();

export const ExtractOptionsSchema = z.object({
  ...callShape,
  /** Sentence ranges to align windows on (e.g. `doc.sentences`); computed cheaply when left out. */
  sentences: z.array(SentenceRangeSchema).optional(),
}).strict();

export type NerOptions = Omit<z.input<typeof NerOptionsSchema>, 'entries' | 'classifier'> & {
  readonly entries?: readonly GazetteerEntry[];
  readonly classifier?: TokenClassifier;
};
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;

/** Parses options with zod; a problem becomes `E_INVALID_OPTION` naming the option and the valid values. */
export function parseOptions<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? what : `${what} "${issue.path.join('.')}"`;
  let detail = issue?.message ?? 'invalid';
  if (issue !== undefined && 'values' in issue && Array.isArray(issue.values)) {
    const received = readPath(value, issue.path);
    detail = `${JSON.stringify(received)} is not valid. Valid values: ${issue.values.map(String).join(', ')}`;
  } else if (issue?.code === 'unrecognized_keys') {
    const valid = schema instanceof z.ZodObject ? Object.keys(schema.shape as object).join(', ') : '';
    detail = `unknown option(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}. Valid options: ${valid}`;
  }
  throw new FaitsError('E_INVALID_OPTION', `Invalid ${where}: ${detail}.`);
}

function readPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
