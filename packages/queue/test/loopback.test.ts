import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document, ErrorRecord } from '@faits/document';
import { collect, enqueueJsonl, queueStatus } from '@faits/queue';
import { article, spawnWorker, type WorkerProcess } from './helpers.ts';
import { startRedis, type RedisServer } from './redis.ts';

const ARTICLES = 5000;

let redis: RedisServer;
let dir: string;
beforeAll(async () => {
  redis = await startRedis();
  dir = await mkdtemp(join(tmpdir(), 'faits-queue-'));
});
afterAll(async () => {
  await redis?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('loopback: 3 worker processes, 5,000 articles, one worker SIGKILLed mid-job', () => {
  it('every id comes back exactly once, error records included; the killed worker\'s jobs are picked up by the others (stalled-job check); fr numbers with NNBSP U+202F, ids with ":"', { timeout: 120_000 }, async () => {
    const queue = 'loopback';
    const articles = Array.from({ length: ARTICLES }, (_, i) => article(i));
    const lines = articles.map((a) => JSON.stringify({ id: a.id, text: a.text, published: a.published }));
    // bad records (line numbers count the lines inserted before them): empty text (data error, via a worker), a bad date (data error), no id and not JSON (at enqueue), a duplicate id
    lines.splice(10, 0, JSON.stringify({ id: 'bad-empty', text: '  \n ' }));
    lines.splice(200, 0, JSON.stringify({ id: 'bad-date', text: 'Le 3 mars, rien.', published: '2024-13-45' }));
    lines.splice(300, 0, JSON.stringify({ text: 'Un texte sans identifiant.' }));
    lines.splice(400, 0, '{"id": "broken", "text": ');
    lines.splice(500, 0, JSON.stringify({ id: 'fr-0', text: 'Doublon : cette ligne réutilise un id déjà vu.' }));
    const input = join(dir, 'in.jsonl');
    await writeFile(input, `${lines.join('\n')}\n`);

    const enqueued = await enqueueJsonl(createReadStream(input), { connection: redis.url, queue, source: 'in.jsonl', batchSize: 500 });
    expect(enqueued).toMatchObject({ read: ARTICLES + 5, added: ARTICLES + 2, skipped: 1, errors: 2 });

    const events = new QueueEvents(queue, { connection: { host: '127.0.0.1', port: redis.port } });
    const stalled = new Set<string>();
    events.on('stalled', ({ jobId }) => stalled.add(jobId));
    await events.waitUntilReady();

    const env = { FAITS_REDIS: redis.url, FAITS_QUEUE: queue, FAITS_PIPELINE: 'light', FAITS_CONCURRENCY: '4', FAITS_LOCK_MS: '2000', FAITS_STALLED_MS: '1000', FAITS_HOLD_MS: '10' };
    const workers: WorkerProcess[] = [spawnWorker(env), spawnWorker(env), spawnWorker(env)];
    try {
      await Promise.all(workers.map((w) => w.ready));
      // SIGKILL one worker, chosen at random, as it starts a job once 10 to 60 % of the jobs have started
      const victim = workers[Math.floor(Math.random() * 3)] as WorkerProcess;
      const killAt = Math.floor(ARTICLES * (0.1 + 0.5 * Math.random()));
      let killedMidJob = '';
      victim.onRun = (id) => {
        if (killedMidJob === '' && workers.reduce((n, w) => n + w.started.length, 0) >= killAt) {
          killedMidJob = id;
          victim.child.kill('SIGKILL');
        }
      };
      const out = join(dir, 'out.jsonl');
      const collected = await collect({ connection: redis.url, queue, output: out, pollMs: 200 });
      expect(await victim.exited).toBe(null); // killed by the signal, no exit code
      expect(killedMidJob).not.toBe('');

      const records = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Document | ErrorRecord);
      const ids = records.map((r) => r.id);
      const withId = ids.filter((id): id is string => id !== null);
      expect(new Set(withId).size).toBe(withId.length); // no id twice
      const expectedIds = [...articles.map((a) => a.id), 'bad-empty', 'bad-date'];
      expect(new Set(withId)).toEqual(new Set(expectedIds)); // every id back
      expect(records.length).toBe(ARTICLES + 4); // + the two id-less error records
      expect(collected).toMatchObject({ written: ARTICLES + 4, errors: 4, skipped: 0 });

      const byId = new Map(records.map((r) => [r.id ?? `line-${(r as ErrorRecord).line}`, r]));
      expect(byId.get('bad-empty')).toMatchObject({ id: 'bad-empty', line: 11, error: { code: 'E_EMPTY_TEXT' } });
      expect(byId.get('bad-date')).toMatchObject({ id: 'bad-date', line: 201, error: { code: 'E_INVALID_RECORD' } });
      expect(byId.get('line-301')).toMatchObject({ id: null, error: { code: 'E_INVALID_RECORD' } });
      expect(byId.get('line-401')).toMatchObject({ id: null, error: { code: 'E_INVALID_JSON' } });
      // the duplicate line did not replace the first fr-0
      expect((byId.get('fr-0') as Document).text).toBe(articles[0]?.text);

      // the job in hand when the worker died was done by another worker, and its Document is right
      const killedArticle = articles.find((a) => a.id === killedMidJob);
      const doc = byId.get(killedMidJob) as Document;
      expect(doc.text).toBe(killedArticle?.text);
      // BullMQ reported the killed worker's jobs as stalled (the event stream may trail collect by a moment)
      for (let waited = 0; stalled.size === 0 && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      expect(stalled.size).toBeGreaterThanOrEqual(1);

      // real outputs for a sample, checked against what the generated text states
      for (const a of [articles[0], articles[1], articles[1234], articles[4999], killedArticle]) {
        if (a === undefined) continue;
        const d = byId.get(a.id) as Document;
        expect(d.lang).toBe(a.expected.lang);
        expect(d.dates?.[0]?.value).toBe(a.expected.date);
        const number = d.numbers?.find((n) => n.value === a.expected.jobs);
        expect(number?.text.startsWith(a.expected.jobsText)).toBe(true);
        expect(d.text.slice(number?.start, number?.end)).toBe(number?.text);
        expect(d.text.indexOf(a.expected.jobsText)).toBe(number?.start);
      }

      const status = await queueStatus({ connection: redis.url, queue });
      expect(status).toMatchObject({
        enqueued: ARTICLES + 2, waiting: 0, active: 0, delayed: 0, done: ARTICLES, failed: 4, collected: ARTICLES + 4, uncollected: 0,
      });
    } finally {
      for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
      await Promise.all(workers.map((w) => w.exited));
      await events.close();
    }
  });
});
