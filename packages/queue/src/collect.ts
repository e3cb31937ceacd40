import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { FaitsError } from '@faits/document';
import { completedIds, errorRecord } from '@faits/pipeline-article';
import { checkQueueName, connectRedis, DEFAULT_QUEUE, toRedisOptions, type QueueConnection } from './connection.ts';
import type { JobData } from './enqueue.ts';
import { idOfJobId, putResult, queueKeys, type QueueKeys } from './store.ts';

export interface CollectOptions {
  readonly connection: QueueConnection;
  /** Queue name. Default `faits`. */
  readonly queue?: string;
  /**
   * A file path (appended to: ids already in it are not written again, and a last line cut short is dropped and
   * written again) or a stream.
   */
  readonly output: string | Writable;
  /** Keep collecting until no job is waiting, running or due for a retry. Default true; false drains once. */
  readonly wait?: boolean;
  /** Ms between looks at the queue while waiting. Default 500. */
  readonly pollMs?: number;
  /** Results read per round trip. Default 500. */
  readonly batchSize?: number;
  /** Stop when aborted (what was written stays written and is not written again). */
  readonly signal?: AbortSignal;
  /** Called after each batch written. */
  readonly onProgress?: (progress: CollectResult) => void;
}

export interface CollectResult {
  /** Lines written: Documents and error records. */
  readonly written: number;
  /** Of those, error records. */
  readonly errors: number;
  /** Results whose id was already in the output file (written by a collect that was killed): not written again. */
  readonly skipped: number;
  readonly interrupted: boolean;
}

const PENDING_STATES = ['waiting', 'prioritized', 'paused', 'waiting-children', 'active', 'delayed'] as const;
const LOCK_MS = 15_000;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const REFRESH = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;

/**
 * Writes the results to JSONL, one line per id, in the order Redis gives them: each Document or error record. A
 * line is removed from Redis only once it is in the output, and its id is remembered, so the output never holds
 * an id twice, even when a job ran twice or a collect was killed and run again on the same file. With `wait`
 * (default), it goes on while workers run and ends when the queue is idle; jobs that failed without a record
 * (their worker kept dying on them) then get an `E_INTERNAL` error record. One collect per queue at a time.
 */
export async function collect(options: CollectOptions): Promise<CollectResult> {
  const name = checkQueueName(options.queue ?? DEFAULT_QUEUE);
  const batchSize = options.batchSize ?? 500;
  const pollMs = options.pollMs ?? 500;
  const client = await connectRedis(options.connection);
  const keys = queueKeys(name);
  const token = randomUUID();
  if ((await client.set(keys.collectLock, token, 'PX', LOCK_MS, 'NX')) !== 'OK') {
    client.disconnect();
    throw new FaitsError('E_USAGE', `Another collect is running on queue "${name}" (or one stopped less than ${LOCK_MS / 1000} s ago).`, {
      hint: 'Run one collect per queue: wait for the other to end, or stop it.',
    });
  }
  let skip = new Set<string>();
  let out: Writable;
  let ownStream = false;
  const queue = new Queue<JobData>(name, { connection: toRedisOptions(options.connection) });
  queue.on('error', () => {});
  const stats = { written: 0, errors: 0, skipped: 0 };
  let interrupted = false;
  try {
    if (typeof options.output === 'string') {
      skip = await completedIds(options.output);
      out = await openAppend(options.output);
      ownStream = true;
    } else {
      out = options.output;
    }
    const writer = new LineWriter(out);
    const drain = async (): Promise<void> => {
      let cursor = '0';
      do {
        if (options.signal?.aborted === true) return;
        const [next, flat] = await client.hscan(keys.results, cursor, 'COUNT', batchSize);
        cursor = next;
        if (flat.length === 0) continue;
        const ids: string[] = [];
        const lines: string[] = [];
        for (let i = 0; i + 1 < flat.length; i += 2) {
          const id = flat[i] as string;
          ids.push(id);
          lines.push(flat[i + 1] as string);
        }
        const isError = await client.smismember(keys.errors, ...ids);
        for (let i = 0; i < ids.length; i += 1) {
          if (skip.has(ids[i] as string)) {
            stats.skipped += 1;
            continue;
          }
          await writer.write(lines[i] as string);
          stats.written += 1;
          if (isError[i] === 1) stats.errors += 1;
        }
        await writer.flushed();
        await client.multi().sadd(keys.collected, ...ids).hdel(keys.results, ...ids).exec();
        await client.eval(REFRESH, 1, keys.collectLock, token, String(LOCK_MS));
        options.onProgress?.({ ...stats, interrupted: false });
      } while (cursor !== '0');
    };
    for (;;) {
      await drain();
      if (options.signal?.aborted === true) {
        interrupted = true;
        break;
      }
      if (options.wait === false) break;
      if (await pendingJobs(queue) === 0) {
        await adoptFailed(client, keys, queue);
        await drain();
        break;
      }
      await client.eval(REFRESH, 1, keys.collectLock, token, String(LOCK_MS));
      await sleep(pollMs);
    }
    if (ownStream) await writer.end();
    return { ...stats, interrupted };
  } finally {
    await client.eval(RELEASE, 1, keys.collectLock, token).catch(() => {});
    await queue.close();
    client.disconnect();
  }
}

async function pendingJobs(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts(...PENDING_STATES);
  return PENDING_STATES.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
}

/** Failed jobs with no output line (BullMQ failed them because their worker kept dying): an error record each. */
async function adoptFailed(client: Redis, keys: QueueKeys, queue: Queue<JobData>): Promise<void> {
  const page = 100;
  for (let start = 0; ; start += page) {
    const jobs = await queue.getFailed(start, start + page - 1);
    for (const job of jobs) {
      if (job.id === undefined) continue;
      const id = idOfJobId(job.id);
      const error = new FaitsError('E_INTERNAL', `The job failed without a result: ${job.failedReason}.`, {
        hint: 'Its worker stopped (killed, out of memory) each time it ran this input: try it alone with `faits extract`.',
      });
      await putResult(client, keys, id, errorRecord(id, job.data.line, error), { onlyIfAbsent: true });
    }
    if (jobs.length < page) return;
  }
}

async function openAppend(path: string): Promise<Writable> {
  const stream = createWriteStream(path, { flags: 'a' });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new FaitsError('E_OUTPUT_UNWRITABLE', `Cannot write ${path}: ${error.message}`, { cause: error })));
  });
  return stream;
}

/** Writes lines that are already JSON (no parse, no stringify), with back-pressure, and says when they are out. */
class LineWriter {
  readonly #out: Writable;
  #failed: Error | undefined;
  #last: Promise<void> = Promise.resolve();

  constructor(out: Writable) {
    this.#out = out;
    out.on('error', (error: Error) => {
      this.#failed = error;
    });
  }

  async write(json: string): Promise<void> {
    this.#check();
    let done!: () => void;
    let failed!: (error: Error) => void;
    this.#last = new Promise<void>((resolve, reject) => {
      done = resolve;
      failed = reject;
    });
    this.#last.catch(() => {});
    const ok = this.#out.write(`${json}\n`, (error) => (error ? failed(error) : done()));
    if (!ok) await new Promise<void>((resolve) => {
      const settle = (): void => {
        this.#out.off('drain', settle);
        this.#out.off('error', settle);
        resolve();
      };
      this.#out.once('drain', settle);
      this.#out.once('error', settle);
    });
    this.#check();
  }

  /** Resolves when every line written so far has been handed to the output. */
  async flushed(): Promise<void> {
    try {
      await this.#last;
    } catch (error) {
      throw this.#wrap(error);
    }
    this.#check();
  }

  async end(): Promise<void> {
    this.#check();
    await new Promise<void>((resolve, reject) => {
      this.#out.end((error?: Error | null) => (error ? reject(this.#wrap(error)) : resolve()));
    });
  }

  #check(): void {
    if (this.#failed !== undefined) throw this.#wrap(this.#failed);
  }

  #wrap(cause: unknown): FaitsError {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new FaitsError('E_OUTPUT_UNWRITABLE', `Cannot write the output: ${message}`, { cause });
  }
}
