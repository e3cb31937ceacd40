import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { FaitsError, toFaitsError, type ErrorCode, type ErrorRecord } from '@faits/document';
import { checkRecord, createPipeline, errorRecord, noteUnknownFields, type Pipeline, type PipelineConfig } from '@faits/pipeline-article';
import { checkQueueName, connectRedis, DEFAULT_QUEUE, toRedisOptions, type QueueConnection } from './connection.ts';
import { JOB_NAME, type JobData } from './enqueue.ts';
import { idOfJobId, putResult, queueKeys } from './store.ts';

/**
 * Codes that come from the input itself: running the job again cannot help, so the job fails at once
 * (BullMQ `UnrecoverableError`) with its error record. Any other error is taken as transient and retried.
 */
export const DATA_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'E_EMPTY_TEXT', 'E_BINARY_INPUT', 'E_INVALID_ENCODING', 'E_TEXT_TOO_LARGE', 'E_INVALID_JSON', 'E_INVALID_RECORD',
  'E_UNKNOWN_LANGUAGE', 'E_INVALID_DATE', 'E_INVALID_DOCUMENT', 'E_SPAN_MISMATCH',
]);

export interface WorkerOptions {
  readonly connection: QueueConnection;
  /** Queue name. Default `faits`. */
  readonly queue?: string;
  /** Jobs run at once in this process, sharing one pipeline (one model). Default 1. */
  readonly concurrency?: number;
  /** A shipped pipeline name (`article`, `light`), a config, or a pipeline already built (not disposed by close). Default `article`. */
  readonly pipeline?: string | PipelineConfig | Pipeline;
  /** Ms a job stays locked to this worker without a renewal (BullMQ lockDuration). Default 30,000. */
  readonly lockDuration?: number;
  /** Ms between checks for jobs whose worker died (BullMQ stalledInterval). Default 30,000. */
  readonly stalledInterval?: number;
  /** Times a job may be found stalled before it fails (its worker keeps dying on it). Default 2. */
  readonly maxStalledCount?: number;
  /** Called after each job, with the job's article id and how it ended. */
  readonly onJob?: (event: WorkerJobEvent) => void;
  /** Called with errors of the Redis connection (the worker keeps going: ioredis reconnects). */
  readonly onError?: (error: Error) => void;
}

export interface WorkerJobEvent {
  readonly id: string;
  readonly status: 'done' | 'failed' | 'retry';
  readonly code?: string;
}

export interface QueueWorker {
  /** The BullMQ worker, for events and metrics. */
  readonly worker: Worker<JobData>;
  readonly pipeline: Pipeline;
  /** Jobs finished by this process so far. */
  readonly counts: { readonly done: number; readonly failed: number; readonly retried: number };
  /** Stops taking jobs, waits for the jobs in hand, closes the connections and frees the model. */
  close(): Promise<void>;
}

function isPipeline(value: unknown): value is Pipeline {
  return typeof value === 'object' && value !== null && typeof (value as Pipeline).run === 'function';
}

/**
 * Starts a worker: loads the pipeline once (the NER model with it), then runs jobs until `close()`. Each result is
 * stored by article id before the job completes, so a job run twice (its worker was killed, BullMQ's stalled-job
 * check gave it to another) overwrites its result instead of adding one. Data errors fail the job once, with their
 * error record; other errors are retried with exponential backoff, and the last try stores an error record too.
 * Throws a FaitsError when Redis cannot be reached or the pipeline cannot be built.
 */
export async function startWorker(options: WorkerOptions): Promise<QueueWorker> {
  const name = checkQueueName(options.queue ?? DEFAULT_QUEUE);
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new FaitsError('E_INVALID_OPTION', `concurrency must be a whole number from 1 up, got ${concurrency}.`);
  }
  const client = await connectRedis(options.connection);
  const keys = queueKeys(name);
  const given = options.pipeline;
  let pipeline: Pipeline;
  try {
    pipeline = isPipeline(given) ? given : await createPipeline(given ?? 'article');
  } catch (error) {
    client.disconnect();
    throw error;
  }
  const counts = { done: 0, failed: 0, retried: 0 };

  const fail = async (key: string, record: ErrorRecord): Promise<never> => {
    await putResult(client, keys, key, record);
    counts.failed += 1;
    options.onJob?.({ id: key, status: 'failed', code: record.error.code });
    throw new UnrecoverableError(`${record.error.code}: ${record.error.message}`);
  };

  const process = async (job: Job<JobData>): Promise<void> => {
    const key = job.id === undefined ? String((job.data.value as { id?: unknown }).id) : idOfJobId(job.id);
    const { line, value } = job.data;
    const checked = checkRecord(value, line);
    if ('error' in checked) return fail(key, { ...checked, id: key });
    let doc;
    try {
      doc = await pipeline.run(checked.record);
    } catch (caught) {
      const error = toFaitsError(caught);
      if (DATA_ERROR_CODES.has(error.code)) return fail(key, errorRecord(key, line, error));
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await putResult(client, keys, key, errorRecord(key, line, error));
        counts.failed += 1;
        options.onJob?.({ id: key, status: 'failed', code: error.code });
      } else {
        counts.retried += 1;
        options.onJob?.({ id: key, status: 'retry', code: error.code });
      }
      throw caught;
    }
    await putResult(client, keys, key, noteUnknownFields(doc, checked.unknownFields, line));
    counts.done += 1;
    options.onJob?.({ id: key, status: 'done' });
  };

  const worker = new Worker<JobData>(name, async (job) => {
    if (job.name !== JOB_NAME) throw new UnrecoverableError(`Unknown job name "${job.name}": this queue holds "${JOB_NAME}" jobs.`);
    await process(job);
  }, {
    connection: { ...toRedisOptions(options.connection), maxRetriesPerRequest: null },
    concurrency,
    lockDuration: options.lockDuration ?? 30_000,
    stalledInterval: options.stalledInterval ?? 30_000,
    maxStalledCount: options.maxStalledCount ?? 2,
    autorun: false,
  });
  const onError = options.onError ?? (() => {});
  worker.on('error', onError);
  client.on('error', onError);
  void worker.run().catch(onError);
  await worker.waitUntilReady();

  return {
    worker,
    pipeline,
    counts,
    async close() {
      await worker.close();
      client.disconnect();
      if (!isPipeline(given)) await pipeline.dispose();
    },
  };
}
