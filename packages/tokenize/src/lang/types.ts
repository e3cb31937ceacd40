/**
 * Per-language data for the tokenizer and the sentence splitter. The algorithm is shared
 * (src/tokenize.ts, src/sentences.ts); only this data changes from one language to another.
 */

/**
 * How an abbreviation that ends with a period behaves at a sentence boundary.
 * - `never`: never ends a sentence (titles and "p. ex."-like forms: `M.`, `Dr.`, `e.g.`, `z. B.`).
 * - `often`: ends the sentence when a capitalized word follows (`etc.`, `usw.`).
 * - `ambiguous`: ends the sentence only before a typical sentence starter (`The`, `Il`, `Der`) or a line
 *   break (`U.S.`, `Inc.`, `J.-C.`). Initials and acronyms not in the lists are `ambiguous` too.
 */
export type AbbreviationClass = 'never' | 'often' | 'ambiguous';

export interface TokenizerLanguage {
  /** ISO 639-1 code, or `und` for the generic fallback. */
  readonly code: string;
  readonly name: string;
  /** Decimal separator; `undefined` when unknown (the fallback): "1,234" then has no value. */
  readonly decimal: '.' | ',' | undefined;
  /** Punctuation that groups thousands ("1,234" en, "1.234" de). */
  readonly groupPunctuation: readonly string[];
  /** White space that groups thousands ("100 000"): any of U+0020, U+00A0, U+202F, U+2009. */
  readonly groupSpaces: readonly string[];
  /** Elided prefixes, lowercase, without the apostrophe: `l` for "l’avenir" → "l’" + "avenir". */
  readonly elisions: readonly string[];
  /** Clitics split off the end of a word, lowercase, written with U+0027: `'s`, `n't` (en). */
  readonly suffixClitics: readonly string[];
  /** Pronouns split off a hyphenated word, lowercase, without the hyphen: "dit-elle" → "dit" + "-elle". */
  readonly hyphenClitics: readonly string[];
  /** Whether a euphonic "-t-" binds to the next clitic: "a-t-il" → "a" + "-t-il". */
  readonly euphonicT: boolean;
  /** Hyphenated words never split into clitics, lowercase ("rendez-vous"). */
  readonly hyphenCliticExceptions: readonly string[];
  /** Abbreviations written with their final period ("M.", "etc.", "e.g."), by class. */
  readonly abbreviations: Readonly<Record<AbbreviationClass, readonly string[]>>;
  /**
   * Tokens that hold periods, hyphens or apostrophes and must stay whole ("J.-C.", "c.-à-d.",
   * "c'est-à-dire"), with their class when they end with a period. Written with U+0027; the U+2019
   * form is matched too.
   */
  readonly fixedTokens: Readonly<Record<string, AbbreviationClass>>;
  /** Letters that make a number an ordinal ("1er", "2e", "3rd", "1º"), lowercase. */
  readonly ordinalSuffixes: readonly string[];
  /** German-style ordinals: a number of at most 3 digits with a period ("am 3. Oktober"). */
  readonly dotOrdinals: boolean;
  /** Capitalized words that usually open a sentence ("Il", "The", "Der"): they confirm an ambiguous period. */
  readonly sentenceStarters: readonly string[];
  /** Quotes that close a quotation in this language, absorbed into the sentence after its final period. */
  readonly closingQuotes: readonly string[];
}

/** U+0020, U+00A0, U+202F, U+2009: every space that groups thousands. */
export const ALL_GROUP_SPACES: readonly string[] = [' ', '\u00A0', '\u202F', '\u2009'];
/** The no-break and thin spaces, without the plain space (safe where "3 200" is rarely one number). */
export const NARROW_GROUP_SPACES: readonly string[] = ['\u00A0', '\u202F', '\u2009'];

/** A language with no elision and no clitics: spread it, then override what the language has. */
export const NO_CLITICS = {
  elisions: [],
  suffixClitics: [],
  hyphenClitics: [],
  euphonicT: false,
  hyphenCliticExceptions: [],
} as const satisfies Pick<TokenizerLanguage, 'elisions' | 'suffixClitics' | 'hyphenClitics' | 'euphonicT' | 'hyphenCliticExceptions'>;
