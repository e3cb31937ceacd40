import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_TOKENIZER_LANGUAGES, splitSentences, tokenize } from '@faits/tokenize';
import { SPECS, losslessProblems, readFixture, sentenceProblems } from './helpers.ts';

const LANGS = [...SUPPORTED_TOKENIZER_LANGUAGES, 'und', 'ja'];

/** Small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that stress every branch of the scanner, glued at random with and without spaces. */
const PIECES = [
  'l’', "l'", 'd’', 'qu’', 'aujourd’hui', 'avenir', 'IA', 'xAI', 'M.', 'etc.', 'U.S.', 'e.g.', 'J.-C.', 'c.-à-d.',
  '100', ' 000', '\u202F000', '\u00A0000', '\u2009000', '2,5', '2.5', '1,234', '1.234,5', '2015', '%', '€', '3.',
  '1er', '10km', '4x', '-', '‐', '—', '–', '.', '..', '...', '…', '?', '!', '?!', ',', ';', ':', '«', '»', '“', '”',
  '"', "'", '’', '(', ')', '[', ']', '@', '#', '&', '/', 'http://', 'https://x.ai/a?b=1', 'www.', '.com', 'a@b.fr',
  '🚀', '👍🏽', '👨‍👩‍👧', '🇫🇷', '1️⃣', '©', '™', '𝔘', '𠀋', '\u0301', '\u200D', '\u200C', '\uFE0F', '\uD800', '\uDC00',
  '東京都に住む', '。', '我爱北京', 'ภาษาไทย', 'مرحبا', '؟', '،', '٢٠٢٥', 'שלום', '״', 'ß', 'İ', 'ǅ', '½', '²',
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00A0', '\u202F', '\u2028', '\u2029', '\u200B', '\u0085',
  'Le', 'il', 'The', 'Der', 'a-t-il', 'dit-elle', "don't", "Musk's", 'start-ups', 'GPT-4', 'AT&T', 'z.', 'B.',
];

function randomText(next: () => number, pieces: number): string {
  let text = '';
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)]!;
  return text;
}

describe('lossless invariant over many texts', () => {
  const specInputs: string[] = [];
  for (const file of readdirSync(SPECS)) {
    const spec = JSON.parse(readFileSync(new URL(file, SPECS), 'utf8')) as { cases: { input: string }[] };
    for (const c of spec.cases) specInputs.push(c.input);
  }

  it(`holds for every spec input (${specInputs.length}) and the seed article, in every language`, () => {
    const problems: string[] = [];
    for (const text of [...specInputs, readFixture('seed-article.txt')]) {
      for (const lang of LANGS) {
        const tokens = tokenize(text, { lang });
        const sentences = splitSentences(text, { lang, tokens });
        for (const p of [...losslessProblems(text, tokens), ...sentenceProblems(text, tokens, sentences)]) problems.push(`${lang} ${JSON.stringify(text)}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('holds for 600 random texts of hard pieces (elision, NNBSP, emoji, surrogates, CJK, RTL, URLs)', () => {
    const next = random(20240520);
    const problems: string[] = [];
    for (let n = 0; n < 600; n++) {
      const text = randomText(next, 1 + Math.floor(next() * 40));
      const lang = LANGS[n % LANGS.length]!;
      const tokens = tokenize(text, { lang });
      const sentences = splitSentences(text, { lang, tokens });
      for (const p of [...losslessProblems(text, tokens), ...sentenceProblems(text, tokens, sentences)]) problems.push(`${lang} ${JSON.stringify(text)}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('a lossless check catches a dropped character (the check itself can fail)', () => {
    const text = 'l’avenir de l’IA';
    const tokens = tokenize(text, { lang: 'fr' });
    expect(losslessProblems(text, tokens.slice(1))).not.toEqual([]);
    expect(losslessProblems(text, tokens.map((t) => (t.text === 'avenir' ? { ...t, end: t.end - 1 } : t)))).not.toEqual([]);
  });
});

describe('huge input', () => {
  it('tokenizes a ~10 MB text (the seed article repeated) in one linear pass, with the same result for every copy', () => {
    const seed = readFixture('seed-article.txt');
    const unit = `${seed}\n\n`;
    const copies = Math.ceil(10_000_000 / unit.length);
    const text = unit.repeat(copies);
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);

    const one = tokenize(unit, { lang: 'fr' });
    const tokens = tokenize(text, { lang: 'fr' });
    expect(tokens).toHaveLength(one.length * copies);
    expect(losslessProblems(text, tokens)).toEqual([]);
    // the last copy is the first one shifted: no state leaks from one copy to the next
    const shift = unit.length * (copies - 1);
    expect(tokens.slice(-one.length)).toEqual(one.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })));

    const sentences = splitSentences(text, { lang: 'fr', tokens });
    expect(sentences).toHaveLength(16 * copies);
    expect(sentences.at(-1)).toEqual({ start: shift + seed.indexOf('Source'), end: shift + seed.length, text: 'Source : www.barrons.com' });
  }, 180_000);

  it('tokenizes a ~1 MB run of Japanese with no space and no punctuation (CJK, astral 𠀋) in linear time, same words as a short text', () => {
    const unit = '東京都に住んでいます今日は晴れ𠀋';
    const copies = Math.ceil(1_000_000 / unit.length);
    const text = unit.repeat(copies);
    const one = tokenize(unit, { lang: 'ja' }).map((t) => t.text);
    const tokens = tokenize(text, { lang: 'ja' });
    expect(losslessProblems(text, tokens)).toEqual([]);
    expect(tokens).toHaveLength(one.length * copies);
    expect(tokens.slice(-one.length).map((t) => t.text)).toEqual(one);
  }, 180_000);

  it('stays linear on adversarial inputs of 100 000 code units (a quadratic scan would not finish in time)', () => {
    const n = 100_000;
    const cases: Record<string, string> = {
      'a.a.a.': 'a.'.repeat(n / 2),
      '1.1.1.': '1.'.repeat(n / 2),
      '1 000 1 000': '1 000 '.repeat(n / 6),
      'url then ))))': `http://x${')'.repeat(n)}`,
      'url then ....': `www.x${'.'.repeat(n)}`,
      'l’l’l’': 'l’'.repeat(n / 2),
      'a-a-a-': 'a-'.repeat(n / 2),
      'a@a@a@': 'a@'.repeat(n / 2),
      'a.a.a.@x.com': `${'a.'.repeat(n / 2)}@x.com`,
      'labels ab.ab.': `${'ab.'.repeat(n / 3)}com`,
      'ZWJ chain': '👨‍'.repeat(n / 3),
      'one letter with 100 000 combining marks': `a${'́'.repeat(n)}`,
      'one word of 100 000 letters': `${'a'.repeat(n)}.`,
      'dit-il-il-il': `dit${'-il'.repeat(n / 3)}`,
      '.».».»': '.»'.repeat(n / 2),
      'A. A. A.': 'A. '.repeat(n / 3),
      'CJK 。東。東': '。東'.repeat(n / 2),
      'Thai runs': 'ภาษา '.repeat(n / 5),
    };
    const problems: string[] = [];
    for (const [name, text] of Object.entries(cases)) {
      const tokens = tokenize(text, { lang: 'fr' });
      const sentences = splitSentences(text, { lang: 'fr', tokens });
      for (const p of [...losslessProblems(text, tokens), ...sentenceProblems(text, tokens, sentences)]) problems.push(`${name}: ${p}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
