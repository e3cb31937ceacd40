import { assertDocument, composeStages, createDocument, type Document } from '@faits/document';
import { createLangidStage, langidStage } from '@faits/langid';
import { describe, expect, it } from 'vitest';

// An article written for this test, in the style of the corpus: a title, a French body, an English quote line.
const ARTICLE = [
  'Le fabricant de puces relève ses prévisions',
  '',
  'Le groupe a relevé jeudi ses prévisions de chiffre d’affaires pour l’année, porté par la demande de puces destinées aux centres de données. Ses ventes ont progressé de 18 % sur un an, à 4,2 milliards d’euros.',
  'Selon son directeur général, les nouvelles usines seront opérationnelles d’ici l’automne 2025.',
  '“We expect demand to stay strong”, he said.',
  'Source : www.example.com',
].join('\n');

describe('langidStage', () => {
  it('is the descriptor langid.franc.v1: requires text, provides lang and paragraphs', () => {
    expect(langidStage.name).toBe('langid.franc.v1');
    expect([...langidStage.requires]).toEqual(['text']);
    expect([...langidStage.provides]).toEqual(['lang', 'paragraphs']);
  });

  it('sets lang by a vote across paragraphs weighted by length, with document-level candidates', async () => {
    const input = createDocument({ id: 'a1', text: ARTICLE });
    const doc = await langidStage.run(input);
    expect(doc).not.toBe(input);
    expect(doc.text).toBe(ARTICLE);
    expect(doc.lang).toBe('fr');
    expect(doc.languages?.[0]?.lang).toBe('fr');
    expect(doc.languages?.[0]?.score).toBeGreaterThan(0.8);
    expect(doc.languages?.some((c) => c.lang === 'en')).toBe(true);
    expect(doc.paragraphs?.map((p) => [p.start, p.end, p.text, p.lang])).toEqual([
      [0, 43, 'Le fabricant de puces relève ses prévisions', 'fr'],
      [45, 253, 'Le groupe a relevé jeudi ses prévisions de chiffre d’affaires pour l’année, porté par la demande de puces destinées aux centres de données. Ses ventes ont progressé de 18 % sur un an, à 4,2 milliards d’euros.', 'fr'],
      [254, 348, 'Selon son directeur général, les nouvelles usines seront opérationnelles d’ici l’automne 2025.', 'fr'],
      [349, 392, '“We expect demand to stay strong”, he said.', 'en'],
      [393, 417, 'Source : www.example.com', 'und'],
    ]);
    expect(doc.diagnostics).toEqual([]);
    assertDocument(doc);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('keeps a language given by the user, and still fills paragraphs and languages', async () => {
    const doc = await langidStage.run(createDocument({ id: 'a2', text: ARTICLE, lang: 'en' }));
    expect(doc.lang).toBe('en');
    expect(doc.languages?.[0]?.lang).toBe('fr');
    expect(doc.paragraphs).toHaveLength(5);
  });

  it('a document with no words gets und and a LOW_LANGUAGE_CONFIDENCE warning', async () => {
    const doc = await langidStage.run(createDocument({ id: 'a3', text: '2024\n100 000 — 42 %' }));
    expect(doc.lang).toBe('und');
    expect(doc.languages).toEqual([{ lang: 'und', score: 1 }]);
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]).toMatchObject({ code: 'LOW_LANGUAGE_CONFIDENCE', severity: 'warning', source: 'langid.franc.v1' });
    assertDocument(doc);
  });

  it('a document split evenly between French and English is uncertain: a warning names both', async () => {
    const fr = 'Le constructeur a annoncé la fermeture de deux usines dans le nord du pays.';
    const en = 'The manufacturer announced the closure of two plants in the north of the country.';
    const doc = await langidStage.run(createDocument({ id: 'a4', text: `${fr}\n${en}` }));
    expect(doc.paragraphs?.map((p) => p.lang)).toEqual(['fr', 'en']);
    expect(doc.languages?.slice(0, 2).map((c) => c.lang).sort()).toEqual(['en', 'fr']);
    const warning = doc.diagnostics.find((d) => d.code === 'LOW_LANGUAGE_CONFIDENCE');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/en 0\.\d\d/u);
    expect(warning?.message).toMatch(/fr 0\.\d\d/u);
  });

  it('keeps the diagnostics already on the document', async () => {
    const input: Document = { ...createDocument({ id: 'a5', text: '12' }), diagnostics: [{ code: 'X', severity: 'info', message: 'm', source: 'cli' }] };
    const doc = await langidStage.run(input);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['X', 'LOW_LANGUAGE_CONFIDENCE']);
  });

  it('composes as the first stage of a pipeline and passes the contract checks', async () => {
    const pipeline = composeStages([langidStage]);
    const doc = await pipeline.run(createDocument({ id: 'a6', text: ARTICLE }), { check: true });
    expect(doc.stages).toEqual(['langid.franc.v1']);
    expect(doc.lang).toBe('fr');
  });

  it("createLangidStage takes options: with languages: 'all', a Russian document is ru", async () => {
    const stage = createLangidStage({ languages: 'all' });
    const doc = await stage.run(createDocument({ id: 'a7', text: 'Компания объявила о закрытии двух заводов на севере страны.' }));
    expect(doc.lang).toBe('ru');
    expect(() => createLangidStage({ languages: ['xx'] })).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_LANGUAGE' }));
  });
});
