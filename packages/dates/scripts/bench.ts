/**
 * Speed of extractDates on one core.
 *   1. The seed article repeated until the text holds about `words` words (news: about 2 dates per 100 words).
 *   2. Per language, every spec sentence joined and repeated (dense: about 1 date per 8 words).
 * Each figure is the median of `runs` runs after a warm-up.
 *
 *   tsx scripts/bench.ts [words=500000] [runs=5]
 */
import { readFileSync } from 'node:fs';
import { extractDates } from '../src/index.ts';
import { loadSpecs } from '../test/harness.ts';

const targetWords = Number(process.argv[2] ?? 500_000);
const runs = Number(process.argv[3] ?? 5);
const countWords = (text: string): number => text.split(/\s+/u).filter(Boolean).length;
const repeat = (base: string, words: number): string => {
  const copies = Math.max(1, Math.round(words / countWords(base)));
  return Array.from({ length: copies }, () => base).join('\n');
};

function measure(label: string, text: string, lang: string): void {
  const words = countWords(text);
  extractDates(text.slice(0, 20_000), { lang, published: '2024-05-23' });
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    found = extractDates(text, { lang, published: '2024-05-23' }).dates.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(22)} ${String(words).padStart(7)} words ${String(found).padStart(6)} dates  ` +
    `${median.toFixed(3)} s  ${Math.round(words / median).toLocaleString('en').padStart(9)} words/s`,
  );
}

const seed = readFileSync(new URL('../test/fixtures/seed-article.txt', import.meta.url), 'utf8');
measure('seed article (fr)', repeat(seed, targetWords), 'fr');
for (const lang of ['fr', 'en', 'de', 'es']) {
  measure(`specs, dense (${lang})`, repeat(loadSpecs(lang).map((c) => c.input).join(' '), targetWords / 2), lang);
}
