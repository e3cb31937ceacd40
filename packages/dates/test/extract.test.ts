import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFaitsError } from '@faits/document';
import { extractDates, SEASONS, SUPPORTED_DATE_LANGUAGES } from '@faits/dates';

const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');

/** start, end and surface text together, then the value and relation. */
function pick(d: { start: number; end: number; text: string; value: unknown; relation: string }) {
  return { start: d.start, end: d.end, text: d.text, value: d.value, relation: d.relation };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('the seed article (fr, published 2024-05-23)', () => {
  it('finds every date with its span, value and relation, and nothing in "en temps réel"', () => {
    const { dates, diagnostics } = extractDates(seed, { lang: 'fr', published: '2024-05-23' });
    expect(dates.map(pick)).toEqual([
      { start: 495, end: 515, text: 'd’ici l’automne 2025', value: { start: '2025-09-22', end: '2025-12-20' }, relation: 'by' },
      { start: 766, end: 777, text: 'aujourd’hui', value: '2024-05-23', relation: 'at' },
      { start: 909, end: 919, text: 'ce mois-ci', value: '2024-05', relation: 'at' },
      { start: 1024, end: 1031, text: 'en 2022', value: '2022', relation: 'at' },
      { start: 1634, end: 1641, text: 'en 2015', value: '2015', relation: 'at' },
      { start: 1668, end: 1675, text: 'en 2018', value: '2018', relation: 'at' },
      { start: 1848, end: 1855, text: 'en mars', value: '2024-03', relation: 'at' },
    ]);
    for (const d of dates) expect(seed.slice(d.start, d.end)).toBe(d.text);
    expect(seed.includes('en temps réel')).toBe(true);
    expect(diagnostics).toEqual([]);
    expect(dates.find((d) => d.text === 'd’ici l’automne 2025')).toMatchObject({ grain: 'season', relative: false, source: 'dates.v1' });
    expect(dates.find((d) => d.text === 'en mars')).toMatchObject({ grain: 'month', relative: true });
  });

  it('without a publication date keeps the relative values null, with one info diagnostic each, and never guesses today', () => {
    const { dates, diagnostics } = extractDates(seed, { lang: 'fr' });
    const relative = dates.filter((d) => d.relative);
    expect(relative.map((d) => [d.start, d.end, d.text, d.value])).toEqual([
      [766, 777, 'aujourd’hui', null],
      [909, 919, 'ce mois-ci', null],
      [1848, 1855, 'en mars', null],
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.start, d.end, d.source])).toEqual([
      ['UNRESOLVED_RELATIVE_DATE', 'info', 766, 777, 'dates.v1'],
      ['UNRESOLVED_RELATIVE_DATE', 'info', 909, 919, 'dates.v1'],
      ['UNRESOLVED_RELATIVE_DATE', 'info', 1848, 1855, 'dates.v1'],
    ]);
    expect(dates.find((d) => d.text === 'en 2022')?.value).toBe('2022');
  });
});

describe('hard cases', () => {
  it('elision with U+2019 and with an ASCII apostrophe: "d’ici l’automne 2025" and "d\'ici l\'automne 2025" are one mention each', () => {
    const text = "Livré d’ici l’automne 2025, puis d'ici l'automne 2026.";
    const { dates } = extractDates(text, { lang: 'fr', published: '2024-05-23' });
    expect(dates.map(pick)).toEqual([
      { start: 6, end: 26, text: 'd’ici l’automne 2025', value: { start: '2025-09-22', end: '2025-12-20' }, relation: 'by' },
      { start: 33, end: 53, text: "d'ici l'automne 2026", value: { start: '2026-09-22', end: '2026-12-20' }, relation: 'by' },
    ]);
  });

  it('narrow no-break space U+202F and no-break space U+00A0 inside a date', () => {
    const text = 'Signé le 3\u202fmars\u00a02024 à Paris.';
    const { dates } = extractDates(text, { lang: 'fr' });
    expect(dates.map(pick)).toEqual([{ start: 6, end: 20, text: 'le 3\u202fmars\u00a02024', value: '2024-03-03', relation: 'at' }]);
  });

  it('astral characters (emoji) before a date: offsets count UTF-16 code units', () => {
    const text = '🚀🎉 Lancement le 3 mars 2024 🇫🇷';
    const { dates } = extractDates(text, { lang: 'fr' });
    expect(dates.map(pick)).toEqual([{ start: 15, end: 29, text: 'le 3 mars 2024', value: '2024-03-03', relation: 'at' }]);
    expect(text.slice(0, 15)).toBe('🚀🎉 Lancement ');
  });

  it('CJK characters around a date do not shift offsets', () => {
    const text = '索尼（ソニー）a annoncé le 20 mai 2024 un plan.';
    const { dates } = extractDates(text, { lang: 'fr' });
    const start = text.indexOf('le 20 mai');
    expect(start).toBe(17);
    expect(dates.map(pick)).toEqual([{ start, end: start + 14, text: 'le 20 mai 2024', value: '2024-05-20', relation: 'at' }]);
  });

  it('RTL text: a language without date data is refused by extractDates with the list of supported codes', () => {
    const error = thrown(() => extractDates('وقعت الاتفاقية في 2024-05-20', { lang: 'ar' }));
    expect(isFaitsError(error) && error.code).toBe('E_UNKNOWN_LANGUAGE');
    expect(String((error as Error).message)).toContain(SUPPORTED_DATE_LANGUAGES.join(', '));
  });

  it('empty input gives no dates and no diagnostics', () => {
    expect(extractDates('', { lang: 'fr', published: '2024-05-23' })).toEqual({ dates: [], diagnostics: [] });
    expect(extractDates('   \n  ', { lang: 'en' })).toEqual({ dates: [], diagnostics: [] });
  });

  it('huge input: the seed article 300 times (about 600,000 code units) gives 7 mentions per copy, each matching its text', () => {
    const copies = 300;
    const text = Array.from({ length: copies }, () => seed).join('\n');
    const { dates } = extractDates(text, { lang: 'fr', published: '2024-05-23' });
    expect(dates.length).toBe(7 * copies);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    const stride = seed.length + 1;
    expect(dates[7 * (copies - 1)]).toMatchObject({ start: stride * (copies - 1) + 495, end: stride * (copies - 1) + 515 });
  });

  it('a region subtag is accepted ("fr-CA"), and ids run d1, d2, ...', () => {
    const { dates } = extractDates('Le 3 mars 2024 et le 4 mars 2024.', { lang: 'fr-CA' });
    expect(dates.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
});

describe('début / mi / fin: the two conventions', () => {
  const text = 'Livraison fin 2025, soldes fin août, lancement début 2025.';
  it('thirds (default): September-December, days 21-31, January-April', () => {
    const { dates } = extractDates(text, { lang: 'fr', published: '2024-05-23' });
    expect(dates.map((d) => [d.text, d.value, d.grain])).toEqual([
      ['fin 2025', { start: '2025-09-01', end: '2025-12-31' }, 'interval'],
      ['fin août', { start: '2024-08-21', end: '2024-08-31' }, 'interval'],
      ['début 2025', { start: '2025-01-01', end: '2025-04-30' }, 'interval'],
    ]);
  });

  it('edges: the last or first month of a year, the month itself for a month', () => {
    const { dates } = extractDates(text, { lang: 'fr', published: '2024-05-23', modifiers: 'edges' });
    expect(dates.map((d) => [d.text, d.value, d.grain])).toEqual([
      ['fin 2025', '2025-12', 'month'],
      ['fin août', '2024-08', 'month'],
      ['début 2025', '2025-01', 'month'],
    ]);
  });

  it('an unknown convention throws E_INVALID_OPTION', () => {
    const error = thrown(() => extractDates(text, { lang: 'fr', modifiers: 'halves' as never }));
    expect(isFaitsError(error) && error.code).toBe('E_INVALID_OPTION');
  });
});

describe('errors', () => {
  it('a publication date that is not a calendar date throws E_INVALID_DATE', () => {
    for (const published of ['2024-02-30', '23/05/2024', '2024-5-3']) {
      const error = thrown(() => extractDates('hier', { lang: 'fr', published }));
      expect(isFaitsError(error) && error.code).toBe('E_INVALID_DATE');
    }
  });

  it('an unknown language throws E_UNKNOWN_LANGUAGE', () => {
    const error = thrown(() => extractDates('x', { lang: 'xx' }));
    expect(isFaitsError(error) && error.code).toBe('E_UNKNOWN_LANGUAGE');
  });
});

describe('not dates', () => {
  it.each([
    ['fr', 'Le Falcon 9 de SpaceX et GPT-4 d’OpenAI.'],
    ['fr', 'Musk veut relier 100 000 puces Nvidia.'],
    ['fr', 'La société emploie 2 000 personnes.'],
    ['fr', 'Le billet coûte 2015 euros.'],
    ['fr', 'xAI accède en temps réel à la plateforme X.'],
    ['en', 'The fund holds more than 2000 shares and sold 1,950 more.'],
    ['de', 'Der Konzern hat 2000 Mitarbeiter.'],
    ['es', 'Cada mañana, miles de personas toman el metro.'],
  ])('%s: %s', (lang, text) => {
    expect(extractDates(text, { lang, published: '2024-05-23' }).dates).toEqual([]);
  });
});

describe('tense picks the month of a bare "en mars" / "in March"', () => {
  it.each([
    ['fr', 'Le groupe a lancé son offre en mars.', 'en mars', '2024-03'],
    ['fr', 'Le groupe lancera son offre en mars.', 'en mars', '2025-03'],
    ['en', 'The company launched the product in March.', 'in March', '2024-03'],
    ['en', 'The company will launch the product in March.', 'in March', '2025-03'],
    ['de', 'Der Konzern hat das Produkt im März vorgestellt.', 'im März', '2024-03'],
    ['de', 'Der Konzern wird das Produkt im März vorstellen.', 'im März', '2025-03'],
    ['es', 'La empresa lanzó el producto en marzo.', 'en marzo', '2024-03'],
    ['es', 'La empresa lanzará el producto en marzo.', 'en marzo', '2025-03'],
  ])('%s: %s', (lang, text, surface, value) => {
    const { dates } = extractDates(text, { lang, published: '2024-05-23' });
    expect(dates.map((d) => [text.slice(d.start, d.end), d.text, d.value])).toEqual([[surface, surface, value]]);
  });
});

describe('SEASONS and SUPPORTED_DATE_LANGUAGES', () => {
  it('SEASONS is the astronomical convention, frozen', () => {
    expect(SEASONS).toEqual({
      spring: { start: '03-20', end: '06-20', endsNextYear: false },
      summer: { start: '06-21', end: '09-22', endsNextYear: false },
      autumn: { start: '09-22', end: '12-20', endsNextYear: false },
      winter: { start: '12-21', end: '03-19', endsNextYear: true },
    });
    expect(Object.isFrozen(SEASONS) && Object.isFrozen(SEASONS.winter)).toBe(true);
  });

  it('SUPPORTED_DATE_LANGUAGES lists the languages with data', () => {
    expect(SUPPORTED_DATE_LANGUAGES).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
  });
});
