import type { Span } from '@faits/document';
import { entitiesIn, type ClaimContext } from '../context.ts';
import { findPattern } from '../lang/index.ts';
import { spanOf, type Candidate, type Refiner } from '../types.ts';

/** The artifact a fact is about: the nearest artifact noun before it in the sentence ("Ce supercalculateur, qui reliera …"). */
function subjectOf(ctx: ClaimContext, position: number): Record<string, unknown> | undefined {
  const { start } = ctx.sentenceAt(position);
  const best = findPattern(ctx.lang.artifacts, ctx.text.slice(start, position), 'last');
  if (best === undefined) return undefined;
  // include the determiner: "Ce supercalculateur", "le supercalculateur prévu"
  let from = start + best.index;
  let to = from + best.length;
  const det = /(?:^|[\s(«“])((?:ce|cet|cette|le|la|l[’']|les|this|the|that|der|die|das|dieser|el|la|este|esta)\s*)$/iu.exec(ctx.text.slice(Math.max(start, from - 8), from));
  if (det?.[1] !== undefined) from -= det[1].length;
  const participle = /^\s+(?:prévu|planned|geplante|previsto)\b/u.exec(ctx.text.slice(to, to + 12));
  if (participle !== null) to += participle[0].length;
  return { canonical: best.item.canonical, ...spanOf(ctx.text, from, to) };
}

/** Links quantities to their vendor entity and subject, and dates to the event they date. */
export const linkRefiner: Refiner = {
  name: 'links',
  refine(ctx: ClaimContext, candidates: Candidate[]) {
    for (const fact of candidates) {
      if (fact.type === 'quantity' || fact.type === 'money' || fact.type === 'percentage') {
        const vendor = fact['vendor'] as (Span & { canonical: string }) | undefined;
        if (vendor !== undefined) {
          const entity = entitiesIn(ctx, Math.max(0, vendor.start - 200), vendor.end + 200).find((e) => e.start < vendor.end && vendor.start < e.end);
          if (entity === undefined) {
            delete fact['vendor'];
          } else {
            const ref = ctx.referentOf.get(entity.id);
            fact['vendor'] = { canonical: ref?.canonical ?? entity.text, entity: ref?.mentions[0]?.id ?? entity.id, start: entity.start, end: entity.end, text: entity.text };
          }
        }
        const subject = subjectOf(ctx, fact.start);
        if (subject !== undefined) fact['subject'] = subject;
      } else if (fact.type === 'date') {
        const event = eventOf(ctx, fact);
        if (event !== undefined) {
          fact['event'] = event.event;
          fact['eventText'] = event.span;
        }
        const subject = subjectOf(ctx, fact.start);
        if (subject !== undefined && event?.event === 'operational') fact['subject'] = subject;
      }
    }
    return candidates;
  },
};

/** The nearest event word before the date in its sentence (or right after it, within a few words). */
function eventOf(ctx: ClaimContext, fact: Candidate): { event: string; span: Span } | undefined {
  const sentence = ctx.sentenceAt(fact.start);
  const best = findPattern(ctx.lang.events, ctx.text.slice(sentence.start, fact.start), 'last');
  if (best === undefined) return undefined;
  const start = sentence.start + best.index;
  let end = start + best.length;
  // a noun phrase as written: "présentation aux investisseurs", "poursuite judiciaire"
  const tail = /^(?:\s+(?:judiciaire|aux investisseurs|to investors|de fonds))?/u.exec(ctx.text.slice(end, end + 24));
  if (tail !== null) end += tail[0].length;
  return { event: best.item.event, span: spanOf(ctx.text, start, end) };
}
