import { Queue } from 'bullmq';
import { checkQueueName, connectRedis, DEFAULT_QUEUE, toRedisOptions, type QueueConnection } from './connection.ts';
import { queueKeys } from './store.ts';

export interface StatusOptions {
  readonly connection: QueueConnection;
  /** Queue name. Default `faits`. */
  readonly queue?: string;
}

export interface QueueStatus {
  readonly queue: string;
  /** Distinct ids ever enqueued. */
  readonly enqueued: number;
  /** Jobs waiting for a worker (paused and prioritized included). */
  readonly waiting: number;
  /** Jobs a worker holds now (a killed worker's jobs stay here until the stalled-job check frees them). */
  readonly active: number;
  /** Jobs waiting for their retry after a transient error. */
  readonly delayed: number;
  /** Ids whose Document is ready (collected or not). */
  readonly done: number;
  /** Ids whose output is an error record: data errors, retries used up, and input lines with no usable id. */
  readonly failed: number;
  /** Output lines already written by `collect`. */
  readonly collected: number;
  /** Output lines waiting in Redis for `collect`. */
  readonly uncollected: number;
  /** Redis memory in use, bytes. */
  readonly redisMemory: number;
}

/** Counts of a queue: jobs by state and output lines. Throws a FaitsError when Redis cannot be reached. */
export async function queueStatus(options: StatusOptions): Promise<QueueStatus> {
  const name = checkQueueName(options.queue ?? DEFAULT_QUEUE);
  const client = await connectRedis(options.connection);
  const queue = new Queue(name, { connection: toRedisOptions(options.connection) });
  queue.on('error', () => {});
  try {
    const keys = queueKeys(name);
    const counts = await queue.getJobCounts('waiting', 'paused', 'prioritized', 'waiting-children', 'active', 'delayed');
    const replies = await client.multi().scard(keys.ids).hlen(keys.results).scard(keys.collected).scard(keys.errors).exec();
    const [enqueued, uncollected, collected, failed] = (replies ?? []).map(([, value]) => Number(value));
    const memory = /used_memory:(\d+)/u.exec(await client.info('memory'))?.[1];
    return {
      queue: name,
      enqueued: enqueued ?? 0,
      waiting: (counts.waiting ?? 0) + (counts.paused ?? 0) + (counts.prioritized ?? 0) + (counts['waiting-children'] ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      done: (uncollected ?? 0) + (collected ?? 0) - (failed ?? 0),
      failed: failed ?? 0,
      collected: collected ?? 0,
      uncollected: uncollected ?? 0,
      redisMemory: Number(memory ?? 0),
    };
  } finally {
    await queue.close();
    client.disconnect();
  }
}
