import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDates } from '@faits/dates';
import { parseMarkup, toJson } from '../scripts/specs-from-markup.ts';
import { describeFailure, loadSpecs, score, SPEC_LANGUAGES, specPath } from './harness.ts';

const MIN_VALUE_ACCURACY = 0.95;
/** The four first languages carry at least this many cases each. */
const MIN_CASES: Readonly<Record<string, number>> = { de: 100, en: 100, es: 100, fr: 100, it: 25, nl: 25, pt: 25 };

describe('spec files (test/specs/<lang>.json)', () => {
  for (const lang of SPEC_LANGUAGES) {
    it(`${lang}: the JSON is the markup in test/specs/src/${lang}.txt with offsets computed, and every span fits its input`, () => {
      const source = fileURLToPath(new URL(`./specs/src/${lang}.txt`, import.meta.url));
      expect(existsSync(source)).toBe(true);
      expect(readFileSync(specPath(lang), 'utf8')).toBe(toJson(parseMarkup(readFileSync(source, 'utf8'))));
      const cases = loadSpecs(lang);
      expect(cases.filter((c) => c.gap === undefined).length).toBeGreaterThanOrEqual(MIN_CASES[lang] ?? 100);
      for (const c of cases) {
        for (const e of c.expected) expect(c.input.slice(e.start, e.end)).toBe(e.text);
      }
    });
  }
});

describe('@faits/dates on the specs: span F1 and value accuracy per language', () => {
  for (const lang of SPEC_LANGUAGES) {
    it(`${lang}: value accuracy at least ${MIN_VALUE_ACCURACY}`, () => {
      const result = score(loadSpecs(lang), (input, published) =>
        extractDates(input, { lang, ...(published === undefined ? {} : { published }) }).dates);
      console.info(
        `[dates specs] ${lang}: ${result.cases} cases, ${result.expected} mentions, span P ${result.spanPrecision.toFixed(3)} ` +
        `R ${result.spanRecall.toFixed(3)} F1 ${result.spanF1.toFixed(3)}, value accuracy ${result.valueAccuracy.toFixed(3)}, ` +
        `known gaps passing ${result.gapsPassing}/${result.gaps}`,
      );
      if (result.valueAccuracy < MIN_VALUE_ACCURACY) console.info(result.failures.map(describeFailure).join('\n'));
      expect(result.valueAccuracy).toBeGreaterThanOrEqual(MIN_VALUE_ACCURACY);
      expect(result.spanF1).toBeGreaterThanOrEqual(MIN_VALUE_ACCURACY);
    });
  }
});
