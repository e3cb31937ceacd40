import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labels, modelDir, modelInfo } from '@faits/ner-model';
import { loadModel } from './helpers.ts';

const read = (f: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(modelDir, f), 'utf8')) as Record<string, unknown>;

function sizeOf(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? sizeOf(p) : statSync(p).size;
  }
  return total;
}

describe('bundled model files', () => {
  it('has the transformers.js layout', () => {
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json',
      'onnx/model.onnx', 'onnx/model_quantized.onnx']) {
      expect(existsSync(path.join(modelDir, f)), f).toBe(true);
    }
  });

  it('stays under 30 MB in all, and int8 is under a third of fp32', () => {
    expect(sizeOf(modelDir)).toBeLessThan(30 * 1024 * 1024);
    const fp32 = statSync(path.join(modelDir, 'onnx/model.onnx')).size;
    const int8 = statSync(path.join(modelDir, 'onnx/model_quantized.onnx')).size;
    expect(int8).toBeLessThan(fp32 / 3);
  });

  it('config: BERT token classifier with the nine IOB2 labels in the exported order', () => {
    const c = read('config.json');
    expect(c.model_type).toBe('bert');
    expect(c.architectures).toEqual(['BertForTokenClassification']);
    expect(labels).toEqual(['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']);
    expect(c.id2label).toEqual(Object.fromEntries(labels.map((l, i) => [String(i), l])));
    expect(c.label2id).toEqual(Object.fromEntries(labels.map((l, i) => [l, i])));
  });

  it('vocabulary size and max length agree between config, tokenizer files and modelInfo', () => {
    const c = read('config.json');
    const tj = read('tokenizer.json') as { model: { vocab: Record<string, number>; type: string } };
    const tc = read('tokenizer_config.json');
    const vocab = tj.model.vocab;
    expect(tj.model.type).toBe('WordPiece');
    expect(Object.keys(vocab).length).toBe(c.vocab_size);
    expect(new Set(Object.values(vocab)).size).toBe(c.vocab_size);
    expect(Math.max(...Object.values(vocab))).toBe((c.vocab_size as number) - 1);
    expect([vocab['[PAD]'], vocab['[UNK]'], vocab['[CLS]'], vocab['[SEP]'], vocab['[MASK]']]).toEqual([0, 1, 2, 3, 4]);
    expect(tc.tokenizer_class).toBe('BertTokenizer');
    expect(tc.do_lower_case).toBe(false);
    expect(tc.model_max_length).toBe(c.max_position_embeddings);
    expect(modelInfo.vocabSize).toBe(c.vocab_size);
    expect(modelInfo.maxLength).toBe(c.max_position_embeddings);
    expect(modelInfo.architecture).toBe('BertForTokenClassification');
    expect(modelInfo.hiddenSize % modelInfo.attentionHeads).toBe(0);
    expect(modelInfo.parameters).toBeGreaterThan(1_000_000);
    expect(modelInfo.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('both ONNX graphs take input_ids, attention_mask, token_type_ids and give logits', async () => {
    for (const quantized of [true, false]) {
      const m = await loadModel(quantized);
      const session = (m as unknown as { session: { inputNames: string[]; outputNames: string[] } }).session;
      expect([...session.inputNames].sort()).toEqual(['attention_mask', 'input_ids', 'token_type_ids']);
      expect(session.outputNames).toEqual(['logits']);
    }
  });
});
