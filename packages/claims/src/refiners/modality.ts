import type { Modality } from '@faits/document';
import type { ClaimContext } from '../context.ts';
import type { Candidate, Refiner } from '../types.ts';

const STATEMENT_TYPES = new Set(['quantity', 'money', 'percentage', 'date', 'relation']);
const BOUNDARY = /[,;:“”«»()]/u;

function lastBoundary(text: string, from: number, position: number): number {
  for (let i = position - 1; i >= from; i -= 1) if (BOUNDARY.test(text.charAt(i))) return i + 1;
  return from;
}

function nextBoundary(text: string, position: number, to: number): number {
  for (let i = position; i < to; i += 1) if (BOUNDARY.test(text.charAt(i))) return i;
  return to;
}

const found = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  return re.test(text);
};

/**
 * Modality of each statement, from cues in its sentence: `negated` (a negation in its clause), `reported` (an
 * attribution after it in the sentence — "…, rapporte X", "…, selon X" — or a leading "Selon X, …"), `forecast`
 * (future or "devrait" in its clause), `hedged` (conditional, "pourrait"), else `asserted`; in that order of precedence.
 */
export function modalityAt(ctx: ClaimContext, anchor: number, end: number): Modality {
  const sentence = ctx.sentenceAt(anchor);
  const text = ctx.text;
  const clauseStart = lastBoundary(text, sentence.start, anchor);
  const clauseEnd = nextBoundary(text, Math.max(anchor, Math.min(end, sentence.end)), sentence.end);
  const clause = text.slice(clauseStart, clauseEnd);
  if (found(ctx.lang.negation, clause)) return 'negated';
  const leading = ctx.lang.reportedLeading;
  leading.lastIndex = 0;
  const lead = leading.exec(sentence.text);
  if (lead !== null && anchor >= sentence.start + lead[0].length) return 'reported';
  if (found(ctx.lang.reportedTrailing, text.slice(end, sentence.end))) return 'reported';
  if (found(ctx.lang.forecast, clause)) return 'forecast';
  if (found(ctx.lang.hedged, clause)) return 'hedged';
  return 'asserted';
}

export const modalityRefiner: Refiner = {
  name: 'modality',
  refine(ctx: ClaimContext, candidates: Candidate[]) {
    for (const fact of candidates) {
      if (!STATEMENT_TYPES.has(fact.type)) continue;
      const anchor = fact.anchor ?? fact.start;
      // a relation's own cue ("rapporte The Information") is not an attribution of itself
      fact.modality = modalityAt(ctx, anchor, fact.end);
    }
    return candidates;
  },
};
