export {
  ERROR_CODES, FaitsError, isFaitsError, toFaitsError,
  type ErrorCode, type FaitsErrorOptions,
} from './errors.ts';
export {
  DATE_GRAINS, DateMentionSchema, DateValueSchema, DiagnosticSchema, DocumentSchema, ENTITY_LABELS, EntityLabelSchema,
  EntitySchema, ErrorRecordSchema, FACT_TYPES, FactSchema, FactTypeSchema, InputRecordSchema, IntervalSchema, IsoDateSchema,
  LAYERS, LangCodeSchema, LanguageCandidateSchema, MODALITIES, ModalitySchema, NUMBER_KINDS, NumberMentionSchema,
  ParagraphSchema, QUALIFIERS, QualifierSchema, SEVERITIES, SentenceSchema, SourcedSchema, SpanSchema, TEMPORAL_RELATIONS,
  TOKEN_KINDS, TemporalRelationSchema, TokenSchema,
  type DateMention, type DateValue, type Diagnostic, type Document, type Entity, type EntityLabel, type ErrorRecord,
  type Fact, type FactType, type InputRecord, type Interval, type LanguageCandidate, type Layer, type Modality,
  type NumberMention, type Paragraph, type Qualifier, type Sentence, type Span, type TemporalRelation, type Token,
  type TokenKind,
} from './schema.ts';
export { checkSpan, codePointToUtf16, compareSpans, createOffsetMap, overlaps, span, utf16ToCodePoint } from './offsets.ts';
export {
  DEFAULT_MAX_CHARS, addDiagnostic, assertDocument, collectSpanProblems, createDocument, validateText,
  type CreateDocumentInput, type CreateDocumentOptions, type SpanProblem,
} from './document.ts';
export { JsonlWriter, readJsonl, toJsonLine, type JsonlLine } from './jsonl.ts';
export { composeStages, type ComposeOptions, type ComposedPipeline, type RunOptions, type Stage } from './stage.ts';
