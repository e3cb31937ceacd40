/**
 * Runs the article pipeline over the corpus, scores it against golden/, prints the table and writes the metrics
 * snapshot (test/corpus-metrics.json) that the end-to-end test compares with.
 *   pnpm eval:corpus            print and write the snapshot
 *   pnpm eval:corpus --html F   also write the HTML report
 */
import { writeFileSync } from 'node:fs';
import { formatTable, renderHtml } from '@faits/score';
import { runCorpus, SNAPSHOT_PATH } from '../test/corpus-eval.ts';

const started = Date.now();
const { report, docs, snapshot } = await runCorpus();
process.stdout.write(formatTable(report));
process.stdout.write(`\nhigh-confidence (≥ 0.9) precision: ${snapshot.highConfidencePrecision.correct}/${snapshot.highConfidencePrecision.facts} = ${snapshot.highConfidencePrecision.precision}\n`);
writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(snapshot, null, 2)}\n`);
const html = process.argv.indexOf('--html');
if (html !== -1 && process.argv[html + 1] !== undefined) {
  const texts = docs.flatMap((d) => ('text' in d ? [{ id: d.id, text: d.text }] : []));
  writeFileSync(process.argv[html + 1] as string, renderHtml(report, texts as never));
}
process.stderr.write(`wrote ${SNAPSHOT_PATH} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
