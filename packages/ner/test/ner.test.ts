import { assertDocument, composeStages, createDocument, FaitsError, type Entity } from '@faits/document';
import { describe, expect, it } from 'vitest';
import { createNer, nerStage } from '../src/index.ts';
import { trimSpan } from '../src/ner.ts';
import { createFakeClassifier } from './fake.ts';

const rows = (entities: readonly Entity[]) => entities.map((e) => [e.start, e.end, e.text, e.label]);
/** Softmax probability of the fake's chosen label: logit L against eight zeros. */
const p = (logit: number) => Math.exp(logit) / (Math.exp(logit) + 8);

const GOLD = { Elon: 'B-PER', Musk: 'I-PER', xAI: 'B-ORG', Paris: 'B-LOC', Sam: 'B-PER', Altman: 'I-PER', OpenAI: 'B-ORG' };

async function expectCode(promise: Promise<unknown>, code: string, pattern?: RegExp): Promise<FaitsError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FaitsError);
  expect((error as FaitsError).code).toBe(code);
  if (pattern !== undefined) expect((error as FaitsError).message).toMatch(pattern);
  return error as FaitsError;
}

describe('createNer with a fake classifier', () => {
  it('finds entities with exact offsets, labels, scores, sources and ids', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: GOLD }) });
    const text = 'Elon Musk a fondé xAI à Paris.';
    const out = await ner.extract(text);
    expect(rows(out)).toEqual([[0, 9, 'Elon Musk', 'PER'], [18, 21, 'xAI', 'ORG'], [24, 29, 'Paris', 'LOC']]);
    expect(out.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(out.map((e) => e.source)).toEqual(['ner.transformers.v1', 'ner.transformers.v1', 'ner.transformers.v1']);
    expect(out[0]?.confidence).toBeCloseTo(p(6), 6);
    // xAI is both the model's and the gazetteer's: one entity, canonical and kind from the gazetteer.
    expect(out[1]).toMatchObject({ canonical: 'xAI', kind: 'company' });
    expect(out[1]?.confidence).toBeCloseTo(p(6), 6);
    await ner.dispose();
  });

  it('aggregation none gives pieces, simple groups them ("Paris" is Pari + ##s)', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: GOLD }), gazetteer: false });
    const text = 'à Paris';
    expect(rows(await ner.extract(text, { aggregation: 'none' }))).toEqual([[2, 6, 'Pari', 'LOC'], [6, 7, 's', 'LOC']]);
    expect(rows(await ner.extract(text, { aggregation: 'simple' }))).toEqual([[2, 7, 'Paris', 'LOC']]);
    expect(rows(await ner.extract(text, { aggregation: 'average' }))).toEqual([[2, 7, 'Paris', 'LOC']]);
  });

  it('minScore drops unsure model entities', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: GOLD, logit: 2 }), gazetteer: false });
    expect(p(2)).toBeLessThan(0.5);
    expect(await ner.extract('Elon Musk', { minScore: 0.5 })).toEqual([]);
    expect(rows(await ner.extract('Elon Musk', { minScore: 0.4 }))).toEqual([[0, 9, 'Elon Musk', 'PER']]);
  });

  it('hard cases: elision d’OpenAI, NNBSP, emoji, astral 𝔘, CJK, RTL', async () => {
    const gold = { ...GOLD, 英: 'B-ORG', 伟: 'I-ORG', 达: 'I-ORG', 'أبل': 'B-ORG', '𝔘ber': 'B-ORG' };
    const ner = await createNer({ classifier: createFakeClassifier({ gold }), gazetteer: false });
    const text = 'Le rival d’OpenAI\u202F: 🚀Elon Musk, 𝔘ber et 英伟达 avec شركة أبل.';
    expect(rows(await ner.extract(text))).toEqual([
      [11, 17, 'OpenAI', 'ORG'],
      [22, 31, 'Elon Musk', 'PER'],
      [33, 38, '𝔘ber', 'ORG'],
      [42, 45, '英伟达', 'ORG'],
      [56, 59, 'أبل', 'ORG'],
    ]);
  });

  it('[UNK] pieces keep the offsets of their word', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: { '☃☃': 'B-MISC' }, unknown: /☃/u }), gazetteer: false });
    // ☃ is a symbol: each is a word and an [UNK] piece; [UNK] pieces carry the gold label O in the fake.
    expect(await ner.extract('Le ☃☃ fond')).toEqual([]);
  });

  it('repeated words: "Paris ... Paris" are two entities at their own offsets', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: GOLD }) });
    expect(rows(await ner.extract('Paris, puis Paris.'))).toEqual([[0, 5, 'Paris', 'LOC'], [12, 17, 'Paris', 'LOC']]);
  });

  it('empty and blank text give no entity; a non-string is E_INVALID_OPTION', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: GOLD }) });
    expect(await ner.extract('')).toEqual([]);
    expect(await ner.extract(' \n\u00A0')).toEqual([]);
    await expectCode(ner.extract(42 as never), 'E_INVALID_OPTION', /Text 0 must be a string/);
  });
});

describe('merging the model with the gazetteer', () => {
  it('a longer gazetteer name wins over the model’s part: Stability AI', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: { Stability: 'B-ORG' } }) });
    const [e] = await ner.extract('Stability AI lève des fonds.');
    expect(e).toMatchObject({ start: 0, end: 12, text: 'Stability AI', label: 'ORG', source: 'ner.gazetteer.v1', canonical: 'Stability AI' });
  });

  it('a longer model span wins over the gazetteer’s: "Nvidia France"', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: { Nvidia: 'B-ORG', France: 'I-ORG' } }) });
    const out = await ner.extract('Nvidia France recrute.');
    expect(rows(out)).toEqual([[0, 13, 'Nvidia France', 'ORG']]);
    expect(out[0]?.source).toBe('ner.transformers.v1');
    expect(out[0]?.canonical).toBeUndefined();
  });

  it('MISC from the model and PRODUCT from the gazetteer agree: ChatGPT is a PRODUCT found by the model', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: { ChatGPT: 'B-MISC' } }) });
    const [e] = await ner.extract('ChatGPT répond.');
    expect(e).toMatchObject({ start: 0, end: 7, text: 'ChatGPT', label: 'PRODUCT', source: 'ner.transformers.v1', canonical: 'ChatGPT', kind: 'product' });
  });

  it('same span, different labels: the surer one wins', async () => {
    const sure = await createNer({ classifier: createFakeClassifier({ gold: { Meta: 'B-PER' }, logit: 8 }) });
    expect(await sure.extract('Meta recrute.')).toMatchObject([{ text: 'Meta', label: 'PER', source: 'ner.transformers.v1' }]);
    const unsure = await createNer({ classifier: createFakeClassifier({ gold: { Meta: 'B-PER' }, logit: 2 }) });
    expect(await unsure.extract('Meta recrute.')).toMatchObject([{ text: 'Meta', label: 'ORG', source: 'ner.gazetteer.v1', canonical: 'Meta' }]);
  });

  it('a model entity spelled like an alias gets canonical and kind even where no context rule fired: X', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: { X: 'B-ORG' } }) });
    expect(await ner.extract('X a changé ses règles.')).toMatchObject([{ start: 0, end: 1, text: 'X', label: 'ORG', canonical: 'X', kind: 'company', source: 'ner.transformers.v1' }]);
  });

  it('gazetteer: false keeps only the model', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: {} }), gazetteer: false });
    expect(await ner.extract('Nvidia et OpenAI')).toEqual([]);
    expect(rows(await ner.extract('Nvidia et OpenAI', { gazetteer: true }))).toEqual([[0, 6, 'Nvidia', 'ORG'], [10, 16, 'OpenAI', 'ORG']]);
  });
});

/** `count` filler words "mot" in sentences of 20 words. */
function filler(count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) words.push(i % 20 === 19 ? 'mot.' : i % 20 === 0 ? 'Le' : 'mot');
  return words.join(' ');
}

describe('long texts: windows, seams, batching', () => {
  it('huge input: a 50,000-word article whose last sentence holds a name — found, nothing truncated', async () => {
    const fake = createFakeClassifier({ gold: GOLD });
    const ner = await createNer({ classifier: fake, window: 128, stride: 32 });
    const head = filler(50_000);
    const text = `${head} Enfin Sam Altman parle.`;
    const result = await ner.analyze(text);
    const start = head.length + ' Enfin '.length;
    expect(rows(result.entities)).toEqual([[start, start + 10, 'Sam Altman', 'PER']]);
    expect(result.stats.words).toBeGreaterThan(50_000);
    expect(result.stats.windows).toBeGreaterThan(result.stats.pieces / 128);
    for (const call of fake.calls) for (const seq of call) expect(seq.length).toBeLessThanOrEqual(128);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['ner.windowed']);
  });

  it('sliding windows over a text with no sentence break (align: none) also reach the end', async () => {
    const fake = createFakeClassifier({ gold: GOLD });
    const ner = await createNer({ classifier: fake, window: 64, stride: 16, align: 'none' });
    const head = Array.from({ length: 5000 }, () => 'mot').join(' ');
    const text = `${head} Elon Musk`;
    expect(rows(await ner.extract(text))).toEqual([[head.length + 1, head.length + 10, 'Elon Musk', 'PER']]);
    for (const call of fake.calls) for (const seq of call) expect(seq.length).toBeLessThanOrEqual(64);
  });

  it('in an overlap, each piece is read by the window where it is farther from an edge', async () => {
    // The fake sees nothing within 3 pieces of either end of a sequence. Windows of 16 sharing 8: every
    // piece but the first and last 3 of the text is owned by a window where it is at least 3 from an edge.
    const words = Array.from({ length: 200 }, (_, i) => (i % 7 === 3 && i < 196 ? 'Sam' : 'mot'));
    const text = words.join(' ');
    const names = words.filter((w) => w === 'Sam').length;
    const overlapping = await createNer({ classifier: createFakeClassifier({ gold: GOLD, blindEdge: 3 }), window: 16, stride: 8, align: 'none', gazetteer: false });
    const found = await overlapping.extract(text);
    expect(found.length).toBe(names);
    expect(found.every((e) => e.text === 'Sam' && text.slice(e.start, e.end) === 'Sam')).toBe(true);
    // Control: without overlap, names near a window edge are missed.
    const disjoint = await createNer({ classifier: createFakeClassifier({ gold: GOLD, blindEdge: 3 }), window: 16, stride: 0, align: 'none', gazetteer: false });
    expect((await disjoint.extract(text)).length).toBeLessThan(names);
  });

  it('an entity cut by a window seam is merged back into one', async () => {
    // 13 filler words, then a six-word name on pieces 13..18; windows of 16 without overlap cut it at 16,
    // and the second window takes "Louis" for the start of a name (B-PER).
    const gold = { Jean: 'B-PER', Paul: 'I-PER', Marie: 'I-PER', Louis: 'I-PER', Henri: 'I-PER', Dupont: 'I-PER' };
    const head = Array.from({ length: 13 }, () => 'mot').join(' ');
    const text = `${head} Jean Paul Marie Louis Henri Dupont mot mot`;
    const fake = createFakeClassifier({ gold });
    const ner = await createNer({ classifier: fake, window: 16, stride: 0, align: 'none', gazetteer: false });
    const start = head.length + 1;
    expect(rows(await ner.extract(text))).toEqual([[start, start + 34, 'Jean Paul Marie Louis Henri Dupont', 'PER']]);
    expect(fake.calls.flat().length).toBe(2);
  });

  it('a line break is a hard boundary: two names on two lines stay two entities', async () => {
    const gold = { Jean: 'B-PER', Paul: 'I-PER', Marie: 'I-PER', Louis: 'I-PER' };
    const ner = await createNer({ classifier: createFakeClassifier({ gold }), gazetteer: false });
    expect(rows(await ner.extract('Jean Paul\nMarie Louis'))).toEqual([[0, 9, 'Jean Paul', 'PER'], [10, 21, 'Marie Louis', 'PER']]);
  });

  it('windows are batched (at most batchSize per call), similar lengths together', async () => {
    const fake = createFakeClassifier({ gold: GOLD });
    const ner = await createNer({ classifier: fake, window: 32, batchSize: 4 });
    const text = Array.from({ length: 30 }, (_, i) => `Phrase numéro ${'mot '.repeat(i % 9)}fin.`).join(' ');
    const result = await ner.analyze(text);
    expect(fake.calls.length).toBe(Math.ceil(result.stats.windows / 4));
    for (const call of fake.calls) expect(call.length).toBeLessThanOrEqual(4);
    const lengths = fake.calls.flat().map((s) => s.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(result.stats.pieces);
  });

  it('doc.sentences can set the window boundaries', async () => {
    const fake = createFakeClassifier({ gold: GOLD });
    const ner = await createNer({ classifier: fake, window: 8 });
    const text = 'Elon Musk parle de xAI Paris Sam Altman';
    // Two "sentences" given by the caller: [0, 22) and [23, 39).
    await ner.extract(text, { sentences: [{ start: 0, end: 23 }, { start: 23, end: 39 }] });
    expect(fake.calls.flat().map((s) => s.length).sort()).toEqual([5, 6]);
  });
});

describe('extractBatch, concurrency, dispose', () => {
  it('extractBatch gives the same entities as extract, in order, with windows of all texts batched together', async () => {
    const texts = ['Elon Musk a fondé xAI.', '', 'Sam Altman dirige OpenAI à Paris.'];
    const single = await createNer({ classifier: createFakeClassifier({ gold: GOLD }) });
    const one = await Promise.all(texts.map((t) => single.extract(t)));
    const fake = createFakeClassifier({ gold: GOLD });
    const batch = await createNer({ classifier: fake });
    expect(await batch.extractBatch(texts)).toEqual(one);
    expect(fake.calls.length).toBe(1);
    expect(fake.calls[0]?.length).toBe(2);
  });

  it('p-limit bounds the model calls in flight across documents', async () => {
    const fake = createFakeClassifier({ gold: GOLD, delayMs: 15 });
    const ner = await createNer({ classifier: fake, batchSize: 1, concurrency: 2 });
    await Promise.all([ner.extractBatch(['Elon Musk.', 'Sam Altman.', 'Paris.']), ner.extract('xAI.'), ner.extract('OpenAI.')]);
    expect(fake.maxInFlight()).toBe(2);
    const serial = createFakeClassifier({ gold: GOLD, delayMs: 5 });
    const ner1 = await createNer({ classifier: serial, batchSize: 1 });
    await Promise.all([ner1.extract('Elon Musk.'), ner1.extract('Sam Altman.'), ner1.extract('Paris.')]);
    expect(serial.maxInFlight()).toBe(1);
  });

  it('dispose frees the classifier, is idempotent, and extract afterwards throws', async () => {
    const fake = createFakeClassifier({ gold: GOLD });
    const ner = await createNer({ classifier: fake });
    await ner.dispose();
    await ner.dispose();
    expect(fake.disposed()).toBe(true);
    await expectCode(ner.extract('Elon Musk'), 'E_USAGE', /disposed/);
  });
});

describe('options', () => {
  const classifier = createFakeClassifier({ gold: GOLD, maxPieces: 62 });

  it('an unknown aggregation strategy throws E_INVALID_OPTION listing the valid values', async () => {
    await expectCode(createNer({ classifier, aggregation: 'longest' as never }), 'E_INVALID_OPTION', /"aggregation".*"longest".*none, simple, first, average, max/);
    const ner = await createNer({ classifier });
    await expectCode(ner.extract('x', { aggregation: 'mean' as never }), 'E_INVALID_OPTION', /none, simple, first, average, max/);
  });

  it('an unknown option is named, with the valid ones', async () => {
    await expectCode(createNer({ classifier, windowSize: 3 } as never), 'E_INVALID_OPTION', /"windowSize".*Valid options: .*window/);
  });

  it('stride must be smaller than the window; the window is capped by the model', async () => {
    await expectCode(createNer({ classifier, window: 16, stride: 16 }), 'E_INVALID_OPTION', /stride/);
    const ner = await createNer({ classifier, window: 4096 });
    expect((await ner.analyze('Elon Musk')).stats.window).toBe(62);
  });

  it('custom labels map model tags to Faits labels; unmapped tags are dropped', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: GOLD }), labels: { LOC: 'MISC' }, gazetteer: false });
    expect(rows(await ner.extract('Paris'))).toEqual([[0, 5, 'Paris', 'MISC']]);
  });
});

describe('nerStage', () => {
  it('is ner.transformers.v1, requires text, provides entities, and returns a new valid Document', async () => {
    const stage = await nerStage({ classifier: createFakeClassifier({ gold: GOLD }) });
    expect(stage.name).toBe('ner.transformers.v1');
    expect(stage.requires).toEqual(['text']);
    expect(stage.provides).toEqual(['entities']);
    const doc = createDocument({ id: 'a1', text: 'Elon Musk a fondé xAI.' });
    const pipeline = composeStages([stage]);
    const out = await pipeline.run(doc, { check: true });
    expect(out).not.toBe(doc);
    expect(out.text).toBe(doc.text);
    expect(doc.entities).toBeUndefined();
    expect(rows(out.entities ?? [])).toEqual([[0, 9, 'Elon Musk', 'PER'], [18, 21, 'xAI', 'ORG']]);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    assertDocument(out);
    await stage.dispose();
  });

  it('uses doc.sentences and reports a long text in doc.diagnostics', async () => {
    const fake = createFakeClassifier({ gold: GOLD });
    const stage = await nerStage({ classifier: fake, window: 8 });
    const text = 'Elon Musk parle de xAI Paris Sam Altman';
    const doc = { ...createDocument({ text }), sentences: [{ start: 0, end: 23, text: text.slice(0, 23) }, { start: 23, end: 39, text: text.slice(23) }] };
    const out = await stage.run(doc);
    expect(fake.calls.flat().map((s) => s.length).sort()).toEqual([5, 6]);
    expect(out.diagnostics).toMatchObject([{ code: 'ner.windowed', severity: 'info', source: 'ner.transformers.v1' }]);
    expect(rows(out.entities ?? [])).toEqual([[0, 9, 'Elon Musk', 'PER'], [19, 22, 'xAI', 'ORG'], [23, 28, 'Paris', 'LOC'], [29, 39, 'Sam Altman', 'PER']]);
  });
});

describe('trimSpan', () => {
  const trim = (s: string) => {
    const r = trimSpan(s, 0, s.length);
    return r === undefined ? undefined : s.slice(r.start, r.end);
  };
  it('drops quotes, brackets and punctuation at the edges, keeps them inside', () => {
    expect(trim('« Nvidia »')).toBe('Nvidia');
    expect(trim('(OpenAI')).toBe('OpenAI');
    expect(trim('Nvidia (NVDA)')).toBe('Nvidia (NVDA)');
    expect(trim('Microsoft.')).toBe('Microsoft');
    expect(trim('Apple Inc.')).toBe('Apple Inc.');
    expect(trim('“xAI”,')).toBe('xAI');
    expect(trim(' - ')).toBeUndefined();
  });
});

describe('stop words', () => {
  it('a model entity that is only a function word or a generic acronym is dropped (Depuis, La, IA)', async () => {
    const ner = await createNer({ classifier: createFakeClassifier({ gold: { Depuis: 'B-ORG', La: 'B-MISC', IA: 'B-ORG', Sam: 'B-PER' } }), gazetteer: false });
    expect(rows(await ner.extract('Depuis, La IA de Sam'))).toEqual([[17, 20, 'Sam', 'PER']]);
  });
});
