import { FaitsError } from '@faits/document';
import { describe, expect, it } from 'vitest';
import { AGGREGATION_STRATEGIES, aggregate, type PreEntity } from '../src/index.ts';
import { argmax, joinPieces, softmaxRows } from '../src/aggregate.ts';

/**
 * Expected values are reasoned from the Python transformers TokenClassificationPipeline
 * (gather_pre_entities → aggregate → aggregate_words / group_entities), not read from our output.
 */
const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG'];

// "Microsoft Company": Micro|##soft Com|##pany, the docstring example of `aggregate_words`
// (B-ENT I-NAME I-ENT I-ENT), with ORG for ENT and PER for NAME.
const TEXT = 'Microsoft Company';
const PIECES: PreEntity[] = [
  { word: 'Micro', scores: [0.02, 0.02, 0.01, 0.9, 0.05], start: 0, end: 5, index: 1, isSubword: false },
  { word: '##soft', scores: [0.01, 0.01, 0.95, 0.02, 0.01], start: 5, end: 9, index: 2, isSubword: true },
  { word: 'Com', scores: [0.05, 0.05, 0.05, 0.05, 0.8], start: 10, end: 13, index: 3, isSubword: false },
  { word: '##pany', scores: [0.1, 0.05, 0.05, 0.1, 0.7], start: 13, end: 17, index: 4, isSubword: true },
];

const view = (items: ReturnType<typeof aggregate>) =>
  items.map((e) => ({ label: e.label, score: Number(e.score.toFixed(4)), word: e.word, start: e.start, end: e.end, text: TEXT.slice(e.start, e.end) }));

describe('aggregate: Python TokenClassificationPipeline semantics', () => {
  it('lists the five strategies', () => {
    expect(AGGREGATION_STRATEGIES).toEqual(['none', 'simple', 'first', 'average', 'max']);
  });

  it('none: one item per piece, raw tag, the piece as word', () => {
    const out = aggregate(PIECES, LABELS, 'none');
    expect(view(out)).toEqual([
      { label: 'B-ORG', score: 0.9, word: 'Micro', start: 0, end: 5, text: 'Micro' },
      { label: 'I-PER', score: 0.95, word: '##soft', start: 5, end: 9, text: 'soft' },
      { label: 'I-ORG', score: 0.8, word: 'Com', start: 10, end: 13, text: 'Com' },
      { label: 'I-ORG', score: 0.7, word: '##pany', start: 13, end: 17, text: 'pany' },
    ]);
    expect(out.map((e) => e.index)).toEqual([1, 2, 3, 4]);
  });

  it('simple: groups consecutive pieces of one type, word boundaries ignored (Micro | ##soft split)', () => {
    expect(view(aggregate(PIECES, LABELS, 'simple'))).toEqual([
      { label: 'ORG', score: 0.9, word: 'Micro', start: 0, end: 5, text: 'Micro' },
      // Python's convert_tokens_to_string(['##soft']) keeps the prefix: nothing precedes it to join.
      { label: 'PER', score: 0.95, word: '##soft', start: 5, end: 9, text: 'soft' },
      { label: 'ORG', score: 0.75, word: 'Company', start: 10, end: 17, text: 'Company' },
    ]);
  });

  it('first: each word takes its first piece’s label, then B-ORG + I-ORG group into one', () => {
    // Word 1 → B-ORG 0.9 (from Micro); word 2 → I-ORG 0.8 (from Com); mean 0.85.
    expect(view(aggregate(PIECES, LABELS, 'first'))).toEqual([
      { label: 'ORG', score: 0.85, word: 'Microsoft Company', start: 0, end: 17, text: 'Microsoft Company' },
    ]);
  });

  it('max: each word takes the label of its highest-scoring piece', () => {
    // Word 1: ##soft (0.95) beats Micro (0.9) → I-PER 0.95; word 2: Com (0.8) → I-ORG 0.8.
    expect(view(aggregate(PIECES, LABELS, 'max'))).toEqual([
      { label: 'PER', score: 0.95, word: 'Microsoft', start: 0, end: 9, text: 'Microsoft' },
      { label: 'ORG', score: 0.8, word: 'Company', start: 10, end: 17, text: 'Company' },
    ]);
  });

  it('average: each word takes the argmax of its averaged scores', () => {
    // Word 1 mean: [0.015, 0.015, 0.48, 0.46, 0.03] → I-PER 0.48; word 2: [0.075, 0.05, 0.05, 0.075, 0.75] → I-ORG 0.75.
    expect(view(aggregate(PIECES, LABELS, 'average'))).toEqual([
      { label: 'PER', score: 0.48, word: 'Microsoft', start: 0, end: 9, text: 'Microsoft' },
      { label: 'ORG', score: 0.75, word: 'Company', start: 10, end: 17, text: 'Company' },
    ]);
  });

  const one = (word: string, label: string, start: number, end: number, isSubword = false): PreEntity => {
    const scores = LABELS.map((l) => (l === label ? 0.9 : 0.025));
    return { word, scores, start, end, index: start, isSubword };
  };

  it('B- starts a new entity: "Elon Musk Sam Altman" is two persons', () => {
    const text = 'Elon Musk Sam Altman';
    const items = [one('Elon', 'B-PER', 0, 4), one('Musk', 'I-PER', 5, 9), one('Sam', 'B-PER', 10, 13), one('Altman', 'I-PER', 14, 20)];
    const out = aggregate(items, LABELS, 'simple');
    expect(out.map((e) => [e.label, e.start, e.end, text.slice(e.start, e.end)])).toEqual([
      ['PER', 0, 9, 'Elon Musk'],
      ['PER', 10, 20, 'Sam Altman'],
    ]);
  });

  it('adjacent I- tags of one type merge, as Python does (a known weakness)', () => {
    const text = 'Elon Musk Sam';
    const items = [one('Elon', 'B-PER', 0, 4), one('Musk', 'I-PER', 5, 9), one('Sam', 'I-PER', 10, 13)];
    expect(aggregate(items, LABELS, 'first').map((e) => [e.start, e.end, text.slice(e.start, e.end)])).toEqual([[0, 13, 'Elon Musk Sam']]);
  });

  it('O is left out; ignoreLabels can leave out more', () => {
    const text = 'Musk chez Nvidia';
    const items = [one('Musk', 'B-PER', 0, 4), one('chez', 'O', 5, 9), one('Nvidia', 'B-ORG', 10, 16)];
    expect(aggregate(items, LABELS, 'first').map((e) => text.slice(e.start, e.end))).toEqual(['Musk', 'Nvidia']);
    expect(aggregate(items, LABELS, 'first', { ignoreLabels: ['O', 'PER'] }).map((e) => text.slice(e.start, e.end))).toEqual(['Nvidia']);
    expect(aggregate(items, LABELS, 'none', { ignoreLabels: ['O', 'B-ORG'] }).map((e) => text.slice(e.start, e.end))).toEqual(['Musk']);
  });

  it('[UNK] is never a subword: with first, it starts its own word', () => {
    // Python sets is_subword = False for the unknown token, so "Nvidia[UNK]" is two words.
    const text = 'Nvidia☃';
    const items = [one('Nvi', 'B-ORG', 0, 3), one('##dia', 'I-ORG', 3, 6, true), one('[UNK]', 'O', 6, 7, false)];
    expect(aggregate(items, LABELS, 'first').map((e) => [e.label, text.slice(e.start, e.end)])).toEqual([['ORG', 'Nvidia']]);
  });

  it('argmax keeps the first of equal scores (numpy)', () => {
    expect(argmax([0.4, 0.4, 0.2])).toBe(0);
    expect(argmax([0.1, 0.45, 0.45])).toBe(1);
    const tie: PreEntity = { word: 'x', scores: [0.5, 0.5, 0, 0, 0], start: 0, end: 1, index: 0, isSubword: false };
    expect(aggregate([tie], LABELS, 'none')).toEqual([]);
  });

  it('empty input gives nothing for every strategy', () => {
    for (const s of AGGREGATION_STRATEGIES) expect(aggregate([], LABELS, s)).toEqual([]);
  });

  it('an unknown strategy throws E_INVALID_OPTION listing the valid ones', () => {
    const call = () => aggregate(PIECES, LABELS, 'longest' as never);
    expect(call).toThrow(FaitsError);
    expect(call).toThrow(/"longest".*none, simple, first, average, max/);
    try {
      call();
    } catch (e) {
      expect((e as FaitsError).code).toBe('E_INVALID_OPTION');
    }
  });

  it('joinPieces is BERT’s convert_tokens_to_string', () => {
    expect(joinPieces(['Mu', '##sk', 'Sam'])).toBe('Musk Sam');
  });

  it('softmaxRows is a stable softmax per row', () => {
    const p = softmaxRows([0, 0, 1000, 0], 2);
    expect(Array.from(p)).toEqual([0.5, 0.5, 1, 0]);
  });
});
