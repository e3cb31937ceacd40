import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FaitsError, type Document } from '@faits/document';
import { createWorkerPool, runBatch } from '@faits/pipeline-article';
import { runCli, expectClosedPipeHandled, type CliRun } from './cli-helpers.ts';
import { defaultWorkers, POOL_MIN_INPUT_BYTES } from '../src/pool.ts';

/** Worker threads load the TypeScript sources through tsx: a few seconds each on a busy machine. */
const SLOW = { timeout: 120_000 };

const run = (args: string[]): Promise<CliRun> => runCli(args);

const tmp = () => mkdtemp(join(tmpdir(), 'faits-pool-'));

/** Hard cases in one batch: errors of every kind, a duplicate id, an unknown field, NNBSP, no-break space, emoji, CJK, RTL. */
const RECORDS = [
  JSON.stringify({ id: 'k1', text: 'Nvidia a vendu 3,5 millions de GPU au troisième trimestre 2024.', published: '2024-11-20' }),
  '{"id": "k2", "text": "oops',
  JSON.stringify({ id: 'k3', text: '' }),
  JSON.stringify({ id: 'k4', text: 'Mistral AI lève 600\u202fmillions d’euros 🚀 le 11\u00a0juin 2024.', extra: 1 }),
  JSON.stringify({ id: 'k4', text: 'Encore une fois.' }),
  JSON.stringify({ id: 'k6', text: 'Infineon will bis Ende 2025 rund 1.400 Stellen streichen.', lang: 'klingon' }),
  JSON.stringify({ id: 'k7', text: '华为在2024年发布了新手机。 شركة أبل أعلنت في 2024.' }),
  ...Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Article ${i} : Google investit ${i + 1} milliards d’euros en mars 2025.`, published: '2024-05-26' })),
];

describe('faits extract --jsonl --workers N (worker threads)', () => {
  it('gives byte for byte the output of the main thread: error records, duplicate ids, NNBSP, emoji, CJK, RTL, input order', SLOW, async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    await writeFile(input, `${RECORDS.join('\n')}\n`);
    const one = await run(['extract', '--jsonl', input, '--out', join(dir, 'w0.jsonl'), '--pipeline', 'light', '--workers', '0']);
    const two = await run(['extract', '--jsonl', input, '--out', join(dir, 'w2.jsonl'), '--pipeline', 'light', '--workers', '2']);
    expect([one.code, two.code]).toEqual([0, 0]);
    const w0 = await readFile(join(dir, 'w0.jsonl'), 'utf8');
    const w2 = await readFile(join(dir, 'w2.jsonl'), 'utf8');
    expect(w2).toBe(w0);
    const lines = w2.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['id'], (l['error'] as { code?: string } | undefined)?.code ?? 'ok']).slice(0, 7)).toEqual([
      ['k1', 'ok'], [null, 'E_INVALID_JSON'], ['k3', 'E_EMPTY_TEXT'], ['k4', 'ok'], ['k4', 'E_DUPLICATE_ID'], ['k6', 'E_UNKNOWN_LANGUAGE'], ['k7', 'ok'],
    ]);
    expect(lines.slice(7).map((l) => l['id'])).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
    const k4 = lines[3] as Document;
    expect(k4.diagnostics.map((d) => d.code)).toContain('UNKNOWN_INPUT_FIELD');
    // "Mistral AI lève 600 millions d’euros " is 37 code units and the emoji 2, then a space: "le" starts at 40 (the
    // French article belongs to the date span, as in the dates specs).
    const date = k4.dates?.find((d) => d.value === '2024-06-11');
    expect([date?.start, date?.end, date?.text]).toEqual([40, 55, 'le 11\u00a0juin 2024']);
    expect(k4.text.slice(40, 55)).toBe('le 11\u00a0juin 2024');
    expect(two.err).toMatch(/27 line\(s\) written \(4 error record\(s\)\)/u);
  });

  it('--resume with workers skips the ids already in OUT and drops a line cut short', SLOW, async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'out.jsonl');
    const records = ['c1', 'c2', 'c3', 'c4', 'c5'].map((id, i) => JSON.stringify({ id, text: `Article ${i} : Meta investit ${i + 1} milliards.` }));
    await writeFile(input, records.join('\n'));
    expect((await run(['extract', '--jsonl', input, '--out', out, '--pipeline', 'light', '--workers', '2'])).code).toBe(0);
    const full = (await readFile(out, 'utf8')).split('\n');
    await writeFile(out, `${full[0]}\n${full[1]}\n${(full[2] ?? '').slice(0, 30)}`);
    const resumed = await run(['extract', '--jsonl', input, '--out', out, '--pipeline', 'light', '--resume', '--workers', '2']);
    expect(resumed.code).toBe(0);
    expect(resumed.err).toMatch(/2 skipped/u);
    const ids = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('an unwritable --out is E_OUTPUT_UNWRITABLE, exit 1, and a closed pipe leaves no half line', SLOW, async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    await writeFile(input, `${RECORDS.join('\n')}\n`);
    const missing = await run(['extract', '--jsonl', input, '--out', join(dir, 'missing', 'out.jsonl'), '--pipeline', 'light', '--workers', '2']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/E_OUTPUT_UNWRITABLE/u);

    await expectClosedPipeHandled(['extract', '--jsonl', input, '--pipeline', 'light', '--workers', '2']);
  });

  it('stops reading when aborted (SIGINT): what is in flight is finished and written, in order', SLOW, async () => {
    const pool = await createWorkerPool({ workers: 2, pipeline: 'light' });
    try {
      const stop = new AbortController();
      const lines = Array.from({ length: 40 }, (_, i) => `${JSON.stringify({ id: `s${i}`, text: `Article ${i} : Apple investit ${i} milliards en 2024.` })}\n`);
      const chunks: string[] = [];
      const output = new Writable({
        write(chunk: Buffer, _enc, cb) {
          chunks.push(chunk.toString('utf8'));
          if (chunks.length === 3) stop.abort();
          cb();
        },
      });
      const result = await runBatch(pool, Readable.from(lines), output, { signal: stop.signal });
      expect(result.interrupted).toBe(true);
      const ids = chunks.join('').trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids.length).toBe(result.written);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(ids.length).toBeLessThan(40);
      expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `s${i}`));
    } finally {
      await pool.close();
    }
  });

  it('an unknown pipeline rejects the pool with E_INVALID_OPTION, listing the valid names', SLOW, async () => {
    const failure = await createWorkerPool({ workers: 1, pipeline: 'nope' }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(FaitsError);
    expect((failure as FaitsError).code).toBe('E_INVALID_OPTION');
    expect((failure as FaitsError).message).toMatch(/Unknown pipeline "nope". Valid values: article, light/u);
  });

  it('a worker that runs out of memory (huge input, 2.5 M characters) gives E_INTERNAL records for what it held; the other goes on', SLOW, async () => {
    const pool = await createWorkerPool({ workers: 2, pipeline: 'light', maxHeapMB: 96 });
    try {
      const small = (i: number): string => `${JSON.stringify({ id: `s${i}`, text: `Article ${i} : Google investit ${i} milliards en mars 2025.` })}\n`;
      const big = `${JSON.stringify({ id: 'big', text: 'Nvidia vend 100 000 puces le 3 mars 2024. '.repeat(60_000) })}\n`;
      const chunks: string[] = [];
      const output = new Writable({
        write(chunk: Buffer, _enc, cb) {
          chunks.push(chunk.toString('utf8'));
          cb();
        },
      });
      const result = await runBatch(pool, Readable.from([small(1), small(2), big, small(3), small(4), small(5), small(6)]), output);
      expect([result.read, result.written]).toEqual([7, 7]);
      const lines = chunks.join('').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error?: { code: string; message: string } });
      expect(lines.map((l) => l.id)).toEqual(['s1', 's2', 'big', 's3', 's4', 's5', 's6']);
      expect(lines[2]?.error?.code).toBe('E_INTERNAL');
      expect(lines[2]?.error?.message).toMatch(/memory limit/u);
      // Those the other worker held are done (which worker gets which record depends on timing: a small one queued
      // behind the huge one shares its fate).
      expect(lines.filter((l) => l.error === undefined).length).toBeGreaterThanOrEqual(3);
      for (const l of lines) expect(l.error === undefined || l.error.code === 'E_INTERNAL').toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('a process started with V8 options workers do not take (--max-old-space-size, --expose-gc) still gets its workers', SLOW, async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    await writeFile(input, `${RECORDS.join('\n')}\n`);
    const cli = join(import.meta.dirname, '../src/bin.ts');
    const child = spawnSync(process.execPath, [
      '--max-old-space-size=2048', '--expose-gc', '--conditions=@faits/source', '--import', 'tsx', cli,
      'extract', '--jsonl', input, '--pipeline', 'light', '--workers', '2',
    ], { cwd: join(import.meta.dirname, '../../..'), encoding: 'utf8' });
    expect(child.stderr).toMatch(/27 line\(s\) written \(4 error record\(s\)\)/u);
    expect(child.status).toBe(0);
    expect(child.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string | null }).id).slice(0, 3)).toEqual(['k1', null, 'k3']);
  });

  it('by default, 2 workers for light on an input of 4 MiB or more; none for small or unknown-size input, nor for article', () => {
    const cores = availableParallelism();
    expect(defaultWorkers('light', POOL_MIN_INPUT_BYTES)).toBe(cores >= 2 ? 2 : 0);
    expect(defaultWorkers('light', POOL_MIN_INPUT_BYTES - 1)).toBe(0);
    expect(defaultWorkers('light', undefined)).toBe(0);
    expect(defaultWorkers('article', 1024 ** 3)).toBe(0);
    expect(() => defaultWorkers('nope', 0)).toThrow(/Unknown pipeline "nope"/u);
  });

  it('--workers takes a whole number from 0 to 64 (usage error, exit 2)', async () => {
    for (const bad of ['-1', '1.5', 'two', '65']) {
      const result = await run(['extract', '--jsonl', 'x.jsonl', `--workers=${bad}`]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/--workers takes a whole number/u);
    }
  });
});
