import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSpanProblems, FaitsError, type Document, type ErrorRecord } from '@faits/document';
import { createPipeline, type Pipeline } from '@faits/pipeline-article';
import { collect, enqueueJsonl, jobIdOf, queueKeys, queueStatus, runQueueCommand, startWorker } from '@faits/queue';
import { article, ROOT } from './helpers.ts';
import { startRedis, type RedisServer } from './redis.ts';

let redis: RedisServer;
let dir: string;
let light: Pipeline;
beforeAll(async () => {
  redis = await startRedis();
  dir = await mkdtemp(join(tmpdir(), 'faits-queue-'));
  light = await createPipeline('light');
});
afterAll(async () => {
  await light?.dispose();
  await redis?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

const jsonl = (records: unknown[]): Readable => Readable.from([`${records.map((r) => JSON.stringify(r)).join('\n')}\n`]);

/** Collects into memory, once (no wait), and parses the lines. */
async function collectLines(queue: string, wait = false): Promise<(Document | ErrorRecord)[]> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString('utf8')));
  await collect({ connection: redis.url, queue, output: out, wait, pollMs: 50 });
  return text === '' ? [] : text.trimEnd().split('\n').map((l) => JSON.parse(l) as Document | ErrorRecord);
}

async function bullQueue<T>(name: string, use: (queue: Queue) => Promise<T>): Promise<T> {
  const queue = new Queue(name, { connection: { host: '127.0.0.1', port: redis.port } });
  try {
    return await use(queue);
  } finally {
    await queue.close();
  }
}

describe('enqueue', () => {
  it('a second enqueue of the same file adds nothing, even after the jobs are done and collected; a duplicate id in the file is enqueued once', async () => {
    const queue = 'twice';
    const records = [article(0), article(1), article(2)].map((a) => ({ id: a.id, text: a.text }));
    records.push({ id: 'fr-0', text: 'Le même id une deuxième fois.' });
    expect(await enqueueJsonl(jsonl(records), { connection: redis.url, queue })).toMatchObject({ read: 4, added: 3, skipped: 1, errors: 0 });
    expect(await enqueueJsonl(jsonl(records), { connection: redis.url, queue })).toMatchObject({ read: 4, added: 0, skipped: 4, errors: 0 });
    expect(await bullQueue(queue, (q) => q.getWaitingCount())).toBe(3);
    const worker = await startWorker({ connection: redis.url, queue, pipeline: light });
    const lines = await collectLines(queue, true);
    await worker.close();
    expect(lines.map((l) => l.id).sort()).toEqual(['en:1', 'fr-0', 'fr-2']);
    expect((lines.find((l) => l.id === 'fr-0') as Document).text).toBe(article(0).text);
    expect(await enqueueJsonl(jsonl(records), { connection: redis.url, queue })).toMatchObject({ added: 0, skipped: 4 });
    expect(await bullQueue(queue, (q) => q.getJobCounts('waiting', 'completed'))).toMatchObject({ waiting: 0, completed: 0 }); // removeOnComplete: no text kept
  });

  it('back-pressure: with a high-water mark of 40 jobs, enqueue waits for the workers and the queue never holds more than 40 + one batch', { timeout: 60_000 }, async () => {
    const queue = 'pressure';
    const records = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, text: article(i).text }));
    const slow: Pipeline = { ...light, run: async (input, options) => (await sleep(2), light.run(input, options)) };
    const worker = await startWorker({ connection: redis.url, queue, pipeline: slow, concurrency: 2 });
    let peak = 0;
    let watching = true;
    const watcher = bullQueue(queue, async (q) => {
      while (watching) {
        peak = Math.max(peak, await q.getWaitingCount());
        await sleep(5);
      }
    });
    const result = await enqueueJsonl(jsonl(records), { connection: redis.url, queue, batchSize: 20, highWater: 40 });
    watching = false;
    await watcher;
    const lines = await collectLines(queue, true);
    await worker.close();
    expect(result).toMatchObject({ read: 300, added: 300 });
    expect(result.waits).toBeGreaterThan(0);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(40 + 20);
    expect(new Set(lines.map((l) => l.id)).size).toBe(300);
  });

  it('empty input and blank lines only: nothing enqueued, no error', async () => {
    expect(await enqueueJsonl(Readable.from([]), { connection: redis.url, queue: 'empty-input' })).toMatchObject({ read: 0, added: 0, skipped: 0, errors: 0 });
    expect(await enqueueJsonl(Readable.from(['\n  \n\r\n']), { connection: redis.url, queue: 'empty-input' })).toMatchObject({ read: 0, added: 0, errors: 0 });
    expect(await queueStatus({ connection: redis.url, queue: 'empty-input' })).toMatchObject({ enqueued: 0, waiting: 0, failed: 0 });
  });
});

describe('worker', () => {
  it('a data error (empty text) lands in the failed set once, with its code, not retried; its error record is collected', async () => {
    const queue = 'data-error';
    let calls = 0;
    const counting: Pipeline = { ...light, run: (input, options) => ((calls += 1), light.run(input, options)) };
    await enqueueJsonl(jsonl([{ id: 'empty', text: ' \u00a0\n' }]), { connection: redis.url, queue, attempts: 5, backoffMs: 10 });
    const worker = await startWorker({ connection: redis.url, queue, pipeline: counting });
    const lines = await collectLines(queue, true);
    await worker.close();
    expect(calls).toBe(1);
    expect(lines).toEqual([{ id: 'empty', line: 1, error: { code: 'E_EMPTY_TEXT', message: expect.any(String), hint: expect.any(String) } }]);
    await bullQueue(queue, async (q) => {
      expect(await q.getJobCounts('failed', 'delayed', 'waiting')).toMatchObject({ failed: 1, delayed: 0, waiting: 0 });
      const job = await q.getJob(jobIdOf('empty'));
      expect(job?.attemptsMade).toBe(1);
      expect(job?.failedReason).toMatch(/^E_EMPTY_TEXT: /u);
    });
    expect(await queueStatus({ connection: redis.url, queue })).toMatchObject({ failed: 1, done: 0, collected: 1 });
  });

  it('ids and texts with astral characters (emoji), CJK, RTL Arabic and NNBSP come back as they went in, spans valid', async () => {
    const queue = 'unicode';
    const records = [
      { id: '東京-😀-1', text: 'Le 3\u202f000 salariés 😀 de Sony à 東京 ont reçu 12 % de plus le 2 mai 2024.' },
      { id: 'ar:٢', text: 'أعلنت الشركة في 3 مارس 2024 عن 500 وظيفة جديدة في دبي.' },
    ];
    await enqueueJsonl(jsonl(records), { connection: redis.url, queue });
    const worker = await startWorker({ connection: redis.url, queue, pipeline: light });
    const lines = await collectLines(queue, true);
    await worker.close();
    expect(lines.map((l) => l.id).sort()).toEqual(records.map((r) => r.id).sort());
    for (const record of records) {
      const doc = lines.find((l) => l.id === record.id) as Document;
      expect(doc.text).toBe(record.text);
      expect(collectSpanProblems(doc)).toEqual([]);
    }
    const fr = lines.find((l) => l.id === '東京-😀-1') as Document;
    const number = fr.numbers?.find((n) => n.value === 3000);
    expect(number?.start).toBe(3);
    expect(fr.text.slice(3, number?.end)).toBe(number?.text);
    expect(number?.text.startsWith('3\u202f000')).toBe(true);
  });

  it('a transient error is retried with backoff and then succeeds; one that never passes ends, after the last try, as one E_INTERNAL error record', async () => {
    const queue = 'transient';
    const tries = new Map<string, number>();
    const flaky: Pipeline = {
      ...light,
      async run(input, options) {
        const id = String(input.id);
        const n = (tries.get(id) ?? 0) + 1;
        tries.set(id, n);
        if (input.id === 'flaky' && n === 1) throw new Error('socket hang up');
        if (input.id === 'down') throw new Error('connect ETIMEDOUT 10.0.0.1:443');
        return light.run(input, options);
      },
    };
    await enqueueJsonl(jsonl([{ id: 'flaky', text: article(3).text }, { id: 'down', text: article(5).text }]), {
      connection: redis.url, queue, attempts: 3, backoffMs: 20,
    });
    const worker = await startWorker({ connection: redis.url, queue, pipeline: flaky });
    const lines = await collectLines(queue, true);
    await worker.close();
    expect(tries).toEqual(new Map([['flaky', 2], ['down', 3]]));
    expect(worker.counts).toEqual({ done: 1, failed: 1, retried: 3 });
    const byId = new Map(lines.map((l) => [l.id, l]));
    expect(lines.length).toBe(2);
    expect((byId.get('flaky') as Document).text).toBe(article(3).text);
    expect(byId.get('down')).toMatchObject({ id: 'down', line: 2, error: { code: 'E_INTERNAL', message: 'connect ETIMEDOUT 10.0.0.1:443' } });
    await bullQueue(queue, async (q) => {
      expect((await q.getJob(jobIdOf('down')))?.attemptsMade).toBe(3);
    });
  });

  it('a job run twice (its worker seemed dead) overwrites its result: one line per id; a run after collect does not bring the id back', async () => {
    const queue = 'rerun';
    const client = new Redis(redis.url);
    try {
      await enqueueJsonl(jsonl([{ id: 'twice', text: article(8).text }]), { connection: redis.url, queue });
      const worker = await startWorker({ connection: redis.url, queue, pipeline: light });
      const first = await collectLines(queue, true);
      expect(first.map((l) => l.id)).toEqual(['twice']);
      // the same job completes again, late (a stalled copy): it must not produce a second line
      const job = await bullQueue(queue, (q) => q.add('extract', { line: 1, value: { id: 'twice', text: article(8).text } }, { jobId: '@twice' }));
      expect(job.id).toBe('@twice');
      await sleep(300);
      await worker.close();
      expect(await client.hlen(queueKeys(queue).results)).toBe(0);
      expect(await collectLines(queue, true)).toEqual([]);
    } finally {
      client.disconnect();
    }
  });

  it('the full article pipeline with the NER model, loaded once, on three corpus articles (fr with NNBSP, en, de)', { timeout: 120_000 }, async () => {
    const queue = 'article';
    const files = ['fr/fr-0001-xai-supercalculateur', 'en/en-0001-nvidia-earnings', 'de/de-0001-infineon-stellenabbau'];
    const records = await Promise.all(files.map(async (f) => {
      const meta = JSON.parse(await readFile(join(ROOT, 'corpus', `${f}.meta.json`), 'utf8')) as { id: string; published: string };
      return { id: meta.id, text: await readFile(join(ROOT, 'corpus', `${f}.txt`), 'utf8'), published: meta.published };
    }));
    await enqueueJsonl(jsonl(records), { connection: redis.url, queue });
    const worker = await startWorker({ connection: redis.url, queue, pipeline: 'article', concurrency: 2 });
    const lines = await collectLines(queue, true);
    await worker.close();
    expect(worker.pipeline.config.name).toBe('article');
    expect(worker.pipeline.stages.some((s) => s.name.startsWith('ner.'))).toBe(true);
    const byId = new Map(lines.map((l) => [l.id, l as Document]));
    expect([...byId.keys()].sort()).toEqual(records.map((r) => r.id).sort());
    const fr = byId.get('fr-0001-xai-supercalculateur') as Document;
    expect(fr.text).toBe(records[0]?.text);
    expect(fr.entities?.find((e) => e.start === 0)).toMatchObject({ start: 0, end: 9, text: 'Elon Musk', label: 'PER' });
    expect(fr.facts?.some((f) => f.type === 'quantity' && f.value === 100000 && fr.text.slice(f.start, f.end) === f.text)).toBe(true);
    const en = byId.get('en-0001-nvidia-earnings') as Document;
    expect(en.entities?.find((e) => e.start === 0)).toMatchObject({ start: 0, end: 6, text: 'Nvidia', label: 'ORG' });
    const de = byId.get('de-0001-infineon-stellenabbau') as Document;
    expect(de.lang).toBe('de');
    expect(de.entities?.some((e) => e.text === 'Infineon' && de.text.slice(e.start, e.end) === 'Infineon')).toBe(true);
  });
});

describe('collect and status', () => {
  it('collect to a file: run again adds nothing; a collect killed after writing but before clearing Redis does not write an id twice', async () => {
    const queue = 'to-file';
    const out = join(dir, 'to-file.jsonl');
    await enqueueJsonl(jsonl([0, 1, 2, 3].map((i) => ({ id: article(i).id, text: article(i).text }))), { connection: redis.url, queue });
    const worker = await startWorker({ connection: redis.url, queue, pipeline: light });
    const client = new Redis(redis.url);
    try {
      // wait for the 4 results without collecting, then fake a collect that wrote fr-0 and a cut line and died
      while (await client.hlen(queueKeys(queue).results) < 4) await sleep(20);
      const fr0 = await client.hget(queueKeys(queue).results, 'fr-0');
      await writeFile(out, `${fr0}\n{"id":"en:1","te`);
      const first = await collect({ connection: redis.url, queue, output: out });
      expect(first).toMatchObject({ written: 3, skipped: 1, errors: 0 });
      const again = await collect({ connection: redis.url, queue, output: out });
      expect(again).toMatchObject({ written: 0, skipped: 0 });
      const ids = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as Document).id);
      expect(ids.sort()).toEqual(['en:1', 'en:3', 'fr-0', 'fr-2']);
    } finally {
      client.disconnect();
      await worker.close();
    }
  });

  it('one collect per queue at a time: a second one is refused with E_USAGE', async () => {
    const queue = 'locked';
    await enqueueJsonl(jsonl([{ id: 'x1', text: article(1).text }]), { connection: redis.url, queue });
    const controller = new AbortController();
    const running = collect({ connection: redis.url, queue, output: new PassThrough().resume(), pollMs: 20, signal: controller.signal });
    await sleep(200);
    const error = await collect({ connection: redis.url, queue, output: new PassThrough().resume() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaitsError);
    expect(error).toMatchObject({ code: 'E_USAGE', message: expect.stringContaining('Another collect is running on queue "locked"') });
    controller.abort();
    expect(await running).toMatchObject({ interrupted: true, written: 0 });
  });

  it('the CLI: enqueue, status (waiting), worker until stopped, collect, status (done, failed)', { timeout: 60_000 }, async () => {
    const queue = 'cli';
    const input = join(dir, 'cli.jsonl');
    const out = join(dir, 'cli-out.jsonl');
    await writeFile(input, `${[article(10), article(11)].map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n')}\n{"id":"vide","text":""}\n`);
    const io = () => {
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const captured = { out: '', err: '' };
      stdout.on('data', (c: Buffer) => (captured.out += c.toString('utf8')));
      stderr.on('data', (c: Buffer) => (captured.err += c.toString('utf8')));
      return { stdin: Readable.from([]), stdout, stderr, captured };
    };
    const common = ['--redis', redis.url, '--queue', queue];
    const e = io();
    expect(await runQueueCommand('enqueue', ['--jsonl', input, ...common], e)).toBe(0);
    expect(e.captured.err).toMatch(/^faits: 3 job\(s\) added to queue "cli" \(0 already enqueued, 0 error record\(s\)\) from 3 line\(s\) in \d+\.\d s\n$/u);
    const s1 = io();
    expect(await runQueueCommand('status', [...common, '--format', 'json'], s1)).toBe(0);
    expect(JSON.parse(s1.captured.out)).toMatchObject({ queue: 'cli', enqueued: 3, waiting: 3, active: 0, done: 0, failed: 0 });

    const stop = new AbortController();
    const w = { ...io(), signal: stop.signal };
    const working = runQueueCommand('worker', [...common, '--pipeline', 'light', '--concurrency', '2'], w);
    const c = io();
    expect(await runQueueCommand('collect', [...common, '--out', out], c)).toBe(0);
    stop.abort();
    expect(await working).toBe(0);
    expect(w.captured.err).toMatch(/faits: worker ready on queue "cli" at redis:\/\/127\.0\.0\.1:\d+ \(pipeline light, concurrency 2\)/u);
    expect(w.captured.err).toMatch(/faits: worker stopped: 2 done, 1 failed, 0 to retry\n$/u);
    expect(c.captured.err).toMatch(new RegExp(`^faits: 3 line\\(s\\) written to ${out.replace(/[.]/gu, '\\.')} \\(1 error record\\(s\\)\\) in`, 'u'));
    const ids = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as Document).id);
    expect(ids.sort()).toEqual(['en:11', 'fr-10', 'vide']);

    const s2 = io();
    expect(await runQueueCommand('status', common, s2)).toBe(0);
    expect(s2.captured.out).toMatch(/^queue cli \(Redis memory \d+\.\d MiB\)\n/u);
    expect(s2.captured.out).toMatch(/\n {2}done {8}2 {2}Documents ready\n/u);
    expect(s2.captured.out).toMatch(/\n {2}failed {6}1 {2}error records/u);
    expect(s2.captured.out).toMatch(/\n {2}waiting {5}0 /u);
  });
});
