import type { Document, Stage } from '@faits/document';
import { createNer, NER_SOURCE } from './ner.ts';
import type { NerOptions } from './options.ts';

/** A pipeline stage that also holds the model: call `dispose()` when done. */
export interface NerStage extends Stage {
  dispose(): Promise<void>;
}

/**
 * The NER stage (`ner.transformers.v1`, requires `text`, provides `entities`). Windows follow
 * `doc.sentences` when an earlier stage provided them. Long texts and texts with many unknown pieces
 * get a diagnostic. Loads the model now: throws what `createNer` throws.
 */
export async function nerStage(options: NerOptions = {}): Promise<NerStage> {
  const ner = await createNer(options);
  return {
    name: NER_SOURCE,
    requires: ['text'],
    provides: ['entities'],
    async run(doc: Document): Promise<Document> {
      if (doc.text.trim() === '') return { ...doc, entities: [] };
      const sentences = doc.sentences?.map((s) => ({ start: s.start, end: s.end }));
      const result = await ner.analyze(doc.text, sentences === undefined || sentences.length === 0 ? {} : { sentences });
      return { ...doc, entities: result.entities, diagnostics: [...doc.diagnostics, ...result.diagnostics] };
    },
    dispose: () => ner.dispose(),
  };
}
