// Type-checked in a fresh project against the .d.ts files shipped in the tarballs (test/pack.test.ts).
import { extractDates, type ExtractDatesResult } from '@faits/dates';
import { extractNumbers } from '@faits/numbers';
import { FaitsError, type Document, type Fact, type NumberMention } from '@faits/document';
import { createPipeline, type Pipeline } from '@faits/pipeline-article';
import { modelDir } from '@faits/ner-model';

const result: ExtractDatesResult = extractDates("d'ici l'automne 2025", { lang: 'fr', published: '2024-05-26' });
const first: string | undefined = result.dates[0]?.text;
const numbers: readonly NumberMention[] = extractNumbers('100 000 puces', { lang: 'fr' });
const pipeline: Pipeline = await createPipeline('light');
const doc: Document = await pipeline.run({ id: 'a', text: 'Elon Musk fonde xAI en 2023.', lang: 'fr' });
const facts: readonly Fact[] = doc.facts ?? [];
const error = new FaitsError('E_EMPTY_TEXT', 'empty');
export const summary = { first, count: numbers.length, facts: facts.length, code: error.code, modelDir };
