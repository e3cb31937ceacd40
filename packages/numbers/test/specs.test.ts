import { describe, expect, it } from 'vitest';
import { checkSpan } from '@faits/document';
import { formatReport, loadSpec, scoreSpec } from './spec-metrics.ts';

const LANGS = ['fr', 'en', 'de', 'es'] as const;

describe.each(LANGS)('spec %s', (lang) => {
  const cases = loadSpec(new URL(`./specs/${lang}.json`, import.meta.url));

  it('holds at least 100 cases, with offsets that match their text', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    for (const c of cases) {
      for (const e of c.expected) expect(checkSpan(c.input, e), `${JSON.stringify(c.input)}: ${e.text}`).toBeUndefined();
    }
  });

  it('has value accuracy >= 0.95 and reports span F1 (gaps run apart)', () => {
    const report = scoreSpec(lang, cases);
    console.info(formatReport(report));
    for (const p of report.problems) console.info(`  ${p}`);
    if (report.gapsPassing > 0) console.info(`  ${report.gapsPassing} gap case(s) now pass: remove their "gap" mark`);
    expect(report.valueAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.f1).toBeGreaterThanOrEqual(0.9);
  });

  for (const c of cases.filter((x) => x.gap !== undefined)) {
    it.skip(`known gap: ${c.gap ?? ''} (${JSON.stringify(c.input)})`, () => undefined);
  }
});
