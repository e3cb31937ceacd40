import { FaitsError } from '@faits/document';
import { FRANC_TO_ISO1 } from './codes.ts';
import { ELD_LANGUAGES } from './evidence.ts';
import { SUPPORTED_LANGUAGES } from './lang/index.ts';

/** Options of `rankLanguages`, `detectLanguage`, `detectParagraphs` and `createLangidStage`. */
export interface LangidOptions {
  /**
   * Candidate languages, ISO 639-1 codes. Default: `SUPPORTED_LANGUAGES` (fr, en, de, es, it, pt, nl).
   * `'all'` widens to every language franc or eld can name (about 130) plus `und` for the languages franc knows
   * that have no ISO 639-1 code.
   */
  readonly languages?: readonly string[] | 'all';
  /** `detectLanguage` (and each paragraph) says `und` when the top score is below this. Default 0.5. */
  readonly minConfidence?: number;
  /** Largest sample of a text (or of each paragraph) that is looked at, in UTF-16 code units. Default 600. */
  readonly sampleChars?: number;
}

export interface ResolvedOptions {
  readonly candidates: readonly string[];
  readonly wide: boolean;
  readonly minConfidence: number;
  readonly sampleChars: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;
export const DEFAULT_SAMPLE_CHARS = 600;

/** Every ISO 639-1 code some detector can name, sorted. */
export const KNOWN_LANGUAGES: readonly string[] = Object.freeze(
  [...new Set([...Object.values(FRANC_TO_ISO1), ...ELD_LANGUAGES])].sort(),
);
const KNOWN = new Set(KNOWN_LANGUAGES);
const WIDE: readonly string[] = Object.freeze([...KNOWN_LANGUAGES, 'und']);
const DEFAULTS: ResolvedOptions = {
  candidates: SUPPORTED_LANGUAGES,
  wide: false,
  minConfidence: DEFAULT_MIN_CONFIDENCE,
  sampleChars: DEFAULT_SAMPLE_CHARS,
};

/**
 * Checks and fills in options.
 * @throws FaitsError `E_UNKNOWN_LANGUAGE` for a candidate no detector knows, `E_INVALID_OPTION` for a bad number.
 */
export function resolveOptions(options: LangidOptions = {}): ResolvedOptions {
  if (options.languages === undefined && options.minConfidence === undefined && options.sampleChars === undefined) {
    return DEFAULTS;
  }
  const { minConfidence = DEFAULT_MIN_CONFIDENCE, sampleChars = DEFAULT_SAMPLE_CHARS } = options;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new FaitsError('E_INVALID_OPTION', `minConfidence must be a number from 0 to 1, got ${String(minConfidence)}.`);
  }
  if (!Number.isInteger(sampleChars) || sampleChars < 1) {
    throw new FaitsError('E_INVALID_OPTION', `sampleChars must be a positive whole number, got ${String(sampleChars)}.`);
  }
  let candidates: readonly string[] = SUPPORTED_LANGUAGES;
  let wide = false;
  if (options.languages === 'all') {
    candidates = WIDE;
    wide = true;
  } else if (options.languages !== undefined) {
    if (!Array.isArray(options.languages) || options.languages.length === 0) {
      throw new FaitsError('E_INVALID_OPTION', `languages must be 'all' or a non-empty array of ISO 639-1 codes, got ${JSON.stringify(options.languages)}.`);
    }
    const unknown = options.languages.filter((code) => !KNOWN.has(code));
    if (unknown.length > 0) {
      throw new FaitsError('E_UNKNOWN_LANGUAGE', `Unknown candidate language(s) ${unknown.map((c) => JSON.stringify(c)).join(', ')}. Valid values (ISO 639-1): ${KNOWN_LANGUAGES.join(', ')}.`);
    }
    candidates = [...new Set(options.languages)];
  }
  return { candidates, wide, minConfidence, sampleChars };
}
