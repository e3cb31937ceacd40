import { describe, expect, it } from 'vitest';
import { FaitsError, NumberMentionSchema, checkSpan, type NumberMention } from '@faits/document';
import { extractNumbers } from '@faits/numbers';
import { loadSpec } from './spec-metrics.ts';

/** Every span of a mention (the mention, its number, item, vendor) holds its text. */
function expectSpansHold(text: string, found: readonly NumberMention[]): void {
  for (const m of found) {
    expect(checkSpan(text, m)).toBeUndefined();
    for (const part of [m.number, m.item, m.vendor]) if (part !== undefined) expect(checkSpan(text, part)).toBeUndefined();
  }
}

function one(text: string, lang: string): NumberMention {
  const found = extractNumbers(text, { lang });
  expect(found, JSON.stringify(found.map((f) => f.text))).toHaveLength(1);
  expectSpansHold(text, found);
  return found[0] as NumberMention;
}

describe('hard cases, with start, end and text checked together', () => {
  it('French elision with typographic apostrophes: "près d’un million d’utilisateurs", "jusqu’à", "l’un des"', () => {
    const text = 'Près d’un million d’utilisateurs, jusqu’à 300 postes, l’un des groupes.';
    const found = extractNumbers(text, { lang: 'fr' });
    expectSpansHold(text, found);
    expect(found.map((m) => [m.start, m.end, m.text, m.value, m.qualifier])).toEqual([
      [0, 32, 'Près d’un million d’utilisateurs', 1000000, 'about'],
      [34, 52, 'jusqu’à 300 postes', 300, 'up_to'],
    ]);
    expect(found[0]?.item).toEqual({ start: 20, end: 32, text: 'utilisateurs' });
  });

  it('narrow no-break space U+202F inside the number and before "%" and "€"', () => {
    const text = 'Une hausse de 12\u202f500 emplois, soit 3,5\u202f% et 2\u202f000\u202f€.';
    const found = extractNumbers(text, { lang: 'fr' });
    expectSpansHold(text, found);
    expect(found.map((m) => [m.start, m.end, m.kind, m.value, m.currency ?? m.unit])).toEqual([
      [14, 28, 'quantity', 12500, 'job'],
      [35, 40, 'percentage', 3.5, undefined],
      [44, 51, 'money', 2000, 'EUR'],
    ]);
  });

  it('no-break space U+00A0 and thin space U+2009 as thousands separators', () => {
    const m = one('Il y a 1\u00a0250\u00a0000 habitants.', 'fr');
    expect([m.start, m.end, m.text, m.value]).toEqual([7, 26, '1\u00a0250\u00a0000 habitants', 1250000]);
    const t = one('Soit 4\u2009500 salariés.', 'fr');
    expect([t.start, t.end, t.text, t.value]).toEqual([5, 19, '4\u2009500 salariés', 4500]);
  });

  it('astral characters (emoji) before a number: offsets count UTF-16 code units', () => {
    const text = '🚀🚀 La fusée emporte 20 satellites 🛰️.';
    const m = one(text, 'fr');
    expect([m.start, m.end, m.text]).toEqual([22, 35, '20 satellites']);
    expect(text.slice(m.start, m.end)).toBe('20 satellites');
  });

  it('CJK written without spaces: digits glued to Han characters are still read', () => {
    const text = '公司有100000名员工';
    const m = one(text, 'en');
    expect([m.start, m.end, m.text, m.kind, m.value]).toEqual([3, 9, '100000', 'cardinal', 100000]);
  });

  it('RTL text (Arabic) with Western digits keeps logical offsets', () => {
    const text = 'وظفت الشركة 300 موظف';
    const m = one(text, 'en');
    expect([m.start, m.end, m.text, m.value]).toEqual([12, 15, '300', 300]);
  });

  it('empty and blank input give an empty list', () => {
    expect(extractNumbers('', { lang: 'fr' })).toEqual([]);
    expect(extractNumbers(' \n\t ', { lang: 'en' })).toEqual([]);
  });

  it('articles are not numbers: "une", "un", "a", "ein", "l’un des"', () => {
    expect(extractNumbers('Une entreprise a signé un contrat avec l’un des clients.', { lang: 'fr' })).toEqual([]);
    expect(extractNumbers('A spokesman gave an interview to a newspaper.', { lang: 'en' })).toEqual([]);
    expect(extractNumbers('Ein Sprecher sagte, eine Lösung sei in Sicht.', { lang: 'de' })).toEqual([]);
    expect(extractNumbers('Una empresa firmó un contrato con uno de sus clientes.', { lang: 'es' })).toEqual([]);
  });

  it('a range keeps both bounds and the hedge stays inside the span', () => {
    const text = 'Le plan prévoit entre 1 000 et 4 000 emplois, et au moins 12 sites.';
    const found = extractNumbers(text, { lang: 'fr' });
    expectSpansHold(text, found);
    expect(found.map((m) => [m.start, m.end, m.text, m.value, m.max, m.qualifier, m.unit])).toEqual([
      [16, 44, 'entre 1 000 et 4 000 emplois', 1000, 4000, 'exact', 'job'],
      [49, 66, 'au moins 12 sites', 12, undefined, 'at_least', 'site'],
    ]);
    expect(found[0]?.number).toEqual({ start: 22, end: 36, text: '1 000 et 4 000' });
  });

  it('a vendor before the noun in English: "10,000 Nvidia H100 GPUs"', () => {
    const m = one('They bought 10,000 Nvidia H100 GPUs.', 'en');
    expect([m.start, m.end, m.text, m.unit]).toEqual([12, 35, '10,000 Nvidia H100 GPUs', 'GPU']);
    expect(m.vendor).toEqual({ start: 19, end: 25, text: 'Nvidia' });
    expect(m.item).toEqual({ start: 31, end: 35, text: 'GPUs' });
  });

  it('huge input: the seed paragraph repeated 2,000 times gives every mention, sorted, with sequential ids', () => {
    const paragraph = 'Ce supercalculateur reliera 100 000 puces Nvidia, au moins quatre fois plus grand, en 2025.\n';
    const text = paragraph.repeat(2000);
    const found = extractNumbers(text, { lang: 'fr' });
    expect(found).toHaveLength(4000);
    expect(found[3999]).toMatchObject({ id: 'n4000', text: 'au moins quatre fois plus grand', value: 4 });
    const last = found[3998] as NumberMention;
    expect(text.slice(last.start, last.end)).toBe('100 000 puces Nvidia');
    expect(last.start).toBe(paragraph.length * 1999 + 28);
  });
});

describe('output contract over every spec input', () => {
  const langs = ['fr', 'en', 'de', 'es'] as const;
  it.each(langs)('%s: mentions fit the schema, are sorted, do not overlap, and their spans hold their text', (lang) => {
    for (const c of loadSpec(new URL(`./specs/${lang}.json`, import.meta.url))) {
      const found = extractNumbers(c.input, { lang });
      found.forEach((m, i) => {
        expect(NumberMentionSchema.safeParse(m).success, JSON.stringify(m)).toBe(true);
        expect(m.id).toBe(`n${i + 1}`);
        expect(m.source).toBe('numbers.v1');
        if (m.number !== undefined) expect(m.number.start >= m.start && m.number.end <= m.end).toBe(true);
        if (m.item !== undefined) expect(m.item.start >= m.start && m.item.end <= m.end).toBe(true);
        if (m.vendor !== undefined) expect(m.vendor.start >= m.start && m.vendor.end <= m.end).toBe(true);
        const next = found[i + 1];
        if (next !== undefined) expect(m.end).toBeLessThanOrEqual(next.start);
      });
      expectSpansHold(c.input, found);
      expect(JSON.parse(JSON.stringify(found))).toEqual(found);
    }
  });
});

describe('errors', () => {
  it('throws E_UNKNOWN_LANGUAGE for a language without data', () => {
    try {
      extractNumbers('3 salariés', { lang: 'ja' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FaitsError);
      expect((error as FaitsError).code).toBe('E_UNKNOWN_LANGUAGE');
    }
  });

  it('throws E_INVALID_OPTION when the text is not a string or options are missing', () => {
    expect(() => extractNumbers(42 as unknown as string, { lang: 'fr' })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
    expect(() => extractNumbers('3', undefined as unknown as { lang: string })).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTION' }));
  });
});
