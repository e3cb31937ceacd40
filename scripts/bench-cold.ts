/** Cold start: a fresh process loads the article pipeline and extracts the seed article; prints timings and RSS. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '@faits/pipeline-article';

const t0 = performance.now();
const text = readFileSync(join(import.meta.dirname, '../corpus/fr/fr-0001-xai-supercalculateur.txt'), 'utf8');
const pipeline = await createPipeline('article');
const loaded = performance.now();
const doc = await pipeline.run({ id: 'seed', text, published: '2024-05-26' });
const done = performance.now();
process.stdout.write(`${JSON.stringify({
  facts: doc.facts?.length ?? 0, importAndLoadMs: loaded - t0, firstDocumentMs: done - loaded,
  uptimeMs: process.uptime() * 1000, maxRssMB: process.resourceUsage().maxRSS / 1024,
})}\n`);
await pipeline.dispose();
