import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FaitsError } from '@faits/document';
import type { Tensor } from '@xenova/transformers';
import type { TokenClassifier, WordEncoding } from './classifier.ts';

/**
 * The transformers.js back end: a tokenizer and an ONNX token-classification model, loaded once per
 * (model, quantized) pair and shared by every `Ner` that asks for it. Each `Ner` holds a reference;
 * the model is freed when the last one is disposed.
 */

export interface ModelOptions {
  /** A local model directory, or a Hugging Face hub id (with `allowRemote`). Default: `@faits/ner-model`. */
  readonly model?: string | undefined;
  /** Load `onnx/model_quantized.onnx` (int8) instead of `onnx/model.onnx`. Default true. */
  readonly quantized: boolean;
  /** Allow downloading a hub model. Default false. */
  readonly allowRemote: boolean;
}

interface Tokenizer {
  encode(text: string, pair: null, options: { add_special_tokens: boolean }): number[];
  normalizer: ((text: string) => string) | null;
  model: { vocab: string[]; config?: { continuing_subword_prefix?: string } };
  unk_token_id?: number;
  pad_token_id?: number;
  model_max_length?: number;
}

interface Model {
  (inputs: Record<string, Tensor>): Promise<{ logits: Tensor }>;
  config: { id2label?: Record<string, string>; max_position_embeddings?: number };
  dispose(): Promise<unknown>;
}

interface Loaded {
  /** transformers.js's Tensor class, from the module loaded on demand. */
  readonly Tensor: typeof Tensor;
  readonly tokenizer: Tokenizer;
  readonly model: Model;
  readonly labels: readonly string[];
  readonly maxPieces: number;
  readonly prefixIds: readonly number[];
  readonly suffixIds: readonly number[];
  readonly padId: number;
}

interface CacheEntry {
  readonly promise: Promise<Loaded>;
  refs: number;
}

const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;
const cache = new Map<string, CacheEntry>();
/** transformers.js reads its settings from the global `env`: loads are serialized while they change it. */
let loadLock: Promise<unknown> = Promise.resolve();

type Transformers = typeof import('@xenova/transformers');
let transformers: Promise<Transformers> | undefined;

/**
 * transformers.js with onnxruntime-node and onnxruntime-web (it imports both) is loaded on the first model load,
 * not when this package is imported: the gazetteer, `light` pipelines and `faits detect` never pay for it.
 */
function loadTransformers(): Promise<Transformers> {
  transformers ??= import('@xenova/transformers').catch((cause: unknown) => {
    throw new FaitsError('E_MODEL_MISSING', `The model runtime @xenova/transformers cannot be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
      hint: 'Reinstall @faits/ner; behind a firewall pin "overrides": { "sharp": "^0.34.0" } (see the @faits/ner README).',
    });
  });
  return transformers;
}

/** The default model directory: `modelDir` exported by `@faits/ner-model`. */
export async function defaultModelDir(): Promise<string> {
  let mod: { modelDir?: unknown };
  try {
    // Imported on demand: the package reads its config.json when loaded, which fails if the model is missing.
    mod = await import('@faits/ner-model');
  } catch (cause) {
    throw new FaitsError('E_MODEL_MISSING', 'The bundled model package @faits/ner-model cannot be loaded.', { cause });
  }
  if (typeof mod.modelDir !== 'string') {
    throw new FaitsError('E_MODEL_MISSING', '@faits/ner-model does not export `modelDir`.');
  }
  return mod.modelDir;
}

function isLocalPath(model: string): boolean {
  return path.isAbsolute(model) || model.startsWith('.') || existsSync(model);
}

function modelFile(quantized: boolean): string {
  return quantized ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
}

/** Checks a local model directory; throws `E_MODEL_MISSING` or `E_MODEL_CORRUPT` with a hint. */
function checkLocalModel(dir: string, quantized: boolean): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new FaitsError('E_MODEL_MISSING', `The model directory ${dir} does not exist.`, {
      hint: 'Pass the path of a directory holding config.json, tokenizer.json, tokenizer_config.json and onnx/, or reinstall @faits/ner-model.',
    });
  }
  const missing = [...REQUIRED_FILES, modelFile(quantized)].filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    const other = modelFile(!quantized);
    const tip = missing.includes(modelFile(quantized)) && existsSync(path.join(dir, other))
      ? ` Only ${other} is there: pass quantized: ${String(!quantized)}.`
      : '';
    throw new FaitsError('E_MODEL_MISSING', `The model directory ${dir} lacks ${missing.join(', ')}.${tip}`, {
      hint: `A transformers.js model directory holds ${[...REQUIRED_FILES, 'onnx/model.onnx', 'onnx/model_quantized.onnx'].join(', ')}. Reinstall @faits/ner-model or re-export the model.`,
    });
  }
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
  } catch (cause) {
    throw new FaitsError('E_MODEL_CORRUPT', `${path.join(dir, 'config.json')} is not valid JSON.`, { cause });
  }
  const id2label = (config as { id2label?: unknown } | null)?.id2label;
  if (id2label === null || typeof id2label !== 'object' || Object.keys(id2label).length === 0) {
    throw new FaitsError('E_MODEL_CORRUPT', `${path.join(dir, 'config.json')} has no id2label: this is not a token-classification model.`);
  }
}

async function withEnv<T>(settings: Partial<Transformers['env']>, body: () => Promise<T>): Promise<T> {
  const { env } = await loadTransformers();
  const run = loadLock.then(async () => {
    const saved = { localModelPath: env.localModelPath, allowLocalModels: env.allowLocalModels, allowRemoteModels: env.allowRemoteModels };
    Object.assign(env, settings);
    try {
      return await body();
    } finally {
      Object.assign(env, saved);
    }
  });
  loadLock = run.catch(() => undefined);
  return run;
}

async function load(model: string, local: boolean, quantized: boolean): Promise<Loaded> {
  const id = local ? path.basename(model) : model;
  const settings = local
    ? { localModelPath: `${path.dirname(model)}${path.sep}`, allowLocalModels: true, allowRemoteModels: false }
    : { allowLocalModels: false, allowRemoteModels: true };
  const { AutoModelForTokenClassification, AutoTokenizer, Tensor } = await loadTransformers();
  let tokenizer: Tokenizer;
  let loadedModel: Model;
  try {
    [tokenizer, loadedModel] = await withEnv(settings, async () => {
      const options = { quantized, local_files_only: local };
      return Promise.all([
        AutoTokenizer.from_pretrained(id, options) as unknown as Promise<Tokenizer>,
        AutoModelForTokenClassification.from_pretrained(id, options) as unknown as Promise<Model>,
      ]);
    });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    if (!local) {
      throw new FaitsError('E_MODEL_MISSING', `Cannot load the model "${model}" from the Hugging Face hub: ${reason}`, {
        cause,
        hint: 'Check the model id and the internet connection (transformers.js caches downloads), or pass a local model directory.',
      });
    }
    throw new FaitsError('E_MODEL_CORRUPT', `Cannot load the model in ${model}: ${reason}`, { cause });
  }
  const id2label = loadedModel.config.id2label ?? {};
  const labels = Object.keys(id2label)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => id2label[String(i)] as string);
  if (labels.length === 0 || labels.some((l, i) => typeof l !== 'string' || id2label[String(i)] !== l)) {
    await loadedModel.dispose();
    throw new FaitsError('E_MODEL_CORRUPT', `The model "${model}" has no usable id2label (labels 0..n-1).`);
  }
  const positions = loadedModel.config.max_position_embeddings ?? 512;
  const tokMax = tokenizer.model_max_length !== undefined && tokenizer.model_max_length < 1e6 ? tokenizer.model_max_length : positions;
  // Find the special pieces around a sequence ([CLS] x [SEP] for BERT) from the tokenizer's template.
  const bare = tokenizer.encode('a', null, { add_special_tokens: false });
  const full = tokenizer.encode('a', null, { add_special_tokens: true });
  const at = indexOfSequence(full, bare);
  const prefixIds = at < 0 ? [] : full.slice(0, at);
  const suffixIds = at < 0 ? [] : full.slice(at + bare.length);
  const maxPieces = Math.min(positions, tokMax) - prefixIds.length - suffixIds.length;
  if (maxPieces < 1) {
    await loadedModel.dispose();
    throw new FaitsError('E_MODEL_CORRUPT', `The model "${model}" has a window of ${Math.min(positions, tokMax)} positions: too small.`);
  }
  return { Tensor, tokenizer, model: loadedModel, labels, maxPieces, prefixIds, suffixIds, padId: tokenizer.pad_token_id ?? 0 };
}

function indexOfSequence(haystack: readonly number[], needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Loads (or reuses) a transformers.js token classifier. Throws `E_MODEL_MISSING` when the directory or a
 * file is missing, or a hub model cannot be fetched; `E_MODEL_CORRUPT` when the files cannot be read as
 * a token-classification model.
 */
export async function loadTransformersClassifier(options: ModelOptions): Promise<TokenClassifier> {
  let model = options.model ?? (await defaultModelDir());
  const local = isLocalPath(model);
  if (local) {
    model = path.resolve(model);
    checkLocalModel(model, options.quantized);
  } else if (!options.allowRemote) {
    throw new FaitsError('E_MODEL_MISSING', `"${model}" is not a model directory, and downloading from the hub is off.`, {
      hint: 'Pass the path of a local model directory, or allowRemote: true to fetch this hub id (needs internet).',
    });
  }
  const key = `${local ? 'dir' : 'hub'}:${model}|${options.quantized ? 'int8' : 'fp32'}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    const promise = load(model, local, options.quantized);
    entry = { promise, refs: 0 };
    cache.set(key, entry);
    promise.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
  }
  entry.refs += 1;
  let loaded: Loaded;
  try {
    loaded = await entry.promise;
  } catch (error) {
    entry.refs -= 1;
    throw error;
  }
  return makeClassifier(loaded, () => release(key, entry));
}

async function release(key: string, entry: CacheEntry): Promise<void> {
  entry.refs -= 1;
  if (entry.refs > 0) return;
  if (cache.get(key) === entry) cache.delete(key);
  const loaded = await entry.promise;
  await loaded.model.dispose();
}

/** How many models are loaded and shared right now (for tests and diagnostics). */
export function loadedModelCount(): number {
  return cache.size;
}

/** The tokenizer side of a `TokenClassifier`, from a transformers.js tokenizer. */
export function tokenizerAdapter(tokenizer: unknown): Pick<TokenClassifier, 'encodeWord' | 'normalize' | 'subwordPrefix' | 'unknownId'> {
  const tok = tokenizer as Tokenizer;
  const vocab = tok.model.vocab;
  return {
    subwordPrefix: tok.model.config?.continuing_subword_prefix ?? '##',
    ...(tok.unk_token_id === undefined ? {} : { unknownId: tok.unk_token_id }),
    encodeWord(word: string): WordEncoding {
      const ids = tok.encode(word, null, { add_special_tokens: false });
      return { ids, pieces: ids.map((id) => vocab[id] ?? '') };
    },
    normalize(text: string): string {
      return tok.normalizer === null ? text : tok.normalizer(text);
    },
  };
}

function makeClassifier(loaded: Loaded, release: () => Promise<void>): TokenClassifier {
  const { Tensor, tokenizer, model, labels, prefixIds, suffixIds, padId } = loaded;
  let disposed = false;
  const width = labels.length;
  const classifier: TokenClassifier = {
    labels,
    maxPieces: loaded.maxPieces,
    ...tokenizerAdapter(tokenizer),
    async classify(sequences) {
      if (disposed) throw new FaitsError('E_USAGE', 'This NER model was disposed: create a new one with createNer().', { hint: 'Do not call extract() after dispose().' });
      if (sequences.length === 0) return [];
      const extra = prefixIds.length + suffixIds.length;
      const len = Math.max(...sequences.map((s) => s.length)) + extra;
      const b = sequences.length;
      const ids = new BigInt64Array(b * len).fill(BigInt(padId));
      const mask = new BigInt64Array(b * len);
      sequences.forEach((seq, row) => {
        const full = [...prefixIds, ...seq, ...suffixIds];
        for (let i = 0; i < full.length; i += 1) {
          ids[row * len + i] = BigInt(full[i] as number);
          mask[row * len + i] = 1n;
        }
      });
      const output = await model({ input_ids: new Tensor('int64', ids, [b, len]), attention_mask: new Tensor('int64', mask, [b, len]) });
      const data = output.logits.data as Float32Array;
      const dims = output.logits.dims;
      if (dims.length !== 3 || dims[0] !== b || dims[1] !== len || dims[2] !== width) {
        throw new FaitsError('E_MODEL_CORRUPT', `The model returned logits of shape [${dims.join(', ')}], expected [${b}, ${len}, ${width}].`);
      }
      return sequences.map((seq, row) => {
        const from = (row * len + prefixIds.length) * width;
        return data.slice(from, from + seq.length * width);
      });
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await release();
    },
  };
  return classifier;
}
