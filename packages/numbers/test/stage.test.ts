import { describe, expect, it } from 'vitest';
import { composeStages, createDocument } from '@faits/document';
import { numbersStage } from '@faits/numbers';

describe('numbersStage', () => {
  it('is the descriptor numbers.v1: requires text, provides numbers', () => {
    expect(numbersStage.name).toBe('numbers.v1');
    expect(numbersStage.requires).toEqual(['text']);
    expect(numbersStage.provides).toEqual(['numbers']);
  });

  it('reads the document language and returns a new document with the numbers layer', async () => {
    const doc = createDocument({ id: 'a1', text: 'Le groupe emploie 4 500 salariés.', lang: 'fr' });
    const out = await numbersStage.run(doc);
    expect(out).not.toBe(doc);
    expect(out.text).toBe(doc.text);
    expect(out.diagnostics).toEqual([]);
    expect(out.numbers).toEqual([expect.objectContaining({
      id: 'n1', start: 18, end: 32, text: '4 500 salariés', kind: 'quantity', value: 4500, unit: 'employee',
    })]);
    expect(doc.numbers).toBeUndefined();
  });

  it('falls back to English with a diagnostic when the language is missing, "und" or unsupported', async () => {
    for (const lang of [undefined, 'und', 'ja']) {
      const doc = createDocument({ text: 'More than 1,500 jobs were cut.', ...(lang === undefined ? {} : { lang }) });
      const out = await numbersStage.run(doc);
      expect(out.numbers?.map((n) => [n.text, n.value, n.qualifier])).toEqual([['More than 1,500 jobs', 1500, 'more_than']]);
      expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'numbers.language_fallback', severity: 'warning', source: 'numbers.v1' })]);
    }
  });

  it('runs in a composed pipeline that checks the document contract; the result is plain JSON', async () => {
    const pipeline = composeStages([numbersStage]);
    const doc = await pipeline.run(createDocument({ text: 'Près de 2 000 personnes, 7,2 milliards d’euros.', lang: 'fr' }), { check: true });
    expect(doc.stages).toEqual(['numbers.v1']);
    expect(doc.numbers?.map((n) => [n.text, n.kind, n.value, n.currency])).toEqual([
      ['Près de 2 000 personnes', 'quantity', 2000, undefined],
      ['7,2 milliards d’euros', 'money', 7200000000, 'EUR'],
    ]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('gives an empty layer, not undefined, when there is no number', async () => {
    const out = await numbersStage.run(createDocument({ text: 'Aucun chiffre ici.', lang: 'fr' }));
    expect(out.numbers).toEqual([]);
  });
});
