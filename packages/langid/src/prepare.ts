/**
 * Turns a text into what the detectors look at: a bounded sample, with the parts that say little about the
 * language (URLs, e-mail addresses, digits, names) masked out, the words of the sample, and a few hints.
 * Linear in the sample length; every regex is compiled once.
 */

import { LANGUAGE_DATA, SUPPORTED_LANGUAGES } from './lang/index.ts';

/** What `prepare` found in a text. */
export interface Prepared {
  /** The sample with URLs, e-mails, tokens holding digits and names replaced by spaces, `’` made `'`. */
  readonly masked: string;
  /** Lowercased words of `masked`, elided forms split off (`l'avenir` → `l'`, `avenir`). */
  readonly words: readonly string[];
  /** Letters of the sample written in the Latin script, and in any other script. */
  readonly latinLetters: number;
  readonly otherLetters: number;
  /** Digit groupings seen in the sample: `100 000` (space, U+00A0 or U+202F), `100,000`, `100.000`, `2,5`. */
  readonly numbers: NumberHints;
}

export interface NumberHints {
  readonly spaceThousands: number;
  readonly commaThousands: number;
  readonly dotThousands: number;
  readonly decimalComma: number;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|fr|de|es|it|pt|nl|be|ch|uk|eu|info|gov|edu)\b(?:\/[^\s]*)?/giu;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*['’]?/gu;
const HAS_DIGIT = /\p{N}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const INNER_UPPER = /^.[\p{L}\p{M}'’-]*\p{Lu}/u;
const CLITIC = /^(?:s|t|re|ll|ve|m|d)$/u;
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
const SPACE_THOUSANDS = /(?<![\d.,])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,]\d)/gu;
const COMMA_THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d{3})/gu;
const DOT_THOUSANDS = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.]|,\d{3})/gu;
const DECIMAL_COMMA = /(?<![\d.,])\d+,\d{1,2}(?![\d,])/gu;
/** Characters after which a capitalized word starts a sentence or a quotation. */
const OPENERS = new Set(['.', '!', '?', '…', ':', ';', '«', '"', '“', '„', '(', '[', '—', '–', '-', '•', '*', '¿', '¡', '\n', '\r']);

/** Every word of the lexicons of the supported languages: a capitalized one of these is kept at a sentence start. */
const KNOWN_WORDS: ReadonlySet<string> = new Set(
  SUPPORTED_LANGUAGES.flatMap((code) => [...LANGUAGE_DATA[code].words, ...LANGUAGE_DATA[code].capitalized]),
);
/** Words a language writes with a capital inside a sentence (German nouns, English months): kept anywhere. */
const CAPITALIZED_WORDS: ReadonlySet<string> = new Set(SUPPORTED_LANGUAGES.flatMap((code) => LANGUAGE_DATA[code].capitalized));

/**
 * Cuts `text` to at most `maxChars` code units, at a white space when one is near the end, so that the
 * sample ends on a whole word. Never splits a surrogate pair.
 */
export function sampleText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = maxChars;
  const space = text.lastIndexOf(' ', end);
  if (space > maxChars * 0.8) end = space;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n += 1;
  return n;
}

/** The character before `index` that is not white space (a space, U+00A0 or U+202F), or '\n' at the start. */
function previousMark(text: string, index: number): string {
  for (let i = index - 1; i >= 0; i -= 1) {
    const c = text[i] as string;
    if (c === '\n' || c === '\r') return '\n';
    if (c !== ' ' && c !== '\t' && c !== '\u00a0' && c !== '\u202f') return c;
  }
  return '\n';
}

/** Splits a lowercased token into the words the lexicons hold: `l'avenir` → `l'` + `avenir`, `don't` → `don` + `n't`. */
export function lexiconWords(token: string, out: string[]): void {
  const word = token.replaceAll('’', "'");
  const apostrophe = word.indexOf("'");
  if (apostrophe < 0 || apostrophe === word.length - 1) {
    out.push(word);
    return;
  }
  const head = word.slice(0, apostrophe);
  const tail = word.slice(apostrophe + 1);
  if (tail === 't' && head.endsWith('n')) {
    out.push(head.slice(0, -1), "n't");
  } else if (tail === 's' || tail === 're' || tail === 'll' || tail === 've' || tail === 'm' || tail === 'd') {
    out.push(head, `'${tail}`);
  } else {
    out.push(`${head}'`, tail);
  }
}

/**
 * Looks at a sample of `text` (`maxChars` code units at most). Names are masked: a word with an inner capital
 * (`xAI`, `OpenAI`), an acronym (`GPU`), a capitalized word inside a sentence (`Nvidia`), and a capitalized word
 * at a sentence start unless it is a known function word (`Le`, `The`) or a lowercase word follows it. Words a
 * language capitalizes inside a sentence (German nouns, English months: `capitalized` in the language data)
 * are kept. When nearly all words are capitalized (a title in Title Case, or text in capitals), case says nothing and only words with
 * an inner capital are masked.
 */
export function prepare(text: string, maxChars: number): Prepared {
  const sample = sampleText(text, maxChars);
  const numbers: NumberHints = {
    spaceThousands: count(sample, SPACE_THOUSANDS),
    commaThousands: count(sample, COMMA_THOUSANDS),
    dotThousands: count(sample, DOT_THOUSANDS),
    decimalComma: count(sample, DECIMAL_COMMA),
  };
  const letters = count(sample, LETTER);
  const latinLetters = count(sample, LATIN);
  URL.lastIndex = 0;
  const unlinked = sample.replace(URL, (m) => ' '.repeat(m.length));

  const tokens: { start: number; text: string }[] = [];
  let capitalized = 0;
  let alphabetic = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(unlinked); m !== null; m = TOKEN.exec(unlinked)) {
    tokens.push({ start: m.index, text: m[0] });
    if (!HAS_DIGIT.test(m[0])) {
      alphabetic += 1;
      if (UPPER_FIRST.test(m[0])) capitalized += 1;
    }
  }
  // Four words or more, nearly all capitalized: a title in Title Case, or a text in capitals.
  const caseIsInformative = alphabetic < 4 || capitalized / alphabetic <= 0.75;

  const parts: string[] = [];
  const words: string[] = [];
  let cursor = 0;
  tokens.forEach((token, i) => {
    parts.push(unlinked.slice(cursor, token.start));
    cursor = token.start + token.text.length;
    const atStart = OPENERS.has(previousMark(unlinked, token.start));
    const next = tokens[i + 1]?.text;
    const apostrophe = token.text.search(/['’]/u);
    const tail = apostrophe < 0 ? '' : token.text.slice(apostrophe + 1);
    if (apostrophe > 0 && tail !== '' && !CLITIC.test(tail)) {
      // An elided form and a word: "l'avenir", "L'Allemagne", "dell'Italia". Each part is judged alone.
      const head = token.text.slice(0, apostrophe + 1);
      const keepHead = keepWord(head, atStart, tail);
      const keepTail = keepWord(tail, false, next);
      parts.push(keepHead ? head : ' '.repeat(head.length), keepTail ? tail : ' '.repeat(tail.length));
      if (keepHead) words.push(head.toLowerCase().replace('’', "'"));
      if (keepTail) lexiconWords(tail.toLowerCase(), words);
      return;
    }
    if (!keepWord(token.text, atStart, next)) {
      parts.push(' '.repeat(token.text.length));
      return;
    }
    parts.push(token.text);
    lexiconWords(token.text.toLowerCase(), words);
  });
  parts.push(unlinked.slice(cursor));
  const masked = parts.join('').replaceAll('’', "'");
  return { masked, words, latinLetters, otherLetters: letters - latinLetters, numbers };

  function keepWord(word: string, atStart: boolean, next: string | undefined): boolean {
    if (HAS_DIGIT.test(word)) return false;
    const allCaps = word.length > 1 && word === word.toUpperCase();
    if (!caseIsInformative) return allCaps || !INNER_UPPER.test(word);
    // A name with an inner capital or an acronym: xAI, OpenAI, iPhone, GPU, PDG.
    if (INNER_UPPER.test(word)) return false;
    if (!UPPER_FIRST.test(word)) return true;
    const lower = word.toLowerCase().replace('’', "'");
    if (CAPITALIZED_WORDS.has(lower)) return true;
    if (!atStart) return false;
    if (KNOWN_WORDS.has(lower)) return true;
    return next !== undefined && !HAS_DIGIT.test(next) && !UPPER_FIRST.test(next);
  }
}
