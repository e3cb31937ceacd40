/**
 * `pnpm bench`: speed and memory of every stage and of the whole article pipeline on a fixed workload, plus
 * the libraries people use instead, side by side on the same texts. Prints a table and writes
 * bench-results/latest.json (and a dated copy) so two runs can be compared.
 *
 *   pnpm bench            the full workload: the corpus repeated to >= 1,000,000 characters, one 200,000-word article
 *   pnpm bench --quick    a tenth of it, for a quick look
 */
import { spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { franc } from 'franc';
import { AutoTokenizer, env, pipeline as hfPipeline } from '@xenova/transformers';
import { claimsStage } from '@faits/claims';
import { createDocument, type Document, type Stage } from '@faits/document';
import { datesStage, extractDates } from '@faits/dates';
import { detectLanguage, langidStage } from '@faits/langid';
import { nerStage } from '@faits/ner';
import { modelId, modelRoot } from '@faits/ner-model';
import { numbersStage } from '@faits/numbers';
import { createPipeline, createWorkerPool, runBatch } from '@faits/pipeline-article';
import { tokenizeStage } from '@faits/tokenize';
import { countWords, loadCorpus, type CorpusArticle as Article } from './corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const QUICK = process.argv.includes('--quick');
const CORPUS_CHARS = QUICK ? 100_000 : 1_000_000;
const LONG_WORDS = QUICK ? 20_000 : 200_000;


const now = (): number => performance.now();

const corpus = loadCorpus();
const workload: Article[] = [];
for (let i = 0, chars = 0; chars < CORPUS_CHARS; i += 1) {
  const a = corpus[i % corpus.length] as Article;
  workload.push({ ...a, id: `${a.id}#${Math.floor(i / corpus.length)}` });
  chars += a.text.length;
}
const words = workload.reduce((n, a) => n + countWords(a.text), 0);
const chars = workload.reduce((n, a) => n + a.text.length, 0);
const french = corpus.filter((a) => a.lang === 'fr');
const longParts: string[] = [];
for (let i = 0, n = 0; n < LONG_WORDS; i += 1) {
  const t = (french[i % french.length] as Article).text;
  longParts.push(t);
  n += countWords(t);
}
const longText = longParts.join('\n\n');
const longWords = countWords(longText);
const tenth = longParts.slice(0, Math.ceil(longParts.length / 10)).join('\n\n');

interface Row { name: string; seconds: number; words: number; docs: number; wordsPerSecond: number; msPerArticle: number }
const rows: Row[] = [];
function record(name: string, seconds: number, w: number, docs: number): Row {
  const row = { name, seconds: round(seconds), words: w, docs, wordsPerSecond: Math.round(w / seconds), msPerArticle: round((seconds * 1000) / docs) };
  rows.push(row);
  process.stderr.write(`  ${name.padEnd(44)} ${String(row.wordsPerSecond).padStart(10)} words/s ${row.msPerArticle.toFixed(2).padStart(9)} ms/article\n`);
  return row;
}
const round = (x: number): number => Math.round(x * 1000) / 1000;

async function timeStage(name: string, stage: Stage, inputs: Document[]): Promise<Document[]> {
  await stage.run(inputs[0] as Document); // warm-up
  const out: Document[] = [];
  const t = now();
  for (const doc of inputs) out.push(await stage.run(doc));
  record(`stage ${name}`, (now() - t) / 1000, words, inputs.length);
  return out;
}

process.stderr.write(`workload: ${workload.length} articles, ${chars} characters, ${words} words; long article ${longWords} words\n`);

// --- each stage alone, fed what the stages before it give
const base = workload.map((a) => createDocument({ id: a.id, text: a.text, published: a.published }));
const withLang = await timeStage('langid', langidStage, base);
const withTokens = await timeStage('tokenize', tokenizeStage, withLang);
const withNumbers = await timeStage('numbers', numbersStage, withTokens);
const withDates = await timeStage('dates', datesStage, withNumbers);
const ner = await nerStage();
const withEntities = await timeStage('ner (bundled int8 model)', ner, withDates);
await timeStage('claims', claimsStage, withEntities);
await ner.dispose();

// --- end to end
const pipeline = await createPipeline('article');
await pipeline.run({ id: 'warm', text: (corpus[0] as Article).text, published: (corpus[0] as Article).published });
let t = now();
for (const a of workload) await pipeline.run({ id: a.id, text: a.text, published: a.published });
const e2e = record('end to end, one at a time', (now() - t) / 1000, words, workload.length);
t = now();
const inFlight: Promise<unknown>[] = [];
for (const a of workload) {
  inFlight.push(pipeline.run({ id: a.id, text: a.text, published: a.published }));
  if (inFlight.length >= 4) await inFlight.shift();
}
await Promise.all(inFlight);
record('end to end, 4 documents in flight', (now() - t) / 1000, words, workload.length);
// The batch path (`faits extract --jsonl`): in this thread, then with 2 worker threads (each its own pipeline and
// model, 1 ONNX thread each), output lines written in input order. Pool start-up is left out (a one-off).
const batchLines = workload.map((a) => `${JSON.stringify({ id: a.id, text: a.text, published: a.published })}\n`);
const sink = (): Writable => new Writable({ write: (_chunk, _enc, cb) => cb() });
t = now();
await runBatch(pipeline, Readable.from(batchLines), sink());
record('batch (runBatch), main thread, 2 in flight', (now() - t) / 1000, words, workload.length);
const pool = await createWorkerPool({ workers: 2, pipeline: 'article' });
await runBatch(pool, Readable.from(batchLines.slice(0, 4).map((l, i) => l.replace(/^\{"id":"/u, `{"id":"warm${i}-`))), sink());
t = now();
await runBatch(pool, Readable.from(batchLines), sink());
record('batch (runBatch), 2 worker threads', (now() - t) / 1000, words, workload.length);
await pool.close();
t = now();
await pipeline.run({ id: 'long-10', text: tenth, published: '2024-05-26' });
const tenthSeconds = (now() - t) / 1000;
record(`end to end, one ${countWords(tenth)}-word article`, tenthSeconds, countWords(tenth), 1);
t = now();
await pipeline.run({ id: 'long', text: longText, published: '2024-05-26' });
const longSeconds = (now() - t) / 1000;
record(`end to end, one ${longWords}-word article`, longSeconds, longWords, 1);
await pipeline.dispose();

// --- side by side on the same texts
const only = ['fra', 'eng', 'deu', 'spa', 'ita', 'por', 'nld'];
t = now();
for (const a of workload) franc(a.text, { only });
const francRow = record('franc alone (7 languages)', (now() - t) / 1000, words, workload.length);
t = now();
for (const a of workload) detectLanguage(a.text);
const langidRow = record('@faits/langid detectLanguage', (now() - t) / 1000, words, workload.length);

const frWork = workload.filter((a) => a.lang === 'fr');
const frWords = frWork.reduce((n, a) => n + countWords(a.text), 0);
t = now();
for (const a of frWork) chrono.fr.parse(a.text, new Date(`${a.published}T12:00:00Z`));
const chronoRow = record('chrono-node chrono.fr (French part)', (now() - t) / 1000, frWords, frWork.length);
t = now();
for (const a of frWork) extractDates(a.text, { lang: 'fr', published: a.published });
const datesRow = record('@faits/dates extractDates (French part)', (now() - t) / 1000, frWords, frWork.length);

env.allowRemoteModels = false;
env.localModelPath = modelRoot;
const plain = await hfPipeline('token-classification', modelId, { quantized: true });
const nerOnly = await nerStage();
const sample = corpus;
const sampleWords = sample.reduce((n, a) => n + countWords(a.text), 0);
let plainFailures = 0;
await plain('Nvidia vend des puces.');
t = now();
for (const a of sample) {
  try {
    await plain(a.text);
  } catch {
    plainFailures += 1; // longer than the model's 512 positions: the plain pipeline has no windows
  }
}
const plainRow = record('transformers.js pipeline (no windows/offsets)', (now() - t) / 1000, sampleWords, sample.length);
const sampleDocs = sample.map((a) => createDocument({ id: a.id, text: a.text }));
t = now();
for (const d of sampleDocs) await nerOnly.run(d);
const oursRow = record('@faits/ner (windows, offsets, gazetteer)', (now() - t) / 1000, sampleWords, sample.length);
const tok = await AutoTokenizer.from_pretrained(modelId);
const longest = Math.max(...sample.map((a) => tok(a.text).input_ids.dims[1] ?? 0));
await nerOnly.dispose();

// --- cold start, in a fresh process, of the BUILT packages as a user runs them (no tsx, no source condition):
// scripts/bench-cold.mjs (import, model load, first document, timed inside) and the `faits` binary (timed from
// outside: spawn to exit). The median of 5 runs each.
spawnSync('pnpm', ['build'], { cwd: ROOT, stdio: 'ignore' });
const builtEnv = { ...process.env, NODE_OPTIONS: '' };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
type ColdRun = { importMs: number; modelLoadMs: number; firstDocumentMs: number; processStartToFirstResultMs: number; maxRssMB: number };
const coldRuns: ColdRun[] = [];
const binRuns: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const cold = spawnSync(process.execPath, [join(ROOT, 'scripts/bench-cold.mjs')], { cwd: ROOT, encoding: 'utf8', env: builtEnv });
  coldRuns.push(JSON.parse(cold.stdout.trim().split('\n').at(-1) ?? '{}') as ColdRun);
  const t0 = now();
  spawnSync(process.execPath, [join(ROOT, 'pipelines/article/dist/bin.js'), 'extract', join(ROOT, 'corpus/fr/fr-0001-xai-supercalculateur.txt')], { cwd: ROOT, env: builtEnv, stdio: 'ignore' });
  binRuns.push(now() - t0);
}
const coldInfo = {
  runs: coldRuns.length,
  importMs: round(median(coldRuns.map((r) => r.importMs))),
  modelLoadMs: round(median(coldRuns.map((r) => r.modelLoadMs))),
  firstDocumentMs: round(median(coldRuns.map((r) => r.firstDocumentMs))),
  processStartToFirstResultMs: round(median(coldRuns.map((r) => r.processStartToFirstResultMs))),
  faitsExtractWallMs: round(median(binRuns)),
  maxRssMB: round(median(coldRuns.map((r) => r.maxRssMB))),
};

const result = {
  date: new Date().toISOString(), node: process.version, quick: QUICK, cpus: 2,
  workload: { articles: workload.length, characters: chars, words, longArticleWords: longWords },
  rows,
  ratios: {
    langidOverFranc: round(langidRow.seconds / francRow.seconds),
    datesOverChrono: round(datesRow.seconds / chronoRow.seconds),
    nerOverPlainTransformers: round(oursRow.seconds / plainRow.seconds),
    longestArticlePieces: longest,
    plainPipelineFailures: `${plainFailures} of ${sample.length} articles`,
    linearity10x: round(longSeconds / tenthSeconds),
  },
  coldStart: coldInfo,
  peakRssMB: round(process.resourceUsage().maxRSS / 1024),
  endToEndWordsPerSecond: e2e.wordsPerSecond,
};
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify({ ratios: result.ratios, coldStart: result.coldStart, peakRssMB: result.peakRssMB }, null, 2)}\n`);
