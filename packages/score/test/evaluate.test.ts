import { describe, expect, it } from 'vitest';
import { FaitsError } from '@faits/document';
import { evaluate, type ReportMatch } from '../src/index.ts';
import { GOLD, GOLD_EN, GOLD_FR, PRED, PRED_EN, PRED_FR, TEXT_FR } from './scenario.ts';

const close = (x: number): number => Math.round(x * 1e6) / 1e6;

function byGold(matches: readonly ReportMatch[], id: string): ReportMatch {
  const m = matches.find((x) => x.gold?.id === id);
  if (m === undefined) throw new Error(`no match for ${id}`);
  return m;
}

describe('evaluate: the hand-made scenario (fr-a, en-b, an error record for fr-c, an unknown prediction)', () => {
  const report = evaluate({ gold: GOLD, pred: PRED });
  const fr = report.documents.find((d) => d.id === 'fr-a');
  const en = report.documents.find((d) => d.id === 'en-b');

  it('classifies each fact of fr-a as worked out by reading it (elision, NNBSP U+202F, NBSP U+00A0, emoji)', () => {
    const m = fr?.matches ?? [];
    expect(byGold(m, 'g1')).toMatchObject({ category: 'correct', pred: { id: 'p1' } }); // NVIDIA = Nvidia
    expect(byGold(m, 'g2')).toMatchObject({ category: 'partial', pred: { id: 'p2' } }); // second mention
    expect(byGold(m, 'g3')).toMatchObject({ category: 'incorrect', pred: { id: 'p3' } }); // "Elon" is not Elon Musk
    expect(byGold(m, 'g4')).toMatchObject({ category: 'correct', pred: { id: 'p4' } });
    expect(byGold(m, 'g5')).toMatchObject({ category: 'partial', pred: { id: 'p5' }, dateOverlap: 1 });
    expect(byGold(m, 'g6')).toMatchObject({ category: 'incorrect', pred: { id: 'p6' } });
    expect(byGold(m, 'g7')).toMatchObject({ category: 'incorrect', pred: { id: 'p7' }, dateOverlap: 0 });
    expect(byGold(m, 'g8')).toMatchObject({ category: 'optional', pred: { id: 'p8' } });
    expect(byGold(m, 'g9').category).toBe('missed');
    expect(byGold(m, 'g9').pred).toBeUndefined();
    const spurious = m.filter((x) => x.category === 'spurious');
    expect(spurious.map((x) => [x.pred?.id, x.pred?.start, x.pred?.end, x.pred?.text])).toEqual([['p9', 51, 55, '2025']]);
    expect(TEXT_FR.slice(51, 55)).toBe('2025');
    expect(fr?.counts).toEqual({ correct: 2, incorrect: 3, partial: 2, missed: 1, spurious: 1, possible: 8, actual: 8 });
  });

  it('the partial date pair keeps both spans: gold [35, 55) "d’ici l’automne 2025", pred [41, 55) "l’automne 2025"', () => {
    const g5 = byGold(fr?.matches ?? [], 'g5');
    expect([g5.gold?.start, g5.gold?.end, g5.gold?.text]).toEqual([35, 55, 'd’ici l’automne 2025']);
    expect([g5.pred?.start, g5.pred?.end, g5.pred?.text]).toEqual([41, 55, 'l’automne 2025']);
    expect(TEXT_FR.slice(35, 55)).toBe('d’ici l’automne 2025');
  });

  it('classifies en-b: money without "$" and February inside Q1 are partial, Jane Doe missed, the HTML product spurious', () => {
    const m = en?.matches ?? [];
    expect(byGold(m, 'h1').category).toBe('correct');
    expect(byGold(m, 'h2')).toMatchObject({ category: 'partial', pred: { id: 'q2', start: 18, end: 27, text: '5 million' } });
    expect(byGold(m, 'h3').category).toBe('partial');
    expect(close(byGold(m, 'h3').dateOverlap ?? -1)).toBe(close(29 / 91));
    expect(byGold(m, 'h4').category).toBe('missed');
    expect(en?.counts).toEqual({ correct: 1, incorrect: 0, partial: 2, missed: 1, spurious: 1, possible: 4, actual: 4 });
  });

  it('lists the fields that differ on an incorrect pair (person "Elon" for Elon Musk) and a correct one (unit)', () => {
    const g3 = byGold(fr?.matches ?? [], 'g3');
    expect(g3.differs).toEqual([
      { field: 'span', status: 'wrong', gold: '[63, 72) "Elon Musk"', pred: '[63, 67) "Elon"' },
      { field: 'canonical', status: 'wrong', gold: 'Elon Musk', pred: 'Elon' },
    ]);
    expect(TEXT_FR.slice(63, 72)).toBe('Elon Musk');
    const g4 = byGold(fr?.matches ?? [], 'g4');
    expect(g4.differs).toEqual([{ field: 'unit', status: 'wrong', gold: 'chip', pred: 'puce' }]);
  });

  it('fr per type: counts and P/R/F1 worked out by hand', () => {
    const t = report.languages['fr']?.types;
    // organization: COR 1 (g1), PAR 1 (g2), MIS 1 (fr-c k1, error record) -> POS 3, ACT 2
    expect(t?.organization?.counts).toEqual({ correct: 1, incorrect: 0, partial: 1, missed: 1, spurious: 0, possible: 3, actual: 2 });
    expect(close(t?.organization?.strict.precision ?? -1)).toBe(0.5);
    expect(close(t?.organization?.strict.recall ?? -1)).toBe(close(1 / 3));
    expect(close(t?.organization?.strict.f1 ?? -1)).toBe(0.4);
    expect(close(t?.organization?.lenient.precision ?? -1)).toBe(0.75); // (1 + 0.5) / 2
    expect(close(t?.organization?.lenient.recall ?? -1)).toBe(0.5); // 1.5 / 3
    expect(close(t?.organization?.lenient.f1 ?? -1)).toBe(0.6);
    // date: PAR 1 (g5), INC 1 (g7) -> strict 0, lenient 0.5 / 2 = 0.25
    expect(t?.date?.counts).toEqual({ correct: 0, incorrect: 1, partial: 1, missed: 0, spurious: 0, possible: 2, actual: 2 });
    expect(t?.date?.strict.f1).toBe(0);
    expect(close(t?.date?.lenient.f1 ?? -1)).toBe(0.25);
    // relation: g8 optional (not counted), g9 missed -> POS 1, ACT 0, all zero
    expect(t?.relation?.counts).toEqual({ correct: 0, incorrect: 0, partial: 0, missed: 1, spurious: 0, possible: 1, actual: 0 });
    expect(t?.relation?.strict).toEqual({ precision: 0, recall: 0, f1: 0 });
    // money: one spurious -> POS 0, ACT 1
    expect(t?.money?.counts).toEqual({ correct: 0, incorrect: 0, partial: 0, missed: 0, spurious: 1, possible: 0, actual: 1 });
    expect(t?.quantity?.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    // the optional location of fr-c is neither missed nor anything else: no location row
    expect(t?.location).toBeUndefined();
    expect(Object.keys(t ?? {})).toEqual(['organization', 'person', 'quantity', 'money', 'percentage', 'date', 'relation']);
  });

  it('fr micro and macro arithmetic', () => {
    const fr = report.languages['fr'];
    // COR 2, INC 3, PAR 2, MIS 2, SPU 1 -> POS 9, ACT 8
    expect(fr?.micro.counts).toEqual({ correct: 2, incorrect: 3, partial: 2, missed: 2, spurious: 1, possible: 9, actual: 8 });
    expect(close(fr?.micro.strict.precision ?? -1)).toBe(0.25);
    expect(close(fr?.micro.strict.recall ?? -1)).toBe(close(2 / 9));
    expect(close(fr?.micro.strict.f1 ?? -1)).toBe(close(4 / 17));
    expect(close(fr?.micro.lenient.f1 ?? -1)).toBe(close(6 / 17)); // hits 3 of 9 possible, 8 actual
    // macro over 7 types: strict F1 (0.4 + 1) / 7, P (0.5 + 1) / 7, R (1/3 + 1) / 7; lenient F1 (0.6 + 1 + 0.25) / 7
    expect(fr?.macro.types).toBe(7);
    expect(close(fr?.macro.strict.f1 ?? -1)).toBe(0.2);
    expect(close(fr?.macro.strict.precision ?? -1)).toBe(close(1.5 / 7));
    expect(close(fr?.macro.strict.recall ?? -1)).toBe(close(4 / 3 / 7));
    expect(close(fr?.macro.lenient.f1 ?? -1)).toBe(close(1.85 / 7));
    expect(fr?.documents).toBe(2);
  });

  it('en micro and macro arithmetic', () => {
    const en = report.languages['en'];
    expect(en?.micro.counts).toEqual({ correct: 1, incorrect: 0, partial: 2, missed: 1, spurious: 1, possible: 4, actual: 4 });
    expect(en?.micro.strict).toEqual({ precision: 0.25, recall: 0.25, f1: 0.25 });
    expect(en?.micro.lenient).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    // 5 types: organization 1, person 0, product 0, money (0 | 0.5), date (0 | 0.5)
    expect(en?.macro.types).toBe(5);
    expect(close(en?.macro.strict.f1 ?? -1)).toBe(0.2);
    expect(close(en?.macro.lenient.f1 ?? -1)).toBe(0.4);
  });

  it('overall: types summed over languages, micro, macro and the headline', () => {
    const all = report.overall;
    expect(all.types.organization?.counts).toEqual({ correct: 2, incorrect: 0, partial: 1, missed: 1, spurious: 0, possible: 4, actual: 3 });
    expect(close(all.types.organization?.strict.f1 ?? -1)).toBe(close(4 / 7));
    expect(all.types.money?.counts).toEqual({ correct: 0, incorrect: 0, partial: 1, missed: 0, spurious: 1, possible: 1, actual: 2 });
    expect(close(all.types.money?.lenient.f1 ?? -1)).toBe(close(1 / 3));
    expect(all.micro.counts).toEqual({ correct: 3, incorrect: 3, partial: 4, missed: 3, spurious: 2, possible: 13, actual: 12 });
    expect(close(all.micro.strict.f1)).toBe(0.24);
    expect(close(all.micro.lenient.f1)).toBe(0.4);
    expect(all.macro.types).toBe(8);
    expect(close(all.macro.strict.f1)).toBe(close(11 / 56));
    expect(close(all.macro.lenient.f1)).toBe(close(25 / 84));
    expect(report.headline.mode).toBe('strict');
    expect(close(report.headline.recall)).toBe(close(3 / 13));
    expect(report.headline.f1).toBe(all.micro.strict.f1);
    expect(all.documents).toBe(3);
  });

  it('reports date intervals by overlap apart: 1 same, 1 overlapping (29/91), 1 disjoint', () => {
    expect(report.overall.dates.pairs).toBe(3);
    expect(report.overall.dates.sameValue).toBe(1);
    expect(report.overall.dates.overlapping).toBe(1);
    expect(report.overall.dates.disjoint).toBe(1);
    expect(close(report.overall.dates.meanOverlap)).toBe(close(40 / 91)); // (1 + 0 + 29/91) / 3
  });

  it('field-by-field correctness over pairs: quantity unit wrong, date relation wrong on g5 only', () => {
    expect(report.overall.fields.quantity?.['unit']).toEqual({ gold: 1, correct: 0, wrong: 1, missing: 0, extra: 0, accuracy: 0 });
    expect(report.overall.fields.quantity?.['value']).toEqual({ gold: 1, correct: 1, wrong: 0, missing: 0, extra: 0, accuracy: 1 });
    // date pairs: g5 (by vs at: wrong), g7 (at = at), h3 (at = at)
    expect(report.overall.fields.date?.['relation']).toEqual({ gold: 3, correct: 2, wrong: 1, missing: 0, extra: 0, accuracy: 2 / 3 });
    expect(report.overall.fields.date?.['value']).toEqual({ gold: 3, correct: 1, wrong: 2, missing: 0, extra: 0, accuracy: 1 / 3 });
    // optional pairs are not in field counts: no relation fields at all
    expect(report.overall.fields.relation).toBeUndefined();
  });

  it('reports the error record (its golden facts missed), the skipped prediction, and no problem', () => {
    expect(report.errors).toEqual([{ id: 'fr-c', line: 3, code: 'E_TEXT_TOO_LARGE', message: 'The text has 60000001 code units.', missed: 1 }]);
    expect(report.documents.find((d) => d.id === 'fr-c')).toMatchObject({ status: 'error', counts: { missed: 1, possible: 1, actual: 0 } });
    expect(report.skipped).toEqual([{ id: 'zz-unknown', reason: 'no golden file' }]);
    expect(report.problems).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('evaluate: options and edge cases', () => {
  it('mode lenient makes the headline the lenient micro scores', () => {
    const report = evaluate({ gold: GOLD, pred: PRED, mode: 'lenient' });
    expect(report.headline).toEqual({ mode: 'lenient', ...report.overall.micro.lenient });
    expect(Math.round(report.headline.f1 * 1e6) / 1e6).toBe(0.4);
  });

  it('partialWeight 1 gives full credit to partial matches', () => {
    const report = evaluate({ gold: [GOLD_EN], pred: [PRED_EN], partialWeight: 1 });
    // COR 1 + PAR 2 = 3 hits of POS 4, ACT 4
    expect(report.overall.micro.lenient).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });

  it('an optional golden fact found is not spurious, and absent is not missed', () => {
    const found = evaluate({ gold: [GOLD_FR], pred: [PRED_FR] });
    expect(found.overall.types.relation?.counts.spurious).toBe(0);
    const withoutP8 = { ...PRED_FR, facts: PRED_FR.facts.filter((f) => f.id !== 'p8') };
    const absent = evaluate({ gold: [GOLD_FR], pred: [withoutP8] });
    expect(absent.overall.types.relation?.counts).toEqual(found.overall.types.relation?.counts);
    expect(absent.overall.types.relation?.counts.missed).toBe(1); // g9 only
  });

  it('the same fact required instead of optional counts as correct (relation triple matches case-insensitively)', () => {
    const required = { ...GOLD_FR, facts: GOLD_FR.facts.map((f) => (f.id === 'g8' ? { ...f, optional: false } : f)) };
    const report = evaluate({ gold: [required], pred: [PRED_FR] });
    expect(report.overall.types.relation?.counts).toMatchObject({ correct: 1, missed: 1, spurious: 0 });
  });

  it('a golden document with no prediction line: missed by default, skipped on request', () => {
    const missed = evaluate({ gold: [GOLD_EN], pred: [] });
    expect(missed.documents[0]).toMatchObject({ id: 'en-b', status: 'unpredicted', counts: { missed: 4, possible: 4 } });
    const skipped = evaluate({ gold: [GOLD_EN], pred: [], unpredicted: 'skip' });
    expect(skipped.documents).toEqual([]);
    expect(skipped.skipped).toEqual([{ id: 'en-b', reason: 'no prediction line for this golden document' }]);
    expect(skipped.overall.micro.counts.possible).toBe(0);
  });

  it('empty input: no golden, no prediction, all zeros', () => {
    const report = evaluate({ gold: [], pred: [] });
    expect(report.overall.micro.counts.possible).toBe(0);
    expect(report.headline).toEqual({ mode: 'strict', precision: 0, recall: 0, f1: 0 });
    expect(report.languages).toEqual({});
  });

  it('problems in predictions are reported, not thrown: bad facts, spans off the text, duplicates, no facts layer', () => {
    const report = evaluate({
      gold: [GOLD_EN],
      pred: [
        { ...PRED_EN, facts: [...PRED_EN.facts, { type: 'weather', start: 0, end: 1, text: 'A' }, { type: 'organization', start: 0, end: 4, text: 'Acme Corp' }] },
        { ...PRED_EN, facts: [] },
        { id: 'x1', text: 'abc' },
        42,
      ],
    });
    const messages = report.problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('facts[4] cannot be scored'))).toBe(true);
    expect(messages.some((m) => m.includes('facts[5] span [0, 4) holds "Acme", not "Acme Corp"'))).toBe(true);
    expect(messages.some((m) => m.includes('duplicate id "en-b"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('x1: no "facts" layer'))).toBe(true);
    expect(messages.some((m) => m.startsWith('prediction 4 is neither a Document nor an error record'))).toBe(true);
  });

  it('throws E_INVALID_OPTION for a bad mode or weight, E_INVALID_GOLD for two golden files with one id', () => {
    expect(() => evaluate({ gold: [], pred: [], mode: 'loose' as never })).toThrow(FaitsError);
    expect(() => evaluate({ gold: [], pred: [], partialWeight: 2 })).toThrow(/partialWeight/u);
    try {
      evaluate({ gold: [GOLD_EN, GOLD_EN], pred: [] });
      expect.unreachable();
    } catch (error) {
      expect((error as FaitsError).code).toBe('E_INVALID_GOLD');
    }
  });

  it('huge input: 2 000 facts of one type in one document are matched in under 3 s on a busy machine', () => {
    const text = 'x'.repeat(40_000);
    const facts = Array.from({ length: 2000 }, (_, i) => ({
      id: `g${i}`, type: 'quantity' as const, start: i * 20, end: i * 20 + 5, text: 'xxxxx', value: i, unit: 'chip', qualifier: 'exact' as const,
    }));
    const gold = [{ id: 'big', lang: 'fr', published: '2024-01-01', annotation: { guidelines: 'g', passes: 1 }, facts }];
    const pred = [{ id: 'big', text, facts: facts.map((f) => ({ ...f, start: f.start + 1, end: f.end + 1, text: 'xxxxx', confidence: 1, source: 't' })) }];
    const t0 = performance.now();
    const report = evaluate({ gold, pred });
    const ms = performance.now() - t0;
    expect(report.overall.micro.counts).toMatchObject({ partial: 2000, possible: 2000, actual: 2000 });
    expect(ms).toBeLessThan(3000);
  });
});
