/**
 * Runs the neutral JSON specs (test/specs/<lang>.json) against any extractor and scores it: span
 * precision / recall / F1 (exact start and end) and value accuracy (the share of expected mentions found
 * with the exact span, the same value and the same relation). Cases marked "gap" are scored apart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type SpecValue = string | { readonly start: string; readonly end: string } | null;

export interface SpecMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: SpecValue;
  readonly relation?: string;
  readonly grain?: string;
}

export interface SpecCase {
  readonly input: string;
  readonly published?: string;
  readonly expected: readonly SpecMention[];
  readonly gap?: string;
}

export interface Predicted {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: SpecValue;
  readonly relation?: string;
  readonly grain?: string;
}

export type Extractor = (input: string, published: string | undefined) => readonly Predicted[];

export interface Failure {
  readonly input: string;
  readonly published?: string;
  readonly missing: readonly SpecMention[];
  readonly wrong: ReadonlyArray<{ readonly expected: SpecMention; readonly got: Predicted }>;
  readonly spurious: readonly Predicted[];
}

export interface Score {
  readonly cases: number;
  readonly expected: number;
  readonly predicted: number;
  readonly spanPrecision: number;
  readonly spanRecall: number;
  readonly spanF1: number;
  readonly valueAccuracy: number;
  readonly failures: readonly Failure[];
  /** Gap cases that now pass, and how many gap cases there are. */
  readonly gapsPassing: number;
  readonly gaps: number;
}

export const SPEC_LANGUAGES = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'] as const;

export function specPath(lang: string): string {
  return fileURLToPath(new URL(`./specs/${lang}.json`, import.meta.url));
}

export function loadSpecs(lang: string): SpecCase[] {
  return JSON.parse(readFileSync(specPath(lang), 'utf8')) as SpecCase[];
}

export function sameValue(a: SpecValue, b: SpecValue): boolean {
  if (a === null || b === null || typeof a === 'string' || typeof b === 'string') return a === b;
  return a.start === b.start && a.end === b.end;
}

export interface ScoreOptions {
  /** Also require the same relation (default true). */
  readonly relation?: boolean;
  /** Match a prediction to an expected mention when they overlap, not only on the exact span (default false). */
  readonly overlap?: boolean;
}

export function score(cases: readonly SpecCase[], extract: Extractor, options: ScoreOptions = {}): Score {
  const checkRelation = options.relation ?? true;
  const overlap = options.overlap ?? false;
  const correct = (expected: SpecMention, got: Predicted): boolean =>
    sameValue(expected.value, got.value) && (!checkRelation || expected.relation === undefined || expected.relation === got.relation) &&
    (expected.grain === undefined || expected.grain === got.grain);
  let expectedCount = 0;
  let predictedCount = 0;
  let spanHits = 0;
  let valueHits = 0;
  let gaps = 0;
  let gapsPassing = 0;
  const failures: Failure[] = [];
  for (const c of cases) {
    const predicted = extract(c.input, c.published);
    const missing: SpecMention[] = [];
    const wrong: Array<{ expected: SpecMention; got: Predicted }> = [];
    const used = new Set<Predicted>();
    let caseOk = true;
    for (const e of c.expected) {
      const got = predicted.find((p) => !used.has(p) && (overlap ? p.start < e.end && e.start < p.end : p.start === e.start && p.end === e.end));
      if (got === undefined) {
        missing.push(e);
        caseOk = false;
        continue;
      }
      used.add(got);
      if (!correct(e, got)) {
        wrong.push({ expected: e, got });
        caseOk = false;
      } else if (c.gap === undefined) {
        valueHits++;
      }
      if (c.gap === undefined) spanHits++;
    }
    const spurious = predicted.filter((p) => !used.has(p));
    if (spurious.length > 0) caseOk = false;
    if (c.gap !== undefined) {
      gaps++;
      if (caseOk) gapsPassing++;
      continue;
    }
    expectedCount += c.expected.length;
    predictedCount += predicted.length;
    if (!caseOk) failures.push({ input: c.input, ...(c.published === undefined ? {} : { published: c.published }), missing, wrong, spurious });
  }
  const spanPrecision = predictedCount === 0 ? 1 : spanHits / predictedCount;
  const spanRecall = expectedCount === 0 ? 1 : spanHits / expectedCount;
  const spanF1 = spanPrecision + spanRecall === 0 ? 0 : (2 * spanPrecision * spanRecall) / (spanPrecision + spanRecall);
  return {
    cases: cases.length - gaps, expected: expectedCount, predicted: predictedCount, spanPrecision, spanRecall, spanF1,
    valueAccuracy: expectedCount === 0 ? 1 : valueHits / expectedCount, failures, gapsPassing, gaps,
  };
}

export function describeFailure(f: Failure): string {
  const lines = [`${JSON.stringify(f.input)}${f.published === undefined ? '' : ` (published ${f.published})`}`];
  for (const m of f.missing) lines.push(`  missing  ${JSON.stringify(m.text)} [${m.start}, ${m.end}) ${JSON.stringify(m.value)} ${m.relation ?? ''}`);
  for (const w of f.wrong) {
    lines.push(`  wrong    ${JSON.stringify(w.expected.text)}: expected ${JSON.stringify(w.expected.value)} ${w.expected.relation ?? ''}, got ${JSON.stringify(w.got.value)} ${w.got.relation ?? ''}`);
  }
  for (const s of f.spurious) lines.push(`  spurious ${JSON.stringify(s.text)} [${s.start}, ${s.end}) ${JSON.stringify(s.value)}`);
  return lines.join('\n');
}
