import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encode, loadTokenizer } from './helpers.ts';

interface ParityItem { lang: string; text: string; ids: number[] }

/** Snapshot of the Python tokenizer used for training (train/make_fixtures.py); not WikiNEuRal text. */
const fixture = JSON.parse(readFileSync(new URL('./fixtures/tokenizer-parity.json', import.meta.url), 'utf8')) as ParityItem[];

async function pieces(text: string): Promise<string[]> {
  const tok = await loadTokenizer();
  return tok.model.convert_ids_to_tokens(await encode(text)) as string[];
}

describe('tokenizer parity: Python training side vs transformers.js AutoTokenizer', () => {
  it('the fixture covers the seven languages and the hard cases (~300 sentences)', () => {
    const langs = new Set(fixture.map((f) => f.lang));
    expect([...langs].sort()).toEqual(['de', 'en', 'es', 'fr', 'hard', 'it', 'nl', 'pt']);
    expect(fixture.length).toBeGreaterThanOrEqual(290);
  });

  for (const lang of ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt']) {
    it(`${lang}: same ids on every sentence`, async () => {
      for (const item of fixture.filter((f) => f.lang === lang)) {
        expect(await encode(item.text), item.text).toEqual(item.ids);
      }
    });
  }

  it('hard cases: empty input, spaces only, NNBSP U+202F, no-break space U+00A0, emoji and astral letters, CJK, RTL (Arabic, Hebrew), combining accents, zero-width space, control characters, a word over 100 characters', async () => {
    for (const item of fixture.filter((f) => f.lang === 'hard')) {
      expect(await encode(item.text), JSON.stringify(item.text)).toEqual(item.ids);
    }
  });
});

describe('tokenizer behaviour, expected by reading the tokenizer spec', () => {
  it('empty input gives [CLS] [SEP] only', async () => {
    expect(await pieces('')).toEqual(['[CLS]', '[SEP]']);
    expect(await pieces('   ')).toEqual(['[CLS]', '[SEP]']);
  });

  it('NNBSP U+202F and no-break space U+00A0 separate words like a plain space', async () => {
    expect(await encode('Prix\u202f: 12\u00a0€')).toEqual(await encode('Prix : 12 €'));
  });

  it('cased: capitals are kept (do_lower_case false), so "Paris" and "paris" differ', async () => {
    expect(await encode('Paris')).not.toEqual(await encode('paris'));
  });

  it('elision: the apostrophe (straight and typographic) is a word of its own', async () => {
    const p = await pieces("l'État");
    expect(p[1]).toBe('l');
    expect(p[2]).toBe("'");
    expect(p[3]!.startsWith('##')).toBe(false);
    const q = await pieces('l\u2019État');
    expect(q[2]).toBe('\u2019');
  });

  it('punctuation is split off words: "Berlin." is Berlin + "."', async () => {
    const p = await pieces('Berlin.');
    expect(p.slice(-2)).toEqual(['.', '[SEP]']);
    expect(p.slice(1, -2).join('').replace(/##/g, '')).toBe('Berlin');
  });

  it('CJK ideographs become one word each (two [UNK]: the vocabulary has no CJK); an emoji is one [UNK]', async () => {
    // Unsplit, 北京 would be a single unknown word, hence a single [UNK].
    expect(await pieces('北京')).toEqual(['[CLS]', '[UNK]', '[UNK]', '[SEP]']);
    const e = await pieces('🎉');
    expect(e).toEqual(['[CLS]', '[UNK]', '[SEP]']);
  });

  it('control characters and zero-width format characters are dropped, not turned into [UNK]', async () => {
    expect(await encode('Control\u0007char')).toEqual(await encode('Controlchar'));
    expect(await encode('Zero\u200bwidth')).toEqual(await encode('Zerowidth'));
  });

  it('a word longer than 100 characters is a single [UNK]', async () => {
    expect(await pieces('a'.repeat(101))).toEqual(['[CLS]', '[UNK]', '[SEP]']);
  });
});
