/**
 * Memory of `faits extract --jsonl` on a large input: is the peak RSS flat as the input grows?
 *
 *   pnpm tsx scripts/bench-memory.ts [--gb 1] [--pipeline light|article] [--workers N] [--keep] [--json FILE]
 *
 * Writes a JSONL of the given size to a temporary folder, streaming (the corpus articles repeated, each with a
 * unique id), runs the CLI batch on it in a child process, reads the child's VmRSS and VmHWM from
 * /proc/<pid>/status every second, and prints the peak RSS, RSS over time, lines in and out, and words/s.
 * The output (about 15 times the input: tokens and sentences) is read from the child's standard output and
 * counted, not stored. Linux only (/proc). The input is deleted at the end unless --keep is given.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus, type CorpusArticle as Article } from './corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'pipelines/article/src/bin.ts');

const { values } = parseArgs({
  options: {
    gb: { type: 'string', default: '1' },
    pipeline: { type: 'string', default: 'light' },
    workers: { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const targetBytes = Math.round(Number(values.gb) * 1024 ** 3);
if (!(targetBytes > 0)) throw new Error(`--gb takes a positive number, got ${values.gb}`);


/** Writes the input by streaming, waiting for the disk (back-pressure): the script's own memory stays small. */
async function writeInput(path: string, corpus: readonly Article[]): Promise<{ lines: number; words: number; bytes: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let lines = 0;
  let words = 0;
  while (bytes < targetBytes) {
    const a = corpus[lines % corpus.length] as Article;
    const line = `${JSON.stringify({ id: `${a.id}#${Math.floor(lines / corpus.length)}`, text: a.text, published: a.published })}\n`;
    bytes += Buffer.byteLength(line);
    lines += 1;
    words += a.words;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { lines, words, bytes };
}

/** VmRSS and VmHWM (peak) of a process, in MB; undefined once it has exited. */
function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'mu').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

const dir = await mkdtemp(join(tmpdir(), 'faits-memory-'));
const input = join(dir, 'in.jsonl');
const corpus = loadCorpus();
let t = performance.now();
const written = await writeInput(input, corpus);
process.stderr.write(`input: ${written.lines} lines, ${(written.bytes / 1024 ** 2).toFixed(0)} MB, ${written.words} words (written in ${((performance.now() - t) / 1000).toFixed(1)} s) in ${dir}\n`);

const args = ['--conditions=@faits/source', '--import', 'tsx', CLI, 'extract', '--jsonl', input, '--pipeline', values.pipeline];
if (values.workers !== undefined) args.push('--workers', values.workers);
t = performance.now();
const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
let linesOut = 0;
let outBytes = 0;
child.stdout.on('data', (chunk: Buffer) => {
  outBytes += chunk.length;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) linesOut += 1;
});
let stderr = '';
child.stderr.on('data', (c: Buffer) => {
  stderr = (stderr + c.toString('utf8')).slice(-4000);
});
const samples: Array<{ s: number; rss: number; hwm: number; linesOut: number }> = [];
const sampler = setInterval(() => {
  const m = memoryOf(child.pid ?? -1);
  if (m === undefined) return;
  const sample = { s: Math.round((performance.now() - t) / 1000), rss: Math.round(m.rss), hwm: Math.round(m.hwm), linesOut };
  samples.push(sample);
  if (samples.length % 60 === 0) process.stderr.write(`  ${sample.s} s: RSS ${sample.rss} MB (peak ${sample.hwm} MB), ${linesOut} lines out\n`);
}, 1000);
const [code] = (await once(child, 'close')) as [number | null]; // after its output is read to the end
clearInterval(sampler);
const seconds = (performance.now() - t) / 1000;

const peak = samples.reduce((m, s) => Math.max(m, s.hwm, s.rss), 0);
const points = [0.1, 0.25, 0.5, 0.75, 1].map((f) => samples[Math.min(samples.length - 1, Math.max(0, Math.round(f * samples.length) - 1))]).filter((s) => s !== undefined);
const result = {
  date: new Date().toISOString(),
  pipeline: values.pipeline,
  workers: values.workers ?? 'default',
  exitCode: code,
  input: { lines: written.lines, MB: Math.round(written.bytes / 1024 ** 2), words: written.words },
  output: { lines: linesOut, MB: Math.round(outBytes / 1024 ** 2) },
  seconds: Math.round(seconds),
  wordsPerSecond: Math.round(written.words / seconds),
  peakRssMB: peak,
  rssOverTime: points,
  cliSummary: stderr.trim().split('\n').at(-1) ?? '',
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify({ ...result, samples }, null, 2)}\n`);
if (!values.keep) await rm(dir, { recursive: true, force: true });
process.exitCode = code === 0 && linesOut === written.lines ? 0 : 1;
