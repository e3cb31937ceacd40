/**
 * Runs chrono-node (the locale parser of each language: chrono.fr, chrono.de, ...) on our specs and prints its
 * span F1 and value accuracy next to ours. chrono gives no relation, so value accuracy is shown without the
 * relation for both; and since chrono leaves prepositions out of its spans ("mars 2024" where the spec says
 * "en mars 2024"), scores are shown for exact spans and for overlapping spans.
 *
 *   tsx scripts/compare-chrono.ts [lang ...]
 */
import * as chrono from 'chrono-node';
import { extractDates } from '../src/index.ts';
import { loadSpecs, score, SPEC_LANGUAGES, type Extractor, type Predicted, type Score, type SpecValue } from '../test/harness.ts';

type Parser = { parse(text: string, ref: Date): chrono.ParsedResult[] };
const PARSERS: Readonly<Record<string, Parser>> = { de: chrono.de, en: chrono.en, es: chrono.es, fr: chrono.fr, it: chrono.it, nl: chrono.nl, pt: chrono.pt };

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function day(c: chrono.ParsedComponents): string {
  return `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
}

/** chrono's own precision: the day when it knows it, else the month, else the year. */
function valueOf(r: chrono.ParsedResult): SpecValue {
  if (r.end !== null && r.end !== undefined) return { start: day(r.start), end: day(r.end) };
  const c = r.start;
  if (c.isCertain('day') || c.isCertain('weekday')) return day(c);
  if (c.isCertain('month')) return day(c).slice(0, 7);
  if (c.isCertain('year')) return day(c).slice(0, 4);
  return day(c);
}

function chronoExtractor(lang: string): Extractor {
  const parser = PARSERS[lang];
  if (parser === undefined) throw new Error(`chrono has no parser for ${lang}`);
  return (input, published) => {
    // Without a publication date chrono would resolve against now: that is a guess, so it gets noon of today
    // anyway (it has no other mode) and is scored as it is.
    const ref = published === undefined ? new Date() : new Date(`${published}T12:00:00`);
    return parser.parse(input, ref).map((r): Predicted => ({ start: r.index, end: r.index + r.text.length, text: r.text, value: valueOf(r) }));
  };
}

function ours(lang: string): Extractor {
  return (input, published) => extractDates(input, { lang, ...(published === undefined ? {} : { published }) }).dates;
}

const row = (name: string, exact: Score, overlap: Score, withRelation?: Score): string =>
  `  ${name.padEnd(12)} span F1 ${exact.spanF1.toFixed(3)}  value acc. ${exact.valueAccuracy.toFixed(3)}` +
  `  | overlapping spans: F1 ${overlap.spanF1.toFixed(3)}  value acc. ${overlap.valueAccuracy.toFixed(3)}` +
  (withRelation === undefined ? '' : `  | with relation: ${withRelation.valueAccuracy.toFixed(3)}`);

const langs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const lang of langs.length > 0 ? langs : SPEC_LANGUAGES) {
  const cases = loadSpecs(lang).filter((c) => c.gap === undefined);
  const mentions = cases.reduce((n, c) => n + c.expected.length, 0);
  console.log(`${lang} (${cases.length} cases, ${mentions} expected mentions)`);
  console.log(row('@faits/dates', score(cases, ours(lang), { relation: false }), score(cases, ours(lang), { relation: false, overlap: true }), score(cases, ours(lang))));
  console.log(row('chrono-node', score(cases, chronoExtractor(lang), { relation: false }), score(cases, chronoExtractor(lang), { relation: false, overlap: true })));
}
