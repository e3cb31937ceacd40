/**
 * Scores `extractNumbers` against a spec file (test/specs/<lang>.json): span precision, recall and F1 (exact
 * start and end), value accuracy (an expected mention counts when an overlapping found mention has the same kind,
 * value and max), and per-field accuracy over exact span matches. Cases marked `gap` are run apart.
 */
import { readFileSync } from 'node:fs';
import type { NumberMention } from '@faits/document';
import { extractNumbers } from '@faits/numbers';

export interface SpecExpected {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: NumberMention['kind'];
  readonly value: number;
  readonly max?: number;
  readonly qualifier?: NumberMention['qualifier'];
  readonly unit?: string;
  readonly currency?: string;
  readonly item?: string;
}

export interface SpecCase {
  readonly input: string;
  readonly expected: readonly SpecExpected[];
  readonly gap?: string;
}

export interface SpecReport {
  readonly lang: string;
  readonly cases: number;
  readonly gaps: number;
  readonly expected: number;
  readonly found: number;
  readonly spanMatches: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Expected mentions whose kind, value and max were found (on an overlapping mention), over all expected. */
  readonly valueAccuracy: number;
  /** Over exact span matches: qualifier (default exact), and unit, currency, item where the spec gives them. */
  readonly fieldAccuracy: Readonly<Record<'qualifier' | 'unit' | 'currency' | 'item', number>>;
  /** Gap cases that now pass entirely. */
  readonly gapsPassing: number;
  readonly problems: readonly string[];
}

export function loadSpec(path: string | URL): SpecCase[] {
  return JSON.parse(readFileSync(path, 'utf8')) as SpecCase[];
}

function sameValue(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

function caseProblems(c: SpecCase, found: readonly NumberMention[], counts: Counts): string[] {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const e of c.expected) {
    counts.expected += 1;
    const exact = found.findIndex((f) => f.start === e.start && f.end === e.end);
    const overlapping = found.filter((f) => f.start < e.end && e.start < f.end);
    const valueOk = overlapping.some((f) => f.kind === e.kind && sameValue(f.value, e.value) && sameValue(f.max, e.max));
    if (valueOk) counts.valueOk += 1;
    else {
      const got = overlapping.map((f) => `${f.kind} ${f.value}${f.max === undefined ? '' : `..${f.max}`}`).join(', ') || 'nothing';
      problems.push(`value: ${JSON.stringify(e.text)} expected ${e.kind} ${e.value}${e.max === undefined ? '' : `..${e.max}`}, got ${got}`);
    }
    if (exact < 0) {
      problems.push(`span: ${JSON.stringify(e.text)} [${e.start}, ${e.end}) not found; found ${found.map((f) => JSON.stringify(f.text)).join(', ') || 'nothing'}`);
      continue;
    }
    used.add(exact);
    counts.spanMatches += 1;
    const f = found[exact] as NumberMention;
    const check = (field: 'qualifier' | 'unit' | 'currency' | 'item', want: string | undefined, got: string | undefined): void => {
      if (want === undefined) return;
      counts.fields[field].total += 1;
      if (want === got) counts.fields[field].ok += 1;
      else problems.push(`${field}: ${JSON.stringify(e.text)} expected ${want}, got ${got ?? 'none'}`);
    };
    check('qualifier', e.qualifier ?? 'exact', f.qualifier);
    check('unit', e.unit, f.unit);
    check('currency', e.currency, f.currency);
    check('item', e.item, f.item?.text);
  }
  found.forEach((f, i) => {
    counts.found += 1;
    if (!used.has(i)) problems.push(`spurious: ${JSON.stringify(f.text)} ${f.kind} ${f.value}`);
  });
  return problems;
}

interface Counts {
  expected: number;
  found: number;
  spanMatches: number;
  valueOk: number;
  fields: Record<'qualifier' | 'unit' | 'currency' | 'item', { ok: number; total: number }>;
}

function newCounts(): Counts {
  return {
    expected: 0, found: 0, spanMatches: 0, valueOk: 0,
    fields: { qualifier: { ok: 0, total: 0 }, unit: { ok: 0, total: 0 }, currency: { ok: 0, total: 0 }, item: { ok: 0, total: 0 } },
  };
}

export function scoreSpec(lang: string, cases: readonly SpecCase[]): SpecReport {
  const counts = newCounts();
  const problems: string[] = [];
  let gaps = 0;
  let gapsPassing = 0;
  for (const c of cases) {
    const found = extractNumbers(c.input, { lang });
    if (c.gap !== undefined) {
      gaps += 1;
      if (caseProblems(c, found, newCounts()).length === 0) gapsPassing += 1;
      continue;
    }
    for (const p of caseProblems(c, found, counts)) problems.push(`${JSON.stringify(c.input)}: ${p}`);
  }
  const precision = counts.found === 0 ? 1 : counts.spanMatches / counts.found;
  const recall = counts.expected === 0 ? 1 : counts.spanMatches / counts.expected;
  const ratio = (f: { ok: number; total: number }): number => (f.total === 0 ? 1 : f.ok / f.total);
  return {
    lang, cases: cases.length, gaps, expected: counts.expected, found: counts.found, spanMatches: counts.spanMatches,
    precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    valueAccuracy: counts.expected === 0 ? 1 : counts.valueOk / counts.expected,
    fieldAccuracy: {
      qualifier: ratio(counts.fields.qualifier), unit: ratio(counts.fields.unit),
      currency: ratio(counts.fields.currency), item: ratio(counts.fields.item),
    },
    gapsPassing,
    problems,
  };
}

export function formatReport(r: SpecReport): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return `${r.lang}: ${r.cases} cases (${r.gaps} gaps, ${r.gapsPassing} of them now passing), ${r.expected} expected, ${r.found} found; ` +
    `span P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}; value accuracy ${pct(r.valueAccuracy)}; ` +
    `qualifier ${pct(r.fieldAccuracy.qualifier)}, unit ${pct(r.fieldAccuracy.unit)}, currency ${pct(r.fieldAccuracy.currency)}, item ${pct(r.fieldAccuracy.item)}`;
}
