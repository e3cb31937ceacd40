import type { Document, Fact, Stage } from '@faits/document';
import { createContext } from './context.ts';
import { dateGenerator } from './generators/dates.ts';
import { entityGenerator } from './generators/entities.ts';
import { numberGenerator } from './generators/numbers.ts';
import { productMakerGenerator } from './generators/products.ts';
import { relationGenerator } from './generators/relations.ts';
import { roleGenerator } from './generators/roles.ts';
import { dedupeRefiner } from './refiners/dedupe.ts';
import { confidenceRefiner } from './refiners/finish.ts';
import { linkRefiner } from './refiners/links.ts';
import { modalityRefiner } from './refiners/modality.ts';
import { developerRefiner, formerNameRefiner } from './refiners/organizations.ts';
import { roleRefiner } from './refiners/roles.ts';
import type { Candidate, Generator, Refiner } from './types.ts';

export const GENERATORS: readonly Generator[] = Object.freeze([
  entityGenerator, numberGenerator, dateGenerator, relationGenerator, roleGenerator, productMakerGenerator,
]);

/** Refiners in the order they run: each sees what the previous ones left. */
export const REFINERS: readonly Refiner[] = Object.freeze([
  roleRefiner, formerNameRefiner, linkRefiner, dedupeRefiner, developerRefiner, modalityRefiner, confidenceRefiner,
]);

export interface ExtractFactsOptions {
  /** Drop facts under this confidence. Default 0. */
  readonly minConfidence?: number;
}

/**
 * Typed facts from a document's layers (entities, numbers, dates, sentences; any may be missing). Candidate
 * generators propose, then refiners merge, link and filter, in order.
 */
export function extractFacts(doc: Document, options: ExtractFactsOptions = {}): Fact[] {
  const ctx = createContext(doc);
  let candidates: Candidate[] = GENERATORS.flatMap((g) => g.generate(ctx));
  for (const refiner of REFINERS) candidates = refiner.refine(ctx, candidates);
  const min = options.minConfidence ?? 0;
  return candidates
    .filter((c) => c.confidence >= min)
    .map(({ anchor: _anchor, ...fact }, i) => ({ id: `f${i + 1}`, ...fact }) as Fact);
}

/** The claims stage: adds `facts` from the entities, numbers and dates layers. */
export const claimsStage: Stage = {
  name: 'claims.v1',
  requires: ['text', 'entities', 'numbers', 'dates'],
  provides: ['facts'],
  run: (doc: Document) => ({ ...doc, facts: extractFacts(doc) }),
};
