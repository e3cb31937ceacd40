import type { FactType, Modality, Span } from '@faits/document';
import type { ClaimContext } from './context.ts';

/** A fact before ids are given; `anchor` is where its statement's verb or cue stands (for modality). */
export interface Candidate {
  type: FactType;
  start: number;
  end: number;
  text: string;
  modality?: Modality;
  confidence: number;
  source: string;
  anchor?: number;
  [slot: string]: unknown;
}

/** A candidate generator reads the context and proposes facts. */
export interface Generator {
  readonly name: string;
  generate(ctx: ClaimContext): Candidate[];
}

/** A refiner merges, links or filters candidates; refiners run in a fixed order. */
export interface Refiner {
  readonly name: string;
  refine(ctx: ClaimContext, candidates: Candidate[]): Candidate[];
}

/** A slot that names an entity: its canonical name, the entity id, and where the text names it. */
export interface EntitySlot extends Partial<Span> {
  readonly canonical: string;
  readonly entity?: string;
}

export const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
