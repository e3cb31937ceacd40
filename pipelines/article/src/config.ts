import { z } from 'zod';

/** Stage names a pipeline config may list, in the order the article pipeline runs them. */
export const STAGE_NAMES = ['langid', 'tokenize', 'ner', 'numbers', 'dates', 'claims'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export const PipelineConfigSchema = z.strictObject({
  name: z.string().min(1),
  stages: z.array(z.enum(STAGE_NAMES)).min(1),
  /** Options passed to `@faits/ner` (model, quantized, aggregation, ...). */
  ner: z.record(z.string(), z.unknown()).optional(),
  /** Largest text accepted, in UTF-16 code units. */
  maxChars: z.int().positive().optional(),
});
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;

/** The frozen compositions shipped with Faits, by name (`--pipeline NAME`). */
export const PIPELINES: Readonly<Record<string, PipelineConfig>> = Object.freeze({
  article: { name: 'article', stages: ['langid', 'tokenize', 'ner', 'numbers', 'dates', 'claims'] },
  /** No model: language, tokens, numbers and dates only. Fast, for a first look at a corpus. */
  light: { name: 'light', stages: ['langid', 'tokenize', 'numbers', 'dates'] },
});
