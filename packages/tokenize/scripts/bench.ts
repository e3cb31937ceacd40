/**
 * Throughput of tokenize and splitSentences on the seed article repeated.
 * Run: `pnpm tsx packages/tokenize/scripts/bench.ts [megabytes]` from the repository root.
 */
import { readFileSync } from 'node:fs';
import { splitSentences, tokenize } from '../src/index.ts';

const seed = readFileSync(new URL('../test/fixtures/seed-article.txt', import.meta.url), 'utf8');
const megabytes = Number(process.argv[2] ?? '4');
const unit = `${seed}\n\n`;
const text = unit.repeat(Math.ceil((megabytes * 1_000_000) / unit.length));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

tokenize(seed, { lang: 'fr' });
const tokenTimes: number[] = [];
const sentenceTimes: number[] = [];
let tokenCount = 0;
let sentenceCount = 0;
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  const tokens = tokenize(text, { lang: 'fr' });
  const t1 = performance.now();
  const sentences = splitSentences(text, { lang: 'fr', tokens });
  const t2 = performance.now();
  tokenTimes.push(t1 - t0);
  sentenceTimes.push(t2 - t1);
  tokenCount = tokens.length;
  sentenceCount = sentences.length;
}
const tok = median(tokenTimes);
const sent = median(sentenceTimes);
console.log(`text: ${(text.length / 1e6).toFixed(2)} M UTF-16 code units, ${tokenCount} tokens, ${sentenceCount} sentences (Node ${process.version})`);
console.log(`tokenize:       ${tok.toFixed(0)} ms  ${(text.length / tok / 1000).toFixed(1)} M chars/s  ${(tokenCount / tok / 1000).toFixed(2)} M tokens/s`);
console.log(`splitSentences: ${sent.toFixed(0)} ms  ${(text.length / sent / 1000).toFixed(1)} M chars/s (given the tokens)`);
console.log(`both:           ${(text.length / (tok + sent) / 1000).toFixed(1)} M chars/s`);
