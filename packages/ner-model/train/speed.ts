/**
 * Speed of the bundled model in Node (transformers.js + onnxruntime-node): ms per sentence and words/s,
 * fp32 vs int8, batch sizes 1, 8 and 32, over the fixed sentences of test/fixtures/tokenizer-parity.json
 * (the seven languages, hard cases left out). Tokenization is included in the timing.
 *
 * usage (from the repo root): pnpm tsx packages/ner-model/train/speed.ts [--repeat 3]
 */
import { readFileSync } from 'node:fs';
import { AutoModelForTokenClassification, AutoTokenizer, env } from '@xenova/transformers';
import { modelId, modelRoot } from '@faits/ner-model';

env.allowRemoteModels = false;
env.localModelPath = modelRoot;

const repeatArg = process.argv.indexOf('--repeat');
const repeat = repeatArg > 0 ? Number(process.argv[repeatArg + 1]) : 3;
const fixture = JSON.parse(readFileSync(new URL('../test/fixtures/tokenizer-parity.json', import.meta.url), 'utf8')) as { lang: string; text: string }[];
const sentences = fixture.filter((f) => f.lang !== 'hard').map((f) => f.text);
const words = sentences.reduce((n, s) => n + s.split(/\s+/u).filter(Boolean).length, 0);

const tokenizer = await AutoTokenizer.from_pretrained(modelId);
console.log(`${sentences.length} sentences, ${words} words, best of ${repeat} runs`);
console.log('| model | batch | ms / sentence | words / s | load ms |');
console.log('|---|---|---|---|---|');
for (const quantized of [false, true]) {
  const t0 = performance.now();
  const model = await AutoModelForTokenClassification.from_pretrained(modelId, { quantized });
  const loadMs = performance.now() - t0;
  for (const batch of [1, 8, 32]) {
    const run = async (): Promise<number> => {
      const start = performance.now();
      for (let i = 0; i < sentences.length; i += batch) {
        const inputs = tokenizer(sentences.slice(i, i + batch), { padding: true, truncation: true });
        await model(inputs);
      }
      return performance.now() - start;
    };
    await run(); // warm-up
    let best = Infinity;
    for (let r = 0; r < repeat; r++) best = Math.min(best, await run());
    console.log(`| ${quantized ? 'int8' : 'fp32'} | ${batch} | ${(best / sentences.length).toFixed(2)} | ${Math.round(words / (best / 1000))} | ${Math.round(loadMs)} |`);
  }
  await model.dispose();
}
