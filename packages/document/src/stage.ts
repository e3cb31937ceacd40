import { assertDocument } from './document.ts';
import { FaitsError } from './errors.ts';
import type { Document, Layer } from './schema.ts';

/**
 * A stage reads some layers of a Document and returns a new Document with more layers.
 * It never rewrites `text`.
 */
export interface Stage {
  /** Stage name and version, e.g. `ner.transformers.v1`: also the `source` of what it adds. */
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  run(doc: Document): Document | Promise<Document>;
}

export interface ComposeOptions {
  /** Layers present before the first stage. Default: `['text']`. */
  readonly initial?: readonly Layer[];
}

export interface RunOptions {
  /** Check the whole document against the data contract after every stage (tests do). */
  readonly check?: boolean;
}

export interface ComposedPipeline {
  readonly stages: readonly Stage[];
  run(doc: Document, options?: RunOptions): Promise<Document>;
}

/**
 * Composes stages in the order given. Throws `E_STAGE_ORDER` when a stage requires a layer that no
 * earlier stage provides, naming the stage that would provide it.
 */
export function composeStages(stages: readonly Stage[], options: ComposeOptions = {}): ComposedPipeline {
  const available = new Set<Layer>(options.initial ?? ['text']);
  stages.forEach((stage, index) => {
    for (const layer of stage.requires) {
      if (available.has(layer)) continue;
      const provider = stages.find((s) => s.provides.includes(layer));
      const fix = provider === undefined ? `no stage in this pipeline provides it` : `move "${provider.name}" before it`;
      throw new FaitsError('E_STAGE_ORDER', `Stage ${index + 1} "${stage.name}" requires the "${layer}" layer, which is not available at that point: ${fix}.`);
    }
    for (const layer of stage.provides) available.add(layer);
  });
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen,
    async run(input, runOptions = {}) {
      let doc = input;
      for (const stage of frozen) {
        const next = await stage.run(doc);
        checkStageOutput(stage, doc, next);
        doc = { ...next, stages: [...(next.stages ?? []), stage.name] };
        if (runOptions.check === true) assertDocument(doc);
      }
      return doc;
    },
  };
}

function checkStageOutput(stage: Stage, before: Document, after: unknown): asserts after is Document {
  if (after === null || typeof after !== 'object') {
    throw new FaitsError('E_INVALID_DOCUMENT', `Stage "${stage.name}" returned ${after === null ? 'null' : typeof after}, not a Document.`);
  }
  const doc = after as Document;
  if (doc === before) throw new FaitsError('E_INVALID_DOCUMENT', `Stage "${stage.name}" returned its input: a stage returns a new Document.`);
  if (doc.text !== before.text) throw new FaitsError('E_INVALID_DOCUMENT', `Stage "${stage.name}" changed the text: no stage may rewrite it.`);
  if (doc.id !== before.id) throw new FaitsError('E_INVALID_DOCUMENT', `Stage "${stage.name}" changed the document id.`);
  for (const layer of stage.provides) {
    if (layer !== 'text' && doc[layer] === undefined) {
      throw new FaitsError('E_INVALID_DOCUMENT', `Stage "${stage.name}" says it provides "${layer}" but left it undefined.`);
    }
  }
}
