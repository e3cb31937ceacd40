/**
 * The detectors and how their votes are combined. Each gives, for every candidate language, a log-score
 * (0 for the best, negative for the others, growing with the length of the text); the sum, through a softmax,
 * gives the ranked candidates. The weights were tuned on the WikiNEuRal train split (never on the val split
 * that `scripts/measure-langid.ts` reports on): see README.md.
 */

import { francAll } from 'franc';
import { FRANC_TO_ISO1 } from './codes.ts';
import { ELD_SEVEN } from './eld/seven.data.ts';
import { ELD_SMALL } from './eld/small.data.ts';
import { eldScores, LazyEldTable } from './eld/table.ts';
import { LANGUAGE_DATA, SUPPORTED_LANGUAGES, type SupportedLanguage } from './lang/index.ts';
import { countLetters, type Prepared } from './prepare.ts';

/** The log-score of each candidate, from each detector. */
export interface Evidence {
  /** Candidates in the order given. */
  readonly candidates: readonly string[];
  /** Letters left after masking (what the detectors saw). */
  readonly letters: number;
  /** Words left after masking. */
  readonly words: number;
  /** franc: `francScore - 1` per candidate (0 best, down to -1); absent when franc could say nothing. */
  readonly franc: ReadonlyMap<string, number> | undefined;
  /** eld: average n-gram score relative to the best (0 best, down to -1); absent when eld found no n-gram. */
  readonly eld: ReadonlyMap<string, number> | undefined;
  /** Function words: hits per candidate, a word found in k lexicons counting 1/k. */
  readonly lexicon: ReadonlyMap<string, number>;
  /** Letters outside ASCII that a candidate writes, a letter written by k candidates counting 1/k. */
  readonly diacritics: ReadonlyMap<string, number>;
  /** Digit grouping conventions seen (`100 000`, `100,000`, `100.000`, `2,5`). */
  readonly numbers: ReadonlyMap<string, number>;
  /** Words that break the spelling rules of a candidate (`forbidden` in the language data), as a negative count. */
  readonly spelling: ReadonlyMap<string, number>;
}

/** How much each detector counts. Exported for tuning; not part of the package API. */
export interface Weights {
  /** franc, per letter of masked text (capped at `capLetters`). */
  readonly franc: number;
  /** eld, per word of masked text (capped at `capWords`). */
  readonly eld: number;
  /** The lowest eld relative score used: an n-gram table that knows nothing of a short text says little. */
  readonly eldFloor: number;
  readonly lexicon: number;
  readonly diacritics: number;
  readonly numbers: number;
  readonly spelling: number;
  readonly capLetters: number;
  readonly capWords: number;
}

export const DEFAULT_WEIGHTS: Weights = {
  franc: 0.25,
  eld: 12,
  eldFloor: -0.3,
  lexicon: 6,
  diacritics: 4,
  numbers: 1.5,
  spelling: 3,
  capLetters: 400,
  capWords: 60,
};

const FRANC_CODES: ReadonlyMap<string, readonly string[]> = (() => {
  const byIso1 = new Map<string, string[]>();
  for (const [iso3, iso1] of Object.entries(FRANC_TO_ISO1)) byIso1.set(iso1, [...(byIso1.get(iso1) ?? []), iso3]);
  return byIso1;
})();

/**
 * eld's tables, each decoded on first use (src/eld/table.ts). Candidates among the seven supported languages (the
 * default) read the columns of the seven alone, taken from eld's "large" table (better on short text than
 * "small": README.md); eld scores each language on its own, so the other 53 columns would change nothing for
 * them, and without them the table decodes in a few tens of milliseconds. Wider candidates read eld's "small"
 * table with its 60 languages.
 */
const ELD_TABLE_SEVEN = new LazyEldTable(ELD_SEVEN);
const ELD_TABLE_ALL = new LazyEldTable(ELD_SMALL);

/** The ISO 639-1 codes eld knows. */
export const ELD_LANGUAGES: readonly string[] = Object.freeze([...ELD_TABLE_ALL.languages]);

/** Every lexicon word, to the indexes (in SUPPORTED_LANGUAGES) of the languages whose lexicon holds it. */
const WORD_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  SUPPORTED_LANGUAGES.forEach((code, index) => {
    for (const word of new Set([...LANGUAGE_DATA[code].words, ...LANGUAGE_DATA[code].capitalized])) {
      map.set(word, [...(map.get(word) ?? []), index]);
    }
  });
  return map;
})();

/** Every `capitalized` word, to the indexes of the languages that always write it with a capital. */
const CAPITALIZED_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  SUPPORTED_LANGUAGES.forEach((code, index) => {
    for (const word of new Set(LANGUAGE_DATA[code].capitalized)) map.set(word, [...(map.get(word) ?? []), index]);
  });
  return map;
})();

/** Every month name, to the indexes of the languages that name a month so. */
const MONTH_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  SUPPORTED_LANGUAGES.forEach((code, index) => {
    for (const month of new Set(LANGUAGE_DATA[code].months)) map.set(month, [...(map.get(month) ?? []), index]);
  });
  return map;
})();

/** Every month name that some languages always capitalize, to the indexes of those languages (German, English). */
const CAPITALIZED_MONTH_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  for (const [month, holders] of MONTH_LANGUAGES) {
    const capitalizing = holders.filter((index) => LANGUAGE_DATA[SUPPORTED_LANGUAGES[index] as SupportedLanguage].capitalized.includes(month));
    if (capitalizing.length > 0) map.set(month, capitalizing);
  }
  return map;
})();

/** How many lexicon hits a month name right before a year is worth, on top of its own hit as a word. */
const MONTH_BEFORE_YEAR = 2;

/**
 * The number conventions, as a log-score per language: French writes `100 000` (U+0020, U+00A0 or U+202F),
 * English `100,000` and `2.5`, the others mostly `100.000` and `2,5`. Set by hand, small on purpose.
 */
const NUMBER_SCORES: Readonly<Record<keyof Prepared['numbers'], Readonly<Partial<Record<string, number>>>>> = {
  spaceThousands: { fr: 0, es: -0.7, pt: -0.7, de: -1, it: -1.2, nl: -1.2, en: -1.5 },
  commaThousands: { en: 0, fr: -1.5, de: -1.5, es: -1.2, it: -1.5, pt: -1.2, nl: -1.5 },
  dotThousands: { de: 0, es: 0, it: 0, pt: 0, nl: 0, fr: -0.7, en: -1.2 },
  decimalComma: { fr: 0, de: 0, es: 0, it: 0, pt: 0, nl: 0, en: -1 },
};

/**
 * The cheap evidence only (function words, letters, numbers): enough for a long paragraph in a supported
 * language, where it is decisive. `gatherEvidence` adds the n-gram detectors.
 */
export function gatherWordEvidence(prepared: Prepared, candidates: readonly string[]): Evidence {
  let letters = 0;
  for (const word of prepared.words) letters += word.length;
  return {
    candidates,
    letters,
    words: prepared.words.length,
    franc: undefined,
    eld: undefined,
    lexicon: lexiconEvidence(prepared, candidates),
    diacritics: diacriticEvidence(prepared.words, candidates),
    numbers: numberEvidence(prepared.numbers, candidates),
    spelling: new Map(),
  };
}

/** All the evidence for `candidates` (ISO 639-1 codes, plus `und` in wide mode): words, franc and eld. */
export function gatherEvidence(prepared: Prepared, candidates: readonly string[], wide: boolean, cheap?: Evidence): Evidence {
  const base = cheap ?? gatherWordEvidence(prepared, candidates);
  const { latin, other } = countLetters(prepared.masked);
  if (latin + other === 0) return { ...base, letters: 0 };
  return {
    ...base,
    letters: latin + other,
    franc: francEvidence(prepared.masked, candidates, wide),
    eld: eldEvidence(prepared.masked, candidates),
    spelling: spellingEvidence(prepared.words, candidates),
  };
}

/**
 * Whether the cheap evidence settles it: at least `QUICK_HITS` lexicon hits for the leader, `QUICK_MARGIN` more
 * than the runner-up. Checked on the WikiNEuRal train split (README.md).
 */
export function isDecisive(evidence: Evidence): boolean {
  let first = 0;
  let second = 0;
  for (const value of evidence.lexicon.values()) {
    if (value > first) {
      second = first;
      first = value;
    } else if (value > second) {
      second = value;
    }
  }
  return first >= QUICK_HITS && first - second >= QUICK_MARGIN;
}

export const QUICK_HITS = 8;
export const QUICK_MARGIN = 4;

function francEvidence(text: string, candidates: readonly string[], wide: boolean): Map<string, number> | undefined {
  const only: string[] = [];
  for (const code of candidates) only.push(...(FRANC_CODES.get(code) ?? []));
  const options = wide ? { minLength: 1 } : { only, minLength: 1 };
  const ranked = francAll(text, options);
  if (ranked.length === 0 || ranked[0]?.[0] === 'und') return undefined;
  const scores = new Map<string, number>();
  for (const [iso3, score] of ranked) {
    const code = FRANC_TO_ISO1[iso3] ?? (wide ? 'und' : undefined);
    if (code === undefined || !candidates.includes(code)) continue;
    const value = score - 1;
    const previous = scores.get(code);
    if (previous === undefined || value > previous) scores.set(code, value);
  }
  return scores.size === 0 ? undefined : scores;
}

/** The eld table for `candidates`: the seven columns alone when they hold them all, else all 60. */
export function eldTableFor(candidates: readonly string[]): LazyEldTable {
  const seven = ELD_TABLE_SEVEN.languages;
  return candidates.every((code) => seven.includes(code)) ? ELD_TABLE_SEVEN : ELD_TABLE_ALL;
}

function eldEvidence(text: string, candidates: readonly string[]): Map<string, number> | undefined {
  const raw = eldScores(text, eldTableFor(candidates));
  if (raw.size === 0) return undefined;
  // eld's scores are s = x / (x + 25) for the mean n-gram score x: undo it to compare languages linearly.
  const means = new Map<string, number>();
  let best = 0;
  for (const code of candidates) {
    const s = raw.get(code);
    if (s === undefined || s <= 0 || s >= 1) continue;
    const x = (25 * s) / (1 - s);
    means.set(code, x);
    if (x > best) best = x;
  }
  if (best === 0) return undefined;
  const scores = new Map<string, number>();
  for (const code of candidates) scores.set(code, (means.get(code) ?? 0) / best - 1);
  return scores;
}

/**
 * Whether the word layers (lexicons, letters) may speak: only when every candidate has language data. With a
 * candidate outside the seven (Catalan, or `'all'`), they would favour the seven, so they stay silent.
 */
export function hasWordData(candidates: readonly string[]): boolean {
  return candidates === SUPPORTED_LANGUAGES || candidates.every((c) => LANGUAGE_DATA[c as SupportedLanguage] !== undefined);
}

/**
 * Adds 1/k to each of the k candidates that hold an item (a word, a letter): the shared counting of the
 * lexicon and letter layers, over arrays indexed like SUPPORTED_LANGUAGES.
 */
function sharedCounts(
  items: Iterable<string>,
  holdersOf: ReadonlyMap<string, readonly number[]>,
  candidates: readonly string[],
): Map<string, number> {
  const counts = new Float64Array(SUPPORTED_LANGUAGES.length);
  const all = candidates === SUPPORTED_LANGUAGES;
  const allowed = all ? undefined : SUPPORTED_LANGUAGES.map((code) => candidates.includes(code));
  for (const item of items) {
    const holders = holdersOf.get(item);
    if (holders === undefined) continue;
    if (allowed === undefined) {
      const share = 1 / holders.length;
      for (const index of holders) counts[index] = (counts[index] as number) + share;
      continue;
    }
    let k = 0;
    for (const index of holders) if (allowed[index] === true) k += 1;
    for (const index of holders) if (allowed[index] === true) counts[index] = (counts[index] as number) + 1 / k;
  }
  const scores = new Map<string, number>(candidates.map((c) => [c, 0]));
  SUPPORTED_LANGUAGES.forEach((code, index) => {
    if (scores.has(code)) scores.set(code, counts[index] as number);
  });
  return scores;
}

/**
 * Lexicon hits. A word seen with a capital that some languages always capitalize (`Oktober`, `Italien`) counts
 * for those languages only, not for the ones that write it in lowercase (Dutch `oktober`). A month name right
 * before a year (`Mai 1919`) counts `MONTH_BEFORE_YEAR` more for the languages whose month it is.
 */
function lexiconEvidence(prepared: Prepared, candidates: readonly string[]): Map<string, number> {
  if (!hasWordData(candidates)) return new Map(candidates.map((c) => [c, 0]));
  const { words, capitalized, monthsBeforeYear } = prepared;
  const counts = sharedCounts(words, WORD_LANGUAGES, candidates);
  if (capitalized.length > 0) {
    const asWords = sharedCounts(capitalized, WORD_LANGUAGES, candidates);
    const asCapitals = sharedCounts(capitalized, CAPITALIZED_LANGUAGES, candidates);
    for (const [code, value] of counts) counts.set(code, value - (asWords.get(code) ?? 0) + (asCapitals.get(code) ?? 0));
  }
  if (monthsBeforeYear.length > 0) {
    // A capitalized month (`September 1867`) counts, like any capitalized word, for the languages that capitalize it.
    const withCapital = monthsBeforeYear.filter((month) => capitalized.includes(month) && CAPITALIZED_MONTH_LANGUAGES.has(month));
    const others = monthsBeforeYear.filter((month) => !withCapital.includes(month));
    const dates = sharedCounts(others, MONTH_LANGUAGES, candidates);
    const capitalDates = sharedCounts(withCapital, CAPITALIZED_MONTH_LANGUAGES, candidates);
    for (const [code, value] of counts) {
      counts.set(code, value + MONTH_BEFORE_YEAR * ((dates.get(code) ?? 0) + (capitalDates.get(code) ?? 0)));
    }
  }
  return counts;
}

const NON_ASCII = /[^\u0000-\u007f]/u;
/** Every letter of the `letters` of the supported languages, to the indexes of the languages that write it. */
const LETTER_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  SUPPORTED_LANGUAGES.forEach((code, index) => {
    for (const letter of new Set(LANGUAGE_DATA[code].letters.toLowerCase())) map.set(letter, [...(map.get(letter) ?? []), index]);
  });
  return map;
})();

function* nonAsciiLetters(words: readonly string[]): Generator<string> {
  for (const word of words) {
    if (!NON_ASCII.test(word)) continue;
    for (const letter of word) if (letter.charCodeAt(0) >= 0x80) yield letter;
  }
}

function diacriticEvidence(words: readonly string[], candidates: readonly string[]): Map<string, number> {
  if (!hasWordData(candidates)) return new Map(candidates.map((c) => [c, 0]));
  return sharedCounts(nonAsciiLetters(words), LETTER_LANGUAGES, candidates);
}

/** One regex per supported language: the alternation of its `forbidden` patterns. */
const FORBIDDEN: ReadonlyMap<string, RegExp> = new Map(
  SUPPORTED_LANGUAGES.map((code) => [code, new RegExp(LANGUAGE_DATA[code].forbidden.join('|'), 'u')]),
);

function spellingEvidence(words: readonly string[], candidates: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>(candidates.map((c) => [c, 0]));
  if (!hasWordData(candidates)) return scores;
  for (const code of candidates) {
    const pattern = FORBIDDEN.get(code);
    if (pattern === undefined) continue;
    let count = 0;
    for (const word of words) if (pattern.test(word)) count += 1;
    scores.set(code, -count);
  }
  return scores;
}

function numberEvidence(hints: Prepared['numbers'], candidates: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>(candidates.map((c) => [c, 0]));
  if (!hasWordData(candidates)) return scores;
  for (const key of Object.keys(NUMBER_SCORES) as (keyof Prepared['numbers'])[]) {
    const seen = Math.min(hints[key], 3);
    if (seen === 0) continue;
    for (const code of candidates) {
      const value = NUMBER_SCORES[key][code];
      if (value !== undefined) scores.set(code, (scores.get(code) ?? 0) + seen * value);
    }
  }
  return scores;
}

/** Sums the evidence into one log-score per candidate, then a softmax: scores in [0, 1] that sum to 1. */
export function combine(evidence: Evidence, weights: Weights = DEFAULT_WEIGHTS): { lang: string; score: number }[] {
  const { candidates } = evidence;
  const letters = Math.min(evidence.letters, weights.capLetters);
  const words = Math.min(evidence.words, weights.capWords);
  const logits = candidates.map((code) => {
    let z = 0;
    const f = evidence.franc?.get(code);
    if (evidence.franc !== undefined) z += weights.franc * letters * (f ?? -1);
    if (evidence.eld !== undefined) z += weights.eld * words * Math.max(evidence.eld.get(code) ?? -1, weights.eldFloor);
    z += weights.lexicon * (evidence.lexicon.get(code) ?? 0);
    z += weights.diacritics * (evidence.diacritics.get(code) ?? 0);
    z += weights.numbers * (evidence.numbers.get(code) ?? 0);
    z += weights.spelling * (evidence.spelling.get(code) ?? 0);
    return z;
  });
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return candidates
    .map((lang, i) => ({ lang, score: (exps[i] ?? 0) / total }))
    .sort((a, b) => b.score - a.score || a.lang.localeCompare(b.lang));
}
