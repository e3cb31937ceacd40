import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FaitsError, toFaitsError } from '@faits/document';
import { collect } from './collect.ts';
import { DEFAULT_QUEUE, DEFAULT_REDIS_URL, parseRedisUrl, redact } from './connection.ts';
import { enqueueJsonl } from './enqueue.ts';
import { queueStatus, type QueueStatus } from './status.ts';
import { startWorker } from './worker.ts';

/** The queue commands' lines of `faits --help`. */
export const QUEUE_USAGE = `  faits enqueue --jsonl IN.jsonl [--redis URL] [--queue NAME] [--batch-size 500] [--high-water 10000] [--attempts 5]
  faits worker [--redis URL] [--queue NAME] [--concurrency N] [--pipeline article]
  faits collect --out OUT.jsonl [--redis URL] [--queue NAME] [--once]
  faits status [--redis URL] [--queue NAME] [--format pretty|json]`;

/** The commands `runQueueCommand` knows. */
export const QUEUE_COMMANDS = ['enqueue', 'worker', 'collect', 'status'] as const;
export type QueueCommand = (typeof QUEUE_COMMANDS)[number];

export interface QueueCliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Stops `worker` and `collect` (the CLI also stops them on SIGINT and SIGTERM). */
  readonly signal?: AbortSignal;
}

const COMMON = {
  redis: { type: 'string', default: DEFAULT_REDIS_URL },
  queue: { type: 'string', default: DEFAULT_QUEUE },
} as const satisfies ParseArgsConfig['options'];

const OPTIONS = {
  enqueue: { ...COMMON, jsonl: { type: 'string' }, 'batch-size': { type: 'string' }, 'high-water': { type: 'string' }, attempts: { type: 'string' } },
  worker: { ...COMMON, concurrency: { type: 'string' }, pipeline: { type: 'string', default: 'article' } },
  collect: { ...COMMON, out: { type: 'string' }, once: { type: 'boolean', default: false } },
  status: { ...COMMON, format: { type: 'string', default: 'pretty' } },
} as const satisfies Record<QueueCommand, ParseArgsConfig['options']>;

const USAGE_CODES = new Set(['E_USAGE', 'E_INVALID_OPTION']);

/**
 * Runs `faits enqueue|worker|collect|status` with its arguments and returns the exit status: 0 done, 2 bad usage
 * (or no Redis at --redis), 1 otherwise, 130 when stopped by a signal before the end. Never throws: errors go to
 * stderr as `faits: CODE: message` and a hint.
 */
export async function runQueueCommand(command: string, argv: readonly string[], io: QueueCliIo): Promise<number> {
  try {
    switch (command) {
      case 'enqueue':
        return await enqueueCommand(argv, io);
      case 'worker':
        return await workerCommand(argv, io);
      case 'collect':
        return await collectCommand(argv, io);
      case 'status':
        return await statusCommand(argv, io);
      default:
        throw new FaitsError('E_USAGE', `Unknown queue command "${command}". Commands: ${QUEUE_COMMANDS.join(', ')}.`);
    }
  } catch (caught) {
    const error = toFaitsError(caught);
    io.stderr.write(`faits: ${error.code}: ${error.message}\n  hint: ${error.hint}\n`);
    return USAGE_CODES.has(error.code) ? 2 : 1;
  }
}

/** The options of one command; a bad `--redis` URL is a usage error here, before anything starts. */
function parse<O extends ParseArgsConfig['options']>(command: QueueCommand, args: readonly string[], options: O) {
  const values = (() => {
    try {
      return parseArgs({ args: [...args], options, allowPositionals: false, strict: true }).values;
    } catch (error) {
      throw new FaitsError('E_USAGE', `faits ${command}: ${(error as Error).message}`);
    }
  })();
  const redis: unknown = (values as Record<string, unknown>)['redis'];
  if (typeof redis === 'string') parseRedisUrl(redis);
  return values;
}

function wholeNumber(option: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new FaitsError('E_USAGE', `--${option} takes a whole number from 1 to ${max}, got "${value}".`);
  return n;
}

/** An AbortSignal fired by io.signal, SIGINT or SIGTERM; `done()` removes the handlers. */
const secondsSince = (started: number): string => ((Date.now() - started) / 1000).toFixed(1);

/** Runs `body` with a signal that SIGINT, SIGTERM or `io.signal` aborts; the listeners are removed after. */
async function untilStopped<T>(io: QueueCliIo, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  io.signal?.addEventListener('abort', stop, { once: true });
  if (io.signal?.aborted === true) stop();
  try {
    return await body(controller.signal);
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
    io.signal?.removeEventListener('abort', stop);
  }
}

async function enqueueCommand(args: readonly string[], io: QueueCliIo): Promise<number> {
  const values = parse('enqueue', args, OPTIONS.enqueue);
  if (values.jsonl === undefined) throw new FaitsError('E_USAGE', 'enqueue needs --jsonl IN.jsonl (or --jsonl - for standard input).');
  const jsonl: string = values.jsonl;
  const batchSize = wholeNumber('batch-size', values['batch-size'], 500, 100_000);
  const highWater = wholeNumber('high-water', values['high-water'], 10_000, 100_000_000);
  const attempts = wholeNumber('attempts', values.attempts, 5, 100);
  let input: AsyncIterable<Uint8Array>;
  if (values.jsonl === '-') {
    input = io.stdin as AsyncIterable<Uint8Array>;
  } else {
    await checkFile(values.jsonl);
    input = createReadStream(values.jsonl);
  }
  const started = Date.now();
  return untilStopped(io, async (signal) => {
    const result = await enqueueJsonl(input, {
      connection: values.redis, queue: values.queue, batchSize, highWater, attempts, source: jsonl, signal,
    });
    io.stderr.write(`faits: ${result.added} job(s) added to queue "${values.queue}" (${result.skipped} already enqueued, ${result.errors} error record(s)) from ${result.read} line(s) in ${secondsSince(started)} s\n`);
    return result.interrupted ? 130 : 0;
  });
}

async function workerCommand(args: readonly string[], io: QueueCliIo): Promise<number> {
  const values = parse('worker', args, OPTIONS.worker);
  const concurrency = wholeNumber('concurrency', values.concurrency, 1, 64);
  return untilStopped(io, async (signal) => {
    const worker = await startWorker({
      connection: values.redis, queue: values.queue, concurrency, pipeline: values.pipeline,
      onError: (error) => io.stderr.write(`faits: worker: ${error.message}\n`),
    });
    io.stderr.write(`faits: worker ready on queue "${values.queue}" at ${redact(values.redis)} (pipeline ${worker.pipeline.config.name}, concurrency ${concurrency}); Ctrl-C stops it after the jobs in hand\n`);
    if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    await worker.close();
    const { done, failed, retried } = worker.counts;
    io.stderr.write(`faits: worker stopped: ${done} done, ${failed} failed, ${retried} to retry\n`);
    return 0;
  });
}

async function collectCommand(args: readonly string[], io: QueueCliIo): Promise<number> {
  const values = parse('collect', args, OPTIONS.collect);
  if (values.out === undefined) throw new FaitsError('E_USAGE', 'collect needs --out OUT.jsonl.');
  const out: string = values.out;
  const started = Date.now();
  return untilStopped(io, async (signal) => {
    const result = await collect({ connection: values.redis, queue: values.queue, output: out, wait: !values.once, signal });
    const skipped = result.skipped > 0 ? `, ${result.skipped} already in ${out}` : '';
    io.stderr.write(`faits: ${result.written} line(s) written to ${out} (${result.errors} error record(s)${skipped}) in ${secondsSince(started)} s\n`);
    return result.interrupted ? 130 : 0;
  });
}

async function statusCommand(args: readonly string[], io: QueueCliIo): Promise<number> {
  const values = parse('status', args, OPTIONS.status);
  if (values.format !== 'pretty' && values.format !== 'json') throw new FaitsError('E_USAGE', `--format must be pretty or json, got "${values.format}".`);
  const status = await queueStatus({ connection: values.redis, queue: values.queue });
  io.stdout.write(values.format === 'json' ? `${JSON.stringify(status)}\n` : formatStatus(status));
  return 0;
}

/** The `faits status` table. */
export function formatStatus(s: QueueStatus): string {
  const rows: [string, number, string][] = [
    ['enqueued', s.enqueued, 'distinct ids'],
    ['waiting', s.waiting, 'for a worker'],
    ['active', s.active, 'held by a worker now'],
    ['delayed', s.delayed, 'retrying after a transient error'],
    ['done', s.done, 'Documents ready'],
    ['failed', s.failed, 'error records (data errors, retries used up)'],
    ['collected', s.collected, 'lines written by collect'],
    ['uncollected', s.uncollected, 'lines waiting in Redis for collect'],
  ];
  const width = Math.max(...rows.map(([, n]) => String(n).length));
  return `queue ${s.queue} (Redis memory ${(s.redisMemory / 1_048_576).toFixed(1)} MiB)\n${rows.map(([label, n, note]) => `  ${label.padEnd(12)}${String(n).padStart(width)}  ${note}`).join('\n')}\n`;
}

async function checkFile(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FaitsError('E_FILE_UNREADABLE', `${path} is a directory, not a JSONL file.`);
  } catch (error) {
    if (error instanceof FaitsError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FaitsError('E_FILE_NOT_FOUND', `No such file: ${path}.`);
    throw new FaitsError('E_FILE_UNREADABLE', `Cannot read ${path}: ${(error as Error).message}`);
  }
}
