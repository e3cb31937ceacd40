// Cold start as a user gets it: a fresh `node` process (no TypeScript loader) imports the BUILT article pipeline
// (dist/, run `pnpm build` first; scripts/bench.ts does), loads the model and extracts the seed article.
// Prints one JSON line of timings. Plain JavaScript on purpose: a .ts file would need tsx, which is what we measure
// without.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const t0 = performance.now();
const { createPipeline } = await import('@faits/pipeline-article');
const imported = performance.now();
const text = readFileSync(join(import.meta.dirname, '../corpus/fr/fr-0001-xai-supercalculateur.txt'), 'utf8');
const pipeline = await createPipeline('article');
const loaded = performance.now();
const doc = await pipeline.run({ id: 'seed', text, published: '2024-05-26' });
const done = performance.now();
process.stdout.write(`${JSON.stringify({
  facts: doc.facts?.length ?? 0,
  importMs: imported - t0, modelLoadMs: loaded - imported, firstDocumentMs: done - loaded,
  processStartToFirstResultMs: process.uptime() * 1000, maxRssMB: process.resourceUsage().maxRSS / 1024,
})}\n`);
await pipeline.dispose();
