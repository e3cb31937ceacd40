import type { ClaimContext } from '../context.ts';
import type { Candidate, Generator } from '../types.ts';

/** Date facts from the dates layer; an unresolved relative date keeps value null and a low confidence. */
export const dateGenerator: Generator = {
  name: 'dates',
  generate(ctx: ClaimContext) {
    return ctx.dates.map((d): Candidate => ({
      type: 'date', start: d.start, end: d.end, text: d.text, value: d.value, relation: d.relation, grain: d.grain,
      confidence: d.value === null ? Math.min(d.confidence, 0.3) : d.confidence, source: 'claims.date.v1', anchor: d.start,
    }));
  },
};
