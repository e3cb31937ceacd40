/**
 * @faits/ner-model: the small multilingual NER model bundled with Faits, as a transformers.js model folder
 * (config.json, tokenizer.json, onnx/model.onnx, onnx/model_quantized.onnx). This module only locates the
 * files and describes them; running the model is the job of `@faits/ner`.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the bundled model folder (`model/` in this package), found from this file's URL. */
export const modelDir: string = fileURLToPath(new URL('../model', import.meta.url));

/**
 * The name to pass to transformers.js once `env.localModelPath` is the folder holding `modelDir`:
 * `env.localModelPath = modelRoot; pipeline('token-classification', modelId)`.
 */
export const modelId: string = basename(modelDir);

/** The folder holding the model folder: the value for transformers.js `env.localModelPath`. */
export const modelRoot: string = dirname(modelDir);

/** The IOB2 labels, in the order of the model's output logits (`id2label`). */
export const labels = Object.freeze([
  'O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC',
] as const);

/** One of the model's IOB2 labels. */
export type NerModelLabel = (typeof labels)[number];

/** What the bundled model is, read from its config.json. */
export interface ModelInfo {
  /** `BertForTokenClassification`: a BERT encoder with a linear token-classification head. */
  readonly architecture: string;
  readonly layers: number;
  readonly hiddenSize: number;
  readonly attentionHeads: number;
  readonly intermediateSize: number;
  /** Number of trained parameters (fp32 model). */
  readonly parameters: number;
  /** WordPiece vocabulary size, special tokens included. */
  readonly vocabSize: number;
  /** The longest input in pieces, [CLS] and [SEP] included (`max_position_embeddings`). */
  readonly maxLength: number;
  /** The model's release version (independent of the npm package version). */
  readonly version: string;
  /** Languages it was trained on (ISO 639-1). */
  readonly languages: readonly string[];
  /** License of the weights (inherited from the training data), not of the code. */
  readonly license: string;
}

interface BertConfig {
  architectures: string[];
  num_hidden_layers: number;
  hidden_size: number;
  num_attention_heads: number;
  intermediate_size: number;
  vocab_size: number;
  max_position_embeddings: number;
  faits: { version: string; parameters: number };
}

const config = JSON.parse(readFileSync(new URL('../model/config.json', import.meta.url), 'utf8')) as BertConfig;

export const modelInfo: ModelInfo = Object.freeze({
  architecture: config.architectures[0] ?? 'BertForTokenClassification',
  layers: config.num_hidden_layers,
  hiddenSize: config.hidden_size,
  attentionHeads: config.num_attention_heads,
  intermediateSize: config.intermediate_size,
  parameters: config.faits.parameters,
  vocabSize: config.vocab_size,
  maxLength: config.max_position_embeddings,
  version: config.faits.version,
  languages: Object.freeze(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']),
  license: 'CC-BY-NC-SA-4.0',
});
