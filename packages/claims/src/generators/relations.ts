import type { Entity, Span } from '@faits/document';
import { entitiesIn, firstEntityFrom, type ClaimContext, type Referent } from '../context.ts';
import { findPattern, type RelationCue } from '../lang/index.ts';
import { spanOf, type Candidate, type EntitySlot, type Generator } from '../types.ts';

const AGENTS = new Set(['PER', 'ORG']);
const DEFAULT_OBJECTS = ['ORG', 'PER', 'PRODUCT', 'MISC'];
const FORMER = /(?:former|ancien(?:ne)?s?|ex-|ehemalige[nr]?|antigu[oa]s?)\s*$/iu;
/** How far after a cue its object may stand, in code units. */
const OBJECT_REACH = 60;

interface Resolved {
  readonly slot: EntitySlot;
  readonly referent: Referent | undefined;
  /** Where the slot is named, if it is. */
  readonly span: Span | undefined;
  readonly explicit: boolean;
}

function slotOf(ctx: ClaimContext, entity: Entity): Resolved {
  const referent = ctx.referentOf.get(entity.id);
  const span = { start: entity.start, end: entity.end, text: entity.text };
  return {
    slot: { canonical: referent?.canonical ?? entity.canonical ?? entity.text, entity: referent?.mentions[0]?.id ?? entity.id, ...span },
    referent, span, explicit: true,
  };
}

/** The last referent of the given labels mentioned before `position`. */
function lastReferent(ctx: ClaimContext, position: number, labels: ReadonlySet<string>, not?: Referent): Referent | undefined {
  for (let i = firstEntityFrom(ctx, position) - 1; i >= 0; i -= 1) {
    const e = ctx.entities[i] as Entity;
    if (e.end > position) continue;
    const ref = ctx.referentOf.get(e.id);
    if (ref !== undefined && labels.has(ref.label) && ref !== not) return ref;
  }
  return undefined;
}

function referentSlot(ref: Referent, span?: Span): Resolved {
  return { slot: { canonical: ref.canonical, entity: ref.mentions[0]?.id ?? '', ...(span ?? {}) }, referent: ref, span, explicit: false };
}

/** "X, l’ancien Twitter": a mention preceded by a former-name apposition stands for the entity before it. */
function throughApposition(ctx: ClaimContext, entity: Entity): Entity {
  const before = entitiesIn(ctx, Math.max(0, entity.start - 200), entity.start).filter((e) => entity.start - e.end < 30).at(-1);
  if (before === undefined) return entity;
  ctx.lang.formerly.lastIndex = 0;
  return ctx.lang.formerly.test(ctx.text.slice(before.end, entity.start)) ? before : entity;
}

export const relationGenerator: Generator = {
  name: 'relations',
  generate(ctx: ClaimContext) {
    const out: Candidate[] = [];
    let topic: Referent | undefined;
    for (const sentence of ctx.sentences) {
      const matches: { index: number; end: number; cue: RelationCue }[] = [];
      for (const { re, cue } of ctx.lang.relations) {
        re.lastIndex = 0;
        for (const m of sentence.text.matchAll(re)) {
          matches.push({ index: sentence.start + m.index, end: sentence.start + m.index + m[0].length, cue });
        }
      }
      matches.sort((a, b) => a.index - b.index || b.end - a.end);
      let lastEnd = -1;
      for (const match of matches) {
        if (match.index < lastEnd) continue; // overlapping cues: the first, longest wins
        const fact = relationAt(ctx, sentence, match, topic);
        if (fact === undefined) continue;
        lastEnd = match.end;
        out.push(fact.candidate);
        if (fact.subject !== undefined && AGENTS.has(fact.subject.label)) topic = fact.subject;
      }
    }
    return out;
  },
};

function relationAt(
  ctx: ClaimContext, sentence: Span, match: { index: number; end: number; cue: RelationCue }, topic: Referent | undefined,
): { candidate: Candidate; subject: Referent | undefined } | undefined {
  const { cue } = match;
  const inSentence = entitiesIn(ctx, sentence.start, sentence.end);
  const before = inSentence.filter((e) => e.end <= match.index);
  const after = inSentence.filter((e) => e.start >= match.end && e.start - match.end <= (cue.reach ?? OBJECT_REACH));
  const objectLabels = new Set(cue.objectLabels ?? DEFAULT_OBJECTS);

  let subject: Resolved | undefined;
  let object: Resolved | undefined;
  let from = match.index;
  let to = match.end;
  let confidence = 0.85;
  let predicate = cue.predicate;

  if (cue.statementSubject === true) {
    const reach = cue.reach ?? 3;
    const source = inSentence.find((e) => e.start >= match.end && e.label === 'ORG' && e.start - match.end <= reach);
    if (source === undefined) return undefined;
    const clauseEnd = ctx.text.lastIndexOf(',', match.index);
    let statement: Span | undefined;
    if (clauseEnd > sentence.start) {
      statement = spanOf(ctx.text, sentence.start, clauseEnd); // "…, rapporte X"
    } else {
      const comma = ctx.text.indexOf(',', source.end); // "Selon X, …"
      const from = comma !== -1 && comma < sentence.end ? comma + 1 : source.end;
      const body = ctx.text.slice(from, sentence.end);
      const lead = body.length - body.trimStart().length;
      const tail = body.trimEnd().replace(/[.!?]+$/u, '').length;
      if (tail - lead > 3) statement = spanOf(ctx.text, from + lead, from + tail);
    }
    if (statement === undefined) return undefined;
    subject = { slot: { canonical: 'statement', ...statement }, referent: undefined, span: statement, explicit: true };
    object = slotOf(ctx, source);
    to = source.end;
    confidence = cue.reach === undefined ? 0.8 : 0.7;
  } else if (cue.inverse === true) {
    // "founded by former OpenAI researchers": a name after "former" describes the agent, it is not the agent
    const candidates = after.filter((e) => AGENTS.has(e.label) && !FORMER.test(ctx.text.slice(Math.max(0, e.start - 12), e.start)));
    const agent = candidates.find((e) => e.label === 'PER') ?? candidates[0];
    if (agent === undefined) return undefined;
    subject = slotOf(ctx, agent);
    const owned = before.at(-1);
    if (owned !== undefined) {
      object = slotOf(ctx, throughApposition(ctx, owned));
    } else {
      // "Fondée en 2019 par …": what is founded is the topic, an organization named before
      const ref = topic?.label === 'ORG' ? topic : lastReferent(ctx, sentence.start, new Set(['ORG']));
      if (ref === undefined) return undefined;
      object = referentSlot(ref);
      confidence -= 0.1;
    }
    if (object.referent !== undefined && object.referent === subject.referent) return undefined;
    from = object.span?.start ?? match.index;
    to = agent.end;
    // "par X, Y et Z": several founders are cofounders
    if (cue.predicate === 'founded') {
      const next = inSentence.find((e) => e.start >= agent.end && e.start - agent.end <= 6 && e.label === 'PER');
      if (next !== undefined || /^\s*(?:et|and|und|y)\s/u.test(ctx.text.slice(agent.end, agent.end + 6))) predicate = 'cofounded';
    }
  } else {
    subject = subjectBefore(ctx, sentence, before, match.index, topic);
    if (subject === undefined) return undefined;
    if (!subject.explicit) confidence -= 0.1;
    if (subject.span !== undefined) from = subject.span.start;
    if (cue.moneyObject === true) {
      const amount = ctx.numbers.find((n) => n.kind === 'money' && n.start >= match.end && n.start - match.end <= OBJECT_REACH && n.end <= sentence.end);
      if (amount === undefined) return undefined;
      const span = spanOf(ctx.text, amount.start, amount.end);
      object = { slot: { canonical: `${amount.value} ${amount.currency ?? ''}`.trim(), ...span }, referent: undefined, span, explicit: true };
    } else if (cue.artifactObject === true) {
      const artifact = artifactAfter(ctx, match.end);
      if (artifact === undefined) return undefined;
      object = { slot: { canonical: artifact.canonical, ...artifact.span }, referent: undefined, span: artifact.span, explicit: true };
    } else {
      object = objectAfter(ctx, match.end, after, objectLabels, subject.referent);
    }
    if (object === undefined) return undefined;
    if (!object.explicit) confidence -= 0.05;
    if (object.referent !== undefined && object.referent === subject.referent) return undefined;
    to = Math.max(to, object.span?.end ?? to);
  }

  const candidate: Candidate = {
    type: 'relation', start: 0, end: 0, text: '', subject: subject.slot, predicate, object: object.slot,
    confidence, source: 'claims.relation.v1', anchor: match.index,
  };
  const time = ctx.dates.find((d) => d.start >= to && d.start - to <= 4 && d.end <= sentence.end);
  if (time !== undefined) {
    candidate['time'] = { value: time.value, start: time.start, end: time.end, text: time.text };
    to = time.end;
  }
  Object.assign(candidate, spanOf(ctx.text, Math.min(from, match.index), to));
  return { candidate, subject: subject.referent };
}

function subjectBefore(
  ctx: ClaimContext, sentence: Span, before: readonly Entity[], cueStart: number, topic: Referent | undefined,
): Resolved | undefined {
  const agent = [...before].reverse().find((e) => AGENTS.has(e.label));
  const gapFrom = agent?.end ?? sentence.start;
  const gap = ctx.text.slice(gapFrom, cueStart);
  ctx.lang.personPronouns.lastIndex = 0;
  const pronoun = [...gap.matchAll(ctx.lang.personPronouns)].at(-1);
  if (pronoun !== undefined) {
    const ref = lastReferent(ctx, gapFrom + pronoun.index, new Set(['PER']));
    if (ref === undefined) return undefined;
    const start = gapFrom + pronoun.index;
    return { ...referentSlot(ref, spanOf(ctx.text, start, start + pronoun[0].length)), explicit: true };
  }
  if (agent !== undefined && !/[;:]/u.test(gap)) return slotOf(ctx, agent);
  // an implied subject (a participial clause, "Entamant une poursuite ..."): the current topic
  const implied = topic ?? lastReferent(ctx, sentence.start, new Set(['PER']));
  return implied === undefined ? undefined : referentSlot(implied);
}

function objectAfter(
  ctx: ClaimContext, cueEnd: number, after: readonly Entity[], labels: ReadonlySet<string>, subject: Referent | undefined,
): Resolved | undefined {
  const rest = ctx.text.slice(cueEnd, cueEnd + OBJECT_REACH);
  ctx.lang.orgAnaphora.lastIndex = 0;
  const anaphora = ctx.lang.orgAnaphora.exec(rest);
  const entity = after.find((e) => labels.has(e.label) || (labels.has('PRODUCT') && ctx.referentOf.get(e.id)?.kind === 'product'));
  if (anaphora !== null && anaphora.index <= 3 && (entity === undefined || entity.start > cueEnd + anaphora.index)) {
    const start = cueEnd + anaphora.index;
    const ref = lastReferent(ctx, start, new Set(['ORG']), subject);
    return ref === undefined ? undefined : referentSlot(ref, spanOf(ctx.text, start, start + anaphora[0].length));
  }
  return entity === undefined ? undefined : slotOf(ctx, entity);
}

function artifactAfter(ctx: ClaimContext, cueEnd: number): { canonical: string; span: Span } | undefined {
  const found = findPattern(ctx.lang.artifacts, ctx.text.slice(cueEnd, cueEnd + 40), 'first');
  if (found === undefined) return undefined;
  const start = cueEnd + found.index;
  return { canonical: found.item.canonical, span: spanOf(ctx.text, start, start + found.length) };
}
