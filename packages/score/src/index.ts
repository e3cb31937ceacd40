export {
  checkGoldenSpans, GoldenFactSchema, GoldenFileSchema, loadGolden, ORGANIZATION_KINDS, parseGolden, RELATION_PREDICATES,
  type GoldenFact, type GoldenFile, type LoadedGolden, type LoadGoldenOptions,
} from './golden.ts';
export {
  FIELDS, MATCH_CATEGORIES, matchFacts,
  type FactMatch, type FactRecord, type FieldCheck, type FieldStatus, type MatchCategory,
} from './match.ts';
export { DEFAULT_PARTIAL_WEIGHT, scoreCounts, type Counts, type Prf, type Scores } from './metrics.ts';
export { dateInterval, dateOverlap, normalizeName, type DayInterval } from './normalize.ts';
export {
  EVAL_MODES, evaluate,
  type DateOverlapSummary, type DocumentReport, type DocumentStatus, type EvalMode, type EvalReport, type EvaluateInput,
  type FieldScore, type ReportMatch, type Summary,
} from './evaluate.ts';
export {
  ENTITY_SCHEMAS, scoreEntities,
  type EntityReport, type EntitySchema, type EntitySchemaScore, type EntityScores, type LabeledSpan, type ScoreEntitiesOptions,
} from './entities.ts';
export { readConll, type ConllDocument, type ConllScheme, type ConllSentence, type ReadConllOptions } from './conll.ts';
export { formatDiff, formatTable, type FormatDiffOptions, type FormatTableOptions } from './format.ts';
export { escapeHtml, renderHtml, type HtmlDocument, type RenderHtmlOptions } from './html.ts';
export { EVAL_USAGE, runEval, type EvalIo } from './cli.ts';
