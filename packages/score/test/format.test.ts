import { describe, expect, it } from 'vitest';
import { evaluate, formatDiff, formatTable } from '../src/index.ts';
import { GOLD, PRED } from './scenario.ts';

const squeeze = (s: string): string => s.replace(/ +/gu, ' ').trim(); // ASCII spaces only: NBSP and NNBSP stay

describe('formatTable', () => {
  const report = evaluate({ gold: GOLD, pred: PRED });
  const table = formatTable(report);
  const lines = table.split('\n').map(squeeze);

  it('has a section per language and one over all, with the rows worked out by hand', () => {
    const fr = lines.indexOf('fr — 2 document(s)');
    const en = lines.indexOf('en — 1 document(s)');
    const all = lines.indexOf('all languages — 3 document(s)');
    expect(en).toBeGreaterThan(0);
    expect(fr).toBeGreaterThan(en);
    expect(all).toBeGreaterThan(fr);
    const frLines = lines.slice(fr, all);
    expect(frLines).toContain('organization 1 0 1 1 0 3 2 │ 0.500 0.333 0.400 │ 0.750 0.500 0.600');
    expect(frLines).toContain('date 0 1 1 0 0 2 2 │ 0.000 0.000 0.000 │ 0.250 0.250 0.250');
    expect(frLines).toContain('micro 2 3 2 2 1 9 8 │ 0.250 0.222 0.235 │ 0.375 0.333 0.353');
    expect(frLines).toContain('macro (7 types) │ 0.214 0.190 0.200 │ 0.286 0.250 0.264');
    const allLines = lines.slice(all);
    expect(allLines).toContain('micro 3 3 4 3 2 13 12 │ 0.250 0.231 0.240 │ 0.417 0.385 0.400');
    expect(allLines).toContain('dates: 3 paired value(s): 1 same, 1 overlapping, 1 disjoint; mean overlap (days, Jaccard) 0.440');
  });

  it('states the mode and headline, skipped documents and error records', () => {
    expect(lines[1]).toBe('headline (micro, strict): P 0.250 R 0.231 F1 0.240');
    expect(table).toContain('skipped: zz-unknown (no golden file)');
    expect(table).toContain('error records: fr-c E_TEXT_TOO_LARGE (1 golden fact(s) missed)');
  });

  it('adds field-by-field lines on request', () => {
    const withFields = formatTable(report, { fields: true }).split('\n').map(squeeze);
    expect(withFields).toContain('quantity span 1/1, item 1/1, modality 1/1, qualifier 1/1, unit 0/1, value 1/1');
    expect(table).not.toContain('fields (correct');
  });
});

describe('formatDiff', () => {
  const diff = formatDiff(evaluate({ gold: GOLD, pred: PRED }));
  const lines = diff.split('\n').map(squeeze);

  it('lists missed and spurious facts with text and fields, incorrect ones with the fields that differ', () => {
    expect(lines).toContain('== fr-a (fr) COR 2 INC 3 PAR 2 MIS 1 SPU 1');
    expect(lines).toContain('MISSED relation [0, 34) "Nvidia livrera 100\u202F000 puces à xAI" predicate=partners_with subject=Nvidia object=xAI modality=forecast');
    expect(lines).toContain('SPURIOUS money [51, 55) "2025" value=2025 currency=EUR qualifier=exact');
    expect(lines).toContain('INCORRECT percentage [109, 115) "12,5\u00A0%"');
    expect(lines).toContain('value: gold 12.5 ≠ pred 125');
    expect(lines).toContain('INCORRECT person [63, 72) "Elon Musk" ← pred [63, 67) "Elon"');
    expect(lines).toContain('canonical: gold Elon Musk ≠ pred Elon');
    expect(lines).toContain('PARTIAL date [35, 55) "d’ici l’automne 2025" ← pred [41, 55) "l’automne 2025"');
    expect(lines).toContain('relation: gold by ≠ pred at');
    expect(lines).toContain('== fr-c (fr) [error: E_TEXT_TOO_LARGE] COR 0 INC 0 PAR 0 MIS 1 SPU 0');
    expect(diff).not.toMatch(/^ +CORRECT /mu);
    expect(diff).not.toMatch(/^ +OPTIONAL /mu);
  });

  it('no difference when the predictions are the golden facts', () => {
    const gold = GOLD.slice(0, 2);
    const pred = gold.map((g) => ({ id: g.id, facts: g.facts }));
    expect(formatDiff(evaluate({ gold, pred }))).toBe('no differences\n');
  });
});
