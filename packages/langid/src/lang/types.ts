/** What Faits knows about one supported language, apart from the algorithm (spaCy's `lang/<code>` habit). */
export interface LanguageData {
  /** ISO 639-1 code, the one Faits outputs. */
  readonly code: string;
  /** ISO 639-3 code, the one franc outputs. */
  readonly iso639_3: string;
  /** ISO 639-2/B (bibliographic) code, when it differs from ISO 639-3 (`fre`, `ger`, `dut`). */
  readonly iso639_2b?: string;
  /** Names accepted by `normalizeLanguage`, lowercased: English, native, and in the other supported languages. */
  readonly names: readonly string[];
  /**
   * Function words and very frequent words, lowercased, written by hand. An elided form keeps its apostrophe
   * (`l'`, `qu'`, `dell'`); an English clitic starts with one (`'s`, `n't`).
   */
  readonly words: readonly string[];
  /**
   * Lowercased words that the language writes with a capital inside a sentence (German nouns, English month
   * and day names, the language's own names of countries and big cities such as `schweden`, `italië`):
   * masking keeps them, where it drops other capitalized words as names. Seen with a capital, such a word counts
   * for the languages that list it here only.
   */
  readonly capitalized: readonly string[];
  /**
   * Patterns (regex sources, tested on each lowercased word) that native words of the language (almost) never
   * match: `ñ` in Portuguese, `nh` or a double `t` in Spanish, a final `s` in Italian. Each word that matches
   * counts against the language. Loanwords break these rules now and then; the weight is small.
   */
  readonly forbidden: readonly string[];
  /**
   * The month names, lowercased (also in `words`). A month name right before a year (`Mai 1919`, `mayo de 1919`)
   * is a date, and counts again for the languages that name the month so: Italian `mai` ("never") is no month.
   */
  readonly months: readonly string[];
  /** Letters outside ASCII that the language writes in ordinary words (a weak hint for very short text). */
  readonly letters: string;
}
