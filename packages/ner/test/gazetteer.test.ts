import { readFileSync } from 'node:fs';
import { ENTITY_LABELS, FaitsError, type Entity } from '@faits/document';
import { describe, expect, it } from 'vitest';
import { GAZETTEER, GAZETTEER_KINDS, matchGazetteer, type GazetteerEntry } from '../src/index.ts';

const SEED = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');
const rows = (entities: readonly Entity[]) => entities.map((e) => [e.start, e.end, e.text, e.label, e.canonical]);
const find = (text: string) => rows(matchGazetteer(text));

describe('GAZETTEER data', () => {
  it('holds hundreds of entries, each with a canonical name, a valid kind and aliases', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(300);
    for (const e of GAZETTEER) {
      expect(e.canonical.trim()).not.toBe('');
      expect(GAZETTEER_KINDS).toContain(e.kind);
      if (e.label !== undefined) expect(ENTITY_LABELS).toContain(e.label);
    }
    expect(Object.isFrozen(GAZETTEER)).toBe(true);
  });

  it('no spelling belongs to two entries (one name, one canonical)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of GAZETTEER) {
      for (const a of [e.canonical, ...e.aliases]) {
        const text = typeof a === 'string' ? a : a.text;
        const prev = owner.get(text);
        if (prev !== undefined && prev !== e.canonical) clashes.push(`${text}: ${prev} / ${e.canonical}`);
        owner.set(text, e.canonical);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('covers the names the brief lists, with their kinds', () => {
    const byName = new Map(GAZETTEER.map((e) => [e.canonical, e]));
    const expected: [string, string][] = [
      ['xAI', 'company'], ['Nvidia', 'company'], ['Alphabet', 'company'], ['Google', 'company'], ['Meta', 'company'],
      ['OpenAI', 'company'], ['Anthropic', 'company'], ['Stability AI', 'company'], ['The Information', 'media'],
      ["Barron's", 'media'], ['Microsoft', 'company'], ['Apple', 'company'], ['Amazon', 'company'], ['Tesla', 'company'],
      ['SpaceX', 'company'], ['X', 'company'], ['Twitter', 'company'], ['ChatGPT', 'product'], ['Grok', 'product'],
      ['Gemini', 'product'], ['Claude', 'product'], ['Llama', 'product'], ['Copilot', 'product'], ['TSMC', 'company'],
      ['Samsung', 'company'], ['Intel', 'company'], ['AMD', 'company'], ['Arm', 'company'], ['Mistral AI', 'company'],
      ['Hugging Face', 'company'], ['European Commission', 'public_body'], ['Federal Trade Commission', 'public_body'],
      ['CNIL', 'public_body'], ['Ministère de l’Économie', 'public_body'],
    ];
    for (const [name, kind] of expected) expect(byName.get(name)?.kind, name).toBe(kind);
  });
});

describe('matchGazetteer', () => {
  it('the seed article: every organization and product, exact offsets', () => {
    // Positions read off the text (the same as golden/fr/fr-0001-xai-supercalculateur.json).
    expect(find(SEED)).toEqual([
      [55, 58, 'xAI', 'ORG', 'xAI'],
      [172, 175, 'xAI', 'ORG', 'xAI'],
      [200, 203, 'xAI', 'ORG', 'xAI'],
      [409, 412, 'xAI', 'ORG', 'xAI'],
      [461, 467, 'Nvidia', 'ORG', 'Nvidia'],
      [597, 612, 'The Information', 'ORG', 'The Information'],
      [807, 811, 'Meta', 'ORG', 'Meta'],
      [1006, 1013, 'ChatGPT', 'PRODUCT', 'ChatGPT'],
      [1017, 1023, 'OpenAI', 'ORG', 'OpenAI'],
      [1131, 1140, 'Microsoft', 'ORG', 'Microsoft'],
      [1144, 1150, 'Google', 'ORG', 'Google'],
      [1162, 1166, 'Meta', 'ORG', 'Meta'],
      [1190, 1199, 'Anthropic', 'ORG', 'Anthropic'],
      [1203, 1215, 'Stability AI', 'ORG', 'Stability AI'],
      [1330, 1336, 'OpenAI', 'ORG', 'OpenAI'],
      [1338, 1344, 'Google', 'ORG', 'Google'],
      [1348, 1352, 'Meta', 'ORG', 'Meta'],
      [1408, 1411, 'xAI', 'ORG', 'xAI'],
      [1412, 1415, 'xAI', 'ORG', 'xAI'],
      [1479, 1483, 'Grok', 'PRODUCT', 'Grok'],
      [1551, 1552, 'X', 'ORG', 'X'],
      [1563, 1570, 'Twitter', 'ORG', 'Twitter'],
      [1627, 1633, 'OpenAI', 'ORG', 'OpenAI'],
      [1841, 1847, 'OpenAI', 'ORG', 'OpenAI'],
      [1976, 1982, 'OpenAI', 'ORG', 'OpenAI'],
      [2142, 2157, 'www.barrons.com', 'ORG', "Barron's"],
    ]);
    const all = matchGazetteer(SEED);
    expect(all.map((e) => e.id)).toEqual(all.map((_, i) => `e${i + 1}`));
    expect(new Set(all.map((e) => e.source))).toEqual(new Set(['ner.gazetteer.v1']));
    expect(all.find((e) => e.text === 'The Information')?.kind).toBe('media');
  });

  it('the single letter X only in its contexts', () => {
    expect(find('Il a écrit sur le réseau social X mardi.')).toEqual([[32, 33, 'X', 'ORG', 'X']]);
    expect(find('X (ex-Twitter) a changé ses règles.')).toEqual([[0, 1, 'X', 'ORG', 'X'], [6, 13, 'Twitter', 'ORG', 'Twitter']]);
    expect(find('He posted on X that the deal was off.')).toEqual([[13, 14, 'X', 'ORG', 'X']]);
    expect(find('Auf der Plattform X schrieb er.')).toEqual([[18, 19, 'X', 'ORG', 'X']]);
    // Not the company: an X-ray, a variable, a name, a lower-case x.
    expect(find('Les rayons X et Malcolm X. Soit x = 2, et X vaut 3.')).toEqual([]);
  });

  it('names that are common words match only as spelled: Meta, Apple, Amazon, Orange', () => {
    expect(find('Meta et Apple, mais pas la méta-analyse ni une apple pie.')).toEqual([[0, 4, 'Meta', 'ORG', 'Meta'], [8, 13, 'Apple', 'ORG', 'Apple']]);
    expect(find('Une Meta-analysis is not Meta.')).toEqual([[25, 29, 'Meta', 'ORG', 'Meta']]);
    expect(find('une orange et Orange')).toEqual([[14, 20, 'Orange', 'ORG', 'Orange']]);
  });

  it('case and accents ignored for distinctive names, with a lower confidence when not spelled as listed', () => {
    const out = matchGazetteer('NVIDIA, Nvidia et nvidia; la commission europeenne');
    expect(rows(out)).toEqual([
      [0, 6, 'NVIDIA', 'ORG', 'Nvidia'],
      [8, 14, 'Nvidia', 'ORG', 'Nvidia'],
      [18, 24, 'nvidia', 'ORG', 'Nvidia'],
      [29, 50, 'commission europeenne', 'ORG', 'European Commission'],
    ]);
    expect(out.map((e) => e.confidence)).toEqual([0.95, 0.95, 0.85, 0.85]);
  });

  it('the longest match wins: Stability AI over Stability, Google DeepMind over Google, Mistral AI over Mistral', () => {
    expect(find('Stability AI, Google DeepMind et Mistral AI')).toEqual([
      [0, 12, 'Stability AI', 'ORG', 'Stability AI'],
      [14, 29, 'Google DeepMind', 'ORG', 'Google DeepMind'],
      [33, 43, 'Mistral AI', 'ORG', 'Mistral AI'],
    ]);
  });

  it('languages: the European Commission in fr, en, de, es', () => {
    const text = 'Commission européenne / European Commission / Europäische Kommission / Comisión Europea';
    expect(matchGazetteer(text).map((e) => [e.start, e.end, e.text, e.canonical, e.kind])).toEqual([
      [0, 21, 'Commission européenne', 'European Commission', 'public_body'],
      [24, 43, 'European Commission', 'European Commission', 'public_body'],
      [46, 68, 'Europäische Kommission', 'European Commission', 'public_body'],
      [71, 87, 'Comisión Europea', 'European Commission', 'public_body'],
    ]);
  });

  it('elision and apostrophes: d’OpenAI, l’ONU, Barron’s written with a typographic apostrophe', () => {
    expect(find('Le rival d’OpenAI, selon l’ONU et Barron’s.')).toEqual([
      [11, 17, 'OpenAI', 'ORG', 'OpenAI'],
      [27, 30, 'ONU', 'ORG', 'United Nations'],
      [34, 42, 'Barron’s', 'ORG', "Barron's"],
    ]);
  });

  it('NNBSP U+202F and no-break space U+00A0: a multi-word name across a no-break space, a name before NNBSP', () => {
    expect(find('Stability\u00A0AI\u202F: Bercy\u202F!')).toEqual([[0, 12, 'Stability\u00A0AI', 'ORG', 'Stability AI'], [15, 20, 'Bercy', 'ORG', 'Ministère de l’Économie']]);
  });

  it('a line break stops a multi-word name', () => {
    expect(find('Stability\nAI')).toEqual([]);
  });

  it('astral characters: an emoji before a name, 𝔘 before it', () => {
    // 🚀 and 𝔘 are two UTF-16 code units each: Tesla starts at 2 + 6 + 1 + 2 + 1 = 12.
    expect(find('🚀Nvidia 𝔘 Tesla')).toEqual([[2, 8, 'Nvidia', 'ORG', 'Nvidia'], [12, 17, 'Tesla', 'ORG', 'Tesla']]);
  });

  it('CJK without spaces: 英伟达 and 台积电 inside a sentence', () => {
    expect(find('英伟达与台积电合作。')).toEqual([[0, 3, '英伟达', 'ORG', 'Nvidia'], [4, 7, '台积电', 'ORG', 'TSMC']]);
  });

  it('RTL: the Arabic name of Al Jazeera', () => {
    expect(find('قالت الجزيرة')).toEqual([[5, 12, 'الجزيرة', 'ORG', 'Al Jazeera']]);
  });

  it('short acronyms are skipped in all-capital headlines, found in running text', () => {
    expect(find('UN GÉANT DE LA TECH RACHÈTE UNE START-UP')).toEqual([]);
    expect(find('The UN said on Monday')).toEqual([[4, 6, 'UN', 'ORG', 'United Nations']]);
  });

  it('AI assistants that are also first names need context: Claude', () => {
    expect(find('Claude François chantait.')).toEqual([]);
    expect(find('le chatbot Claude, d’Anthropic')).toEqual([[11, 17, 'Claude', 'PRODUCT', 'Claude'], [21, 30, 'Anthropic', 'ORG', 'Anthropic']]);
    expect(find('ChatGPT, Gemini et Claude')).toEqual([[0, 7, 'ChatGPT', 'PRODUCT', 'ChatGPT'], [9, 15, 'Gemini', 'PRODUCT', 'Gemini'], [19, 25, 'Claude', 'PRODUCT', 'Claude']]);
  });

  it('empty input and custom entries', () => {
    expect(matchGazetteer('')).toEqual([]);
    const entries: GazetteerEntry[] = [{ canonical: 'Faits', kind: 'other', aliases: ['Faits pipeline'], exact: true }];
    expect(rows(matchGazetteer('Le Faits pipeline et les faits.', { entries }))).toEqual([[3, 17, 'Faits pipeline', 'ORG', 'Faits']]);
  });

  it('a bad custom entry throws E_INVALID_OPTION', () => {
    const bad = [{ canonical: 'X', kind: 'planet', aliases: [] }] as unknown as GazetteerEntry[];
    expect(() => matchGazetteer('x', { entries: bad })).toThrow(FaitsError);
    expect(() => matchGazetteer('x', { entries: bad })).toThrow(/company, media, public_body, ngo, product, other/);
    const badPattern: GazetteerEntry[] = [{ canonical: 'Y', kind: 'other', aliases: [{ text: 'Y', before: '(' }] }];
    expect(() => matchGazetteer('Y', { entries: badPattern })).toThrow(/Invalid context pattern/);
  });

  it('huge input: a 1.5 MB text is matched in linear time', () => {
    const text = `${SEED}\n`.repeat(700);
    const t0 = performance.now();
    const out = matchGazetteer(text);
    const ms = performance.now() - t0;
    expect(out.length).toBe(26 * 700);
    expect(out[out.length - 1]?.text).toBe('www.barrons.com');
    expect(ms).toBeLessThan(10_000);
  });
});
