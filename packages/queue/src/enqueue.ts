import { setTimeout as sleep } from 'node:timers/promises';
import { Queue, type JobsOptions } from 'bullmq';
import { FaitsError, readJsonl, type ErrorRecord } from '@faits/document';
import { errorRecord } from '@faits/pipeline-article';
import { checkQueueName, connectRedis, DEFAULT_QUEUE, toRedisOptions, type QueueConnection } from './connection.ts';
import { jobIdOf, lineKey, putResult, queueKeys } from './store.ts';

/** What a job carries: the input line as read (validated by the worker) and its line number. */
export interface JobData {
  readonly line: number;
  readonly value: unknown;
}

/** The BullMQ job name of an extraction. */
export const JOB_NAME = 'extract';

export interface EnqueueOptions {
  readonly connection: QueueConnection;
  /** Queue name. Default `faits`. */
  readonly queue?: string;
  /** Jobs added per round trip (BullMQ addBulk). Default 500. */
  readonly batchSize?: number;
  /** Enqueue waits while this many jobs or more wait in the queue (back-pressure). Default 10,000. */
  readonly highWater?: number;
  /** Name of the input, keeping apart the error records of lines without an id from two files. Default `-`. */
  readonly source?: string;
  /** Tries per job for transient failures. Default 5. */
  readonly attempts?: number;
  /** First retry delay in ms, doubled at each try. Default 1000. */
  readonly backoffMs?: number;
  /** Stop reading when aborted; what was read is enqueued. */
  readonly signal?: AbortSignal;
  /** Called after each batch. */
  readonly onProgress?: (progress: EnqueueResult) => void;
}

export interface EnqueueResult {
  /** Non-blank input lines read. */
  readonly read: number;
  /** Jobs added. */
  readonly added: number;
  /** Ids enqueued before (by an earlier run, or earlier in this input): nothing added. */
  readonly skipped: number;
  /** Lines with no usable id (not JSON, not an object, no string id): an error record each, no job. */
  readonly errors: number;
  /** Times enqueue waited for workers because the queue was at its high-water mark. */
  readonly waits: number;
  readonly interrupted: boolean;
}

const WAITING_STATES = ['waiting', 'prioritized', 'paused'] as const;

/**
 * Reads JSONL and adds one job per record, job id = article id (see `jobIdOf`), in bounded batches. The input is
 * streamed (memory bounded by `batchSize` records) and enqueue waits while `highWater` jobs are waiting, so Redis
 * memory stays bounded too. An id enqueued before adds nothing. A line with no usable id gets its error record
 * straight into the results. Throws a FaitsError when Redis cannot be reached.
 */
export async function enqueueJsonl(input: AsyncIterable<Uint8Array | string>, options: EnqueueOptions): Promise<EnqueueResult> {
  const name = checkQueueName(options.queue ?? DEFAULT_QUEUE);
  const batchSize = positive('batchSize', options.batchSize ?? 500);
  const highWater = positive('highWater', options.highWater ?? 10_000);
  const attempts = positive('attempts', options.attempts ?? 5);
  const source = options.source ?? '-';
  const jobOptions: JobsOptions = {
    attempts, backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 }, removeOnComplete: true, removeOnFail: false,
  };
  const client = await connectRedis(options.connection);
  const keys = queueKeys(name);
  const queue = new Queue<JobData>(name, { connection: toRedisOptions(options.connection) });
  queue.on('error', () => {}); // connection blips: ioredis reconnects, commands fail with their own error
  const stats = { read: 0, added: 0, skipped: 0, errors: 0, waits: 0 };
  let batch: { id: string; data: JobData }[] = [];

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    while (await waitingCount(queue) >= highWater) {
      stats.waits += 1;
      await sleep(200);
    }
    const unique = new Map<string, JobData>();
    for (const item of batch) {
      if (unique.has(item.id)) stats.skipped += 1;
      else unique.set(item.id, item.data);
    }
    batch = [];
    const ids = [...unique.keys()];
    const known = await client.smismember(keys.ids, ...ids);
    const fresh = ids.filter((_, i) => known[i] !== 1);
    stats.skipped += ids.length - fresh.length;
    if (fresh.length > 0) {
      await queue.addBulk(fresh.map((id) => ({ name: JOB_NAME, data: unique.get(id) as JobData, opts: { ...jobOptions, jobId: jobIdOf(id) } })));
      await client.sadd(keys.ids, ...fresh);
      stats.added += fresh.length;
    }
    options.onProgress?.({ ...stats, interrupted: false });
  };

  let interrupted = false;
  try {
    for await (const item of readJsonl(input)) {
      if (options.signal?.aborted === true) {
        interrupted = true;
        break;
      }
      stats.read += 1;
      let failed: ErrorRecord | undefined;
      if ('error' in item) {
        failed = errorRecord(null, item.line, item.error);
      } else {
        const id = (item.value as { id?: unknown } | null)?.id;
        if (typeof item.value !== 'object' || item.value === null || Array.isArray(item.value) || typeof id !== 'string' || id === '') {
          failed = errorRecord(null, item.line, new FaitsError('E_INVALID_RECORD', `Line ${item.line}: a record is a JSON object with a non-empty string "id"; no job can be made without one.`));
        } else {
          batch.push({ id, data: { line: item.line, value: item.value } });
        }
      }
      if (failed !== undefined) {
        stats.errors += 1;
        await putResult(client, keys, lineKey(source, item.line), failed);
      }
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return { ...stats, interrupted };
  } finally {
    await queue.close();
    client.disconnect();
  }
}

async function waitingCount(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts(...WAITING_STATES);
  return WAITING_STATES.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
}

function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new FaitsError('E_INVALID_OPTION', `${name} must be a whole number from 1 up, got ${value}.`);
  return value;
}
