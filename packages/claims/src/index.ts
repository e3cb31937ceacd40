export { claimsStage, extractFacts, GENERATORS, REFINERS, type ExtractFactsOptions } from './extract.ts';
export { buildReferents, createContext, type ClaimContext, type Referent } from './context.ts';
export { modalityAt } from './refiners/modality.ts';
export { CLAIMS_LANGUAGES, SUPPORTED_CLAIMS_LANGUAGES, type ClaimsLanguage, type RelationCue } from './lang/index.ts';
export type { Candidate, EntitySlot, Generator, Refiner } from './types.ts';
