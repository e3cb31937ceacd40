import { FaitsError, type NumberMention } from '@faits/document';
import { compileLanguage, type CompiledLanguage } from './compile.ts';
import { extractWith, parseWith } from './extract.ts';
import { LANGUAGES } from './lang/index.ts';

/** The languages with number data, sorted: ISO 639-1 codes. */
export const SUPPORTED_NUMBER_LANGUAGES: readonly string[] = Object.freeze(Object.keys(LANGUAGES).sort());

export interface ExtractNumbersOptions {
  /** ISO 639-1 code of the text, one of `SUPPORTED_NUMBER_LANGUAGES`. */
  readonly lang: string;
}

function language(lang: unknown): CompiledLanguage {
  const data = typeof lang === 'string' ? LANGUAGES[lang] : undefined;
  if (data === undefined) {
    throw new FaitsError('E_UNKNOWN_LANGUAGE', `No number data for language ${JSON.stringify(lang)}. Supported: ${SUPPORTED_NUMBER_LANGUAGES.join(', ')}.`);
  }
  return compileLanguage(data);
}

/**
 * Every number, quantity, amount of money, percentage and multiplier of `text`, normalized: sorted by start,
 * non-overlapping, ids `n1`, `n2`, ... Offsets are UTF-16 code units, half-open. Throws `FaitsError`
 * `E_UNKNOWN_LANGUAGE` for a language without data, `E_INVALID_OPTION` when `text` is not a string.
 */
export function extractNumbers(text: string, options: ExtractNumbersOptions): NumberMention[] {
  if (typeof text !== 'string') throw new FaitsError('E_INVALID_OPTION', `The text must be a string, got ${text === null ? 'null' : typeof text}.`);
  if (options === null || typeof options !== 'object') {
    throw new FaitsError('E_INVALID_OPTION', `Options must be an object with "lang" (one of ${SUPPORTED_NUMBER_LANGUAGES.join(', ')}).`);
  }
  return extractWith(language(options.lang), text);
}

/**
 * The value of a number written alone, in digits or words, with its scale words if any: "100 000" → 100000,
 * "2,5 milliards" → 2500000000, "quatre-vingt-dix" → 90, "einundzwanzig" → 21. Undefined when `surface` is not
 * exactly one number. Throws `E_UNKNOWN_LANGUAGE` for a language without data.
 */
export function parseNumber(surface: string, lang: string): number | undefined {
  if (typeof surface !== 'string') throw new FaitsError('E_INVALID_OPTION', `The surface must be a string, got ${typeof surface}.`);
  return parseWith(language(lang), surface);
}
