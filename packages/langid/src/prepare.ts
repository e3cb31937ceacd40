/**
 * Turns a text into what the detectors look at: a bounded sample, with the parts that say little about the
 * language (URLs, e-mail addresses, digits, names) masked out, the words of the sample, and a few hints.
 * Linear in the sample length; every regex is compiled once.
 */

import { LANGUAGE_DATA, SUPPORTED_LANGUAGES } from './lang/index.ts';

/** What `prepare` found in a text. */
export interface Prepared {
  /**
   * The sample with URLs, e-mails, tokens holding digits and names replaced by spaces, `’` made `'`; empty (and
   * no number hints) when `prepare` was asked for the words only.
   */
  readonly masked: string;
  /** Lowercased words of `masked`, elided forms split off (`l'avenir` → `l'`, `avenir`). */
  readonly words: readonly string[];
  /**
   * The words among `words` that were written with a capital and that some language always capitalizes
   * (`capitalized` in the language data: `Oktober`, `Italien`), lowercased: the languages that write them in
   * lowercase (Dutch `oktober`, Italian `mai`) can only explain the capital by a sentence start.
   */
  readonly capitalized: readonly string[];
  /**
   * Month names written right before a year (`Mai 1919`, `mayo de 1919`: `de` allowed between them), lowercased:
   * a date, which only the languages that name the month so can explain (Italian `mai` is "never").
   */
  readonly monthsBeforeYear: readonly string[];
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
/** A capital, a digit or an apostrophe: a token that needs a closer look than a plain lowercase word. */
const SPECIAL = /[\p{Lu}\p{Lt}\p{N}'’]/u;
const APOSTROPHE = /['’]/u;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const ANY_DIGIT = /\d/u;
/** A cheap test before the URL pattern runs: an @, `//`, `www.` or a dot before a common top-level domain. */
const MAYBE_URL = /@|\/\/|www\.|[a-z0-9-]\.(?:com|org|net|io|ai|fr|de|es|it|pt|nl|be|ch|uk|eu|info|gov|edu)\b/iu;
const NO_NUMBERS: NumberHints = Object.freeze({ spaceThousands: 0, commaThousands: 0, dotThousands: 0, decimalComma: 0 });
const SPACE_THOUSANDS = /(?<![\d.,])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,]\d)/gu;
const COMMA_THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d{3})/gu;
const DOT_THOUSANDS = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.]|,\d{3})/gu;
const DECIMAL_COMMA = /(?<![\d.,])\d+,\d{1,2}(?![\d,])/gu;
/** An opening quotation mark (a cheap test before `quotedRanges`). */
const QUOTE_MARK = /["“„«]/u;
/** Any quotation mark `quotedRanges` knows. */
const QUOTE_ANY = /["“”„«»]/gu;
/** A year (1000-2099) as a token. */
const YEAR = /^(?:1\d{3}|20\d{2})$/u;
/** Quotation marks: an opening one, to the closing ones that end it. A straight `"` opens and closes. */
const QUOTE_CLOSERS: ReadonlyMap<string, string> = new Map([['"', '"'], ['“', '”'], ['„', '“”'], ['«', '»']]);
/** Characters after which a capitalized word starts a sentence or a quotation. */
const OPENERS = new Set(['.', '!', '?', '…', ':', ';', '«', '"', '“', '„', '(', '[', '—', '–', '-', '•', '*', '¿', '¡', '\n', '\r']);

/** Every word of the lexicons of the supported languages: a capitalized one of these is kept at a sentence start. */
const KNOWN_WORDS: ReadonlySet<string> = new Set(
  SUPPORTED_LANGUAGES.flatMap((code) => [...LANGUAGE_DATA[code].words, ...LANGUAGE_DATA[code].capitalized]),
);
/** The month names of the supported languages, lowercased. */
const MONTH_NAMES: ReadonlySet<string> = new Set(SUPPORTED_LANGUAGES.flatMap((code) => LANGUAGE_DATA[code].months));
/** Words a language writes with a capital inside a sentence (German nouns, English months): kept anywhere. */
const CAPITALIZED_WORDS: ReadonlySet<string> = new Set(SUPPORTED_LANGUAGES.flatMap((code) => LANGUAGE_DATA[code].capitalized));

/**
 * The quoted stretches of `text` (`"…"`, `“…”`, `„…“`, `«…»`), as [from, to) pairs of code unit offsets inside
 * the marks, in order. A quotation that is not closed runs to the end of the text.
 */
export function quotedRanges(text: string): number[] {
  const ranges: number[] = [];
  let closers = '';
  let from = -1;
  QUOTE_ANY.lastIndex = 0;
  for (let m = QUOTE_ANY.exec(text); m !== null; m = QUOTE_ANY.exec(text)) {
    const c = m[0];
    if (from >= 0) {
      if (closers.includes(c)) {
        ranges.push(from, m.index);
        from = -1;
      }
      continue;
    }
    const closing = QUOTE_CLOSERS.get(c);
    if (closing !== undefined) {
      closers = closing;
      from = m.index + 1;
    }
  }
  if (from >= 0 && from < text.length) ranges.push(from, text.length);
  return ranges;
}

/** Words that must stay outside the quoted titles for them to be masked. */
const MIN_WORDS_OUTSIDE_TITLES = 2;

/**
 * Which of `tokens` (starting at `starts`) sit in a quoted title: a quotation with more capitalized words than
 * others, at least two ("With a Little Help from My Friends", « Le Monde diplomatique »), the name of a work or
 * an organization, often in another language than the text around it. A quotation left open (it runs to the end)
 * needs twice as many. `undefined` when there is none, or when fewer than two words would be left outside them
 * (a text that is mostly a title keeps its words).
 */
function quotedTitleTokens(unlinked: string, starts: readonly number[], tokens: readonly string[]): boolean[] | undefined {
  if (!QUOTE_MARK.test(unlinked)) return undefined;
  const ranges = quotedRanges(unlinked);
  let inTitle: boolean[] | undefined;
  let k = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r] as number;
    const to = ranges[r + 1] as number;
    const open = to === unlinked.length;
    while (k < tokens.length && (starts[k] as number) < from) k += 1;
    let capitals = 0;
    let others = 0;
    const first = k;
    for (; k < tokens.length && (starts[k] as number) < to; k += 1) {
      const token = tokens[k] as string;
      if (HAS_DIGIT.test(token)) continue;
      if (UPPER_FIRST.test(token)) capitals += 1;
      else others += 1;
    }
    if (capitals >= 2 && (open ? capitals >= 2 * others : capitals > others)) {
      inTitle ??= new Array<boolean>(tokens.length).fill(false);
      for (let t = first; t < k; t += 1) inTitle[t] = true;
    }
  }
  if (inTitle === undefined) return undefined;
  let outside = 0;
  for (let t = 0; t < tokens.length; t += 1) if (!inTitle[t] && !HAS_DIGIT.test(tokens[t] as string)) outside += 1;
  return outside >= MIN_WORDS_OUTSIDE_TITLES ? inTitle : undefined;
}

interface CaseCounts {
  /** Words without digits; of them, those in lowercase, capitalized, and in capitals. */
  readonly alphabetic: number;
  readonly lowercase: number;
  readonly capitalized: number;
  readonly upper: number;
  /** Capitalized lexicon words (not written so by any language) inside a sentence. */
  readonly capitalizedFunctionWords: number;
  /** Those of them with no unknown capitalized word beside them: not a part of a name such as "New York City". */
  readonly freeFunctionWords: number;
}

/** How the words of a text are written, quoted titles left out: what tells a Title Case title or capitals. */
function caseCounts(
  unlinked: string,
  starts: readonly number[],
  texts: readonly string[],
  plain: readonly boolean[],
  inTitle: readonly boolean[] | undefined,
): CaseCounts {
  let alphabetic = 0;
  let lowercase = 0;
  let capitalized = 0;
  let upper = 0;
  let capitalizedFunctionWords = 0;
  let freeFunctionWords = 0;
  for (let i = 0; i < texts.length; i += 1) {
    if (plain[i] === true) {
      if (inTitle?.[i] === true) continue;
      alphabetic += 1;
      lowercase += 1;
      continue;
    }
    const token = texts[i] as string;
    if (inTitle?.[i] === true || HAS_DIGIT.test(token)) continue;
    alphabetic += 1;
    if (!UPPER_FIRST.test(token)) continue;
    capitalized += 1;
    if (token === token.toUpperCase()) upper += 1;
    const lower = token.toLowerCase();
    if (KNOWN_WORDS.has(lower) && !CAPITALIZED_WORDS.has(lower) && !OPENERS.has(previousMark(unlinked, starts[i] as number))) {
      capitalizedFunctionWords += 1;
      if (!isNameWord(texts[i - 1]) && !isNameWord(texts[i + 1])) freeFunctionWords += 1;
    }
  }
  return { alphabetic, lowercase, capitalized, upper, capitalizedFunctionWords, freeFunctionWords };
}

/** A capitalized word that no lexicon holds (a name, most likely): `York` in "New York City". */
function isNameWord(token: string | undefined): boolean {
  return token !== undefined && UPPER_FIRST.test(token) && !HAS_DIGIT.test(token) && !KNOWN_WORDS.has(token.toLowerCase());
}

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

/** Letters in the Latin script and in others, one pass over the code units; a regex only past U+024F. */
export function countLetters(text: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const folded = c | 0x20;
      if (folded >= 0x61 && folded <= 0x7a) latin += 1;
    } else if (c >= 0xc0 && c <= 0x24f) {
      if (c !== 0xd7 && c !== 0xf7) latin += 1;
    } else if (c > 0x24f) {
      let char = text[i] as string;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        char = text.slice(i, i + 2);
        i += 1;
      }
      if (LETTER.test(char)) {
        if (LATIN.test(char)) latin += 1;
        else other += 1;
      }
    }
  }
  return { latin, other };
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
 * are kept. In a text in capitals, or a title in Title Case (most words capitalized, function words included),
 * case says nothing and only words with an inner capital are masked.
 */
export function prepare(text: string, maxChars: number, withMasked = true): Prepared {
  const sample = sampleText(text, maxChars);
  // The words-only pass (the quick one) does without the number hints.
  const digits = ANY_DIGIT.test(sample);
  const hasDigit = withMasked && digits;
  const numbers: NumberHints = hasDigit
    ? {
      spaceThousands: count(sample, SPACE_THOUSANDS),
      commaThousands: count(sample, COMMA_THOUSANDS),
      dotThousands: count(sample, DOT_THOUSANDS),
      decimalComma: count(sample, DECIMAL_COMMA),
    }
    : NO_NUMBERS;
  const { latin: latinLetters, other: otherLetters } = countLetters(sample);
  let unlinked = sample;
  if (MAYBE_URL.test(sample)) {
    URL.lastIndex = 0;
    unlinked = sample.replace(URL, (m) => ' '.repeat(m.length));
  }

  const starts: number[] = [];
  const texts: string[] = [];
  const plain: boolean[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(unlinked); m !== null; m = TOKEN.exec(unlinked)) {
    starts.push(m.index);
    texts.push(m[0]);
    // Most words are plain: lowercase, no digit, no apostrophe. Only the others need a closer look.
    plain.push(!SPECIAL.test(m[0]));
  }
  // Quoted titles are names: masked, and left out of the count of capitals.
  const inTitle = quotedTitleTokens(unlinked, starts, texts);
  const { alphabetic, capitalized, upper, lowercase, capitalizedFunctionWords, freeFunctionWords } = caseCounts(unlinked, starts, texts, plain, inTitle);
  // Case says nothing in a text in capitals, or in a title in Title Case: most words capitalized, and more
  // lexicon words among them (two at least) than words in lowercase ("The Bank Keeps Its Rates For Now"), one at
  // least away from names. German nouns and names do not make one ("Firmensitz war Raismes bei Valenciennes im
  // Département Nord"), nor lexicon words inside a name ("Januar 1944 in New York City").
  const inCapitals = alphabetic >= 2 && upper === alphabetic;
  const inTitleCase = alphabetic >= 4 && capitalized / alphabetic > 0.6 && capitalizedFunctionWords >= 2 &&
    capitalizedFunctionWords > lowercase && freeFunctionWords >= 1;
  const caseIsInformative = !inCapitals && !inTitleCase;

  const words: string[] = [];
  const capitalizedSeen: string[] = [];
  /** Ranges of `unlinked` to blank out, in order. */
  const masks: number[] = [];
  const monthsBeforeYear: string[] = [];
  for (let i = 0; i < texts.length; i += 1) {
    const token = texts[i] as string;
    const start = starts[i] as number;
    if (inTitle?.[i] === true) {
      masks.push(start, start + token.length);
      continue;
    }
    if (digits && isYearAfter(i) && MONTH_NAMES.has(token.toLowerCase())) monthsBeforeYear.push(token.toLowerCase());
    if (plain[i] === true) {
      words.push(token);
      continue;
    }
    const atStart = OPENERS.has(previousMark(unlinked, start));
    const next = texts[i + 1];
    const apostrophe = token.search(APOSTROPHE);
    const tail = apostrophe < 0 ? '' : token.slice(apostrophe + 1);
    if (apostrophe > 0 && tail !== '' && !CLITIC.test(tail)) {
      // An elided form and a word: "l'avenir", "L'Allemagne", "dell'Italia". Each part is judged alone.
      const head = token.slice(0, apostrophe + 1);
      if (keepWord(head, atStart, tail)) words.push(head.toLowerCase().replace('’', "'"));
      else masks.push(start, start + head.length);
      if (keepWord(tail, false, next)) lexiconWords(tail.toLowerCase(), words);
      else masks.push(start + head.length, start + token.length);
      continue;
    }
    if (keepWord(token, atStart, next)) {
      const lower = token.toLowerCase();
      lexiconWords(lower, words);
      if (caseIsInformative && CAPITALIZED_WORDS.has(lower) && UPPER_FIRST.test(token)) capitalizedSeen.push(lower);
    } else {
      masks.push(start, start + token.length);
    }
  }
  let masked = '';
  if (!withMasked) return { masked, words, capitalized: capitalizedSeen, monthsBeforeYear, latinLetters, otherLetters, numbers };
  masked = unlinked;
  if (masks.length > 0) {
    const parts: string[] = [];
    let cursor = 0;
    for (let k = 0; k < masks.length; k += 2) {
      const from = masks[k] as number;
      const to = masks[k + 1] as number;
      parts.push(unlinked.slice(cursor, from), ' '.repeat(to - from));
      cursor = to;
    }
    parts.push(unlinked.slice(cursor));
    masked = parts.join('');
  }
  masked = masked.replaceAll('’', "'");
  return { masked, words, capitalized: capitalizedSeen, monthsBeforeYear, latinLetters, otherLetters, numbers };

  /** Whether a year follows token `i`, right after it or after `de` (`mayo de 1919`). */
  function isYearAfter(i: number): boolean {
    const next = texts[i + 1];
    if (next === undefined) return false;
    const year = next === 'de' ? texts[i + 2] : next;
    // Cheap checks first: four characters, the first a 1 or a 2.
    if (year === undefined || year.length !== 4 || (year.charCodeAt(0) !== 0x31 && year.charCodeAt(0) !== 0x32)) return false;
    return YEAR.test(year);
  }

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
