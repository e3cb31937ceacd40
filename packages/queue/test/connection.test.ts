import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FaitsError } from '@faits/document';
import { USAGE } from '@faits/pipeline-article';
import { enqueueJsonl, idOfJobId, jobIdOf, parseRedisUrl, QUEUE_USAGE, queueKeys, runQueueCommand } from '@faits/queue';

async function run(command: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await runQueueCommand(command, args, { stdin: Readable.from([]), stdout, stderr });
  return { code, out, err };
}

describe('Redis URLs', () => {
  it('reads host, port, user, password (percent-encoded), database and TLS', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6380')).toEqual({ host: '127.0.0.1', port: 6380 });
    expect(parseRedisUrl('redis://localhost')).toEqual({ host: 'localhost', port: 6379 });
    expect(parseRedisUrl('rediss://bob:p%40ss@cache.example.org:6390/3')).toEqual({
      host: 'cache.example.org', port: 6390, username: 'bob', password: 'p@ss', db: 3, tls: {},
    });
    expect(parseRedisUrl('redis://[::1]:7000')).toEqual({ host: '::1', port: 7000 });
  });

  it('a URL that is not redis:// is E_INVALID_OPTION with a hint, and the password is not echoed', () => {
    for (const url of ['127.0.0.1:6379', 'http://127.0.0.1:6379', 'redis://h:6379/x', 'not a url']) {
      expect(() => parseRedisUrl(url)).toThrow(FaitsError);
    }
    try {
      parseRedisUrl('http://bob:secret@h:1');
    } catch (error) {
      expect(error).toMatchObject({ code: 'E_INVALID_OPTION' });
      expect((error as FaitsError).message).not.toContain('secret');
      expect((error as FaitsError).hint).toContain('redis://127.0.0.1:6379');
    }
  });
});

describe('job ids', () => {
  it('are the article id with ":" and "%" encoded behind "@": integers, ":" and BullMQ key names become valid ids, one-to-one', () => {
    const ids = ['fr-0001', '42', '-7', 'en:12', 'a%3Ab', 'a:b', 'wait', 'meta', '', 'Ünïcödé 😀 東京', '%', '%25'];
    const jobIds = ids.map(jobIdOf);
    expect(jobIds.slice(0, 6)).toEqual(['@fr-0001', '@42', '@-7', '@en%3A12', '@a%253Ab', '@a%3Ab']);
    expect(new Set(jobIds).size).toBe(ids.length);
    for (const jobId of jobIds) {
      expect(jobId).not.toContain(':');
      expect(`${Number.parseInt(jobId, 10)}`).not.toBe(jobId);
    }
    expect(jobIds.map(idOfJobId)).toEqual(ids);
  });

  it('the keys of a queue share one Redis Cluster hash tag', () => {
    const keys = queueKeys('news');
    for (const key of Object.values(keys)) expect(key.startsWith('faits:{news}:')).toBe(true);
  });
});

describe('runQueueCommand without a server', () => {
  it('bad usage exits 2 with the code and a hint: unknown option, missing --jsonl, missing --out, bad --concurrency, bad queue name', async () => {
    const cases: [string, string[], RegExp][] = [
      ['status', ['--bogus'], /E_USAGE: faits status: Unknown option '--bogus'/u],
      ['enqueue', [], /E_USAGE: enqueue needs --jsonl/u],
      ['collect', [], /E_USAGE: collect needs --out/u],
      ['worker', ['--concurrency', '0'], /E_USAGE: --concurrency takes a whole number from 1 to 64, got "0"/u],
      ['status', ['--queue', 'a:b', '--redis', 'redis://127.0.0.1:1'], /E_INVALID_OPTION: Queue name "a:b" is not valid/u],
      ['status', ['--redis', 'http://x'], /E_INVALID_OPTION: --redis "http:\/\/x" is not a Redis URL/u],
      ['frobnicate', [], /E_USAGE: Unknown queue command "frobnicate"/u],
    ];
    for (const [command, args, message] of cases) {
      const { code, err } = await run(command, args);
      expect(err).toMatch(message);
      expect(err).toMatch(/\n {2}hint: \S/u);
      expect(code).toBe(2);
    }
  });

  it('a missing input file is E_FILE_NOT_FOUND, exit 1', async () => {
    const { code, err } = await run('enqueue', ['--jsonl', '/nonexistent/in.jsonl', '--redis', 'redis://127.0.0.1:1']);
    expect(err).toMatch(/^faits: E_FILE_NOT_FOUND: No such file: \/nonexistent\/in.jsonl/u);
    expect(code).toBe(1);
  });

  it('no server at --redis: a FaitsError naming the address, with a hint to start redis-server, fast (no endless retries)', async () => {
    const started = Date.now();
    const error = await enqueueJsonl(Readable.from(['{"id":"a","text":"x"}\n']), { connection: 'redis://127.0.0.1:1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaitsError);
    expect(error).toMatchObject({ code: 'E_QUEUE_UNAVAILABLE', message: expect.stringMatching(/^Cannot reach the Redis server at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/u) });
    expect((error as FaitsError).hint).toMatch(/redis-server/u);
    expect(Date.now() - started).toBeLessThan(6000);
    const { code, err } = await run('status', ['--redis', 'redis://127.0.0.1:1']);
    expect(code).toBe(1);
    expect(err).toMatch(/Cannot reach the Redis server/u);
  });

  it('the faits --help text lists the queue commands as @faits/queue documents them', () => {
    for (const line of QUEUE_USAGE.split('\n')) expect(USAGE).toContain(line);
  });
});
