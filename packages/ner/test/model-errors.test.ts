import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FaitsError } from '@faits/document';
import { afterAll, describe, expect, it } from 'vitest';
import { createNer } from '../src/index.ts';

const root = mkdtempSync(path.join(tmpdir(), 'faits-ner-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A minimal, valid BERT WordPiece tokenizer in the Hugging Face format. */
const TOKENIZER = {
  version: '1.0',
  truncation: null,
  padding: null,
  added_tokens: ['[PAD]', '[UNK]', '[CLS]', '[SEP]'].map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
  normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: false },
  pre_tokenizer: { type: 'BertPreTokenizer' },
  post_processor: {
    type: 'TemplateProcessing',
    single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
    pair: [],
    special_tokens: { '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] } },
  },
  decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
  model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: { '[PAD]': 0, '[UNK]': 1, '[CLS]': 2, '[SEP]': 3, a: 4 } },
};
const CONFIG = { model_type: 'bert', architectures: ['BertForTokenClassification'], id2label: { 0: 'O', 1: 'B-PER', 2: 'I-PER' }, label2id: { O: 0, 'B-PER': 1, 'I-PER': 2 }, max_position_embeddings: 512 };

function modelDir(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'onnx'), { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<FaitsError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FaitsError);
  return error as FaitsError;
}

describe('model loading errors', () => {
  it('a directory that does not exist: E_MODEL_MISSING with a hint', async () => {
    const e = await failure(createNer({ model: path.join(root, 'nowhere') }));
    expect(e.code).toBe('E_MODEL_MISSING');
    expect(e.message).toMatch(/does not exist/);
    expect(e.hint).toMatch(/config\.json/);
  });

  it('an empty directory: E_MODEL_MISSING naming every missing file', async () => {
    const e = await failure(createNer({ model: modelDir('empty', {}) }));
    expect(e.code).toBe('E_MODEL_MISSING');
    expect(e.message).toMatch(/lacks config\.json, tokenizer\.json, tokenizer_config\.json, onnx\/model_quantized\.onnx/);
  });

  it('only the fp32 model: the message says to pass quantized: false', async () => {
    const dir = modelDir('fp32-only', {
      'config.json': JSON.stringify(CONFIG), 'tokenizer.json': JSON.stringify(TOKENIZER), 'tokenizer_config.json': '{}', 'onnx/model.onnx': 'x',
    });
    const e = await failure(createNer({ model: dir }));
    expect(e.code).toBe('E_MODEL_MISSING');
    expect(e.message).toMatch(/quantized: false/);
  });

  it('a config.json that is not JSON: E_MODEL_CORRUPT', async () => {
    const dir = modelDir('bad-config', {
      'config.json': '{ "model_type": ', 'tokenizer.json': JSON.stringify(TOKENIZER), 'tokenizer_config.json': '{}', 'onnx/model_quantized.onnx': 'x',
    });
    const e = await failure(createNer({ model: dir }));
    expect(e.code).toBe('E_MODEL_CORRUPT');
    expect(e.message).toMatch(/not valid JSON/);
  });

  it('a config without id2label is not a token classifier: E_MODEL_CORRUPT', async () => {
    const dir = modelDir('no-labels', {
      'config.json': JSON.stringify({ model_type: 'bert' }), 'tokenizer.json': JSON.stringify(TOKENIZER), 'tokenizer_config.json': '{}', 'onnx/model_quantized.onnx': 'x',
    });
    const e = await failure(createNer({ model: dir }));
    expect(e.code).toBe('E_MODEL_CORRUPT');
    expect(e.message).toMatch(/id2label/);
  });

  it('an ONNX file that is not a model: E_MODEL_CORRUPT, with the cause', async () => {
    const dir = modelDir('bad-onnx', {
      'config.json': JSON.stringify(CONFIG),
      'tokenizer.json': JSON.stringify(TOKENIZER),
      'tokenizer_config.json': JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: false, model_max_length: 512 }),
      'onnx/model_quantized.onnx': 'this is not a protobuf',
    });
    const e = await failure(createNer({ model: dir }));
    expect(e.code).toBe('E_MODEL_CORRUPT');
    expect(e.message).toMatch(/Cannot load the model in/);
    expect(e.cause).toBeDefined();
  });

  it('a hub id without allowRemote: E_MODEL_MISSING saying how to allow it', async () => {
    const e = await failure(createNer({ model: 'Xenova/bert-base-multilingual-cased-ner-hrl' }));
    expect(e.code).toBe('E_MODEL_MISSING');
    expect(e.hint).toMatch(/allowRemote: true/);
  });

  it('a hub id with allowRemote on a machine that cannot fetch it: E_MODEL_MISSING naming the hub', async () => {
    const e = await failure(createNer({ model: 'faits-test/no-such-model-here', allowRemote: true }));
    expect(e.code).toBe('E_MODEL_MISSING');
    expect(e.message).toMatch(/Hugging Face hub/);
  }, 60_000);
});
