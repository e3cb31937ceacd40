/**
 * Entity-level strict F1 (IOB2) of the exported ONNX models, fp32 and int8, run by transformers.js on the
 * dev split written by dump_dev.py (train/work/dev.jsonl). Same scoring as evaluate.py.
 *
 * usage (from the repo root): pnpm tsx packages/ner-model/train/eval-onnx.ts
 */
import { readFileSync } from 'node:fs';
import { AutoModelForTokenClassification, Tensor, env } from '@xenova/transformers';
import { labels, modelId, modelRoot } from '@faits/ner-model';

env.allowRemoteModels = false;
env.localModelPath = modelRoot;

interface Row { lang: string; ids: number[]; first: number[]; tags: string[] }
const rows = readFileSync(new URL('./work/dev.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function spans(tags: string[]): Set<string> {
  const out = new Set<string>();
  let cur: [string, number] | undefined;
  [...tags, 'O'].forEach((t, i) => {
    if (cur !== undefined && t !== `I-${cur[0]}`) { out.add(`${cur[0]}:${cur[1]}:${i}`); cur = undefined; }
    if (t.startsWith('B-')) cur = [t.slice(2), i];
  });
  return out;
}

for (const quantized of [false, true]) {
  const model = await AutoModelForTokenClassification.from_pretrained(modelId, { quantized });
  let tp = 0; let fp = 0; let fn = 0;
  const t0 = performance.now();
  for (let b = 0; b < rows.length; b += 32) {
    const batch = rows.slice(b, b + 32);
    const n = Math.max(...batch.map((r) => r.ids.length));
    const ids = new BigInt64Array(batch.length * n);
    const mask = new BigInt64Array(batch.length * n);
    batch.forEach((r, i) => r.ids.forEach((id, j) => { ids[i * n + j] = BigInt(id); mask[i * n + j] = 1n; }));
    const { logits } = await model({
      input_ids: new Tensor('int64', ids, [batch.length, n]),
      attention_mask: new Tensor('int64', mask, [batch.length, n]),
      token_type_ids: new Tensor('int64', new BigInt64Array(batch.length * n), [batch.length, n]),
    }) as { logits: { data: Float32Array } };
    batch.forEach((r, i) => {
      const pred = r.tags.map((_, w) => {
        const p = r.first[w];
        if (p === undefined) return 'O';
        let best = 0;
        for (let k = 1; k < labels.length; k++) if (logits.data[(i * n + p) * labels.length + k]! > logits.data[(i * n + p) * labels.length + best]!) best = k;
        return labels[best]!;
      });
      const g = spans(r.tags); const s = spans(pred);
      for (const e of s) if (g.has(e)) tp++; else fp++;
      for (const e of g) if (!s.has(e)) fn++;
    });
  }
  const p = tp / (tp + fp); const r = tp / (tp + fn);
  console.log(`${quantized ? 'int8' : 'fp32'}: P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${(2 * p * r / (p + r)).toFixed(4)} (${rows.length} sentences, ${Math.round(performance.now() - t0)} ms)`);
  await model.dispose();
}
