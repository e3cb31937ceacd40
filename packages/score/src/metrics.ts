/**
 * Counts and measures as in SemEval-2013 task 9.1 and nervaluate:
 * possible (POS) = correct + incorrect + partial + missed, actual (ACT) = correct + incorrect + partial + spurious;
 * strict: P = COR / ACT, R = COR / POS; lenient (the "partial" schema): P = (COR + w·PAR) / ACT,
 * R = (COR + w·PAR) / POS with w = 0.5 by default. A ratio with a zero denominator is 0 (as nervaluate).
 */

export interface Counts {
  correct: number;
  incorrect: number;
  partial: number;
  missed: number;
  spurious: number;
  /** correct + incorrect + partial + missed: the golden facts that count. */
  possible: number;
  /** correct + incorrect + partial + spurious: the predicted facts that count. */
  actual: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Scores {
  readonly counts: Counts;
  readonly strict: Prf;
  readonly lenient: Prf;
}

export const DEFAULT_PARTIAL_WEIGHT = 0.5;

export function emptyCounts(): Counts {
  return { correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 0, possible: 0, actual: 0 };
}

/** Adds `b` into `a` (possible and actual included). */
export function addCounts(a: Counts, b: Counts): Counts {
  a.correct += b.correct;
  a.incorrect += b.incorrect;
  a.partial += b.partial;
  a.missed += b.missed;
  a.spurious += b.spurious;
  a.possible += b.possible;
  a.actual += b.actual;
  return a;
}

/** Recomputes possible and actual from the five categories. */
export function settle(c: Counts): Counts {
  c.possible = c.correct + c.incorrect + c.partial + c.missed;
  c.actual = c.correct + c.incorrect + c.partial + c.spurious;
  return c;
}

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

export function prf(hits: number, possible: number, actual: number): Prf {
  const precision = ratio(hits, actual);
  const recall = ratio(hits, possible);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Strict and lenient P/R/F1 of a set of counts. */
export function scoreCounts(counts: Counts, partialWeight = DEFAULT_PARTIAL_WEIGHT): Scores {
  const c = settle({ ...counts });
  return {
    counts: c,
    strict: prf(c.correct, c.possible, c.actual),
    lenient: prf(c.correct + partialWeight * c.partial, c.possible, c.actual),
  };
}

/** Mean P, R and F1 over a list (macro average); zeros for an empty list. */
export function macro(list: readonly Prf[]): Prf {
  if (list.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const sum = (pick: (p: Prf) => number): number => list.reduce((s, p) => s + pick(p), 0) / list.length;
  return { precision: sum((p) => p.precision), recall: sum((p) => p.recall), f1: sum((p) => p.f1) };
}
