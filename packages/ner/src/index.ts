export {
  AGGREGATION_STRATEGIES, aggregate,
  type AggregateOptions, type AggregatedEntity, type AggregationStrategy, type PreEntity,
} from './aggregate.ts';
export type { TokenClassifier, WordEncoding } from './classifier.ts';
export { GAZETTEER } from './gazetteer/index.ts';
export { GAZETTEER_SOURCE } from './gazetteer/match.ts';
export { GAZETTEER_KINDS, type GazetteerAlias, type GazetteerAliasRule, type GazetteerEntry, type GazetteerKind } from './gazetteer/types.ts';
export { mergeEntities } from './merge.ts';
export { NER_SOURCE, createNer, matchGazetteer, type Ner, type NerResult, type NerStats } from './ner.ts';
export type { ExtractOptions, NerOptions } from './options.ts';
export { nerStage, type NerStage } from './stage.ts';
export { splitWords, type Word } from './words.ts';
