import type { Writable } from 'node:stream';
import pLimit from 'p-limit';
import {
  FaitsError, InputRecordSchema, JsonlWriter, readJsonl, toFaitsError, type Document, type ErrorRecord, type InputRecord,
} from '@faits/document';
import type { Pipeline } from './pipeline.ts';
import type { PoolResult, WorkerPool } from './pool.ts';

export interface BatchOptions {
  /**
   * Documents processed at once. Default 2 (the model itself uses both cores). With a worker pool, at least two per
   * worker are in flight, so that none waits for its next document.
   */
  readonly concurrency?: number;
  /** Ids to skip (already in the output, for `--resume`). */
  readonly skip?: ReadonlySet<string>;
  /** Called after each output line. */
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Check every document against the data contract after every stage (slower; tests). */
  readonly check?: boolean;
  /** Stop reading input when aborted (SIGINT): what is in flight is finished and written, then the batch ends. */
  readonly signal?: AbortSignal;
}

export interface BatchProgress {
  readonly read: number;
  readonly written: number;
  readonly errors: number;
  readonly skipped: number;
  readonly chars: number;
}

export type BatchResult = BatchProgress & { readonly interrupted: boolean };

const KNOWN_FIELDS = new Set(Object.keys(InputRecordSchema.shape));

/**
 * Runs a pipeline over JSONL input and writes one output line per input line, in input order: the Document, or
 * `{ "id", "line", "error": { code, message, hint } }`. Nothing is dropped: a malformed line, a record without
 * text, a duplicate id or a failing document each give an error record. Memory is bounded by `concurrency`.
 * Only a failing output (`E_OUTPUT_UNWRITABLE`) stops the batch, by throwing. `runner` is a pipeline in this
 * thread, or a pool of worker threads (`createWorkerPool`), each with its own pipeline.
 */
export async function runBatch(
  runner: Pipeline | WorkerPool,
  input: AsyncIterable<Uint8Array | string>,
  output: Writable,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const concurrency = options.concurrency ?? 2;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new FaitsError('E_INVALID_OPTION', `--concurrency must be a whole number from 1 up, got ${concurrency}.`);
  }
  const pool = 'close' in runner ? runner : undefined;
  const inFlight = pool === undefined ? concurrency : Math.max(concurrency, 2 * pool.size);
  const limit = pLimit(inFlight);
  const writer = new JsonlWriter(output);
  const seen = new Set<string>();
  const queue: Promise<Document | ErrorRecord | PoolResult | undefined>[] = [];
  const stats = { read: 0, written: 0, errors: 0, skipped: 0, chars: 0 };

  const flush = async (keep: number): Promise<void> => {
    while (queue.length > keep) {
      const result = await queue.shift();
      if (result === undefined) continue;
      if ('json' in result) {
        await writer.writeLine(result.json);
        if (result.error) stats.errors += 1;
      } else {
        await writer.write(result);
        if ('error' in result) stats.errors += 1;
      }
      stats.written += 1;
      options.onProgress?.({ ...stats });
    }
  };

  let interrupted = false;
  for await (const item of readJsonl(input)) {
    if (options.signal?.aborted === true) {
      interrupted = true;
      break;
    }
    stats.read += 1;
    if ('error' in item) {
      queue.push(Promise.resolve(errorRecord(null, item.line, item.error)));
    } else {
      const record = item.value as { id?: unknown } | null;
      const id = typeof record === 'object' && record !== null && typeof record.id === 'string' ? record.id : null;
      if (id !== null && options.skip?.has(id)) {
        stats.skipped += 1;
      } else {
        queue.push(processRecord(item.value, item.line));
      }
    }
    await flush(inFlight * 2);
  }
  await flush(0);
  await writer.close();
  return { ...stats, interrupted };

  function processRecord(value: unknown, line: number): Promise<Document | ErrorRecord | PoolResult> {
    const checked = checkRecord(value, line);
    if ('error' in checked) return Promise.resolve(checked);
    const { record, unknownFields } = checked;
    if (seen.has(record.id)) {
      return Promise.resolve(errorRecord(record.id, line, new FaitsError('E_DUPLICATE_ID', `Line ${line}: id "${record.id}" was already used in this batch.`)));
    }
    seen.add(record.id);
    stats.chars += record.text.length;
    if (pool !== undefined) {
      return limit(() => pool.run({ record, unknownFields, line, check: options.check === true }).catch(
        (error: unknown) => errorRecord(record.id, line, toFaitsError(error)),
      ));
    }
    const pipeline = runner as Pipeline;
    return limit(async () => {
      try {
        const doc = await pipeline.run(record, options.check === true ? { check: true } : {});
        return noteUnknownFields(doc, unknownFields, line);
      } catch (error) {
        return errorRecord(record.id, line, toFaitsError(error));
      }
    });
  }
}

/** A batch input value that passed validation, with the names of fields Faits does not know (ignored). */
export interface CheckedRecord {
  readonly record: InputRecord;
  readonly unknownFields: readonly string[];
}

/**
 * Validates one batch input value (one JSONL line, number `line`) against the input record schema: the record,
 * or the `E_INVALID_RECORD` error record that batch output holds for it (its id kept when it has a string one).
 */
export function checkRecord(value: unknown, line: number): CheckedRecord | ErrorRecord {
  const parsed = InputRecordSchema.safeParse(value);
  if (!parsed.success) {
    const raw = value as { id?: unknown } | null;
    const id = typeof raw === 'object' && raw !== null && typeof raw.id === 'string' ? raw.id : null;
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    return errorRecord(id, line, new FaitsError('E_INVALID_RECORD', `Line ${line}: ${issues}.`));
  }
  return { record: parsed.data, unknownFields: Object.keys(value as object).filter((k) => !KNOWN_FIELDS.has(k)) };
}

/** Adds the `UNKNOWN_INPUT_FIELD` warning for input fields that were ignored (the document as is when none). */
export function noteUnknownFields(doc: Document, unknownFields: readonly string[], line: number): Document {
  if (unknownFields.length === 0) return doc;
  return {
    ...doc,
    diagnostics: [...doc.diagnostics, {
      code: 'UNKNOWN_INPUT_FIELD', severity: 'warning' as const, source: 'cli.batch',
      message: `Line ${line}: unknown field(s) ignored: ${unknownFields.join(', ')}.`,
      hint: 'Input records have id, text, published, lang and source.',
    }],
  };
}

/** The error record batch output holds for an input that could not be processed: `{ id, line, error: { code, message, hint } }`. */
export function errorRecord(id: string | null, line: number, error: FaitsError): ErrorRecord {
  return { id, line, error: { code: error.code, message: error.message, hint: error.hint } };
}
