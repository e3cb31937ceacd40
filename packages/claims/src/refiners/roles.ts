import type { ClaimContext } from '../context.ts';
import type { Candidate, Refiner } from '../types.ts';

/** Folds role candidates into the person fact of the same referent (the first role stated wins). */
export const roleRefiner: Refiner = {
  name: 'roles',
  refine(_ctx: ClaimContext, candidates: Candidate[]) {
    const roles = candidates.filter((c) => c['roleOnly'] === true);
    const rest = candidates.filter((c) => c['roleOnly'] !== true);
    for (const role of roles) {
      const person = rest.find((c) => c.type === 'person' && c['canonical'] === role['canonical']);
      if (person === undefined || person['role'] !== undefined) continue;
      person['role'] = role['role'];
      person['roleText'] = role['roleText'];
      if (role['roleOrganization'] !== undefined) person['roleOrganization'] = role['roleOrganization'];
    }
    return rest;
  },
};
