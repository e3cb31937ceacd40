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
    const kept: (Candidate | undefined)[] = [];
    // facts come by start: a clash can only be with the kept fact of the same type that reaches furthest
    const reach = new Map<string, number>();
    for (const fact of sorted) {
      if (fact.type === 'relation') {
        const key = `${slotKey(fact['subject'])}|${String(fact['predicate'])}|${slotKey(fact['object'])}`;
        if (seenRelations.has(key)) continue;
        seenRelations.add(key);
      } else if (fact.type === 'quantity' || fact.type === 'money' || fact.type === 'percentage' || fact.type === 'date') {
        const at = reach.get(fact.type);
        const clash = at === undefined ? undefined : kept[at];
        if (at !== undefined && clash !== undefined && fact.start < clash.end && clash.start < fact.end) {
          const longer = fact.end - fact.start > clash.end - clash.start || (fact.end - fact.start === clash.end - clash.start && fact.confidence > clash.confidence);
          if (longer) kept[at] = fact;
          continue;
        }
        if (at === undefined || clash === undefined || fact.end > clash.end) reach.set(fact.type, kept.length);
      }
      kept.push(fact);
    }
    return kept.filter((f): f is Candidate => f !== undefined);
  },
};
