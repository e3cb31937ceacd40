import { AutoModelForTokenClassification, AutoTokenizer, env } from '@xenova/transformers';
import { modelId, modelRoot } from '@faits/ner-model';

/** transformers.js pointed at the bundled model folder, with no network. */
export function useLocalModel(): void {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = modelRoot;
}

type Tokenizer = Awaited<ReturnType<typeof AutoTokenizer.from_pretrained>>;
type Model = Awaited<ReturnType<typeof AutoModelForTokenClassification.from_pretrained>>;

let tokenizer: Promise<Tokenizer> | undefined;
const models = new Map<boolean, Promise<Model>>();

export function loadTokenizer(): Promise<Tokenizer> {
  useLocalModel();
  tokenizer ??= AutoTokenizer.from_pretrained(modelId);
  return tokenizer;
}

export function loadModel(quantized: boolean): Promise<Model> {
  useLocalModel();
  let m = models.get(quantized);
  if (m === undefined) {
    m = AutoModelForTokenClassification.from_pretrained(modelId, { quantized });
    models.set(quantized, m);
  }
  return m;
}

/** Token ids of one text, as plain numbers ([CLS] ... [SEP]). */
export async function encode(text: string): Promise<number[]> {
  const tok = await loadTokenizer();
  const { input_ids: ids } = tok(text) as { input_ids: { data: BigInt64Array } };
  return Array.from(ids.data, Number);
}

/**
 * Runs the model on one sentence and returns one `[word, label]` per pre-tokenized word (a word is a
 * piece without `##` plus the `##` pieces after it); the word's label is its first piece's label, which
 * is how the model was trained.
 */
export async function wordLabels(text: string, quantized = true): Promise<[string, string][]> {
  const tok = await loadTokenizer();
  const model = await loadModel(quantized);
  const inputs = tok(text) as Record<string, { data: BigInt64Array }>;
  const { logits } = (await model(inputs)) as { logits: { data: Float32Array; dims: number[] } };
  const [, n, k] = logits.dims as [number, number, number];
  const id2label = (model as unknown as { config: { id2label: Record<string, string> } }).config.id2label;
  const pieces = tok.model.convert_ids_to_tokens(Array.from(inputs.input_ids!.data, Number)) as string[];
  const words: [string, string][] = [];
  for (let i = 1; i < n - 1; i++) {
    const piece = pieces[i]!;
    if (piece.startsWith('##') && words.length > 0) {
      const last = words[words.length - 1]!;
      last[0] += piece.slice(2);
      continue;
    }
    let best = 0;
    for (let j = 1; j < k; j++) if (logits.data[i * k + j]! > logits.data[i * k + best]!) best = j;
    words.push([piece, id2label[String(best)]!]);
  }
  return words;
}

/** The labelled words only (label other than O), in order. */
export async function entities(text: string, quantized = true): Promise<[string, string][]> {
  return (await wordLabels(text, quantized)).filter(([, l]) => l !== 'O');
}
