import type { Entity } from '@faits/document';
import { entitiesIn, type ClaimContext } from '../context.ts';
import { spanOf, type Candidate, type Generator } from '../types.ts';

const ROLE_RELATION: Readonly<Record<string, string>> = { ceo: 'ceo_of', founder: 'founded', cofounder: 'cofounded', chair: 'leads' };
const OF = /^\s*(?:de\s+l[’']|de\s+la\s+|de\s+|d[’']|du\s+|of\s+|at\s+|von\s+|des\s+|der\s+|del\s+)$/iu;

/**
 * Roles stated next to a person's name: "le PDG Sam Altman", "Sam Altman, PDG d’OpenAI", "CEO Jensen Huang".
 * Gives a `relation` (ceo_of, founded, ...) and a `role` candidate that the person refiner folds into the person fact.
 */
export const roleGenerator: Generator = {
  name: 'roles',
  generate(ctx: ClaimContext) {
    const out: Candidate[] = [];
    const persons = ctx.entities.filter((e) => ctx.referentOf.get(e.id)?.label === 'PER');
    for (const person of persons) {
      const found = roleBefore(ctx, person) ?? roleAfter(ctx, person);
      if (found === undefined) continue;
      const ref = ctx.referentOf.get(person.id);
      const org = found.org ?? nearestOrgBefore(ctx, found.roleStart);
      const role: Candidate = {
        type: 'person', start: person.start, end: person.end, text: person.text, canonical: ref?.canonical ?? person.text,
        role: found.role, roleText: spanOf(ctx.text, found.roleStart, found.roleEnd),
        ...(org === undefined ? {} : { roleOrganization: org.canonical }),
        confidence: 0.85, source: 'claims.role.v1', roleOnly: true,
      };
      out.push(role);
      const predicate = ROLE_RELATION[found.role];
      if (predicate === undefined || org === undefined) continue;
      const from = Math.min(found.roleStart, person.start);
      const to = Math.max(found.roleEnd, person.end, found.org?.span.end ?? 0);
      out.push({
        ...spanOf(ctx.text, from, to), type: 'relation',
        subject: { canonical: ref?.canonical ?? person.text, entity: ref?.mentions[0]?.id ?? person.id, start: person.start, end: person.end, text: person.text },
        predicate, object: { canonical: org.canonical, ...(org.entity === undefined ? {} : { entity: org.entity }), ...org.span },
        confidence: found.org === undefined ? 0.75 : 0.85, source: 'claims.role.v1', anchor: found.roleStart,
      });
    }
    return out;
  },
};

interface RoleFound {
  role: string;
  roleStart: number;
  roleEnd: number;
  org: OrgRef | undefined;
}
interface OrgRef {
  canonical: string;
  entity: string | undefined;
  span: { start: number; end: number; text: string };
}

function roleName(ctx: ClaimContext, surface: string): string | undefined {
  return ctx.lang.roleNames.find((r) => r.re.test(surface))?.role;
}

/** "… du PDG Sam Altman", "le PDG d’OpenAI Sam Altman", "CEO Jensen Huang". */
function roleBefore(ctx: ClaimContext, person: Entity): RoleFound | undefined {
  const window = ctx.text.slice(Math.max(0, person.start - 60), person.start);
  const offset = person.start - window.length;
  ctx.lang.roles.lastIndex = 0;
  const m = [...window.matchAll(ctx.lang.roles)].at(-1);
  if (m === undefined) return undefined;
  const roleStart = offset + m.index;
  const roleEnd = roleStart + m[0].length;
  const between = ctx.text.slice(roleEnd, person.start);
  const role = roleName(ctx, m[0]);
  if (role === undefined) return undefined;
  if (/^\s*,?\s*$/u.test(between)) return { role, roleStart, roleEnd, org: undefined };
  // "le PDG d’OpenAI, Sam Altman"
  const org = entitiesIn(ctx, roleEnd, person.start).find((e) => ctx.referentOf.get(e.id)?.label === 'ORG');
  if (org !== undefined && OF.test(ctx.text.slice(roleEnd, org.start)) && /^\s*,?\s*$/u.test(ctx.text.slice(org.end, person.start))) {
    return { role, roleStart, roleEnd, org: orgRef(ctx, org) };
  }
  return undefined;
}

/** "Sam Altman, PDG d’OpenAI", "Jensen Huang, CEO of Nvidia". */
function roleAfter(ctx: ClaimContext, person: Entity): RoleFound | undefined {
  const window = ctx.text.slice(person.end, person.end + 80);
  const lead = /^\s*,\s*(?:(?:le|la|l[’']|the|der|die|el|la)\s+)?/iu.exec(window);
  if (lead === null) return undefined;
  ctx.lang.roles.lastIndex = 0;
  const rest = window.slice(lead[0].length);
  const m = ctx.lang.roles.exec(rest);
  if (m === null || m.index !== 0) return undefined;
  const roleStart = person.end + lead[0].length;
  const roleEnd = roleStart + m[0].length;
  const role = roleName(ctx, m[0]);
  if (role === undefined) return undefined;
  const org = entitiesIn(ctx, roleEnd, roleEnd + 200).find((e) => e.start - roleEnd <= 8 && ctx.referentOf.get(e.id)?.label === 'ORG');
  const withOrg = org !== undefined && OF.test(ctx.text.slice(roleEnd, org.start));
  return { role, roleStart, roleEnd, org: withOrg ? orgRef(ctx, org) : undefined };
}

function orgRef(ctx: ClaimContext, e: Entity): OrgRef {
  const ref = ctx.referentOf.get(e.id);
  return { canonical: ref?.canonical ?? e.text, entity: ref?.mentions[0]?.id, span: { start: e.start, end: e.end, text: e.text } };
}

/** The organization a bare role refers to: "l’entreprise" or the last organization named in this or the previous sentence. */
function nearestOrgBefore(ctx: ClaimContext, position: number): OrgRef | undefined {
  const sentence = ctx.sentenceAt(position);
  const index = ctx.sentences.indexOf(sentence);
  const from = ctx.sentences[Math.max(0, index - 1)]?.start ?? sentence.start;
  const org = entitiesIn(ctx, from, position).filter((e) => ctx.referentOf.get(e.id)?.label === 'ORG').at(-1);
  if (org === undefined) return undefined;
  const found = orgRef(ctx, org);
  // where the sentence calls it "l’entreprise", that is where the slot is named
  const clause = ctx.text.slice(Math.max(org.end, sentence.start), position);
  ctx.lang.orgAnaphora.lastIndex = 0;
  const anaphora = [...clause.matchAll(ctx.lang.orgAnaphora)].at(-1);
  if (anaphora !== undefined) {
    const start = Math.max(org.end, sentence.start) + anaphora.index;
    return { ...found, span: spanOf(ctx.text, start, start + anaphora[0].length) };
  }
  return found;
}
