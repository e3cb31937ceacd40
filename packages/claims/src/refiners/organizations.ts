import type { ClaimContext } from '../context.ts';
import type { Candidate, Refiner } from '../types.ts';

/** "X, l’ancien Twitter": the former name goes on the organization (`formerly`); both keep their facts. */
export const formerNameRefiner: Refiner = {
  name: 'former-names',
  refine(ctx: ClaimContext, candidates: Candidate[]) {
    const orgs = ctx.entities.filter((e) => ctx.referentOf.get(e.id)?.label === 'ORG');
    for (let i = 1; i < orgs.length; i += 1) {
      const current = orgs[i];
      const previous = orgs[i - 1];
      if (current === undefined || previous === undefined || current.start - previous.end > 30) continue;
      ctx.lang.formerly.lastIndex = 0;
      if (!ctx.lang.formerly.test(ctx.text.slice(previous.end, current.start))) continue;
      const now = ctx.referentOf.get(previous.id);
      const before = ctx.referentOf.get(current.id);
      const fact = candidates.find((c) => c.type === 'organization' && c['canonical'] === now?.canonical);
      if (fact !== undefined && before !== undefined && before !== now) fact['formerly'] = before.canonical;
    }
    return candidates;
  },
};

/** A product's maker, from the `develops` relations. */
export const developerRefiner: Refiner = {
  name: 'developers',
  refine(_ctx: ClaimContext, candidates: Candidate[]) {
    for (const rel of candidates) {
      if (rel.type !== 'relation' || rel['predicate'] !== 'develops') continue;
      const object = rel['object'] as { canonical?: string } | undefined;
      const subject = rel['subject'] as { canonical?: string } | undefined;
      const product = candidates.find((c) => c.type === 'product' && c['canonical'] === object?.canonical);
      if (product !== undefined && product['developer'] === undefined && subject?.canonical !== undefined) product['developer'] = subject.canonical;
    }
    return candidates;
  },
};
