/**
 * Measures @faits/langid against franc alone (and eld alone) on WikiNEuRal sentences and two-word phrases, and
 * its speed on long text. Reads /work/shared/data (or FAITS_DATA): the only piece of the project that does.
 *
 *   pnpm tsx scripts/measure-langid.ts [--n 2000|all] [--pairs N] [--seed 1] [--split val]
 *
 * `--n all` reads every sentence of each file (12,600 French ... 9,540 Spanish on val) instead of a sample, with
 * 10,000 pairs per language unless `--pairs` says otherwise: the same measure with a smaller sampling error.
 *
 * The last section is the import cost of the built package (`pnpm --filter @faits/langid build` first): the
 * CPU time of `node -e "await import('@faits/langid')"` run from packages/langid with NODE_OPTIONS empty (so it
 * resolves to dist/), best of 5, next to plain `node -e 0`; and the first call, which decodes eld's table.
 *
 * Sampling (seeded, mulberry32):
 *  - sentences: the sentences of <lang>/<split>.conllu (tokens joined with single spaces, as the file has them:
 *    numbers and dates were stripped out by the data set), shuffled (Fisher-Yates), the first N kept;
 *  - lower pairs: pick a sentence and a position at random, keep tokens i and i+1 when both are words (letters,
 *    inner ' or - allowed) starting with a lowercase letter ("est une", "of the"); until N are found;
 *  - any pairs: the same with no condition on case ("Le roi", "Elon Musk"): many are names only, hard for anyone.
 * A detection is right when detectLanguage (or franc's top code) is the file's language; `und` counts as wrong.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDocument } from '@faits/document';
import { SUPPORTED_LANGUAGES, detectLanguage, detectParagraphs, langidStage, rankLanguages } from '@faits/langid';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    pairs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    split: { type: 'string', default: 'val' },
  },
});
const N = values.n === 'all' ? Number.POSITIVE_INFINITY : Number(values.n);
const PAIRS = Number(values.pairs ?? (values.n === 'all' ? 10_000 : N));
const SEED = Number(values.seed);
const here = dirname(fileURLToPath(import.meta.url));
const DATA = process.env['FAITS_DATA'] ?? join(here, '..', '..', 'shared', 'data');

// franc and eld are dependencies of @faits/langid, not of the workspace root: load them from there.
const langidModules = join(here, '..', 'packages', 'langid', 'node_modules');
const { franc } = (await import(pathToFileURL(join(langidModules, 'franc', 'index.js')).href)) as {
  franc: (text: string, options: { only: string[]; minLength?: number }) => string;
};
interface EldDetector { setLanguageSubset(languages: string[]): unknown; detect(text: string): { language: string } }
const loadEld = async (size: string): Promise<{ newInstance(): EldDetector }> =>
  ((await import(pathToFileURL(join(langidModules, 'eld', 'src', 'entries', `static.${size}.js`)).href)) as { eld: { newInstance(): EldDetector } }).eld;
const eld = await loadEld('small');
const eldLarge = await loadEld('large');

const ISO3: Record<string, string> = { fr: 'fra', en: 'eng', de: 'deu', es: 'spa', it: 'ita', pt: 'por', nl: 'nld' };
const ISO1 = Object.fromEntries(Object.entries(ISO3).map(([a, b]) => [b, a]));
const ONLY = Object.values(ISO3);
const eldSeven = eld.newInstance();
eldSeven.setLanguageSubset([...SUPPORTED_LANGUAGES]);
const eldLargeSeven = eldLarge.newInstance();
eldLargeSeven.setLanguageSubset([...SUPPORTED_LANGUAGES]);

const SYSTEMS: Record<string, (text: string) => string> = {
  'franc (only the 7)': (t) => ISO1[franc(t, { only: ONLY })] ?? 'und',
  'franc (only the 7, minLength 1)': (t) => ISO1[franc(t, { only: ONLY, minLength: 1 })] ?? 'und',
  'eld small (subset of the 7)': (t) => eldSeven.detect(t).language || 'und',
  'eld large (subset of the 7)': (t) => eldLargeSeven.detect(t).language || 'und',
  '@faits/langid': (t) => detectLanguage(t),
};

function readSentences(lang: string): string[][] {
  const raw = readFileSync(join(DATA, 'ner', 'wikineural', lang, `${values.split}.conllu`), 'utf8');
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of raw.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const token = line.split('\t')[1];
    if (token !== undefined) current.push(token);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;
const LOWER = /^\p{Ll}/u;

interface Samples { sentences: string[]; lowerPairs: string[]; anyPairs: string[]; all: string[][] }

function sample(lang: string): Samples {
  const all = readSentences(lang);
  const random = mulberry32(SEED);
  const order = all.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const sentences = order.slice(0, N).map((i) => (all[i] as string[]).join(' '));
  const pick = mulberry32(SEED + 1);
  const lowerPairs: string[] = [];
  const anyPairs: string[] = [];
  while (lowerPairs.length < PAIRS || anyPairs.length < PAIRS) {
    const s = all[Math.floor(pick() * all.length)] as string[];
    if (s.length < 2) continue;
    const i = Math.floor(pick() * (s.length - 1));
    const a = s[i] as string;
    const b = s[i + 1] as string;
    if (!WORD.test(a) || !WORD.test(b)) continue;
    if (anyPairs.length < PAIRS) anyPairs.push(`${a} ${b}`);
    if (lowerPairs.length < PAIRS && LOWER.test(a) && LOWER.test(b)) lowerPairs.push(`${a} ${b}`);
  }
  return { sentences, lowerPairs, anyPairs, all };
}

const words = (text: string): number => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
const pct = (x: number): string => `${(100 * x).toFixed(2)}%`.padStart(8);

const samples = new Map(SUPPORTED_LANGUAGES.map((lang) => [lang, sample(lang)]));
const sentenceCounts = SUPPORTED_LANGUAGES.map((lang) => `${lang} ${(samples.get(lang) as Samples).sentences.length}`).join(', ');
console.log(`WikiNEuRal ${values.split}, seed ${SEED}: sentences ${sentenceCounts}; ${PAIRS} pairs per language and set. und counts as wrong.\n`);
for (const set of ['sentences', 'lowerPairs', 'anyPairs'] as const) {
  console.log(`## ${set}`);
  console.log(`${'system'.padEnd(34)}${SUPPORTED_LANGUAGES.map((l) => l.padStart(8)).join('')}     all     und    words/s`);
  for (const [name, detect] of Object.entries(SYSTEMS)) {
    let right = 0;
    let total = 0;
    let undetermined = 0;
    let wordCount = 0;
    const cells: string[] = [];
    const started = performance.now();
    for (const lang of SUPPORTED_LANGUAGES) {
      const items = (samples.get(lang) as Samples)[set];
      let ok = 0;
      for (const text of items) {
        const found = detect(text);
        if (found === lang) ok += 1;
        if (found === 'und') undetermined += 1;
        wordCount += words(text);
      }
      cells.push(pct(ok / items.length));
      right += ok;
      total += items.length;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`${name.padEnd(34)}${cells.join('')}${pct(right / total)}${pct(undetermined / total)}${String(Math.round(wordCount / seconds)).padStart(11)}`);
  }
  console.log('');
}

// Where the sentence misses are: @faits/langid by sentence length (words with a letter), per language.
const BUCKETS: readonly [string, number, number][] = [['1-4 words', 1, 4], ['5-9 words', 5, 9], ['10+ words', 10, Number.POSITIVE_INFINITY]];
console.log('## sentences by length, @faits/langid: percent right (misses / sentences)');
console.log(`${'length'.padEnd(12)}${SUPPORTED_LANGUAGES.map((l) => l.padStart(18)).join('')}`);
for (const [name, min, max] of BUCKETS) {
  const cells = SUPPORTED_LANGUAGES.map((lang) => {
    const items = (samples.get(lang) as Samples).sentences.filter((t) => words(t) >= min && words(t) <= max);
    const misses = items.filter((t) => detectLanguage(t) !== lang).length;
    const share = items.length === 0 ? '-' : `${(100 - (100 * misses) / items.length).toFixed(2)} (${misses}/${items.length})`;
    return share.padStart(18);
  });
  console.log(`${name.padEnd(12)}${cells.join('')}`);
}
console.log('');

// Speed on long text: every sentence of every language's file, five sentences to a paragraph.
const paragraphs: string[] = [];
for (const lang of SUPPORTED_LANGUAGES) {
  const all = (samples.get(lang) as Samples).all;
  for (let i = 0; i < all.length; i += 5) paragraphs.push(all.slice(i, i + 5).map((s) => s.join(' ')).join(' '));
}
const long = paragraphs.join('\n');
const longWords = words(long);
console.log(`## speed on long text: ${paragraphs.length} paragraphs, ${longWords} words, ${long.length} code units`);
console.log('(best of 3 runs; words/s by the wall clock, and by the CPU time of this process, which the other');
console.log(' work on a shared machine does not inflate)');
const timed = (run: () => unknown, runs: number): { wall: number; cpu: number } => {
  run();
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall = Math.min(wall, (performance.now() - started) / 1000);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { wall, cpu };
};
const report = (name: string, count: number, { wall, cpu }: { wall: number; cpu: number }): void => {
  console.log(`${name.padEnd(40)}${(wall * 1000).toFixed(1).padStart(9)} ms ${String(Math.round(count / wall)).padStart(10)} words/s (wall) ${String(Math.round(count / cpu)).padStart(10)} words/s (CPU)`);
};
report('detectParagraphs(whole text)', longWords, timed(() => detectParagraphs(long), 3));
report('langidStage.run(document)', longWords, timed(() => langidStage.run(createDocument({ id: 'long', text: long })), 3));
report('rankLanguages(whole text) [a sample]', longWords, timed(() => rankLanguages(long), 3));
const one = paragraphs.slice(0, 200).join(' ');
report(`detectParagraphs(1 paragraph of ${words(one)} words) [a sample]`, words(one), timed(() => detectParagraphs(one), 3));

// Import cost of the built package, as a user's program pays it: a fresh node, dist/ (NODE_OPTIONS empty).
const langidDir = join(here, '..', 'packages', 'langid');
if (existsSync(join(langidDir, 'dist', 'index.js'))) {
  // (Not the memory: a child's max RSS starts from its parent's on Linux, so it would say nothing here.)
  const cpuOf = (code: string): number => {
    const probe = `${code}; const u = process.cpuUsage(); console.log(JSON.stringify({ cpu: (u.user + u.system) / 1e6 }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: langidDir, env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0 || !line.startsWith('{')) throw new Error(`import probe failed: ${run.stderr}`);
    return (JSON.parse(line) as { cpu: number }).cpu;
  };
  const best = (code: string): number => Math.min(...Array.from({ length: 5 }, () => cpuOf(code)));
  console.log('\n## import cost of the built package (dist/), CPU time of a fresh node process (user + system), best of 5');
  for (const [name, code] of [
    ['node -e 0', '0'],
    ["await import('@faits/langid')", "await import('@faits/langid')"],
    ['  + detectLanguage("de la") (decodes the table of the seven)', "const m = await import('@faits/langid'); m.detectLanguage('de la')"],
    ["  + rankLanguages('de la', { languages: 'all' }) (decodes the 60)", "const m = await import('@faits/langid'); m.rankLanguages('de la', { languages: 'all' })"],
  ] as const) {
    console.log(`${name.padEnd(72)}${(best(code) * 1000).toFixed(0).padStart(6)} ms CPU`);
  }
} else {
  console.log('\n(no packages/langid/dist: run `pnpm --filter @faits/langid build` for the import cost)');
}
