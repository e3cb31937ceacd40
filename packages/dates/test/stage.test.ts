import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertDocument, composeStages, createDocument, type Document } from '@faits/document';
import { datesStage, findDateline } from '@faits/dates';

const seed = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');

async function run(doc: Document): Promise<Document> {
  return composeStages([datesStage]).run(doc, { check: true });
}

describe('datesStage', () => {
  it('is the descriptor dates.v1: requires text, provides dates', () => {
    expect(datesStage.name).toBe('dates.v1');
    expect(datesStage.requires).toEqual(['text']);
    expect(datesStage.provides).toEqual(['dates']);
  });

  it('adds dates to a new document, leaves the input and the text alone, and survives a JSON round trip', async () => {
    const input = createDocument({ id: 'seed', text: seed, lang: 'fr', published: '2024-05-23' });
    const frozen = JSON.stringify(input);
    const out = await run(input);
    expect(JSON.stringify(input)).toBe(frozen);
    expect(out).not.toBe(input);
    expect(out.text).toBe(seed);
    expect(out.dates?.length).toBe(7);
    expect(out.published).toBe('2024-05-23');
    expect(out.publishedFrom).toBe('input');
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    assertDocument(out);
  });

  it('without a publication date, a dateline ("29 mai 2012. -") becomes it, with publishedFrom "dateline"', async () => {
    const text = 'Un postier retrouvé mort\n29 mai 2012. - Un postier a été retrouvé mort hier à son domicile.';
    const out = await run(createDocument({ text, lang: 'fr' }));
    expect(out.published).toBe('2012-05-29');
    expect(out.publishedFrom).toBe('dateline');
    const hier = text.indexOf('hier');
    expect(out.dates?.map((d) => [d.start, d.end, d.text, d.value])).toEqual([
      [25, 36, '29 mai 2012', '2012-05-29'],
      [hier, hier + 4, 'hier', '2012-05-28'],
    ]);
    expect(out.diagnostics.map((d) => [d.code, d.start, d.end])).toEqual([['PUBLISHED_FROM_DATELINE', 25, 36]]);
  });

  it('a given publication date wins over the dateline', async () => {
    const text = '29 mai 2012. - Le ministre a parlé hier.';
    const out = await run(createDocument({ text, lang: 'fr', published: '2012-05-30' }));
    expect(out.published).toBe('2012-05-30');
    expect(out.publishedFrom).toBe('input');
    expect(out.dates?.find((d) => d.text === 'hier')?.value).toBe('2012-05-29');
  });

  it('without a publication date or a dateline, relative dates stay null with UNRESOLVED_RELATIVE_DATE', async () => {
    const out = await run(createDocument({ text: 'Le conseil se réunira mardi.', lang: 'fr' }));
    expect(out.published).toBeUndefined();
    expect(out.dates?.map((d) => [d.text, d.value])).toEqual([['mardi', null]]);
    expect(out.diagnostics.map((d) => [d.code, d.severity, d.start, d.end])).toEqual([['UNRESOLVED_RELATIVE_DATE', 'info', 22, 27]]);
  });

  it('RTL text in a language without date data: ISO dates only, and a warning', async () => {
    const text = 'وقعت الاتفاقية في 2024-05-20 في الرياض';
    const out = await run(createDocument({ text, lang: 'ar' }));
    expect(out.dates?.map((d) => [d.start, d.end, d.text, d.value])).toEqual([[18, 28, '2024-05-20', '2024-05-20']]);
    expect(out.diagnostics.map((d) => [d.code, d.severity])).toEqual([['DATES_LANGUAGE_UNSUPPORTED', 'warning']]);
  });
});

describe('findDateline', () => {
  it.each([
    ['fr', '29 mai 2012. - Un postier a été retrouvé mort.', '2012-05-29', 0, '29 mai 2012'],
    ['fr', 'PARIS, 26 juin 2012 — Le gouvernement a annoncé un plan.', '2012-06-26', 7, '26 juin 2012'],
    ['fr', 'Titre de l’article\n\n26 juin 2012. - Le texte commence.', '2012-06-26', 20, '26 juin 2012'],
    ['fr', 'Un titre\nUne phrase d’accroche.\n14 mars 2013, Belgique. - Le gouvernement a démissionné.', '2013-03-14', 32, '14 mars 2013'],
    ['en', 'May 20, 2024 – The company said it would cut jobs.', '2024-05-20', 0, 'May 20, 2024'],
    ['en', 'WASHINGTON (Reuters), May 20, 2024 - Lawmakers agreed.', '2024-05-20', 22, 'May 20, 2024'],
    ['de', 'BERLIN, 20. Mai 2024 – Die Regierung hat beschlossen.', '2024-05-20', 8, '20. Mai 2024'],
    ['es', 'MADRID, 20 de mayo de 2024 — El Gobierno aprobó el plan.', '2024-05-20', 8, '20 de mayo de 2024'],
  ])('%s: %s', (lang, text, date, start, surface) => {
    expect(findDateline(text, lang)).toEqual({ date, start, end: start + surface.length, text: surface });
  });

  it.each([
    ['fr', 'Le ministre a annoncé le 26 juin 2012 que le plan serait prêt.'],
    ['fr', 'En juin 2012 - sans date précise - le plan a été annoncé.'],
    ['en', 'The company said on May 20, 2024 – a Monday – that it would cut jobs.'],
    ['fr', ''],
  ])('no dateline: %s', (lang, text) => {
    expect(findDateline(text, lang)).toBeUndefined();
  });
});
