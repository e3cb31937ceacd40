import type { DateMention, Document, Entity, NumberMention, Span } from '@faits/document';
import { compiledLanguage, type CompiledLanguage } from './lang/index.ts';

/** One real-world thing named in the document, with all the mentions that name it. */
export interface Referent {
  readonly key: string;
  readonly label: Entity['label'];
  canonical: string;
  kind: string | undefined;
  readonly mentions: Entity[];
  /** A former name stated in the text ("X, l’ancien Twitter"). */
  formerly?: { readonly name: string; readonly mention: Entity };
  /** Highest mention confidence. */
  confidence: number;
}

export interface ClaimContext {
  readonly doc: Document;
  readonly text: string;
  readonly lang: CompiledLanguage;
  readonly sentences: readonly Span[];
  readonly entities: readonly Entity[];
  readonly numbers: readonly NumberMention[];
  readonly dates: readonly DateMention[];
  readonly referents: readonly Referent[];
  /** Referent of each entity id. */
  readonly referentOf: ReadonlyMap<string, Referent>;
  /** Index of the sentence that holds a position. */
  sentenceAt(position: number): Span;
}

const norm = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/gu, "'").trim();

/** Sentence spans: from the tokenize layer, or a plain split on line breaks and final punctuation. */
function sentencesOf(doc: Document): Span[] {
  if (doc.sentences !== undefined && doc.sentences.length > 0) return doc.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text }));
  const out: Span[] = [];
  const re = /[^\n.!?]+(?:[.!?]+|$)/gu;
  for (const m of doc.text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length, text: body });
  }
  return out;
}

/**
 * Groups entity mentions into referents. Same canonical name (gazetteer) or same normalized text → same referent;
 * a one-word person mention that is the surname or first name of an earlier full name is that person ("Musk" after
 * "Elon Musk"); a mention labeled ORG whose text is such a surname is that person too (a model's mistake).
 */
export function buildReferents(entities: readonly Entity[]): { referents: Referent[]; referentOf: Map<string, Referent> } {
  const referents: Referent[] = [];
  const byKey = new Map<string, Referent>();
  const referentOf = new Map<string, Referent>();
  const persons: Referent[] = [];
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const entity of sorted) {
    const surface = norm(entity.canonical ?? entity.text);
    let referent: Referent | undefined;
    const single = !/\s/u.test(entity.text.trim());
    if (single && (entity.label === 'PER' || entity.label === 'ORG' || entity.label === 'MISC')) {
      referent = persons.find((p) => p.canonical.split(/\s+/u).some((part) => norm(part) === surface) && /\s/u.test(p.canonical));
    }
    if (referent === undefined && entity.label === 'PER') {
      // a full name whose surname was seen first alone: extend that referent
      referent = persons.find((p) => !/\s/u.test(p.canonical) && surface.split(/\s+/u).includes(norm(p.canonical)));
      if (referent !== undefined) referent.canonical = entity.canonical ?? entity.text.trim();
    }
    const key = `${entity.label === 'MISC' && entity.kind === 'product' ? 'PRODUCT' : entity.label}:${surface}`;
    if (referent === undefined) referent = byKey.get(key) ?? byKey.get(`ORG:${surface}`) ?? byKey.get(`PRODUCT:${surface}`);
    if (referent === undefined) {
      referent = {
        key, label: entity.label, canonical: entity.canonical ?? entity.text.trim(), kind: entity.kind,
        mentions: [], confidence: 0,
      };
      referents.push(referent);
      byKey.set(key, referent);
      if (entity.label === 'PER') persons.push(referent);
    }
    referent.mentions.push(entity);
    referent.confidence = Math.max(referent.confidence, entity.confidence);
    if (referent.kind === undefined && entity.kind !== undefined) referent.kind = entity.kind;
    referentOf.set(entity.id, referent);
  }
  return { referents, referentOf };
}

export function createContext(doc: Document): ClaimContext {
  const lang = compiledLanguage(doc.lang ?? 'en');
  const sentences = sentencesOf(doc);
  const entities = [...(doc.entities ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  const { referents, referentOf } = buildReferents(entities);
  const starts = sentences.map((s) => s.start);
  return {
    doc, text: doc.text, lang, sentences, entities, numbers: doc.numbers ?? [], dates: doc.dates ?? [],
    referents, referentOf,
    sentenceAt(position) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= position) lo = mid;
        else hi = mid - 1;
      }
      return sentences[lo] ?? { start: 0, end: doc.text.length, text: doc.text };
    },
  };
}

/** Index of the first entity that starts at or after `position` (the context's entities are in text order). */
export function firstEntityFrom(ctx: ClaimContext, position: number): number {
  let lo = 0;
  let hi = ctx.entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.entities[mid] as Entity).start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entities inside [from, to), in order, found by binary search. */
export function entitiesIn(ctx: ClaimContext, from: number, to: number): Entity[] {
  const out: Entity[] = [];
  for (let i = firstEntityFrom(ctx, from); i < ctx.entities.length; i += 1) {
    const e = ctx.entities[i] as Entity;
    if (e.start >= to) break;
    if (e.end <= to) out.push(e);
  }
  return out;
}

export const normalizeName = norm;
