import { z } from 'zod';

/**
 * Offsets: a span is half-open [start, end) in UTF-16 code units of `Document.text`,
 * so `text.slice(start, end) === span.text`. `end` is the first code unit after the span.
 */
export const SpanSchema = z.object({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const IsoDateSchema = z.iso.date();
/** ISO 639-1 code, or `und` when undetermined. */
export const LangCodeSchema = z.string().regex(/^(?:[a-z]{2}|und)$/u, 'an ISO 639-1 code or "und"');

export const SourcedSchema = z.object({
  /** Stage name and version, e.g. `ner.transformers.v1`. */
  source: z.string().min(1),
  confidence: z.number().min(0).max(1),
});

export const TOKEN_KINDS = ['word', 'number', 'punct', 'symbol', 'url', 'email', 'emoji', 'other'] as const;
export const TokenSchema = SpanSchema.extend({
  kind: z.enum(TOKEN_KINDS),
  /** The elided form (`l'`, `d'`) is its own token; `elision: true` marks it. */
  elision: z.boolean().optional(),
  /** The numeric value of a `number` token. */
  value: z.number().optional(),
});
export type Token = z.infer<typeof TokenSchema>;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const SentenceSchema = SpanSchema.extend({
  lang: LangCodeSchema.optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const LanguageCandidateSchema = z.object({ lang: LangCodeSchema, score: z.number().min(0).max(1) });
export type LanguageCandidate = z.infer<typeof LanguageCandidateSchema>;

export const ParagraphSchema = SpanSchema.extend({
  lang: LangCodeSchema,
  candidates: z.array(LanguageCandidateSchema),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const ENTITY_LABELS = ['PER', 'ORG', 'LOC', 'MISC', 'PRODUCT'] as const;
export const EntityLabelSchema = z.enum(ENTITY_LABELS);
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const EntitySchema = SpanSchema.extend(SourcedSchema.shape).extend({
  id: z.string().min(1),
  label: EntityLabelSchema,
  /** Canonical name when known (gazetteer or coreference), e.g. `Nvidia` for `NVIDIA`. */
  canonical: z.string().optional(),
  /** Kind of organization, etc., when known (`company`, `media`, ...). */
  kind: z.string().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const QUALIFIERS = ['exact', 'about', 'at_least', 'at_most', 'up_to', 'more_than', 'less_than'] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = (typeof QUALIFIERS)[number];

export const NUMBER_KINDS = ['cardinal', 'quantity', 'money', 'percentage', 'factor'] as const;
export const NumberMentionSchema = SpanSchema.extend(SourcedSchema.shape).extend({
  id: z.string().min(1),
  kind: z.enum(NUMBER_KINDS),
  /** The value; for a range, its lower bound. */
  value: z.number(),
  /** Upper bound of a range ("entre 1 000 et 4 000"). */
  max: z.number().optional(),
  qualifier: QualifierSchema,
  /** Normalized English unit noun (`chip`, `employee`, `MW`). */
  unit: z.string().optional(),
  /** ISO 4217 currency code for money. */
  currency: z.string().regex(/^[A-Z]{3}$/u).optional(),
  /** The counted noun as written ("puces"). */
  item: SpanSchema.optional(),
  /** A name that follows the counted noun ("Nvidia" in "100 000 puces Nvidia"). */
  vendor: SpanSchema.optional(),
  /** Span of the number itself, inside the mention. */
  number: SpanSchema.optional(),
});
export type NumberMention = z.infer<typeof NumberMentionSchema>;

export const IntervalSchema = z.object({ start: IsoDateSchema, end: IsoDateSchema });
export type Interval = z.infer<typeof IntervalSchema>;

export const TEMPORAL_RELATIONS = ['at', 'by', 'since', 'until', 'from', 'before', 'after', 'during'] as const;
export const TemporalRelationSchema = z.enum(TEMPORAL_RELATIONS);
export type TemporalRelation = (typeof TEMPORAL_RELATIONS)[number];

export const DATE_GRAINS = ['day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'interval'] as const;
/** A date value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an explicit interval; null when it cannot be resolved. */
export const DateValueSchema = z.union([z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u), IntervalSchema]).nullable();
export type DateValue = z.infer<typeof DateValueSchema>;

export const DateMentionSchema = SpanSchema.extend(SourcedSchema.shape).extend({
  id: z.string().min(1),
  value: DateValueSchema,
  grain: z.enum(DATE_GRAINS),
  relation: TemporalRelationSchema,
  /** True when the value was computed from the publication date. */
  relative: z.boolean(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const FACT_TYPES = [
  'organization', 'person', 'location', 'product', 'quantity', 'money', 'percentage', 'date', 'relation',
] as const;
export const FactTypeSchema = z.enum(FACT_TYPES);
export type FactType = (typeof FACT_TYPES)[number];

export const MODALITIES = ['asserted', 'forecast', 'reported', 'hedged', 'negated'] as const;
export const ModalitySchema = z.enum(MODALITIES);
export type Modality = (typeof MODALITIES)[number];

/**
 * A typed fact. Base fields are fixed; type-specific slots (value, unit, item, vendor, subject,
 * predicate, object, canonical, role, ...) are open, and every slot that comes from the text
 * is itself a span `{ start, end, text }`.
 */
export const FactSchema = z.looseObject({
  id: z.string().min(1),
  type: FactTypeSchema,
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
  modality: ModalitySchema.optional(),
  confidence: z.number().min(0).max(1),
  source: z.string().min(1),
});
export type Fact = z.infer<typeof FactSchema>;

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export const DiagnosticSchema = z.object({
  code: z.string().min(1),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  /** Stage that raised it. */
  source: z.string().min(1),
  start: z.int().nonnegative().optional(),
  end: z.int().nonnegative().optional(),
  hint: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const DocumentSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  lang: LangCodeSchema.optional(),
  /** Publication date, used to resolve relative dates. */
  published: IsoDateSchema.optional(),
  /** Where `published` came from: given by the caller, or read from a dateline. */
  publishedFrom: z.enum(['input', 'dateline']).optional(),
  source: z.string().optional(),
  languages: z.array(LanguageCandidateSchema).optional(),
  paragraphs: z.array(ParagraphSchema).optional(),
  tokens: z.array(TokenSchema).optional(),
  sentences: z.array(SentenceSchema).optional(),
  entities: z.array(EntitySchema).optional(),
  numbers: z.array(NumberMentionSchema).optional(),
  dates: z.array(DateMentionSchema).optional(),
  facts: z.array(FactSchema).optional(),
  diagnostics: z.array(DiagnosticSchema),
  /** Names and versions of the stages that ran, in order. */
  stages: z.array(z.string()).optional(),
});
export type Document = z.infer<typeof DocumentSchema>;

/** The layers a stage may require or provide. */
export const LAYERS = [
  'text', 'lang', 'paragraphs', 'tokens', 'sentences', 'entities', 'numbers', 'dates', 'facts',
] as const;
export type Layer = (typeof LAYERS)[number];

/** A batch input record: one JSONL line of `faits extract --jsonl`. */
export const InputRecordSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  published: IsoDateSchema.optional(),
  lang: z.string().optional(),
  source: z.string().optional(),
});
export type InputRecord = z.infer<typeof InputRecordSchema>;

export const ErrorRecordSchema = z.object({
  id: z.string().nullable(),
  line: z.int().positive().optional(),
  error: z.object({ code: z.string(), message: z.string(), hint: z.string().optional() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
