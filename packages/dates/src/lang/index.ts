import { FaitsError } from '@faits/document';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import type { DateLanguage } from './types.ts';

const LANGUAGES: Readonly<Record<string, DateLanguage>> = Object.freeze({ de, en, es, fr, it, nl, pt });

/** Languages with date data, as ISO 639-1 codes. */
export const SUPPORTED_DATE_LANGUAGES: readonly string[] = Object.freeze(Object.keys(LANGUAGES).sort());

/** The primary subtag of a BCP-47 tag, lower case: "fr-CA" → "fr". */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/u)[0]?.toLowerCase() ?? '';
}

export function findLanguage(tag: string | undefined): DateLanguage | undefined {
  if (tag === undefined) return undefined;
  return LANGUAGES[primaryLanguage(tag)];
}

/** The date data of a language. Throws `E_UNKNOWN_LANGUAGE` listing the supported codes. */
export function getLanguage(tag: string): DateLanguage {
  if (typeof tag !== 'string') throw new FaitsError('E_UNKNOWN_LANGUAGE', `The language must be an ISO 639-1 code, got ${typeof tag}.`);
  const found = findLanguage(tag);
  if (found === undefined) {
    throw new FaitsError('E_UNKNOWN_LANGUAGE', `No date data for language ${JSON.stringify(tag)}. Supported: ${SUPPORTED_DATE_LANGUAGES.join(', ')}.`);
  }
  return found;
}
