import type { TemporalRelation } from '@faits/document';
import type { SeasonName } from '../seasons.ts';

/**
 * Per-language data. The algorithm (src/grammar.ts, src/extract.ts) is shared; a language only says
 * which words and shapes it uses.
 *
 * Phrases (`forms`) are plain text: matching ignores case, `'` matches both ' and ’, a space matches any
 * run of spaces (U+0020, U+00A0, U+202F, tab; never a line break), `-` matches -, U+2010 and U+2011. A
 * phrase that ends with `'` or `-` needs no space after it ("l'", "mi-").
 *
 * Templates (`templates`) are regex sources with placeholders, expanded by src/grammar.ts:
 * `{S}` spaces, `{A}` an apostrophe, `{DAY}` `{DAY2}` a day of the month, `{MONTH}` a month name or
 * abbreviation, `{MONTHF}` a full month name, `{YEAR}` four digits, `{YEAR2}` two or four digits,
 * `{WD}` a weekday, `{ORD}` an ordinal word (see `ordinals`), `{QN}` a digit 1-4, `{HN}` a digit 1-2,
 * `{DEC}` decade digits (1990, 90), `{DECW}` a decade word (see `decadeWords`), `{SEASON}` a season.
 * A template uses each placeholder at most once.
 */
export type Modifier = 'early' | 'mid' | 'late';
export type RelativeUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade';
export type DurationUnit = 'day' | 'week' | 'month' | 'year' | 'decade';
export type Tense = 'past' | 'future';

export interface RelationWord {
  readonly forms: readonly string[];
  readonly relation: TemporalRelation;
  /** The word may introduce a bare four-digit year ("en 2015", "since 2015"). Default: true. */
  readonly licensesYear?: boolean;
  /** A unit after it means the current one: "au cours de l'année", "im Laufe des Jahres", "en lo que va de año". */
  readonly licensesUnit?: boolean;
  /** Opens a range ("du", "entre", "from", "between", "vom"). */
  readonly opens?: boolean;
  /** Introduces the second end of a range ("au", "à", "et", "to", "bis", "al"). */
  readonly joins?: boolean;
  /** Means nothing outside a range: left out of the span when no range forms ("du", "entre", "et"). */
  readonly rangeOnly?: boolean;
  /**
   * Left out of the span and of the relation, but it may still introduce a bare year: "pour 2025", "for 2025",
   * "für 2024" (the project's golden annotations leave these words out). Default: true.
   */
  readonly inSpan?: boolean;
  /** With a duration: the direction of the shift from the publication date ("il y a" -1, "dans" +1). */
  readonly shift?: -1 | 1;
  /** Only meaningful with a duration ("il y a", "hace"). */
  readonly durationOnly?: boolean;
  /** The relation when the word governs a duration, when it differs ("vor zwei Jahren" is at, "vor 2020" before). */
  readonly durationRelation?: TemporalRelation;
  /** The occurrence of a cyclic date it points to: "depuis mars" is the last March, "d'ici mars" the next. */
  readonly tense?: Tense;
}

export interface DateLanguage {
  readonly code: string;
  readonly name: string;
  /** Month names, January first, every form running text uses. */
  readonly months: readonly (readonly string[])[];
  /** Month abbreviations, accepted only next to a day or a year ("3 janv. 2024", "Sept. 5"). */
  readonly monthAbbreviations: readonly (readonly string[])[];
  /** Weekday names, Monday first. */
  readonly weekdays: readonly (readonly string[])[];
  /** Regex source of endings glued to a weekday ("Dienstagabend"); omitted when the language has none. */
  readonly weekdayCompounds?: string;
  /** Parts of the day that may follow a weekday or a relative day ("mardi soir", "yesterday morning"). */
  readonly partsOfDay: readonly string[];
  readonly seasons: Readonly<Record<SeasonName, readonly string[]>>;
  /** Units that "this / next / last" apply to ("la semaine prochaine", "last month"), every inflection. */
  readonly units: Readonly<Record<Exclude<RelativeUnit, 'decade'>, readonly string[]> & { readonly decade?: readonly string[] }>;
  /** Units after a number ("deux ans", "three months"). */
  readonly durationUnits: Readonly<Record<Exclude<DurationUnit, 'decade'>, readonly string[]> & { readonly decade?: readonly string[] }>;
  /** Number words for durations ("deux ans"), 1-12 at least, and the article that means one ("a year ago"). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Ordinals for quarters and halves ("troisième", "3e", "third", "dritten"). */
  readonly ordinals: Readonly<Record<string, number>>;
  /** Words before or after a unit or a cyclic date that pick this, the next or the last one. */
  readonly relative: Readonly<Record<'this' | 'next' | 'last', { readonly pre: readonly string[]; readonly post: readonly string[] }>>;
  /** Words for days relative to the publication date ("hier" -1, "aujourd'hui" 0). */
  readonly relativeDays: readonly { readonly forms: readonly string[]; readonly offset: number }[];
  /** Contexts in which a relative-day form means something else, as regex sources: "la mañana" is the morning. */
  readonly relativeDayGuards?: Readonly<Record<string, { readonly notBefore?: string; readonly notAfter?: string }>>;
  readonly relations: readonly RelationWord[];
  /** Articles and demonstratives that may precede an expression ("le", "l'", "the", "dem", "el"). */
  readonly determiners: readonly string[];
  readonly modifiers: Readonly<Record<Modifier, readonly string[]>>;
  /** Words between a modifier and what it modifies ("fin de 2025", "the end of", "finales del"). */
  readonly modifierLinks: readonly string[];
  /** Words after a duration that make it past ("ago", "plus tôt" is not one). */
  readonly agoWords: readonly string[];
  /** Words that make a four-digit number a year ("l'année 2015", "im Jahr 2015"). */
  readonly yearWords: readonly string[];
  /** One word for a part of the current unit: "Jahresende" (the end of this year), "Monatsanfang". */
  readonly compounds?: readonly { readonly forms: readonly string[]; readonly unit: RelativeUnit; readonly modifier: Modifier }[];
  /** Days with a name and a fixed date: "Noël" (12-25), "New Year's Eve" (12-31). */
  readonly holidays?: readonly { readonly forms: readonly string[]; readonly month: number; readonly day: number }[];
  /** A year named relative to the publication date after a period: "of last year" (-1), "de l'année" (0), "des Vorjahres" (-1). */
  readonly relativeYears?: readonly { readonly forms: readonly string[]; readonly offset: number }[];
  /** Words of a span of time from the publication date ("over the next four years"): forward and backward. */
  readonly spanDirections?: { readonly next: readonly string[]; readonly past: readonly string[] };
  readonly templates: {
    /** Day and month, with an optional year. */
    readonly dates: readonly string[];
    /**
     * A span of time from the publication date, with `{NUM}` a number, `{DUNIT}` a unit of duration and `{DIR}` a word
     * of `spanDirections`: "over the next four years", "au cours des deux dernières années".
     */
    readonly spans?: readonly string[];
    /** Two days of one month ("du 9 au 10 juillet"). */
    readonly dayRanges: readonly string[];
    /** A weekday with a day of the month and no month ("le mardi 7", "Tuesday the 7th"): the month is found from the weekday. */
    readonly weekdayDays?: readonly string[];
    /** Between a month and its year ("mars 2024", "mayo de 2024"). */
    readonly monthYearLink: string;
    /** Between a season and its year ("automne 2025", "summer of 2025", "otoño de 2025"). */
    readonly seasonYearLink: string;
    /** Between a quarter or a half and its year. */
    readonly periodYearLink: string;
    readonly quarters: readonly string[];
    readonly halves: readonly string[];
    readonly decades: readonly string[];
  };
  /** Decade words ("noventa": 1990), for `{DECW}`. */
  readonly decadeWords?: Readonly<Record<string, number>>;
  /** How to read 03/04/2024 when both numbers could be a month. */
  readonly numericOrder: 'dmy' | 'mdy';
  /** Four-digit years stand alone in running text ("1998 gegründet"). */
  readonly bareYears: boolean;
  /** Nouns that make a number after which they come a quantity ("2015 euros", "2000 personnes"). */
  readonly countedNouns: readonly string[];
  /** Words before a number that make it a quantity ("rund 2000", "plus de 2000"). */
  readonly quantityWords: readonly string[];
  /** Regex source of what, right after an expression, cancels it ("cette année-là", "cette année là": that year). */
  readonly cancelAfter?: string;
  /** Forms that keep their case in running text: "May" (not "may"), "mars" (not the planet Mars). */
  readonly caseSensitive: readonly string[];
  /**
   * Words before a bare year that make it attributive, when a lower-case noun follows: "the 2024 election",
   * "the firm's 2023 results" (English). A trailing `'s` stands for any possessive.
   */
  readonly attributiveYears?: readonly string[];
  /** Forms that do not count with only a determiner before them ("the fall of Rome"). */
  readonly needsPreposition?: readonly string[];
  /** Regex sources (flags `iu`) of verb forms that mark the past and the future, to pick the month in "en mars". */
  readonly tense: {
    readonly past: string;
    readonly future: string;
    /**
     * Weaker past cues, matched without ignoring case and used only when no other cue is found: German participles
     * and weak preterites ("gegründet", "versammelten") that an infinitive or an adjective may look like.
     */
    readonly weakPast?: string;
  };
}
