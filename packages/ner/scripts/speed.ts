/**
 * Speed of `extract()`: words per second and milliseconds per sentence, int8 against fp32, with
 * batches of 1, 8 and 32 windows, on the seed article's sentences (one document each, through
 * `extractBatch`) and on one long text (the seed article repeated).
 *
 *   pnpm tsx packages/ner/scripts/speed.ts [--model DIR] [--repeat 3] [--long 40]
 *
 * Prints a Markdown table. Each figure is the best of `--repeat` runs after a warm-up run (the machine
 * has slow spells). Words are runs of non-space characters.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { createNer, type Ner } from '../src/index.ts';
import { splitSentences } from '../src/words.ts';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    repeat: { type: 'string', default: '3' },
    long: { type: 'string', default: '40' },
  },
});
const repeat = Number(values.repeat);
const seed = readFileSync(new URL('../test/fixtures/seed-article.txt', import.meta.url), 'utf8');
const sentences = splitSentences(seed).map((s) => seed.slice(s.start, s.end).trim()).filter((s) => s !== '');
const corpus = Array.from({ length: 10 }, () => sentences).flat();
const longText = Array.from({ length: Number(values.long) }, () => seed).join('\n');
const countWords = (t: string): number => t.match(/\S+/gu)?.length ?? 0;
const corpusWords = corpus.reduce((n, s) => n + countWords(s), 0);
const longWords = countWords(longText);

async function best(run: () => Promise<unknown>): Promise<number> {
  await run();
  let min = Infinity;
  for (let i = 0; i < repeat; i += 1) {
    const t0 = performance.now();
    await run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const rows: string[] = [];
for (const quantized of [true, false]) {
  for (const batchSize of [1, 8, 32]) {
    const ner: Ner = await createNer({ ...(values.model === undefined ? {} : { model: values.model }), quantized, batchSize });
    const msSentences = await best(() => ner.extractBatch(corpus));
    const msLong = await best(() => ner.extract(longText));
    const stats = (await ner.analyze(longText)).stats;
    rows.push(
      `| ${quantized ? 'int8' : 'fp32'} | ${batchSize} | ${Math.round((corpusWords / msSentences) * 1000).toLocaleString('en')} | ${(msSentences / corpus.length).toFixed(2)} | ${Math.round((longWords / msLong) * 1000).toLocaleString('en')} | ${stats.windows} |`,
    );
    await ner.dispose();
  }
}
console.log(`Node ${process.version}, ${availableParallelism()} cores. Sentences: ${corpus.length} (${corpusWords} words, seed article ×10, one document each). Long text: ${longWords} words (seed article ×${values.long}, one document).\n`);
console.log('| model | batch | sentences: words/s | ms/sentence | long text: words/s | windows |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
