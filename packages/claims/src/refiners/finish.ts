import type { ClaimContext } from '../context.ts';
import type { Candidate, Refiner } from '../types.ts';

/**
 * Confidence adjustments from what the linking found, then stable order. Linking that found everything the
 * statement needs raises confidence a little; a hedged or negated statement lowers it.
 */
export const confidenceRefiner: Refiner = {
  name: 'confidence',
  refine(_ctx: ClaimContext, candidates: Candidate[]) {
    for (const fact of candidates) {
      let c = fact.confidence;
      if (fact.type === 'quantity' && fact['item'] !== undefined && fact['subject'] !== undefined) c += 0.03;
      if (fact.type === 'date' && fact['event'] !== undefined) c += 0.02;
      if (fact.modality === 'hedged') c -= 0.1;
      if (fact.modality === 'negated') c -= 0.15;
      fact.confidence = Math.round(Math.min(0.99, Math.max(0.01, c)) * 1000) / 1000;
    }
    return candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
  },
};
