/**
 * Character classes, compiled once. Sticky (`y`) regexes are matched at a position with `lastIndex`,
 * so no scan ever looks behind or restarts from the beginning of the text.
 */

/** Scripts written without spaces between words: their runs go to `Intl.Segmenter`. */
const NO_SPACE_SCRIPTS = '\\p{scx=Han}\\p{scx=Hira}\\p{scx=Kana}\\p{scx=Thai}\\p{scx=Laoo}\\p{scx=Khmr}\\p{scx=Mymr}';
/** Letters, marks and numbers of scripts with spaces, the soft hyphen; not U+02BC, which is an apostrophe here. */
const WORD_CLASS = `[[\\p{L}\\p{M}\\p{N}\\u00AD]--[${NO_SPACE_SCRIPTS}\\u02BC]]`;
const NO_SPACE_CLASS = `[[${NO_SPACE_SCRIPTS}]&&[\\p{L}\\p{M}\\p{N}]]`;

/** A run of word characters. */
export const WORD_RUN = new RegExp(`${WORD_CLASS}+`, 'vy');
/** One word character that can start a token (not a mark). */
export const WORD_START = new RegExp(`[${WORD_CLASS}--[\\p{M}\\u00AD]]`, 'vy');
/** A letter (for elision, clitics, acronyms). */
export const LETTER = /\p{L}/uy;
/** A run of letters (with their marks). */
export const LETTER_RUN = new RegExp(`[${WORD_CLASS}--[\\p{N}]]+`, 'vy');
/** A run of decimal digits, any script. */
export const DIGIT_RUN = /\p{Nd}+/uy;
export const DIGIT = /\p{Nd}/uy;
/** A run in a script written without spaces, with its marks. */
export const NO_SPACE_RUN = new RegExp(`${NO_SPACE_CLASS}(?:${NO_SPACE_CLASS}|\\p{M})*`, 'vy');
export const NO_SPACE_START = new RegExp(NO_SPACE_CLASS, 'vy');
/** Combining marks that follow a token. */
export const MARK_RUN = /\p{M}+/uy;

/** An acronym or a run of initials with periods and no spaces: "U.S.", "e.g.", "J.R.R.", "d.w.z.". */
export const ACRONYM = /(?:\p{L}\p{M}*\.){2,12}/uy;

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
/** Top-level domains accepted for bare domains like "barrons.com" or "x.ai" (no scheme, no www). */
const TLDS = [
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io', 'ai', 'co', 'tv', 'app', 'dev', 'tech',
  'news', 'blog', 'online', 'site', 'xyz', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'be', 'ch', 'at', 'uk', 'eu', 'us',
  'ca', 'au', 'jp', 'cn', 'ru', 'br', 'in', 'mx', 'ar', 'cl', 'pl', 'se', 'no', 'dk', 'fi', 'ie', 'lu', 'ma', 'tn',
  'dz', 'sn', 'qc', 'gg', 'me', 'ly', 'so', 'gl',
];
/** A bare domain with an optional port and path: "www" is not needed. */
export const DOMAIN = new RegExp(
  `(?:${LABEL}\\.){1,10}(?:${TLDS.join('|')})(?![\\p{L}\\p{N}-])(?::\\d{1,5})?(?:/[^\\s<>"«»“”‘’]*)?`,
  'uy',
);
/** A URL with a scheme, or starting with "www.". */
export const URL_RE = /(?:(?:https?|ftp):\/\/|www\.)(?=[\p{L}\p{N}])[^\s<>"«»“”‘’]+/iuy;
/** An e-mail address (local part at most 64 code units, so a failed try costs little). */
export const EMAIL = new RegExp(`[\\p{L}\\p{N}._%+-]{1,64}@${LABEL}(?:\\.${LABEL}){1,8}`, 'uy');

/** An emoji sequence: flags, keycaps, pictographs with modifiers, variation selectors, tags and ZWJ. */
const PICTO = '(?:\\p{Extended_Pictographic}|\\p{Emoji_Modifier})(?:[\\u{FE0E}\\u{FE0F}\\u{20E3}]|\\p{Emoji_Modifier}|[\\u{E0020}-\\u{E007F}])*';
export const EMOJI = new RegExp(`(?:[\\u{1F1E6}-\\u{1F1FF}]{1,2}|[#*0-9]\\u{FE0F}?\\u{20E3}|${PICTO}(?:\\u{200D}${PICTO})*)`, 'uy');
export const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
export const PUNCT = /\p{P}/uy;
export const SYMBOL = /\p{S}/uy;
export const UPPER = /[\p{Lu}\p{Lt}]/u;
export const LOWER_START = /^\p{Ll}/u;
export const UPPER_START = /^[\p{Lu}\p{Lt}]/u;

/** Sentence-final punctuation: a token made only of these is a terminal. */
export const TERMINAL_CHARS = '.?!…‼⁇⁈⁉。．！？｡؟۔।॥።';
const TERMINAL_SET = new Set([...TERMINAL_CHARS].map((c) => c.charCodeAt(0)));
export function isTerminalCode(c: number): boolean {
  return TERMINAL_SET.has(c);
}

/** White space between tokens: JavaScript `\s`, plus U+0085 (next line) and U+200B (zero-width space). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0xb4;
}

export function isHyphenCode(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Joiners allowed between two word characters besides hyphens and apostrophes. */
export function isInnerJoinerCode(c: number): boolean {
  // middle dot (col·lecció, inclusive French), underscore, ZWNJ, ZWJ, Hebrew geresh and gershayim
  return c === 0xb7 || c === 0x5f || c === 0x200c || c === 0x200d || c === 0x5f3 || c === 0x5f4;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Test a sticky regex at `i`; returns the end of the match or -1. */
export function matchAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

/** Zeros of the decimal digit sets whose values we read (others give a number without a value). */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0xff10];

/** The value of a decimal digit, or -1 for a digit set we do not read. */
export function digitValue(c: number): number {
  for (const zero of DIGIT_ZEROS) {
    if (c >= zero && c <= zero + 9) return c - zero;
  }
  return -1;
}
