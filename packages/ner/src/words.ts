/**
 * Words and sentences with offsets, computed once per text in linear time.
 *
 * Offsets are half-open [start, end) in UTF-16 code units, so `text.slice(start, end) === word.text`.
 */

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** ASCII punctuation and symbols that the BERT pre-tokenizer treats as punctuation, plus Unicode \p{P}. */
const PUNCT = String.raw`\p{P}\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E`;
/** The CJK ideograph blocks that BERT's normalizer isolates (`_is_chinese_char`), astral blocks included. */
const CJK = String.raw`\u{4E00}-\u{9FFF}\u{3400}-\u{4DBF}\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{F900}-\u{FAFF}\u{2F800}-\u{2FA1F}`;
/** One emoji (with its variation selector, skin tone, and ZWJ sequence) or one other symbol. */
const SYMBOL = String.raw`\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})*(?:\u{200D}\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})*)*|\p{So}`;

/**
 * The BERT pre-tokenizer (`[^\s PUNCT]+|[PUNCT]`), with offsets, plus two splits it lacks: each CJK
 * ideograph is a word (as BERT's normalizer makes it), and each emoji or other pictographic symbol is a
 * word of its own, so that "🚀Nvidia" gives "🚀" and "Nvidia" instead of one unknown piece.
 */
const WORD_RE = new RegExp(`[${CJK}]|${SYMBOL}|[^\\s${PUNCT}${CJK}\\p{So}\\p{Extended_Pictographic}]+|[${PUNCT}]`, 'gu');

/**
 * Splits `text` into words as the BERT pre-tokenizer does (white space separates, each punctuation mark
 * is a word), keeping exact offsets. White space is JavaScript's `\s`, which includes the no-break space
 * U+00A0 and the narrow no-break space U+202F.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return words;
}

export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'dr', 'pr', 'prof', 'st', 'ste', 'mr', 'mrs', 'ms', 'jr', 'sr',
  'sra', 'srta', 'hr', 'hrn', 'fr', 'frau', 'dipl', 'ing', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev',
  'inc', 'corp', 'co', 'ltd', 'cie', 'etc', 'cf', 'vs', 'env', 'ca', 'bzw', 'usw', 'vgl', 'nr', 'no', 'vol', 'p', 'pp',
  'art', 'av', 'bd', 'apr', 'jan', 'feb', 'fév', 'mar', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'déc',
  'ex', 'fig', 'approx', 'dept', 'univ', 'ee', 'uu', 'sa', 'sas', 'nv',
]);

/** A sentence end: terminal marks, closing quotes or brackets, then white space (or a CJK full stop alone). */
const BOUNDARY_RE = /[.!?…]+["'”’»)\]]*[ \t\u00A0\u202F\u2009]+(?=["'“«‘(¿¡]?[\p{Lu}\p{N}])|[。！？]+|\n+/gu;
const LAST_WORD_RE = /([\p{L}]+)\.*$/u;

/**
 * Cheap sentence ranges for window alignment: a line break always ends a sentence; `.`, `!`, `?`, `…` end
 * one when followed by space and a capital letter or a digit, unless the period follows a known
 * abbreviation or a single letter (an initial, as in "J. Smith"). Ranges cover the text without gaps
 * (white space between sentences belongs to the earlier one) and are never empty.
 */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m !== null; m = BOUNDARY_RE.exec(text)) {
    const mark = m[0];
    if (mark.startsWith('.') && !mark.startsWith('..')) {
      const before = LAST_WORD_RE.exec(text.slice(Math.max(start, m.index - 24), m.index + 1));
      const last = before?.[1];
      if (last !== undefined && (last.length === 1 || ABBREVIATIONS.has(last.toLowerCase()))) continue;
    }
    const end = m.index + mark.length;
    if (end > start) {
      ranges.push({ start, end });
      start = end;
    }
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}
