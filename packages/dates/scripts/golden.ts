/**
 * Scores @faits/dates against the date facts of the project's golden annotations (golden/<lang>/*.json,
 * written by people from corpus/<lang>/*.txt). Golden date facts date events, so a date the annotators left out
 * is not necessarily wrong: recall and value accuracy are the figures that count; unmatched predictions are listed.
 *
 *   tsx scripts/golden.ts [-v] [--edges]   (--edges: "fin 2025" read as 2025-12, the annotators' convention)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDates, SUPPORTED_DATE_LANGUAGES } from '../src/index.ts';
import { sameValue, type SpecValue } from '../test/harness.ts';

interface GoldFact { type: string; start: number; end: number; text: string; value?: SpecValue; relation?: string; optional?: boolean }

const root = fileURLToPath(new URL('../../../', import.meta.url));
const verbose = process.argv.includes('-v');
const modifiers = process.argv.includes('--edges') ? 'edges' : 'thirds';
let total = 0;
let spans = 0;
let values = 0;
for (const lang of SUPPORTED_DATE_LANGUAGES) {
  const dir = `${root}golden/${lang}`;
  if (!existsSync(dir)) continue;
  let gold = 0;
  let spanHits = 0;
  let valueHits = 0;
  let extra = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const id = file.replace(/\.json$/u, '');
    const golden = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { published?: string; facts: GoldFact[] };
    const textPath = `${root}corpus/${lang}/${id}.txt`;
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const meta = JSON.parse(readFileSync(`${root}corpus/${lang}/${id}.meta.json`, 'utf8')) as { published?: string };
    const published = meta.published ?? golden.published;
    const dates = extractDates(text, { lang, modifiers, ...(published === undefined ? {} : { published }) }).dates;
    const facts = golden.facts.filter((f) => f.type === 'date' && f.optional !== true);
    const used = new Set<number>();
    for (const f of facts) {
      gold++;
      const i = dates.findIndex((d) => d.start === f.start && d.end === f.end);
      if (i < 0) {
        const near = dates.find((d) => d.start < f.end && f.start < d.end);
        if (verbose) console.log(`${id}: missing ${JSON.stringify(f.text)} ${JSON.stringify(f.value)} ${f.relation ?? ''}${near === undefined ? '' : ` (found ${JSON.stringify(near.text)})`}`);
        continue;
      }
      used.add(i);
      spanHits++;
      const d = dates[i]!;
      if (sameValue(f.value ?? null, d.value) && (f.relation === undefined || f.relation === d.relation)) valueHits++;
      else if (verbose) console.log(`${id}: wrong ${JSON.stringify(f.text)}: gold ${JSON.stringify(f.value)} ${f.relation ?? ''}, got ${JSON.stringify(d.value)} ${d.relation}`);
    }
    const optional = golden.facts.filter((f) => f.type === 'date' && f.optional === true);
    dates.forEach((d, i) => {
      if (used.has(i) || optional.some((f) => f.start === d.start && f.end === d.end)) return;
      extra++;
      if (verbose) console.log(`${id}: not in gold ${JSON.stringify(d.text)} ${JSON.stringify(d.value)} ${d.relation}`);
    });
  }
  if (gold === 0) continue;
  total += gold;
  spans += spanHits;
  values += valueHits;
  console.log(`${lang}: ${gold} golden dates, span recall ${(spanHits / gold).toFixed(3)}, value accuracy ${(valueHits / gold).toFixed(3)}, ${extra} found that the gold does not list`);
}
if (total > 0) console.log(`all: ${total} golden dates, span recall ${(spans / total).toFixed(3)}, value accuracy ${(values / total).toFixed(3)}`);
