/**
 * Back-pressure check (not a test): enqueue a large JSONL file while a drain process takes the jobs (no pipeline:
 * it only completes them), and sample the enqueue process' memory and Redis' memory all along. Shows that both stay
 * flat whatever the file size: the input is streamed and enqueue waits at the high-water mark.
 *
 *   node --conditions=@faits/source --import tsx packages/queue/scripts/enqueue-memory.ts [--mb 1024] [--record-kb 20]
 *
 * Needs redis-server. Writes the file to the system temp folder and removes it after.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { enqueueJsonl } from '../src/index.ts';
import { ROOT } from '../test/helpers.ts';
import { startRedis } from '../test/redis.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '1024' }, 'record-kb': { type: 'string', default: '20' }, 'high-water': { type: 'string', default: '10000' } } });
const bytesWanted = Number(values.mb) * 1024 * 1024;
const recordChars = Number(values['record-kb']) * 1024;
const highWater = Number(values['high-water']);

const texts = readdirSync(join(ROOT, 'corpus', 'fr')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'corpus', 'fr', f), 'utf8'));
let body = '';
for (let i = 0; body.length < recordChars; i += 1) body += `${texts[i % texts.length]}\n\n`;
body = body.slice(0, recordChars);

const dir = await mkdtemp(join(tmpdir(), 'faits-enqueue-'));
const file = join(dir, 'big.jsonl');
const out = createWriteStream(file);
let written = 0;
let records = 0;
while (written < bytesWanted) {
  const line = `${JSON.stringify({ id: `big-${records}`, text: body, published: '2024-05-26' })}\n`;
  if (!out.write(line)) await once(out, 'drain');
  written += Buffer.byteLength(line);
  records += 1;
}
out.end();
await once(out, 'finish');
process.stderr.write(`input: ${(written / 1048576).toFixed(0)} MiB, ${records} records of ${values['record-kb']} KiB\n`);

const redis = await startRedis();
const client = new Redis(redis.url);
// the drain process: a BullMQ worker that completes each job at once
const drainer = spawn(process.execPath, ['--input-type=module', '-e', `
  import { Worker } from 'bullmq';
  const w = new Worker('big', async () => {}, { connection: { host: '127.0.0.1', port: ${redis.port}, maxRetriesPerRequest: null }, concurrency: 100 });
  process.on('SIGTERM', () => w.close().then(() => process.exit(0)));
`], { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });

let peakRss = 0;
let peakHeap = 0;
let peakRedis = 0;
const startRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  void client.info('memory').then((info) => {
    peakRedis = Math.max(peakRedis, Number(/used_memory:(\d+)/u.exec(info)?.[1]));
  });
}, 100);
const started = performance.now();
try {
  const result = await enqueueJsonl(createReadStream(file), { connection: redis.url, queue: 'big', highWater });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${result.added} jobs enqueued in ${seconds.toFixed(1)} s (${(written / 1048576 / seconds).toFixed(1)} MiB/s), waited ${result.waits} times at the high-water mark of ${highWater}\n`);
  process.stdout.write(`enqueue process: RSS ${(startRss / 1048576).toFixed(0)} MiB at start, peak ${(peakRss / 1048576).toFixed(0)} MiB; peak heap ${(peakHeap / 1048576).toFixed(0)} MiB\n`);
  process.stdout.write(`Redis used_memory peak: ${(peakRedis / 1048576).toFixed(0)} MiB (input ${(written / 1048576).toFixed(0)} MiB)\n`);
} finally {
  clearInterval(sampler);
  drainer.kill('SIGTERM');
  await once(drainer, 'exit');
  client.disconnect();
  await redis.stop();
  await rm(dir, { recursive: true, force: true });
}
