import { describe, expect, it } from 'vitest';
import { assign, overlappingPairs } from '../src/assign.ts';
import { matchFacts, type FactRecord } from '../src/index.ts';
import { dateInterval, dateOverlap, datesEqual, normalizeName, numbersEqual } from '../src/normalize.ts';
import { at } from './scenario.ts';

const T = 'Elon Musk a cofondé OpenAI en 2015. Musk a quitté OpenAI en 2018 ; Le Monde et Société Générale, 2,5 milliards d’euros.';

function fact(type: FactRecord['type'], surface: string, fields: Record<string, unknown> = {}, nth = 1): FactRecord {
  return { type, ...at(T, surface, nth), ...fields };
}

function categories(gold: FactRecord[], pred: FactRecord[]): string[] {
  return matchFacts(gold, pred).map((m) => `${m.category}:${m.gold?.['id'] ?? '-'}/${m.pred?.['id'] ?? '-'}`);
}

describe('normalization', () => {
  it('names: case, accents, typographic apostrophe, NNBSP U+202F and NBSP U+00A0 collapse', () => {
    expect(normalizeName('Société Générale')).toBe('societe generale');
    expect(normalizeName('  SOCIETE\u00A0\u202Fgenerale ')).toBe('societe generale');
    expect(normalizeName('L’Oréal')).toBe("l'oreal");
    expect(normalizeName('Nvidia')).toBe(normalizeName('NVIDIA'));
    expect(normalizeName('北京')).toBe('北京'); // CJK unchanged
  });

  it('numbers: equal up to floating point noise, not more', () => {
    expect(numbersEqual(1.03 * 1e9, 1_030_000_000)).toBe(true);
    expect(numbersEqual(12.5, 125)).toBe(false);
    expect(numbersEqual(100000, 100001)).toBe(false);
    expect(numbersEqual(undefined, 1)).toBe(false);
  });

  it('dates as intervals of days: year, month (leap February), day, explicit interval', () => {
    expect(dateInterval('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(dateInterval('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateInterval('2023-02')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(dateInterval('2024-05-26')).toEqual({ start: '2024-05-26', end: '2024-05-26' });
    expect(dateInterval({ start: '2025-09-22', end: '2025-12-20' })).toEqual({ start: '2025-09-22', end: '2025-12-20' });
    expect(dateInterval('2024-13')).toBeUndefined();
    expect(dateInterval('2023-02-29')).toBeUndefined();
    expect(dateInterval({ start: '2025-12-20', end: '2025-09-22' })).toBeUndefined();
    expect(dateInterval(null)).toBeUndefined();
  });

  it('date equality and overlap (Jaccard in days)', () => {
    expect(datesEqual('2024-03', { start: '2024-03-01', end: '2024-03-31' })).toBe(true);
    expect(datesEqual('2024-03', '2025-03')).toBe(false);
    expect(datesEqual(null, null)).toBe(true);
    expect(dateOverlap({ start: '2024-01-01', end: '2024-03-31' }, '2024-02')).toBeCloseTo(29 / 91, 12);
    // autumn 2025 (90 days) against Q4 2025 (92 days): shared 10-01..12-20 = 81 days, union 09-22..12-31 = 101
    expect(dateOverlap({ start: '2025-09-22', end: '2025-12-20' }, { start: '2025-10-01', end: '2025-12-31' })).toBeCloseTo(81 / 101, 12);
    expect(dateOverlap('2024', '2025')).toBe(0);
    expect(dateOverlap('2024', null)).toBe(0);
  });
});

describe('assignment', () => {
  it('overlapping pairs by sweep, half-open: [0, 5) and [5, 9) do not overlap', () => {
    const pairs = overlappingPairs([{ start: 0, end: 5 }, { start: 3, end: 8 }], [{ start: 5, end: 9 }, { start: 0, end: 1 }]);
    expect(pairs.sort()).toEqual([[0, 1], [1, 0]]);
  });

  it('is optimal where greedy is not: A–X 3, A–Y 2, B–X 2 keeps A–Y and B–X (4), not A–X (3)', () => {
    const kept = assign(2, 2, [{ gold: 0, pred: 0, weight: 3 }, { gold: 0, pred: 1, weight: 2 }, { gold: 1, pred: 0, weight: 2 }]);
    expect(kept.map((e) => [e.gold, e.pred]).sort()).toEqual([[0, 1], [1, 0]]);
  });

  it('pairs more facts than greedy would: two dates competing for one prediction', () => {
    // G1 [0, 20) 2024-03; G2 [15, 30) 2025; P1 [10, 20) 2024-03 overlaps both; P2 [0, 8) 2024-03-15 overlaps G1 only.
    // Greedy would take G1–P1 (the best single pair) and leave G2 missed and P2 spurious.
    const text = 'x'.repeat(40);
    const f = (id: string, start: number, end: number, value: string): FactRecord => ({ id, type: 'date', start, end, text: text.slice(start, end), value, relation: 'at' });
    const gold = [f('G1', 0, 20, '2024-03'), f('G2', 15, 30, '2025')];
    const pred = [f('P1', 10, 20, '2024-03'), f('P2', 0, 8, '2024-03-15')];
    expect(categories(gold, pred)).toEqual(['partial:G1/P2', 'incorrect:G2/P1']);
  });
});

describe('matching rules per type', () => {
  it('entities: same canonical on the first mention is correct, on a later mention partial', () => {
    const gold = [fact('person', 'Elon Musk', { id: 'g', canonical: 'Elon Musk', mentions: [at(T, 'Elon Musk'), at(T, 'Musk', 2)] })];
    expect(categories(gold, [fact('person', 'Elon Musk', { id: 'p', canonical: 'elon musk' })])).toEqual(['correct:g/p']);
    expect(categories(gold, [fact('person', 'Musk', { id: 'p', canonical: 'Elon Musk' }, 2)])).toEqual(['partial:g/p']);
  });

  it('entities: same name away from every mention is incorrect (span), another name on a mention is incorrect (canonical)', () => {
    const gold = [fact('organization', 'OpenAI', { id: 'g', canonical: 'OpenAI', mentions: [at(T, 'OpenAI')] })];
    const far = matchFacts(gold, [fact('organization', 'OpenAI', { id: 'p', canonical: 'OpenAI' }, 2)]);
    expect(far.map((m) => m.category)).toEqual(['incorrect']);
    const renamed = matchFacts(gold, [fact('organization', 'OpenAI', { id: 'p', canonical: 'Open AI Inc' })]);
    expect(renamed[0]?.category).toBe('incorrect');
    expect(renamed[0]?.fields?.find((c) => c.field === 'canonical')).toEqual({ field: 'canonical', status: 'wrong', gold: 'OpenAI', pred: 'Open AI Inc' });
  });

  it('entities: accents and case do not matter (Société Générale = SOCIETE GENERALE)', () => {
    const gold = [fact('organization', 'Société Générale', { id: 'g', canonical: 'Société Générale' })];
    expect(categories(gold, [fact('organization', 'Société Générale', { id: 'p', canonical: 'SOCIETE GENERALE' })])).toEqual(['correct:g/p']);
  });

  it('entities of another type never match: gold organization missed, pred location spurious', () => {
    const gold = [fact('organization', 'Le Monde', { id: 'g', canonical: 'Le Monde' })];
    expect(categories(gold, [fact('location', 'Le Monde', { id: 'p', canonical: 'Le Monde' })])).toEqual(['missed:g/-', 'spurious:-/p']);
  });

  it('money: strict needs the currency and the max; lenient only the amount', () => {
    const gold = [fact('money', '2,5 milliards d’euros', { id: 'g', value: 2.5e9, currency: 'EUR', qualifier: 'exact' })];
    expect(categories(gold, [fact('money', '2,5 milliards d’euros', { id: 'p', value: 2_500_000_000, currency: 'EUR' })])).toEqual(['correct:g/p']);
    expect(categories(gold, [fact('money', '2,5 milliards d’euros', { id: 'p', value: 2.5e9, currency: 'USD' })])).toEqual(['partial:g/p']);
    expect(categories(gold, [fact('money', '2,5 milliards d’euros', { id: 'p', value: 2.5e9, max: 3e9, currency: 'EUR' })])).toEqual(['partial:g/p']);
    expect(categories(gold, [fact('money', '2,5 milliards', { id: 'p', value: 2.5e9, currency: 'EUR' })])).toEqual(['partial:g/p']);
    expect(categories(gold, [fact('money', '2,5 milliards', { id: 'p', value: 2.5e6, currency: 'EUR' })])).toEqual(['incorrect:g/p']);
  });

  it('dates: a null value is incorrect against a resolved one', () => {
    const gold = [fact('date', 'en 2015', { id: 'g', value: '2015', relation: 'at' })];
    expect(categories(gold, [fact('date', 'en 2015', { id: 'p', value: null, relation: 'at' })])).toEqual(['incorrect:g/p']);
    expect(categories(gold, [fact('date', '2015', { id: 'p', value: '2015-06', relation: 'at' })])).toEqual(['partial:g/p']);
  });

  it('relations: same triple (any clause span) is lenient; strict also needs the time when gold has one', () => {
    const gold = [fact('relation', 'Elon Musk a cofondé OpenAI en 2015', {
      id: 'g', predicate: 'cofounded', subject: { canonical: 'Elon Musk' }, object: { canonical: 'OpenAI' },
      time: { value: '2015', ...at(T, 'en 2015') },
    })];
    const base = { id: 'p', predicate: 'cofounded', subject: { canonical: 'elon musk' }, object: { canonical: 'OpenAI' } };
    expect(categories(gold, [fact('relation', 'a cofondé OpenAI', { ...base, time: { value: '2015', ...at(T, 'en 2015') } })])).toEqual(['correct:g/p']);
    expect(categories(gold, [fact('relation', 'a cofondé OpenAI', base)])).toEqual(['partial:g/p']);
    expect(categories(gold, [fact('relation', 'a cofondé OpenAI', { ...base, time: { value: '2018' } })])).toEqual(['partial:g/p']);
    // another predicate on an overlapping clause: incorrect, with the predicate listed as differing
    const wrong = matchFacts(gold, [fact('relation', 'a cofondé OpenAI', { ...base, predicate: 'founded' })]);
    expect(wrong.map((m) => m.category)).toEqual(['incorrect']);
    expect(wrong[0]?.fields?.find((c) => c.field === 'predicate')?.status).toBe('wrong');
  });

  it('relations: the triple decides between two overlapping relations', () => {
    const gold = [
      fact('relation', 'Musk a quitté OpenAI en 2018', { id: 'left', predicate: 'left', subject: { canonical: 'Elon Musk' }, object: { canonical: 'OpenAI' } }),
      fact('relation', 'Musk a quitté OpenAI', { id: 'other', predicate: 'sued', subject: { canonical: 'Elon Musk' }, object: { canonical: 'OpenAI' } }),
    ];
    const pred = [fact('relation', 'Musk a quitté OpenAI', { id: 'p', predicate: 'left', subject: { canonical: 'Elon Musk' }, object: { canonical: 'OpenAI' } }, 1)];
    expect(categories(gold, pred)).toEqual(['correct:left/p', 'missed:other/-']);
  });

  it('optional golden facts lose ties to required ones', () => {
    const gold = [
      fact('organization', 'OpenAI', { id: 'opt', canonical: 'OpenAI', optional: true, mentions: [at(T, 'OpenAI')] }),
      fact('organization', 'OpenAI', { id: 'req', canonical: 'OpenAI', mentions: [at(T, 'OpenAI')] }),
    ];
    expect(categories(gold, [fact('organization', 'OpenAI', { id: 'p', canonical: 'OpenAI' })])).toEqual(['correct:req/p', 'optional:opt/-']);
  });

  it('empty input: nothing to match', () => {
    expect(matchFacts([], [])).toEqual([]);
  });
});
