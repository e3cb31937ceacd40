/**
 * Throughput of `extractNumbers` on one core: the seed article repeated (news prose, few numbers) and the spec
 * inputs repeated (dense in numbers). Not a test; run it by hand:
 *
 *   npx tsx packages/numbers/test/bench.ts [repetitions]
 */
import { readFileSync } from 'node:fs';
import { extractNumbers } from '@faits/numbers';
import { loadSpec } from './spec-metrics.ts';

const reps = Number(process.argv[2] ?? 1000);

function measure(label: string, text: string, lang: string): void {
  const words = text.split(/\s+/u).filter((w) => w !== '').length;
  extractNumbers(text.slice(0, 20_000), { lang });
  const runs: number[] = [];
  let mentions = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    mentions = extractNumbers(text, { lang }).length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const ms = runs[2] as number;
  console.log(`${label}: ${words} words, ${text.length} chars, ${mentions} mentions, median ${ms.toFixed(0)} ms, ` +
    `${Math.round((words / ms) * 1000).toLocaleString('en')} words/s`);
}

const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
measure(`seed article x${reps} (fr)`, Array.from({ length: reps }, () => seed).join('\n\n'), 'fr');
for (const lang of ['fr', 'en', 'de', 'es']) {
  const inputs = loadSpec(new URL(`./specs/${lang}.json`, import.meta.url)).map((c) => c.input).join('\n');
  measure(`spec inputs x${Math.ceil(reps / 10)} (${lang}, dense)`, Array.from({ length: Math.ceil(reps / 10) }, () => inputs).join('\n'), lang);
}
