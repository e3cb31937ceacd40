import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateMention, Document, Entity, NumberMention, Span } from '@faits/document';

/**
 * The seed article with upstream layers written by hand, by reading the text (what a correct NER, numbers and
 * dates stage give): the input of the claims unit tests, independent of the other stages' accuracy.
 */
export const SEED_TEXT = readFileSync(join(import.meta.dirname, 'fixtures/seed-fr.txt'), 'utf8');

function at(text: string, anchor = text): Span {
  const i = SEED_TEXT.indexOf(anchor);
  if (i < 0 || SEED_TEXT.indexOf(anchor, i + 1) >= 0) throw new Error(`anchor not unique: ${anchor}`);
  const start = i + anchor.indexOf(text);
  return { start, end: start + text.length, text };
}

function every(text: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(`(?<![\\p{L}.])${text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'gu');
  for (const m of SEED_TEXT.matchAll(re)) out.push({ start: m.index, end: m.index + text.length, text });
  return out;
}

const GAZ: [string, Entity['label'], string, string | undefined][] = [
  ['xAI', 'ORG', 'xAI', 'company'], ['Nvidia', 'ORG', 'Nvidia', 'company'], ['The Information', 'ORG', 'The Information', 'media'],
  ['Meta', 'ORG', 'Meta', 'company'], ['OpenAI', 'ORG', 'OpenAI', 'company'], ['Microsoft', 'ORG', 'Microsoft', 'company'],
  ['Google', 'ORG', 'Google', 'company'], ['Anthropic', 'ORG', 'Anthropic', 'company'], ['Stability AI', 'ORG', 'Stability AI', 'company'],
  ['Twitter', 'ORG', 'Twitter', 'company'], ['ChatGPT', 'PRODUCT', 'ChatGPT', 'product'], ['Grok', 'PRODUCT', 'Grok', 'product'],
  ['Elon Musk', 'PER', 'Elon Musk', undefined], ['Sam Altman', 'PER', 'Sam Altman', undefined],
];

export function seedEntities(): Entity[] {
  const spans: (Span & { label: Entity['label']; canonical: string; kind: string | undefined })[] = [];
  for (const [surface, label, canonical, kind] of GAZ) for (const s of every(surface)) spans.push({ ...s, label, canonical, kind });
  for (const s of every('Musk')) if (!spans.some((o) => o.start < s.end && s.start < o.end)) spans.push({ ...s, label: 'PER', canonical: 'Musk', kind: undefined });
  spans.push({ ...at('X', 'médias sociaux X,'), label: 'ORG', canonical: 'X', kind: 'company' });
  spans.sort((a, b) => a.start - b.start);
  return spans.map((s, i) => ({
    id: `e${i + 1}`, start: s.start, end: s.end, text: s.text, label: s.label, confidence: 0.95,
    source: s.label === 'PER' ? 'ner.transformers.v1' : 'ner.gazetteer.v1',
    ...(s.label === 'PER' && s.canonical === 'Musk' ? {} : { canonical: s.canonical }), ...(s.kind === undefined ? {} : { kind: s.kind }),
  }));
}

export function seedNumbers(): NumberMention[] {
  return [
    { id: 'n1', ...at('100 000 puces Nvidia'), kind: 'quantity', value: 100000, qualifier: 'exact', unit: 'chip',
      item: at('puces', '000 puces'), vendor: at('Nvidia', 'puces Nvidia'), number: at('100 000'), source: 'numbers.v1', confidence: 0.9 },
    { id: 'n2', ...at('au moins quatre fois plus grand'), kind: 'factor', value: 4, qualifier: 'at_least', source: 'numbers.v1', confidence: 0.85 },
  ];
}

export function seedDates(): DateMention[] {
  const d = (text: string, value: DateMention['value'], grain: DateMention['grain'], relation: DateMention['relation'], relative: boolean, anchor?: string): DateMention =>
    ({ id: `d${text}`, ...at(text, anchor), value, grain, relation, relative, source: 'dates.v1', confidence: 0.9 });
  return [
    d('d’ici l’automne 2025', { start: '2025-09-22', end: '2025-12-20' }, 'season', 'by', false),
    d('aujourd’hui', '2024-05-26', 'day', 'at', true),
    d('ce mois-ci', '2024-05', 'month', 'at', true),
    d('en 2022', '2022', 'year', 'at', false),
    d('en 2015', '2015', 'year', 'at', false),
    d('en 2018', '2018', 'year', 'at', false),
    d('en mars', '2024-03', 'month', 'at', true),
  ].sort((a, b) => a.start - b.start);
}

export function seedDocument(): Document {
  return { id: 'fr-0001', text: SEED_TEXT, lang: 'fr', published: '2024-05-26', diagnostics: [], entities: seedEntities(), numbers: seedNumbers(), dates: seedDates() };
}
