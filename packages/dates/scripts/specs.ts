/**
 * Rebuilds test/specs/<lang>.json from the hand-written markup in test/specs/src/<lang>.txt (offsets only),
 * then scores @faits/dates on every language and prints the failures.
 *
 *   tsx scripts/specs.ts            # rebuild and score all
 *   tsx scripts/specs.ts fr --quiet # one language, no failure listing
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDates } from '../src/index.ts';
import { describeFailure, loadSpecs, score, SPEC_LANGUAGES, specPath } from '../test/harness.ts';
import { parseMarkup, toJson } from './specs-from-markup.ts';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const langs = args.filter((a) => !a.startsWith('--'));
for (const lang of langs.length > 0 ? langs : SPEC_LANGUAGES) {
  const source = fileURLToPath(new URL(`../test/specs/src/${lang}.txt`, import.meta.url));
  if (existsSync(source)) writeFileSync(specPath(lang), toJson(parseMarkup(readFileSync(source, 'utf8'))));
  if (!existsSync(specPath(lang))) continue;
  const result = score(loadSpecs(lang), (input, published) => extractDates(input, { lang, ...(published === undefined ? {} : { published }) }).dates);
  console.log(`${lang}: ${result.cases} cases, ${result.expected} mentions, span P ${result.spanPrecision.toFixed(3)} R ${result.spanRecall.toFixed(3)} F1 ${result.spanF1.toFixed(3)}, value accuracy ${result.valueAccuracy.toFixed(3)}, gaps ${result.gapsPassing}/${result.gaps} passing`);
  if (!quiet) for (const f of result.failures) console.log(describeFailure(f));
}
