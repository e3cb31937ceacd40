import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FaitsError, IsoDateSchema, toFaitsError, toJsonLine, type Document } from '@faits/document';
import { detectLanguage, detectParagraphs, normalizeLanguage, rankLanguages } from '@faits/langid';
import { runEval } from '@faits/score';
import { runBatch, type BatchProgress } from './batch.ts';
import { formatPretty } from './format.ts';
import { fileError, readInput } from './io.ts';
import { createPipeline } from './pipeline.ts';
import { createWorkerPool, defaultWorkers } from './pool.ts';
import { completedIds } from './resume.ts';

export const USAGE = `faits — structured facts from news articles, each pointing at its characters

Usage:
  faits extract FILE|- [--lang fr] [--published YYYY-MM-DD] [--pipeline article] [--format json|jsonl|pretty]
                       [--min-confidence X]
  faits extract --jsonl IN.jsonl [--out OUT.jsonl] [--concurrency N] [--workers N] [--resume] [--pipeline article]
  faits detect FILE|- [--format json|pretty]
  faits eval --gold golden/ --pred OUT.jsonl [--corpus corpus/] [--json metrics.json] [--html report.html] [--mode strict|lenient]
  faits enqueue --jsonl IN.jsonl [--redis URL] [--queue NAME] [--batch-size 500] [--high-water 10000] [--attempts 5]
  faits worker [--redis URL] [--queue NAME] [--concurrency N] [--pipeline article]
  faits collect --out OUT.jsonl [--redis URL] [--queue NAME] [--once]
  faits status [--redis URL] [--queue NAME] [--format pretty|json]
  faits --help | --version

Batch lines are {"id": "...", "text": "...", "published"?: "YYYY-MM-DD", "lang"?: "fr"}; each output line is the
Document for that id, or {"id": ..., "line": N, "error": {"code", "message", "hint"}}. One output line per input line.
Exit status: 0 when every input was processed (error records included), 2 for bad usage, 1 otherwise.
`;

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
}

/** This package's version, read from its package.json (one folder up from both src/ and dist/). */
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

class UsageError extends FaitsError {}

const usage = (message: string): UsageError => new UsageError('E_USAGE', message);

const EXTRACT_OPTIONS = {
  lang: { type: 'string' },
  published: { type: 'string' },
  pipeline: { type: 'string', default: 'article' },
  format: { type: 'string' },
  'min-confidence': { type: 'string' },
  jsonl: { type: 'string' },
  out: { type: 'string' },
  concurrency: { type: 'string' },
  workers: { type: 'string' },
  resume: { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Runs the command line; returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: CliIo = process): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await extract(rest, io);
      case 'detect':
        return await detect(rest, io);
      case 'eval':
        return await runEval(rest, io);
      case 'enqueue':
      case 'worker':
      case 'collect':
      case 'status':
        return await queueCommand(command, rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`faits ${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        (command === undefined ? io.stderr : io.stdout).write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw usage(`Unknown command "${command}". Commands: extract, detect, eval, enqueue, worker, collect, status.`);
    }
  } catch (caught) {
    const error = caught instanceof FaitsError ? caught : toFaitsError(caught);
    const isUsage = error instanceof UsageError || ['E_USAGE', 'E_INVALID_OPTION', 'E_UNKNOWN_LANGUAGE', 'E_INVALID_DATE'].includes(error.code);
    io.stderr.write(`faits: ${error.code}: ${error.message}\n  hint: ${error.hint}\n`);
    return isUsage ? 2 : 1;
  }
}

/**
 * `enqueue`, `worker`, `collect`, `status` run batches on Redis with BullMQ: they live in @faits/queue, loaded only
 * when one of them runs (plain `extract` never loads BullMQ).
 */
async function queueCommand(command: string, args: readonly string[], io: CliIo): Promise<number> {
  const specifier = '@faits/queue';
  let queue: { runQueueCommand(command: string, argv: readonly string[], io: CliIo): Promise<number> };
  try {
    queue = (await import(specifier)) as typeof queue;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new FaitsError('E_USAGE', `faits ${command} needs the @faits/queue package, which is not installed.`, {
      hint: 'Install @faits/queue next to @faits/pipeline-article (it brings BullMQ; a Redis ≥ 6.2 server holds the queue).',
    });
  }
  return queue.runQueueCommand(command, args, io);
}

function parse<O extends ParseArgsConfig['options']>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage((error as Error).message);
  }
}

async function extract(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, EXTRACT_OPTIONS);
  const lang = values.lang === undefined ? undefined : normalizeLanguage(values.lang);
  if (values.published !== undefined && !IsoDateSchema.safeParse(values.published).success) {
    throw new FaitsError('E_INVALID_DATE', `--published ${JSON.stringify(values.published)} is not a YYYY-MM-DD date.`);
  }
  const minConfidence = values['min-confidence'] === undefined ? 0 : Number(values['min-confidence']);
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw usage('--min-confidence takes a number from 0 to 1.');
  const format = values.format ?? (values.jsonl === undefined ? 'json' : 'jsonl');
  if (!['json', 'jsonl', 'pretty'].includes(format)) throw usage(`--format must be json, jsonl or pretty, got "${format}".`);

  if (values.jsonl !== undefined) {
    if (positionals.length > 0) throw usage('Give either FILE or --jsonl IN, not both.');
    if (values.resume && values.out === undefined) throw usage('--resume needs --out OUT.jsonl.');
    const concurrency = values.concurrency === undefined ? 2 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw usage('--concurrency takes a whole number from 1 to 64.');
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0 || workers > 64)) {
      throw usage('--workers takes a whole number from 0 (no worker threads) to 64.');
    }
    return batch(io, { in: values.jsonl, out: values.out, concurrency, workers, resume: values.resume, pipeline: values.pipeline, check: values.check });
  }
  if (positionals.length !== 1) throw usage('extract takes one FILE (or - for standard input), or --jsonl IN.');
  const input = await readInput(positionals[0] as string, io.stdin as AsyncIterable<Uint8Array>);
  const pipeline = await createPipeline(values.pipeline);
  try {
    let doc = await pipeline.run(
      { id: idOf(positionals[0] as string), text: input.text, published: values.published, lang },
      values.check ? { check: true } : {},
    );
    if (input.bomRemoved) {
      doc = { ...doc, diagnostics: [...doc.diagnostics, { code: 'BOM_REMOVED', severity: 'info', source: 'cli', message: 'A UTF-8 byte order mark was removed from the start of the input; offsets count from the character after it.' }] };
    }
    if (minConfidence > 0) doc = filterConfidence(doc, minConfidence);
    io.stdout.write(format === 'pretty' ? formatPretty(doc) : format === 'jsonl' ? toJsonLine(doc) : `${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  } finally {
    await pipeline.dispose();
  }
}

function filterConfidence(doc: Document, min: number): Document {
  const out: Document = { ...doc };
  if (doc.facts !== undefined) out.facts = doc.facts.filter((f) => f.confidence >= min);
  if (doc.entities !== undefined) out.entities = doc.entities.filter((e) => e.confidence >= min);
  return out;
}

function idOf(path: string): string {
  if (path === '-') return 'stdin';
  const base = path.split(/[\\/]/u).pop() ?? path;
  return base.replace(/\.[^.]+$/u, '') || base;
}

interface BatchArgs {
  readonly in: string;
  readonly out: string | undefined;
  readonly concurrency: number;
  /** Worker threads, each with its own pipeline; 0: the pipeline runs in this thread; undefined: `defaultWorkers`. */
  readonly workers: number | undefined;
  readonly resume: boolean;
  readonly pipeline: string;
  readonly check: boolean;
}

async function batch(io: CliIo, args: BatchArgs): Promise<number> {
  let total: number | undefined;
  let source: AsyncIterable<Uint8Array>;
  if (args.in === '-') {
    source = io.stdin as AsyncIterable<Uint8Array>;
  } else {
    try {
      const info = await stat(args.in);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      total = info.size;
    } catch (error) {
      throw fileError(args.in, error);
    }
    source = createReadStream(args.in);
  }
  let consumed = 0;
  const counted = (async function* () {
    for await (const chunk of source) {
      consumed += chunk.length;
      yield chunk;
    }
  })();

  const skip = args.resume && args.out !== undefined ? await completedIds(args.out) : new Set<string>();
  let output: Writable = io.stdout;
  if (args.out !== undefined) {
    const stream = createWriteStream(args.out, { flags: args.resume ? 'a' : 'w' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error) => reject(new FaitsError('E_OUTPUT_UNWRITABLE', `Cannot write ${args.out}: ${error.message}`, { cause: error })));
    });
    output = stream;
  }
  const workers = args.workers ?? defaultWorkers(args.pipeline, total);
  const runner = workers > 0 ? await createWorkerPool({ workers, pipeline: args.pipeline }) : await createPipeline(args.pipeline);
  const started = Date.now();
  const progress = io.stderr.isTTY === true ? (p: BatchProgress) => showProgress(io.stderr, p, started, consumed, total) : undefined;
  const stop = new AbortController();
  const onSigint = (): void => stop.abort();
  process.once('SIGINT', onSigint);
  try {
    const result = await runBatch(runner, counted, output, {
      concurrency: args.concurrency, skip, check: args.check, signal: stop.signal, ...(progress === undefined ? {} : { onProgress: progress }),
    });
    if (result.interrupted) {
      io.stderr.write(`\nfaits: interrupted after ${result.written} complete line(s); run the same command with --resume to finish.\n`);
      return 130;
    }
    if (progress !== undefined) io.stderr.write('\n');
    const seconds = (Date.now() - started) / 1000;
    io.stderr.write(`faits: ${result.written} line(s) written (${result.errors} error record(s)${result.skipped > 0 ? `, ${result.skipped} skipped as already done` : ''}) in ${seconds.toFixed(1)} s\n`);
    return 0;
  } finally {
    process.removeListener('SIGINT', onSigint);
    await ('close' in runner ? runner.close() : runner.dispose());
  }
}

function showProgress(err: Writable, p: BatchProgress, started: number, consumed: number, total: number | undefined): void {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const rate = p.written / seconds;
  const eta = total !== undefined && consumed > 0 ? ` · ETA ${Math.max(0, Math.round(seconds * (total / consumed - 1)))} s` : '';
  const pct = total !== undefined && total > 0 ? ` ${Math.min(100, Math.round((100 * consumed) / total))}%` : '';
  err.write(`\r\u001b[K${pct} ${p.written} done · ${p.errors} errors · ${rate.toFixed(1)} docs/s${eta}`);
}

async function detect(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string', default: 'json' } });
  if (positionals.length !== 1) throw usage('detect takes one FILE (or - for standard input).');
  if (!['json', 'pretty'].includes(values.format)) throw usage(`--format must be json or pretty, got "${values.format}".`);
  const { text } = await readInput(positionals[0] as string, io.stdin as AsyncIterable<Uint8Array>);
  const languages = rankLanguages(text);
  const lang = detectLanguage(text); // 'und' when unsure, unlike the top of the ranking
  const paragraphs = detectParagraphs(text);
  if (values.format === 'pretty') {
    io.stdout.write(`${lang}\n${languages.map((c) => `  ${c.lang}\t${c.score.toFixed(3)}`).join('\n')}\n`);
  } else {
    io.stdout.write(`${JSON.stringify({ lang, languages, paragraphs }, null, 2)}\n`);
  }
  return 0;
}
