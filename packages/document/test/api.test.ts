import { describe, expect, it } from 'vitest';

describe('@faits/document public API', () => {
  it('exports exactly the documented names', async () => {
    const api = await import('@faits/document');
    expect(Object.keys(api).sort()).toEqual([
      'DATE_GRAINS', 'DEFAULT_MAX_CHARS', 'DateMentionSchema', 'DateValueSchema', 'DiagnosticSchema', 'DocumentSchema',
      'ENTITY_LABELS', 'ERROR_CODES', 'EntityLabelSchema', 'EntitySchema', 'ErrorRecordSchema', 'FACT_TYPES', 'FactSchema',
      'FactTypeSchema', 'FaitsError', 'InputRecordSchema', 'IntervalSchema', 'IsoDateSchema', 'JsonlWriter', 'LAYERS',
      'LangCodeSchema', 'LanguageCandidateSchema', 'MODALITIES', 'ModalitySchema', 'NUMBER_KINDS', 'NumberMentionSchema',
      'ParagraphSchema', 'QUALIFIERS', 'QualifierSchema', 'SEVERITIES', 'SentenceSchema', 'SourcedSchema', 'SpanSchema',
      'TEMPORAL_RELATIONS', 'TOKEN_KINDS', 'TemporalRelationSchema', 'TokenSchema', 'addDiagnostic', 'assertDocument',
      'checkSpan', 'codePointToUtf16', 'collectSpanProblems', 'compareSpans', 'composeStages', 'createDocument',
      'createOffsetMap', 'isFaitsError', 'overlaps', 'readJsonl', 'span', 'toFaitsError', 'toJsonLine', 'utf16ToCodePoint',
      'validateText',
    ].sort());
  });
});
