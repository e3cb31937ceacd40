/**
 * Throughput of `faits worker` processes on a local Redis: the corpus articles (corpus/<lang>/*.txt) repeated,
 * the `article` pipeline with the int8 NER model, 1 then 2 worker processes (concurrency 1 each), plus Redis memory
 * per waiting job and per result waiting for collect. Not a test: it prints a table (and JSON with --json).
 *
 *   pnpm --filter @faits/queue bench [--articles 240] [--runs 2] [--workers 1,2] [--json]
 *
 * Needs redis-server (Debian package). Times count from the moment every worker has loaded its model to the moment
 * the last result is collected (model loading is reported apart).
 */
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { countWords, loadCorpus } from '../../../scripts/corpus.ts';
import { Redis } from 'ioredis';
import { collect, enqueueJsonl, queueStatus } from '../src/index.ts';
import { spawnWorker, ROOT } from '../test/helpers.ts';
import { startRedis } from '../test/redis.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '240' },
    runs: { type: 'string', default: '2' },
    workers: { type: 'string', default: '1,2' },
    json: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const WORKER_COUNTS = values.workers.split(',').map(Number);

const corpus = loadCorpus();
const workload = Array.from({ length: ARTICLES }, (_, i) => {
  const a = corpus[i % corpus.length] as (typeof corpus)[number];
  return { id: `${a.id}#${Math.floor(i / corpus.length)}`, text: a.text, published: a.published };
});
const words = workload.reduce((n, a) => n + countWords(a.text), 0);
const chars = workload.reduce((n, a) => n + a.text.length, 0);
const input = `${workload.map((a) => JSON.stringify(a)).join('\n')}\n`;

interface Row { workers: number; run: number; loadSeconds: number; seconds: number; articlesPerSecond: number; wordsPerSecond: number }
const rows: Row[] = [];
const memory: { bytesPerWaitingJob: number; bytesPerResult: number; bytesPerCollectedId: number; eventsStreamBytes: number }[] = [];

const redis = await startRedis();
const client = new Redis(redis.url);
/** Bytes held by the keys of the database (MEMORY USAGE of each), the events stream apart. */
async function keyBytes(): Promise<{ data: number; events: number }> {
  const total = { data: 0, events: 0 };
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const bytes = Number(await client.memory('USAGE', key, 'SAMPLES', '0'));
      if (key.endsWith(':events')) total.events += bytes;
      else total.data += bytes;
    }
  } while (cursor !== '0');
  return total;
}
process.stderr.write(`workload: ${ARTICLES} articles, ${words} words, ${chars} characters (${corpus.length} corpus articles repeated)\n`);
try {
  for (const n of WORKER_COUNTS) {
    for (let run = 1; run <= RUNS; run += 1) {
      const queue = `bench-${n}-${run}`;
      await enqueueJsonl(Readable.from([input]), { connection: redis.url, queue });
      const afterEnqueue = await keyBytes();
      const loadStart = performance.now();
      const workers = Array.from({ length: n }, () => spawnWorker({ FAITS_REDIS: redis.url, FAITS_QUEUE: queue, FAITS_PIPELINE: 'article', FAITS_CONCURRENCY: '1' }));
      // workers start taking jobs as soon as they are ready: time from the first ready one
      await Promise.race(workers.map((w) => w.ready));
      const start = performance.now();
      await Promise.all(workers.map((w) => w.ready));
      const loadSeconds = (performance.now() - loadStart) / 1000;
      for (;;) {
        const s = await queueStatus({ connection: redis.url, queue });
        if (s.waiting + s.active + s.delayed === 0) break;
        await sleep(50);
      }
      const seconds = (performance.now() - start) / 1000;
      const afterWork = await keyBytes();
      await collect({ connection: redis.url, queue, output: new PassThrough().resume() });
      const afterCollect = await keyBytes();
      for (const w of workers) w.child.kill('SIGTERM');
      await Promise.all(workers.map((w) => w.exited));
      const row = { workers: n, run, loadSeconds: round(loadSeconds), seconds: round(seconds), articlesPerSecond: round(ARTICLES / seconds), wordsPerSecond: Math.round(words / seconds) };
      rows.push(row);
      memory.push({
        bytesPerWaitingJob: Math.round(afterEnqueue.data / ARTICLES),
        bytesPerResult: Math.round(afterWork.data / ARTICLES),
        bytesPerCollectedId: Math.round(afterCollect.data / ARTICLES),
        eventsStreamBytes: afterCollect.events,
      });
      process.stderr.write(`  ${n} worker(s), run ${run}: ${row.seconds} s, ${row.articlesPerSecond} articles/s, ${row.wordsPerSecond} words/s (models loaded in ${row.loadSeconds} s)\n`);
      await client.flushdb();
    }
  }
} finally {
  client.disconnect();
  await redis.stop();
}

const best = WORKER_COUNTS.map((n) => rows.filter((r) => r.workers === n).sort((a, b) => b.wordsPerSecond - a.wordsPerSecond)[0]);
process.stdout.write('\nbest of runs:\n| worker processes | articles/s | words/s | seconds |\n|---|---|---|---|\n');
for (const r of best) if (r !== undefined) process.stdout.write(`| ${r.workers} | ${r.articlesPerSecond} | ${r.wordsPerSecond} | ${r.seconds} |\n`);
const m = memory[0];
if (m !== undefined) {
  process.stdout.write(`\nRedis memory per article (average article ${Math.round(chars / ARTICLES)} characters): waiting job ${m.bytesPerWaitingJob} B, ` +
    `result waiting for collect ${m.bytesPerResult} B, after collect ${m.bytesPerCollectedId} B; ` +
    `BullMQ events stream ${m.eventsStreamBytes} B in all (capped at ~10,000 events)\n`);
}
if (values.json) process.stdout.write(`${JSON.stringify({ articles: ARTICLES, words, chars, rows, memory }, null, 2)}\n`);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
