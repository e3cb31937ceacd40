import { FaitsError, type Diagnostic, type Entity, type EntityLabel } from '@faits/document';
import pLimit from 'p-limit';
import { aggregate, getTag, softmaxRows, type AggregatedEntity, type AggregationStrategy, type PreEntity } from './aggregate.ts';
import type { TokenClassifier } from './classifier.ts';
import { GAZETTEER } from './gazetteer/index.ts';
import { compileGazetteer, entryLabel, findMatches, lookupAlias, matchesToEntities, type CompiledGazetteer } from './gazetteer/match.ts';
import type { GazetteerEntry } from './gazetteer/types.ts';
import { mergeEntities } from './merge.ts';
import { ExtractOptionsSchema, NerOptionsSchema, parseOptions, type ExtractOptions, type NerOptions } from './options.ts';
import { PieceEncoder, type PieceTable } from './pieces.ts';
import { loadTransformersClassifier } from './transformers.ts';
import { assignOwners, planWindows, type PieceWindow } from './windows.ts';
import { STOPWORDS } from './stopwords.ts';
import { splitSentences, type SentenceRange } from './words.ts';

/** `source` of the entities the model finds. */
export const NER_SOURCE = 'ner.transformers.v1';

const DEFAULT_LABELS: Readonly<Record<string, EntityLabel>> = {
  PER: 'PER', PERSON: 'PER', PERS: 'PER',
  ORG: 'ORG', ORGANIZATION: 'ORG', ORGANISATION: 'ORG', CORPORATION: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', GPE: 'LOC',
  MISC: 'MISC', MIS: 'MISC',
  PRODUCT: 'PRODUCT', PROD: 'PRODUCT',
};
const DEFAULT_WINDOW = 128;
const DEFAULT_STRIDE = 32;
const DEFAULT_BATCH = 16;

export interface NerStats {
  readonly words: number;
  readonly pieces: number;
  readonly unknownPieces: number;
  readonly windows: number;
  /** Pieces per window and overlap actually used. */
  readonly window: number;
  readonly stride: number;
}

export interface NerResult {
  readonly entities: Entity[];
  readonly stats: NerStats;
  /** Notes about the text for `doc.diagnostics` (long text read in windows, many unknown pieces). */
  readonly diagnostics: Diagnostic[];
}

export interface Ner {
  /** Model labels, e.g. `['O', 'B-PER', ...]`. */
  readonly labels: readonly string[];
  /** Entities of `text`, sorted by start, ids `e1`, `e2`, ... Empty or blank text gives `[]`. */
  extract(text: string, options?: ExtractOptions): Promise<Entity[]>;
  /** Entities of each text, in order. Windows of all texts are batched together. */
  extractBatch(texts: readonly string[], options?: ExtractOptions): Promise<Entity[][]>;
  /** `extract` with counts and diagnostics. */
  analyze(text: string, options?: ExtractOptions): Promise<NerResult>;
  /** Frees the model (shared models are freed when their last user disposes). Idempotent. */
  dispose(): Promise<void>;
}

interface Settings {
  readonly aggregation: AggregationStrategy;
  readonly minScore: number;
  readonly gazetteer: boolean;
  readonly align: 'sentence' | 'none';
}

interface Prepared {
  readonly text: string;
  readonly table: PieceTable;
  readonly windows: readonly PieceWindow[];
  readonly owner: Int32Array;
  /** Softmax scores, `pieces × labels`, filled from each piece's owner window. */
  readonly scores: Float32Array;
  /** 1 where a new grouping run starts (line break or sentence start before the piece). */
  readonly hardBreak: Uint8Array;
  readonly settings: Settings;
}

const gazetteerCache = new WeakMap<readonly GazetteerEntry[], CompiledGazetteer>();
function compiled(entries: readonly GazetteerEntry[]): CompiledGazetteer {
  let g = gazetteerCache.get(entries);
  if (g === undefined) {
    g = compileGazetteer(entries);
    gazetteerCache.set(entries, g);
  }
  return g;
}

/**
 * Finds the gazetteer's names in `text` (no model). Ids `e1`, `e2`, ...; `source` is `ner.gazetteer.v1`.
 * Throws `E_INVALID_OPTION` for bad entries.
 */
export function matchGazetteer(text: string, options: { readonly entries?: readonly GazetteerEntry[] } = {}): Entity[] {
  if (typeof text !== 'string') throw new FaitsError('E_INVALID_OPTION', `The text must be a string, got ${text === null ? 'null' : typeof text}.`);
  const entries = options.entries ?? GAZETTEER;
  if (options.entries !== undefined) parseOptions(NerOptionsSchema.pick({ entries: true }), { entries: options.entries }, 'gazetteer');
  const g = compiled(entries);
  return matchesToEntities(text, findMatches(text, g), g);
}

/**
 * Creates a NER: loads the model (once per model directory and precision, shared) and compiles the
 * gazetteer. Throws `E_INVALID_OPTION` for bad options, `E_MODEL_MISSING` / `E_MODEL_CORRUPT` when the
 * model cannot be loaded.
 */
export async function createNer(options: NerOptions = {}): Promise<Ner> {
  const opts = parseOptions(NerOptionsSchema, options, 'NER option');
  const classifier = opts.classifier ?? (await loadTransformersClassifier({
    model: opts.model,
    quantized: opts.quantized ?? true,
    allowRemote: opts.allowRemote ?? false,
  }));
  const size = Math.min(opts.window ?? DEFAULT_WINDOW, classifier.maxPieces);
  const stride = opts.stride ?? Math.min(DEFAULT_STRIDE, Math.floor(size / 4));
  if (stride >= size) {
    if (opts.classifier === undefined) await classifier.dispose();
    throw new FaitsError('E_INVALID_OPTION', `Invalid NER option "stride": ${stride} must be smaller than the window (${size} pieces).`);
  }
  const labelMap = { ...DEFAULT_LABELS, ...opts.labels };
  const gazetteer = compiled(options.entries ?? GAZETTEER);
  const defaults: Settings = {
    aggregation: opts.aggregation ?? 'first',
    minScore: opts.minScore ?? 0,
    gazetteer: opts.gazetteer ?? true,
    align: opts.align ?? 'sentence',
  };
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const limit = pLimit(opts.concurrency ?? 1);
  const encoder = new PieceEncoder(classifier);
  const width = classifier.labels.length;
  let disposed = false;

  const settingsFor = (call: ExtractOptions | undefined): { settings: Settings; sentences: readonly SentenceRange[] | undefined } => {
    const c = parseOptions(ExtractOptionsSchema, call, 'extract option');
    return {
      settings: {
        aggregation: c.aggregation ?? defaults.aggregation,
        minScore: c.minScore ?? defaults.minScore,
        gazetteer: c.gazetteer ?? defaults.gazetteer,
        align: c.align ?? defaults.align,
      },
      sentences: c.sentences,
    };
  };

  const prepare = (text: string, settings: Settings, sentences: readonly SentenceRange[] | undefined): Prepared => {
    const table = encoder.encode(text);
    const n = table.length;
    const hardBreak = new Uint8Array(n);
    const sentenceStart = new Uint8Array(n);
    const ranges = settings.align === 'sentence' ? (sentences ?? splitSentences(text)) : [];
    // Mark the first piece at or after each sentence start (pieces and ranges are both sorted).
    let p = 0;
    for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
      while (p < n && (table.starts[p] as number) < r.start) p += 1;
      if (p > 0 && p < n) sentenceStart[p] = 1;
    }
    for (let i = 1; i < n; i += 1) {
      if (sentenceStart[i] === 1) hardBreak[i] = 1;
      else {
        const gapStart = table.ends[i - 1] as number;
        const gapEnd = table.starts[i] as number;
        if (gapEnd > gapStart && text.slice(gapStart, gapEnd).includes('\n')) hardBreak[i] = 1;
      }
    }
    let segments: PieceWindow[] | undefined;
    if (settings.align === 'sentence') {
      segments = [];
      let from = 0;
      for (let i = 1; i <= n; i += 1) {
        if (i === n || sentenceStart[i] === 1 || hardBreak[i] === 1) {
          segments.push({ start: from, end: i });
          from = i;
        }
      }
    }
    const windows = planWindows(n, segments, { size, stride });
    const owner = assignOwners(n, windows);
    return { text, table, windows, owner, scores: new Float32Array(n * width), hardBreak, settings };
  };

  const infer = async (docs: readonly Prepared[]): Promise<void> => {
    if (disposed) throw new FaitsError('E_USAGE', 'This NER was disposed: create a new one with createNer().', { hint: 'Do not call extract() after dispose().' });
    const jobs: { doc: Prepared; index: number; length: number }[] = [];
    for (const doc of docs) doc.windows.forEach((w, index) => jobs.push({ doc, index, length: w.end - w.start }));
    // Similar lengths together, so that padding stays small.
    jobs.sort((a, b) => a.length - b.length);
    const batches: (typeof jobs)[] = [];
    for (let i = 0; i < jobs.length; i += batchSize) batches.push(jobs.slice(i, i + batchSize));
    await Promise.all(batches.map((batch) => limit(async () => {
      const sequences = batch.map(({ doc, index }) => {
        const w = doc.windows[index] as PieceWindow;
        return Array.from(doc.table.ids.subarray(w.start, w.end));
      });
      const logits = await classifier.classify(sequences);
      batch.forEach(({ doc, index }, b) => {
        const w = doc.windows[index] as PieceWindow;
        const rows = logits[b];
        if (rows === undefined || rows.length !== (w.end - w.start) * width) {
          throw new FaitsError('E_INTERNAL', `The classifier returned ${rows?.length ?? 0} logits for a window of ${w.end - w.start} pieces × ${width} labels.`);
        }
        const probs = softmaxRows(rows, width);
        for (let p = w.start; p < w.end; p += 1) {
          if (doc.owner[p] !== index) continue;
          doc.scores.set(probs.subarray((p - w.start) * width, (p - w.start + 1) * width), p * width);
        }
      });
    })));
  };

  const finish = (doc: Prepared): NerResult => {
    const { table, text, settings } = doc;
    const n = table.length;
    const groups: AggregatedEntity[] = [];
    let from = 0;
    for (let i = 1; i <= n; i += 1) {
      if (i < n && doc.hardBreak[i] !== 1) continue;
      const run: PreEntity[] = [];
      for (let p = from; p < i; p += 1) {
        run.push({
          word: table.strings[p] as string,
          scores: doc.scores.subarray(p * width, (p + 1) * width),
          start: table.starts[p] as number,
          end: table.ends[p] as number,
          index: p,
          isSubword: p > from && table.subword[p] === 1,
        });
      }
      const found = aggregate(run, classifier.labels, settings.aggregation, { subwordPrefix: classifier.subwordPrefix });
      groups.push(...mergeSeams(found.map((g) => ({ ...g, first: g.first + from, last: g.last + from })), doc));
      from = i;
    }
    const modelEntities: Entity[] = [];
    for (const g of groups) {
      const label = labelMap[getTag(g.label)[1]];
      if (label === undefined || !(g.score >= settings.minScore)) continue;
      const span = trimSpan(text, g.start, g.end);
      if (span === undefined) continue;
      const surface = text.slice(span.start, span.end);
      if (STOPWORDS.has(surface.toLowerCase())) continue;
      const e: Entity = { id: '', start: span.start, end: span.end, text: surface, label, confidence: clamp01(g.score), source: NER_SOURCE };
      const known = lookupAlias(e.text, gazetteer);
      if (known !== undefined && (entryLabel(known) === label || (label === 'MISC' && entryLabel(known) === 'PRODUCT'))) {
        modelEntities.push({ ...e, label: entryLabel(known), canonical: known.canonical, kind: known.kind });
      } else {
        modelEntities.push(e);
      }
    }
    const gazetteerEntities = settings.gazetteer ? matchesToEntities(text, findMatches(text, gazetteer), gazetteer) : [];
    const entities = mergeEntities(modelEntities, gazetteerEntities);
    const diagnostics: Diagnostic[] = [];
    if (n > size) {
      diagnostics.push({
        code: 'ner.windowed',
        severity: 'info',
        source: NER_SOURCE,
        message: `The text has ${n} pieces, more than the model window of ${size}: it was read in ${doc.windows.length} windows (overlap ${stride}).`,
      });
    }
    if (n >= 20 && table.unknown / n > 0.05) {
      diagnostics.push({
        code: 'ner.unknown_pieces',
        severity: 'warning',
        source: NER_SOURCE,
        message: `${table.unknown} of ${n} pieces (${((100 * table.unknown) / n).toFixed(1)}%) are unknown to the model's vocabulary: entities may be missed.`,
        hint: 'Check that the text is in a language the model knows, or use another model.',
      });
    }
    return {
      entities,
      diagnostics,
      stats: { words: table.words.length, pieces: n, unknownPieces: table.unknown, windows: doc.windows.length, window: size, stride },
    };
  };

  const run = async (texts: readonly string[], call: ExtractOptions | undefined): Promise<NerResult[]> => {
    texts.forEach((t, i) => {
      if (typeof t !== 'string') throw new FaitsError('E_INVALID_OPTION', `Text ${i} must be a string, got ${t === null ? 'null' : typeof t}.`);
    });
    const { settings, sentences } = settingsFor(call);
    const docs = texts.map((t) => prepare(t, settings, texts.length === 1 ? sentences : undefined));
    await infer(docs);
    return docs.map(finish);
  };

  return {
    labels: classifier.labels,
    async extract(text, options) {
      const [result] = await run([text], options);
      return (result as NerResult).entities;
    },
    async extractBatch(texts, options) {
      if (!Array.isArray(texts)) throw new FaitsError('E_INVALID_OPTION', 'extractBatch() takes an array of strings.');
      if (options?.sentences !== undefined) throw new FaitsError('E_INVALID_OPTION', 'The "sentences" option applies to one text: use extract().');
      return (await run(texts, options)).map((r) => r.entities);
    },
    async analyze(text, options) {
      const [result] = await run([text], options);
      return result as NerResult;
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await classifier.dispose();
    },
  };
}

/**
 * Two groups of the same type that touch across a window seam (where the owner window changes inside
 * an overlap) are one entity cut by the seam: join them (score averaged over their items).
 */
function mergeSeams(groups: readonly AggregatedEntity[], doc: Prepared): AggregatedEntity[] {
  const out: AggregatedEntity[] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.label === g.label && prev.last + 1 === g.first && isSeam(doc, g.first)) {
      const size = prev.size + g.size;
      out[out.length - 1] = {
        ...prev,
        end: g.end,
        last: g.last,
        word: `${prev.word} ${g.word}`,
        score: (prev.score * prev.size + g.score * g.size) / size,
        size,
      };
      continue;
    }
    out.push(g);
  }
  return out;
}

function isSeam(doc: Prepared, p: number): boolean {
  if (p <= 0) return false;
  const a = doc.owner[p - 1] as number;
  const b = doc.owner[p] as number;
  if (a === b || a < 0 || b < 0) return false;
  const wa = doc.windows[a] as PieceWindow;
  const wb = doc.windows[b] as PieceWindow;
  return wa.end > wb.start && wb.end > wa.start;
}

const LEADING = /^[\s"'“”‘’«»„‚‹›(\[{,;:!?.·•\-–—/\\]+/u;
const TRAILING = /[\s"'“”‘’«»„‚‹›,;:!?·•\-–—/\\]+$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The span without leading or trailing quotes, brackets, dashes and punctuation. A closing bracket
 * stays when its opening one is inside; a final period stays after a short abbreviation ("Inc.", "S.A.").
 * Undefined when nothing word-like is left.
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e; ) {
    changed = false;
    const lead = LEADING.exec(text.slice(s, e));
    if (lead !== null) {
      s += lead[0].length;
      changed = true;
    }
    const body = text.slice(s, e);
    const trail = TRAILING.exec(body);
    if (trail !== null && trail[0].length > 0) {
      e -= trail[0].length;
      changed = true;
      continue;
    }
    const last = body[body.length - 1];
    if ((last === ')' && !body.includes('(')) || (last === ']' && !body.includes('['))) {
      e -= 1;
      changed = true;
    } else if (last === '.' && !/(?:^|[\s.])\p{L}{1,3}\.$/u.test(body)) {
      e -= 1;
      changed = true;
    }
  }
  if (s >= e || !HAS_WORD.test(text.slice(s, e))) return undefined;
  return { start: s, end: e };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
