import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@xenova/transformers';
import { describe, expect, it } from 'vitest';
import type { TokenClassifier } from '../src/index.ts';
import { PieceEncoder } from '../src/pieces.ts';
import { tokenizerAdapter } from '../src/transformers.ts';

/**
 * The real transformers.js tokenizer on a hand-made uncased vocabulary (BertNormalizer with lowercase
 * and strip_accents): offsets must point at the original characters, capitals and accents included.
 * Vocabulary: a l ’ ely ##see , nv ##idia 北 京 !
 */
async function uncasedEncoder(): Promise<PieceEncoder> {
  const saved = { localModelPath: env.localModelPath, allowRemoteModels: env.allowRemoteModels };
  env.localModelPath = fileURLToPath(new URL('./fixtures/', import.meta.url));
  env.allowRemoteModels = false;
  try {
    const tokenizer = await AutoTokenizer.from_pretrained('tokenizer-uncased');
    const classifier = { ...tokenizerAdapter(tokenizer), labels: ['O'], maxPieces: 510, classify: async () => [], dispose: async () => {} } as TokenClassifier;
    return new PieceEncoder(classifier);
  } finally {
    Object.assign(env, saved);
  }
}

describe('offsets with the transformers.js tokenizer', () => {
  it('accents, capitals, elision, emoji [UNK], CJK: every piece points back at its characters', async () => {
    const text = 'À l’Élysée, NVIDIA 🚀 北京!';
    const t = (await uncasedEncoder()).encode(text);
    const rows = Array.from({ length: t.length }, (_, i) => [t.strings[i], t.starts[i], t.ends[i], text.slice(t.starts[i], t.ends[i])]);
    expect(rows).toEqual([
      ['a', 0, 1, 'À'],
      ['l', 2, 3, 'l'],
      ['’', 3, 4, '’'],
      ['ely', 4, 7, 'Ély'],
      ['##see', 7, 10, 'sée'],
      [',', 10, 11, ','],
      ['nv', 12, 14, 'NV'],
      ['##idia', 14, 18, 'IDIA'],
      ['[UNK]', 19, 21, '🚀'],
      ['北', 22, 23, '北'],
      ['京', 23, 24, '京'],
      ['!', 24, 25, '!'],
    ]);
    expect(t.unknown).toBe(1);
  });

  it('decomposed accents (NFD) map each piece to whole base + mark clusters', async () => {
    const text = 'E\u0301lyse\u0301e';
    const t = (await uncasedEncoder()).encode(text);
    const rows = Array.from({ length: t.length }, (_, i) => [t.strings[i], t.starts[i], t.ends[i]]);
    expect(rows).toEqual([['ely', 0, 4], ['##see', 4, 8]]);
  });
});
