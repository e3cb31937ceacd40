import type { Qualifier } from '@faits/document';

export interface ScaleAbbrev {
  readonly value: number;
  readonly when: 'always' | 'attached' | 'money';
}

/**
 * Everything the shared algorithm needs to know about one language. Words are written in lower case
 * (they are matched case-insensitively) unless the field says otherwise; phrases are written with single
 * spaces and straight apostrophes (`"jusqu'à"` also matches `jusqu’à`), and are matched token by token.
 */
export interface NumberLanguageData {
  /** ISO 639-1 code. */
  readonly code: string;
  /** The decimal mark of the language: decides "1.234" (German 1234, English 1.234) and "1,234". */
  readonly decimal: ',' | '.';

  // ---- number words -------------------------------------------------------------------------------
  /** Additive words below 100 that are written as one word: units, teens, tens, and precomposed forms. */
  readonly smallWords: Readonly<Record<string, number>>;
  /** Words that multiply what comes before by 100 ("cent", "hundred", "hundert"). */
  readonly hundredWords: readonly string[];
  /** Whole hundreds written as one word ("doscientos" 200, "cien" 100, "ciento" 100). */
  readonly hundredsValues?: Readonly<Record<string, number>>;
  /** Scale words: "mille" 1e3, "million" 1e6, "milliard" 1e9 (singular and plural). */
  readonly scaleWords: Readonly<Record<string, number>>;
  /**
   * Scale abbreviations, case-sensitive, as written after a number ("Md", "Mrd.", "bn", "k"), and when they
   * count: `always`; `attached` when glued to the digits ("10k") or next to a currency; `money` only next
   * to a currency ("3 M€", "$3M": otherwise "3M" is a company).
   */
  readonly scaleAbbrevs: Readonly<Record<string, ScaleAbbrev>>;
  /** Words between two number words ("et" in "vingt et un", "and" in "one hundred and five", "y"). */
  readonly wordConnectors: readonly string[];
  /** Articles that mean 1 only before a scale word ("un million", "a thousand"); never a number alone. */
  readonly articleOnes: readonly string[];
  /** Number words that are also other words ("neuf" = new): kept only when a unit, noun or currency follows. */
  readonly ambiguousWords: readonly string[];
  /** Approximate nouns: "une centaine" (about 100), "un millier"; value when preceded by an article. */
  readonly approxNouns: Readonly<Record<string, number>>;
  /** Allow teens after 60 and 80 ("soixante-dix", "quatre-vingt-onze"): French. */
  readonly teensAfterTens?: readonly number[];
  /** "quatre-vingt(s)": the word for 20 multiplies a preceding 4. French. */
  readonly vigesimal?: boolean;
  /**
   * Languages that glue number words into one word (German "zweihunderteinundzwanzig", Italian "duecentoventi",
   * Dutch "eenentwintig"): the pieces, with the word that joins units and tens ("und", "en").
   */
  readonly compound?: {
    readonly pieces: Readonly<Record<string, number>>;
    readonly hundred: readonly string[];
    readonly thousand: readonly string[];
    /** Words that join units and tens inside the compound ("und" in "einundzwanzig", "en"/"ën" in Dutch). */
    readonly joiners?: readonly string[];
    /** Suffixes that turn the compound into a multiplier: "fach" (fold: "zehnfach"), "mal" (times: "viermal"). */
    readonly factorSuffixes?: Readonly<Record<string, 'fold' | 'times'>>;
  };

  // ---- around the number ---------------------------------------------------------------------------
  /** Hedges before the number, and the qualifier each gives ("au moins" → at_least). */
  readonly hedges: Readonly<Record<string, Qualifier>>;
  /** Hedges after the number or its noun ("or more", "environ"). */
  readonly postHedges?: Readonly<Record<string, Qualifier>>;
  /** Range openers and the connector each expects: "entre" … "et", "de" … "à". */
  readonly rangeOpeners: Readonly<Record<string, readonly string[]>>;
  /**
   * Openers that, with a sign on both ends, introduce a change rather than a range: "de 3,5 % à 4 %" is two
   * values, "de 5 à 10 %" one range.
   */
  readonly changeOpeners: readonly string[];
  /** Phrases that make a multiplier of the number after them ("multiplié par", "multiplied by"). */
  readonly factorPrefixes: readonly string[];
  /** Range connectors that need no opener ("à" in "5 à 10 %", "to", "bis"); dashes are always connectors. */
  readonly rangeConnectors: readonly string[];
  /** Articles that may stand between a hedge or range word and digits ("casi un 40 %", "entre el 20 y el 30 %"). */
  readonly numberArticles?: readonly string[];
  /** Words that link a scale word to its noun or currency ("de", "d'" in "2 millions d'euros"). */
  readonly ofWords: readonly string[];

  // ---- what follows --------------------------------------------------------------------------------
  /** Percent words ("pour cent", "Prozent"). */
  readonly percentWords: readonly string[];
  /** Point words and their unit ("points de pourcentage" → percentage_point, "points de base" → basis_point). */
  readonly pointWords: Readonly<Record<string, string>>;
  /** Currency words and phrases → ISO 4217 ("euros" EUR, "dollars canadiens" CAD). */
  readonly currencyWords: Readonly<Record<string, string>>;
  /** Multiplier words ("fois", "times", "Mal", "veces"). */
  readonly factorWords: readonly string[];
  /** Words after a multiplier that make it a comparison ("plus", "moins", "more", "as", "mehr"). */
  readonly comparatives: readonly string[];
  /** A multiplier before a noun is a factor ("25 times earnings"): English. */
  readonly factorBeforeNoun?: boolean;
  /** Hedges that mean "during" before a duration ("over three years"): not a qualifier there. */
  readonly durationHedges?: readonly string[];
  /** Whether a word ending in "-er" after a multiplier is a comparative ("larger", "größer"). */
  readonly erComparatives?: boolean;
  /** Words that make a multiplier of the number before them ("fold" in "10-fold", "fach" in "10-fach"). */
  readonly foldWords?: readonly string[];
  /** One-word multipliers ("tenfold" 10, "zehnfach" is built from the compound pieces instead). */
  readonly foldNumbers?: Readonly<Record<string, number>>;
  /** Counted nouns → normalized English unit ("puces" → chip). Singular and plural forms. */
  readonly nouns: Readonly<Record<string, string>>;
  /** Physical units spelled out ("tonnes" → t, "mégawatts" → MW). */
  readonly unitWords: Readonly<Record<string, string>>;
  /** German: nouns are capitalized, compounds end with a known noun ("Grafikchips"). */
  readonly capitalizedNouns?: boolean;
  /** Shape of a plural noun when guessing an item not in the lexicon (French /[sx]$/). */
  readonly pluralNoun: RegExp;
  /** Adjectives that may stand between the number and its noun ("nouveaux", "new"). */
  readonly preAdjectives: readonly string[];
  /** Where a vendor name goes: after the noun ("puces Nvidia") or before it ("Nvidia chips"). */
  readonly vendor: 'after' | 'before' | 'none';

  // ---- what is not a number of things --------------------------------------------------------------
  /** Month names and abbreviations (lower case; a trailing "." is optional). */
  readonly months: readonly string[];
  readonly weekdays: readonly string[];
  /** Ordinal suffixes glued to digits ("e", "er", "ème", "st", "nd"), lower case. */
  readonly ordinalSuffixes: readonly string[];
  /** Words that, right before a number, make it a label ("n°", "version", "page", "article"). */
  readonly labels: readonly string[];
  /** Words that, before a number followed by an hour noun, make it a time of day ("à 20 heures"). */
  readonly timeWords?: readonly string[];
  /** Words after a number that always make it a time of day ("h" in "14 h", "Uhr", "a.m."), case-sensitive. */
  readonly hourWords: readonly string[];
  /** Function words: never a counted noun, never a vendor. */
  readonly stopwords: readonly string[];
  /** German: "3." after an article is an ordinal ("der 3. Platz"): the articles. */
  readonly ordinalDotArticles?: readonly string[];
  /** Words that, before "one"/"uno", make it a pronoun ("no one", "the one"), and words after it ("of"). */
  readonly pronounOne?: { readonly words: readonly string[]; readonly before: readonly string[]; readonly after: readonly string[] };
}
