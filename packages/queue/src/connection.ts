import { Redis, type RedisOptions } from 'ioredis';
import { FaitsError, type ErrorCode } from '@faits/document';

/** Where the queue lives: a `redis://` / `rediss://` URL, or ioredis connection options. */
export type QueueConnection = string | RedisOptions;

/** The default Redis server, as `redis-server` starts it. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The default queue name. */
export const DEFAULT_QUEUE = 'faits';

/** Oldest Redis server accepted: SMISMEMBER (enqueue dedup) came with 6.2. */
export const MIN_REDIS_VERSION = '6.2.0';

/** The code of "no usable Redis server at --redis" (exit status 1: not a usage error). */
export const UNREACHABLE_CODE: ErrorCode = 'E_QUEUE_UNAVAILABLE';

const QUEUE_NAME = /^[A-Za-z0-9._-]{1,100}$/u;

/** Checks a queue name: letters, digits, `.`, `_`, `-` (no `:`, which BullMQ forbids, nor braces, which Redis hashes). */
export function checkQueueName(name: string): string {
  if (!QUEUE_NAME.test(name)) {
    throw new FaitsError('E_INVALID_OPTION', `Queue name ${JSON.stringify(name)} is not valid: use 1 to 100 letters, digits, ".", "_" or "-".`);
  }
  return name;
}

/**
 * Parses a Redis URL into connection options: `redis://[user:password@]host[:port][/db]`, `rediss://` for TLS.
 * Throws `E_INVALID_OPTION` for anything else.
 */
export function parseRedisUrl(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badUrl(url, 'it is not a URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw badUrl(url, `the scheme is "${parsed.protocol}"`);
  if (parsed.hostname === '') throw badUrl(url, 'it has no host');
  const options: RedisOptions = { host: parsed.hostname.replace(/^\[(.*)\]$/u, '$1'), port: 6379 };
  if (parsed.port !== '') options.port = Number(parsed.port);
  if (parsed.username !== '') options.username = decodeURIComponent(parsed.username);
  if (parsed.password !== '') options.password = decodeURIComponent(parsed.password);
  const db = parsed.pathname.replace(/^\//u, '');
  if (db !== '') {
    if (!/^\d{1,5}$/u.test(db)) throw badUrl(url, `the database "${db}" is not a number`);
    options.db = Number(db);
  }
  if (parsed.protocol === 'rediss:') options.tls = {};
  return options;
}

function badUrl(url: string, why: string): FaitsError {
  return new FaitsError('E_INVALID_OPTION', `--redis ${JSON.stringify(redact(url))} is not a Redis URL: ${why}.`, {
    hint: 'Give a URL like redis://127.0.0.1:6379 (redis://user:password@host:port/db; rediss:// for TLS).',
  });
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/u, '//$1:***@');
}

/** Connection options of a URL or options object. */
export function toRedisOptions(connection: QueueConnection): RedisOptions {
  return typeof connection === 'string' ? parseRedisUrl(connection) : { ...connection };
}

function describe(options: RedisOptions): string {
  return `${options.tls === undefined ? 'redis' : 'rediss'}://${options.host ?? '127.0.0.1'}:${options.port ?? 6379}`;
}

/**
 * Opens a client for Faits' own keys and checks the server: it fails fast (one try, 5 s) with a FaitsError when the
 * server cannot be reached or is older than Redis 6.2; once connected it reconnects by itself after a blip.
 */
export async function connectRedis(connection: QueueConnection): Promise<Redis> {
  const options = toRedisOptions(connection);
  let connected = false;
  const client = new Redis({
    connectTimeout: 5000,
    ...options,
    lazyConnect: true,
    retryStrategy: (times: number) => (connected ? Math.min(times * 200, 5000) : null),
  });
  let lastError: Error | undefined;
  client.on('error', (error: Error) => {
    lastError = error;
  });
  try {
    await client.connect();
    connected = true;
  } catch (cause) {
    client.disconnect();
    const reason = (lastError ?? (cause as Error)).message;
    throw new FaitsError(UNREACHABLE_CODE, `Cannot reach the Redis server at ${describe(options)}: ${reason}.`, {
      cause,
      hint: 'Start a Redis ≥ 6.2 server (e.g. `redis-server --port 6379`) or point --redis at one: redis://host:port.',
    });
  }
  const version = /redis_version:(\S+)/u.exec(await client.info('server'))?.[1] ?? '0';
  if (compareVersions(version, MIN_REDIS_VERSION) < 0) {
    client.disconnect();
    throw new FaitsError('E_INVALID_OPTION', `The Redis server at ${describe(options)} is version ${version}; Faits needs ${MIN_REDIS_VERSION} or later.`, {
      hint: 'Upgrade the server (Debian 12 ships Redis 7).',
    });
  }
  return client;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
