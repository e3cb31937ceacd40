import type { Redis } from 'ioredis';
import type { Document, ErrorRecord } from '@faits/document';

/**
 * Faits' own keys next to BullMQ's (`bull:<queue>:*`). The `{queue}` braces are a Redis Cluster hash tag: all keys
 * of a queue live in one slot, so the scripts below stay atomic on a cluster too.
 */
export interface QueueKeys {
  /** HASH id → the output line (Document or error record JSON), until `collect` has written it. */
  readonly results: string;
  /** SET of ids already written by `collect`: a late duplicate run of a job cannot bring them back. */
  readonly collected: string;
  /** SET of ids whose output line is an error record. */
  readonly errors: string;
  /** SET of ids ever enqueued: a second enqueue of the same id adds nothing, even after the job is gone. */
  readonly ids: string;
  /** Lock held by the one `collect` that may run on the queue. */
  readonly collectLock: string;
}

export function queueKeys(queue: string): QueueKeys {
  const base = `faits:{${queue}}`;
  return {
    results: `${base}:results`, collected: `${base}:collected`, errors: `${base}:errors`, ids: `${base}:ids`,
    collectLock: `${base}:collect-lock`,
  };
}

/**
 * The BullMQ job id of an article id. BullMQ refuses ids that contain `:` or read as integers, and a bare id could
 * clash with its own keys (`wait`, `meta`, ...): the job id is `@` + the id with `%` and `:` percent-encoded.
 * One-to-one, so a second enqueue of an id finds its job.
 */
export function jobIdOf(id: string): string {
  return `@${id.replace(/%/gu, '%25').replace(/:/gu, '%3A')}`;
}

/** The article id of a job id made by `jobIdOf`. */
export function idOfJobId(jobId: string): string {
  return jobId.slice(1).replace(/%3A/gu, ':').replace(/%25/gu, '%');
}

/** The key under which an input line with no usable id keeps its error record. */
export function lineKey(source: string, line: number): string {
  return `!${source}:${line}`;
}

// KEYS: results, collected, errors. ARGV: id, line JSON, is error (1/0), only if absent (1/0).
const PUT_RESULT = `
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 0 end
if ARGV[4] == '1' and redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if ARGV[3] == '1' then redis.call('SADD', KEYS[3], ARGV[1]) else redis.call('SREM', KEYS[3], ARGV[1]) end
return 1
`;

/**
 * Stores the output line of `key` once: a run of the same job again overwrites it (idempotent), and an id that
 * `collect` has already written is left alone. Returns whether it was stored.
 */
export async function putResult(
  client: Redis, keys: QueueKeys, key: string, result: Document | ErrorRecord, options: { readonly onlyIfAbsent?: boolean } = {},
): Promise<boolean> {
  const isError = 'error' in result ? '1' : '0';
  const stored = await client.eval(PUT_RESULT, 3, keys.results, keys.collected, keys.errors, key, JSON.stringify(result), isError, options.onlyIfAbsent === true ? '1' : '0');
  return stored === 1;
}
