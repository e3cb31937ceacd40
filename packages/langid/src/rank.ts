import type { LanguageCandidate } from '@faits/document';
import { combine, gatherEvidence, gatherWordEvidence, isDecisive } from './evidence.ts';
import { resolveOptions, type LangidOptions, type ResolvedOptions } from './options.ts';
import { prepare } from './prepare.ts';

/** Candidates below this score are left out of a ranking (the top one always stays). */
const MIN_LISTED_SCORE = 0.001;
/** Any character that is not white space (U+00A0 and U+202F are white space): stops at the first one. */
const NOT_SPACE = /\S/u;
/** Code units read by the first, cheap pass. */
const QUICK_CHARS = 400;
const UNDETERMINED: readonly LanguageCandidate[] = Object.freeze([Object.freeze({ lang: 'und', score: 1 })]);

/** Ranks with resolved options: the one path every public function takes. */
export function rankResolved(text: string, options: ResolvedOptions): LanguageCandidate[] {
  if (typeof text !== 'string' || !NOT_SPACE.test(text)) return [...UNDETERMINED];
  // First a short sample and the cheap evidence: function words settle a long paragraph on their own.
  const quickChars = Math.min(QUICK_CHARS, options.sampleChars);
  const quick = prepare(text, quickChars, false);
  // The seven supported languages are written in the Latin script: text mostly in another script is none of them.
  if (!options.wide && quick.otherLetters > quick.latinLetters) return [...UNDETERMINED];
  const cheap = gatherWordEvidence(quick, options.candidates);
  let evidence = cheap;
  if (options.wide || !isDecisive(cheap)) {
    const short = text.length <= quickChars || options.sampleChars <= quickChars;
    const full = prepare(text, short ? quickChars : options.sampleChars);
    evidence = gatherEvidence(full, options.candidates, options.wide, short ? cheap : undefined);
  }
  if (evidence.letters === 0) return [...UNDETERMINED];
  const ranked = combine(evidence);
  const listed: LanguageCandidate[] = [];
  for (const { lang, score } of ranked) {
    if (listed.length > 0 && score < MIN_LISTED_SCORE) break;
    listed.push({ lang, score: Math.round(score * 10_000) / 10_000 });
  }
  return listed;
}

/**
 * The candidate languages of `text`, best first, with scores in [0, 1] that sum to about 1 (candidates under
 * 0.001 are left out). `[{ lang: 'und', score: 1 }]` when there is nothing to go on: empty text, digits,
 * symbols, names only, or (with the default candidates) text in a script other than Latin.
 *
 * @throws FaitsError `E_UNKNOWN_LANGUAGE` or `E_INVALID_OPTION` for bad options (never for the text).
 */
export function rankLanguages(text: string, options?: LangidOptions): LanguageCandidate[] {
  return rankResolved(text, resolveOptions(options));
}

/** The top language of a ranking, or `und` when its score is below `minConfidence`. */
export function pickLanguage(ranked: readonly LanguageCandidate[], minConfidence: number): string {
  const top = ranked[0];
  return top === undefined || top.score < minConfidence ? 'und' : top.lang;
}

/**
 * The language of `text` as an ISO 639-1 code, or `und` when unsure (top score under `minConfidence`, 0.5 by
 * default) or when there is nothing to go on. `detectLanguage(t)` is `rankLanguages(t)[0].lang` when confident.
 *
 * @throws FaitsError `E_UNKNOWN_LANGUAGE` or `E_INVALID_OPTION` for bad options (never for the text).
 */
export function detectLanguage(text: string, options?: LangidOptions): string {
  const resolved = resolveOptions(options);
  return pickLanguage(rankResolved(text, resolved), resolved.minConfidence);
}
