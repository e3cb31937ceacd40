import { describe, expect, it } from 'vitest';
import { FaitsError } from '@faits/document';
import { readConll, scoreEntities } from '../src/index.ts';

const close = (x: number): number => Math.round(x * 1e6) / 1e6;

// Sentence 1: "Jensen Huang dirige Nvidia à Santa Clara ." — Sentence 2: "Le Monde l’écrit ." (elision)
const GOLD = [
  [
    { start: 0, end: 12, text: 'Jensen Huang', label: 'PER' },
    { start: 20, end: 26, text: 'Nvidia', label: 'ORG' },
    { start: 29, end: 40, text: 'Santa Clara', label: 'LOC' },
  ],
  [{ start: 0, end: 8, text: 'Le Monde', label: 'ORG' }],
];
const PRED = [
  [
    { start: 0, end: 12, text: 'Jensen Huang', label: 'PER' }, // exact, same label
    { start: 20, end: 26, text: 'Nvidia', label: 'MISC' }, // exact, other label
    { start: 35, end: 40, text: 'Clara', label: 'LOC' }, // overlap, same label
    { start: 13, end: 19, text: 'dirige', label: 'ORG' }, // spurious
  ],
  [{ start: 9, end: 16, text: 'l’écrit', label: 'MISC' }], // spurious; "Le Monde" missed
];

describe('scoreEntities (nervaluate schemas), counts worked out by hand', () => {
  const report = scoreEntities(GOLD, PRED);

  it('strict: COR 1, INC 2, MIS 1, SPU 2 -> P 1/5, R 1/4', () => {
    expect(report.strict.counts).toEqual({ correct: 1, incorrect: 2, partial: 0, missed: 1, spurious: 2, possible: 4, actual: 5 });
    expect(close(report.strict.precision)).toBe(0.2);
    expect(close(report.strict.recall)).toBe(0.25);
    expect(close(report.strict.f1)).toBe(close(2 / 9));
  });

  it('exact: boundaries only, the MISC/ORG pair is correct', () => {
    expect(report.exact.counts).toEqual({ correct: 2, incorrect: 1, partial: 0, missed: 1, spurious: 2, possible: 4, actual: 5 });
    expect(close(report.exact.f1)).toBe(close(4 / 9));
  });

  it('partial: the overlapping "Clara" counts half -> P 2.5/5, R 2.5/4', () => {
    expect(report.partial.counts).toEqual({ correct: 2, incorrect: 0, partial: 1, missed: 1, spurious: 2, possible: 4, actual: 5 });
    expect(close(report.partial.precision)).toBe(0.5);
    expect(close(report.partial.recall)).toBe(0.625);
    expect(close(report.partial.f1)).toBe(close(5 / 9));
  });

  it('type: overlap with the same label is correct, the label mismatch incorrect', () => {
    expect(report.type.counts).toEqual({ correct: 2, incorrect: 1, partial: 0, missed: 1, spurious: 2, possible: 4, actual: 5 });
  });

  it('per label: a pair counts under the golden label, a spurious span under its own', () => {
    expect(Object.keys(report.labels)).toEqual(['LOC', 'MISC', 'ORG', 'PER']);
    expect(report.labels['ORG']?.strict.counts).toEqual({ correct: 0, incorrect: 1, partial: 0, missed: 1, spurious: 1, possible: 2, actual: 2 });
    expect(report.labels['MISC']?.strict.counts).toEqual({ correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 1, possible: 0, actual: 1 });
    expect(report.labels['LOC']?.type.counts.correct).toBe(1);
    expect(report.labels['LOC']?.strict.counts.incorrect).toBe(1);
    expect(report.labels['PER']?.strict).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('spans of different sentences never match', () => {
    const shifted = scoreEntities([[{ start: 0, end: 8, label: 'ORG' }], []], [[], [{ start: 0, end: 8, label: 'ORG' }]]);
    expect(shifted.strict.counts).toMatchObject({ correct: 0, missed: 1, spurious: 1 });
  });

  it('one golden span, two predictions: only one pairs (the better), the other is spurious', () => {
    const r = scoreEntities([{ start: 0, end: 12, label: 'PER' }], [{ start: 0, end: 6, label: 'PER' }, { start: 0, end: 12, label: 'PER' }]);
    expect(r.strict.counts).toMatchObject({ correct: 1, incorrect: 0, spurious: 1 });
  });

  it('empty input: all zeros; misaligned groups throw E_INVALID_OPTION', () => {
    expect(scoreEntities([], []).strict).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(() => scoreEntities([[], []], [[]])).toThrow(FaitsError);
  });
});

describe('readConll', () => {
  it('IOB2, `token TAG` lines, French elision: sentences with entity spans', () => {
    const doc = readConll('Jensen B-PER\nHuang I-PER\ndirige O\nNvidia B-ORG\nà O\nSanta B-LOC\nClara I-LOC\n. O\n\nLe B-ORG\nMonde I-ORG\nl’écrit O\n. O\n');
    expect(doc.scheme).toBe('iob2');
    expect(doc.problems).toEqual([]);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Jensen Huang dirige Nvidia à Santa Clara .', 'Le Monde l’écrit .']);
    expect(doc.sentences[0]?.entities).toEqual([
      { start: 0, end: 12, text: 'Jensen Huang', label: 'PER' },
      { start: 20, end: 26, text: 'Nvidia', label: 'ORG' },
      { start: 29, end: 40, text: 'Santa Clara', label: 'LOC' },
    ]);
    expect(doc.sentences[1]?.entities).toEqual([{ start: 0, end: 8, text: 'Le Monde', label: 'ORG' }]);
    expect(doc.sentences[1]?.line).toBe(10);
  });

  it('IOB1: I- starts an entity, B- only splits two adjacent entities of one type', () => {
    const doc = readConll('Apple I-ORG\net O\nGoogle I-ORG\nMicrosoft B-ORG\nrachètent O\n');
    expect(doc.scheme).toBe('iob1');
    expect(doc.sentences[0]?.entities).toEqual([
      { start: 0, end: 5, text: 'Apple', label: 'ORG' },
      { start: 9, end: 15, text: 'Google', label: 'ORG' },
      { start: 16, end: 25, text: 'Microsoft', label: 'ORG' },
    ]);
  });

  it('IOB1 and IOB2 of the same sentence give the same spans (B- splits two adjacent LOC in IOB1)', () => {
    const iob1 = readConll('Santa I-LOC\nClara I-LOC\nSan B-LOC\nJose I-LOC\n');
    const iob2 = readConll('Santa B-LOC\nClara I-LOC\nSan B-LOC\nJose I-LOC\n');
    const expected = [
      { start: 0, end: 11, text: 'Santa Clara', label: 'LOC' },
      { start: 12, end: 20, text: 'San Jose', label: 'LOC' },
    ];
    expect(iob1.sentences[0]?.entities).toEqual(expected);
    expect(iob2.sentences[0]?.entities).toEqual(expected);
    expect(iob1.scheme).toBe('iob1');
    expect(iob2.scheme).toBe('iob2');
    // without the B-, IOB1 reads one entity of three tokens
    expect(readConll('Santa I-LOC\nClara I-LOC\nSan I-LOC\n').sentences[0]?.entities).toEqual([
      { start: 0, end: 15, text: 'Santa Clara San', label: 'LOC' },
    ]);
  });

  it('WikiNEuRal `index<TAB>token<TAB>tag`, with an astral emoji (2 code units) and CJK', () => {
    const doc = readConll('0\tAngela\tB-PER\n1\tMerkel\tI-PER\n2\t🚀\tO\n3\t北京\tB-LOC\n4\t.\tO\n\n0\t2024\tO\n1\tbrach\tO\n');
    expect(doc.sentences[0]?.text).toBe('Angela Merkel 🚀 北京 .');
    expect(doc.sentences[0]?.entities).toEqual([
      { start: 0, end: 13, text: 'Angela Merkel', label: 'PER' },
      { start: 17, end: 19, text: '北京', label: 'LOC' },
    ]);
    expect(doc.sentences[0]?.tokenSpans[2]).toEqual({ start: 14, end: 16 });
    expect(doc.sentences[1]?.tokens).toEqual(['2024', 'brach']); // a number token is not taken for an index
  });

  it('CoNLL-2003 four columns, -DOCSTART- skipped, CRLF line ends', () => {
    const doc = readConll('-DOCSTART- -X- -X- O\r\n\r\nEU NNP B-NP B-ORG\r\nrejects VBZ B-VP O\r\nGerman JJ B-NP B-MISC\r\ncall NN I-NP O\r\n. . O O\r\n');
    expect(doc.sentences).toHaveLength(1);
    expect(doc.sentences[0]?.entities).toEqual([
      { start: 0, end: 2, text: 'EU', label: 'ORG' },
      { start: 11, end: 17, text: 'German', label: 'MISC' },
    ]);
  });

  it('IOBES (BILOU): S- single, B- ... E- multi-token', () => {
    const doc = readConll('Sam S-PER\nAltman S-PER\nquitte O\nOpen B-ORG\nAI E-ORG\n');
    expect(doc.scheme).toBe('iobes');
    expect(doc.sentences[0]?.entities).toEqual([
      { start: 0, end: 3, text: 'Sam', label: 'PER' },
      { start: 4, end: 10, text: 'Altman', label: 'PER' },
      { start: 18, end: 25, text: 'Open AI', label: 'ORG' },
    ]);
  });

  it('conlleval columns `token gold pred`, scored with scoreEntities', () => {
    const file = 'Paris B-LOC B-ORG\nbrûle O O\n\nMistral B-ORG B-ORG\nAI I-ORG O\n';
    const gold = readConll(file, { tagColumn: -2 });
    const pred = readConll(file, { tagColumn: -1 });
    expect(gold.sentences[1]?.entities).toEqual([{ start: 0, end: 10, text: 'Mistral AI', label: 'ORG' }]);
    expect(pred.sentences[1]?.entities).toEqual([{ start: 0, end: 7, text: 'Mistral', label: 'ORG' }]);
    const r = scoreEntities(gold.sentences.map((s) => s.entities), pred.sentences.map((s) => s.entities));
    // Paris: exact boundaries, wrong label; Mistral: overlap, right label
    expect(r.strict.counts).toMatchObject({ correct: 0, incorrect: 2 });
    expect(r.exact.counts).toMatchObject({ correct: 1, incorrect: 1 });
    expect(r.type.counts).toMatchObject({ correct: 1, incorrect: 1 });
    expect(r.partial.counts).toMatchObject({ correct: 1, partial: 1 });
  });

  it('odd lines are problems, not crashes; empty input gives no sentence', () => {
    const doc = readConll('lonely\nword O\n');
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]).toMatch(/^line 1: expected a token and a tag/u);
    expect(doc.sentences[0]?.tokens).toEqual(['lonely', 'word']);
    expect(readConll('').sentences).toEqual([]);
    expect(readConll('\n\n  \n').sentences).toEqual([]);
    expect(() => readConll('a O', { tagColumn: 0.5 })).toThrow(FaitsError);
  });
});
