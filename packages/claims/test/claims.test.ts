import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertDocument, type Document, type Fact } from '@faits/document';
import { claimsStage, extractFacts, modalityAt, createContext } from '@faits/claims';
import { SEED_TEXT, seedDocument } from './seed-layers.ts';

interface GoldFact { id: string; type: string; start: number; end: number; text: string; optional?: boolean; [k: string]: unknown }
const gold = JSON.parse(readFileSync(join(import.meta.dirname, '../../../golden/fr/fr-0001-xai-supercalculateur.json'), 'utf8')) as { facts: GoldFact[] };

const canon = (slot: unknown): string | undefined => (slot as { canonical?: string } | undefined)?.canonical;

describe('claims on the seed article with correct upstream layers', () => {
  const doc = seedDocument();
  const facts = extractFacts(doc);

  it('every span of every fact matches the text (assertDocument)', () => {
    expect(() => assertDocument({ ...doc, facts })).not.toThrow();
  });

  it('the text is the seed article', () => {
    expect(SEED_TEXT.slice(447, 467)).toBe('100 000 puces Nvidia');
  });

  it('"100 000 puces Nvidia": 100000 chips, vendor Nvidia, subject the supercomputer, forecast', () => {
    const q = facts.find((f) => f.type === 'quantity' && f.start === 447);
    expect(q).toMatchObject({
      end: 467, text: '100 000 puces Nvidia', value: 100000, unit: 'chip', qualifier: 'exact',
      item: { start: 455, end: 460, text: 'puces' }, vendor: { canonical: 'Nvidia', start: 461, end: 467, text: 'Nvidia' },
      subject: { canonical: 'supercomputer', text: 'Ce supercalculateur' }, modality: 'forecast',
    });
  });

  it('"d’ici l’automne 2025" (elision with U+2019): by autumn 2025, event operational, of the supercomputer, forecast', () => {
    const d = facts.find((f) => f.type === 'date' && f.text === 'd’ici l’automne 2025');
    expect(d).toMatchObject({
      start: 495, end: 515, relation: 'by', value: { start: '2025-09-22', end: '2025-12-20' }, event: 'operational',
      eventText: { text: 'opérationnel' }, subject: { canonical: 'supercomputer' }, modality: 'forecast',
    });
  });

  it('"Musk" after "Elon Musk" is the same person: one person fact with every mention', () => {
    const persons = facts.filter((f) => f.type === 'person');
    expect(persons.map((p) => p['canonical'])).toEqual(['Elon Musk', 'Sam Altman']);
    expect((persons[0]?.['mentions'] as unknown[]).length).toBe(10);
  });

  it('Sam Altman is CEO ("PDG") of OpenAI, found through "l’entreprise"', () => {
    expect(facts.find((f) => f['canonical'] === 'Sam Altman')).toMatchObject({ role: 'ceo', roleText: { text: 'PDG' }, roleOrganization: 'OpenAI' });
    expect(facts.find((f) => f['predicate'] === 'ceo_of')).toMatchObject({ text: 'PDG Sam Altman', object: { canonical: 'OpenAI', text: 'l’entreprise' } });
  });

  it('X, formerly Twitter, owned by Musk', () => {
    expect(facts.find((f) => f.type === 'organization' && f['canonical'] === 'X')).toMatchObject({ formerly: 'Twitter' });
    expect(facts.find((f) => f['predicate'] === 'owns')).toMatchObject({
      text: 'X, l’ancien Twitter appartenant également à Musk', subject: { canonical: 'Elon Musk' }, object: { canonical: 'X', text: 'X' },
    });
  });

  it('the implied subject of "Entamant une poursuite … contre OpenAI en mars" is Musk, the topic', () => {
    expect(facts.find((f) => f['predicate'] === 'sued')).toMatchObject({
      subject: { canonical: 'Elon Musk' }, object: { canonical: 'OpenAI' }, time: { value: '2024-03', text: 'en mars' },
    });
  });

  it('"il a quitté l’entreprise en 2018": the pronoun is Musk, "l’entreprise" is OpenAI', () => {
    expect(facts.find((f) => f['predicate'] === 'left')).toMatchObject({
      start: 1643, end: 1675, subject: { canonical: 'Elon Musk', text: 'il' }, object: { canonical: 'OpenAI', text: 'l’entreprise' },
      time: { value: '2018' },
    });
  });

  it('a reported statement: "…, selon les propos de Musk" makes the multiplier reported', () => {
    expect(facts.find((f) => f.text === 'au moins quatre fois plus grand')).toMatchObject({ value: 4, unit: 'times', qualifier: 'at_least', modality: 'reported' });
  });

  it('every required golden fact is found with the same span and values', () => {
    const missing: string[] = [];
    for (const g of gold.facts.filter((f) => f.optional !== true)) {
      const hit = facts.find((f) => matches(g, f));
      if (hit === undefined) missing.push(`${g.id} ${g.type} ${g.text}`);
    }
    expect(missing).toEqual([]);
  });

  it('no spurious fact with confidence ≥ 0.5', () => {
    const spurious = facts.filter((f) => f.confidence >= 0.5 && !gold.facts.some((g) => matches(g, f)));
    expect(spurious.map((f) => `${f.type} ${f.text}`)).toEqual([]);
  });

  it('the stage adds facts and keeps the text', async () => {
    const out = (await claimsStage.run(doc)) as Document;
    expect(out.text).toBe(doc.text);
    expect(out.facts?.length).toBe(facts.length);
  });
});

function matches(g: GoldFact, f: Fact): boolean {
  if (g.type !== f.type) return false;
  switch (g.type) {
    case 'organization': case 'person': case 'location': case 'product':
      return canon(g) === canon(f) && g.start === f.start && g.end === f.end;
    case 'relation':
      return canon(g['subject']) === canon(f['subject']) && g['predicate'] === f['predicate'] && canon(g['object']) === canon(f['object'])
        && g.start < f.end && f.start < g.end;
    default:
      return g.start === f.start && g.end === f.end && JSON.stringify(g['value']) === JSON.stringify(f['value']);
  }
}

describe('modality cues', () => {
  const make = (text: string, lang: string): Document => ({ id: 't', text, lang, diagnostics: [], sentences: [{ start: 0, end: text.length, text }] });
  const cases: [string, string, string, string][] = [
    ['fr', 'Le groupe devrait supprimer 1 200 postes.', '1 200', 'forecast'],
    ['fr', 'Selon Reuters, le groupe a supprimé 1 200 postes.', '1 200', 'reported'],
    ['fr', 'Le groupe a supprimé 1 200 postes, affirme Reuters.', '1 200', 'reported'],
    ['fr', 'Le groupe pourrait supprimer 1 200 postes.', '1 200', 'hedged'],
    ['fr', 'Le groupe n’a pas supprimé 1 200 postes.', '1 200', 'negated'],
    ['fr', 'Le groupe a supprimé 1 200 postes.', '1 200', 'asserted'],
    ['en', 'The company is expected to cut 1,200 jobs.', '1,200', 'forecast'],
    ['en', 'The company cut 1,200 jobs, according to Reuters.', '1,200', 'reported'],
    ['en', 'The company could cut 1,200 jobs.', '1,200', 'hedged'],
    ['en', 'The company did not cut 1,200 jobs.', '1,200', 'negated'],
    ['de', 'Der Konzern wird 1.200 Stellen streichen.', '1.200', 'forecast'],
    ['de', 'Laut Handelsblatt, strich der Konzern 1.200 Stellen.', '1.200', 'reported'],
    ['es', 'La empresa podría despedir a 1.200 empleados.', '1.200', 'hedged'],
    ['es', 'La empresa despidió a 1.200 empleados, según El País.', '1.200', 'reported'],
  ];
  for (const [lang, text, anchor, expected] of cases) {
    it(`${lang}: ${text} → ${expected}`, () => {
      const start = text.indexOf(anchor);
      expect(modalityAt(createContext(make(text, lang)), start, start + anchor.length)).toBe(expected);
    });
  }
});

describe('relations with a money object and a leading source', () => {
  const doc = (text: string, lang: string, entities: [string, 'ORG' | 'PER'][], money?: [string, number, string]): Document => {
    const ents = entities.map(([surface, label], i) => {
      const start = text.indexOf(surface);
      return { id: `e${i + 1}`, start, end: start + surface.length, text: surface, label, confidence: 0.9, source: 'test', canonical: surface };
    });
    const numbers = money === undefined ? [] : [(() => {
      const start = text.indexOf(money[0]);
      return { id: 'n1', start, end: start + money[0].length, text: money[0], kind: 'money' as const, value: money[1], currency: money[2], qualifier: 'exact' as const, source: 'test', confidence: 0.9 };
    })()];
    return { id: 't', text, lang, diagnostics: [], sentences: [{ start: 0, end: text.length, text }], entities: ents, numbers, dates: [] };
  };

  it('en: "Anthropic raised $30bn" → raised, object the amount', () => {
    const facts = extractFacts(doc('Anthropic raised $30bn from investors.', 'en', [['Anthropic', 'ORG']], ['$30bn', 30e9, 'USD']));
    expect(facts.find((f) => f['predicate'] === 'raised')).toMatchObject({
      subject: { canonical: 'Anthropic' }, object: { canonical: '30000000000 USD', text: '$30bn' }, text: 'Anthropic raised $30bn',
    });
  });

  it('de: "Laut der Nachrichtenagentur Bloomberg, …" → reported_by Bloomberg, the statement after the comma', () => {
    const text = 'Laut der Nachrichtenagentur Bloomberg, will Siemens 2.000 Stellen streichen.';
    const facts = extractFacts(doc(text, 'de', [['Bloomberg', 'ORG'], ['Siemens', 'ORG']]));
    expect(facts.find((f) => f['predicate'] === 'reported_by')).toMatchObject({
      text: 'Laut der Nachrichtenagentur Bloomberg', object: { canonical: 'Bloomberg' },
      subject: { canonical: 'statement', text: 'will Siemens 2.000 Stellen streichen' },
    });
  });

  it('fr: "selon les propos de Musk" names a person, not a source organization: no reported_by', () => {
    const text = 'Le supercalculateur sera plus grand, selon les propos de Musk.';
    expect(extractFacts(doc(text, 'fr', [['Musk', 'PER']])).filter((f) => f['predicate'] === 'reported_by')).toEqual([]);
  });
});
