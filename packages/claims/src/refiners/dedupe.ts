import type { ClaimContext } from '../context.ts';
import type { Candidate, Refiner } from '../types.ts';

const slotKey = (slot: unknown): string => ((slot as { canonical?: string } | undefined)?.canonical ?? '').toLowerCase();

/**
 * One fact per statement: a relation stated twice keeps its first statement; number and date facts that overlap
 * keep the longer span (the surer on a tie); entity facts are already one per referent.
 */
export const dedupeRefiner: Refiner = {
  name: 'dedupe',
  refine(_ctx: ClaimContext, candidates: Candidate[]) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const seenRelations = new Set<string>();
    const kept: Candidate[] = [];
    for (const fact of sorted) {
      if (fact.type === 'relation') {
        const key = `${slotKey(fact['subject'])}|${String(fact['predicate'])}|${slotKey(fact['object'])}`;
        if (seenRelations.has(key)) continue;
        seenRelations.add(key);
      } else if (fact.type === 'quantity' || fact.type === 'money' || fact.type === 'percentage' || fact.type === 'date') {
        const clash = kept.find((k) => k.type === fact.type && k.start < fact.end && fact.start < k.end);
        if (clash !== undefined) {
          const longer = fact.end - fact.start > clash.end - clash.start || (fact.end - fact.start === clash.end - clash.start && fact.confidence > clash.confidence);
          if (longer) kept.splice(kept.indexOf(clash), 1, fact);
          continue;
        }
      }
      kept.push(fact);
    }
    return kept;
  },
};
