import { FaitsError } from '@faits/document';
import { LANGUAGE_DATA, SUPPORTED_LANGUAGES, type SupportedLanguage } from './lang/index.ts';

/** Every accepted spelling, lowercased, to its ISO 639-1 code. */
const SPELLINGS: ReadonlyMap<string, SupportedLanguage> = (() => {
  const map = new Map<string, SupportedLanguage>();
  for (const code of SUPPORTED_LANGUAGES) {
    const data = LANGUAGE_DATA[code];
    for (const spelling of [code, data.iso639_3, data.iso639_2b, ...data.names]) {
      if (spelling !== undefined) map.set(spelling, code);
    }
  }
  return map;
})();

/** `fr-FR`, `pt_BR`, `de-CH-1996`: a BCP 47 tag (or a POSIX locale) whose first subtag is the language. */
const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})+$/u;

/**
 * The ISO 639-1 code of a supported language, from its code or name: `fr`, `fra`, `fre`, `French`, `français`,
 * `fr-FR`, `fr_CA` → `fr`. Case and surrounding white space do not matter.
 *
 * @throws FaitsError `E_UNKNOWN_LANGUAGE` for anything else, listing the valid values.
 */
export function normalizeLanguage(code: string): SupportedLanguage {
  if (typeof code !== 'string') {
    throw new FaitsError('E_UNKNOWN_LANGUAGE', `A language must be a string, got ${code === null ? 'null' : typeof code}. Valid values: ${SUPPORTED_LANGUAGES.join(', ')}.`);
  }
  const key = code.trim().toLowerCase();
  const found = SPELLINGS.get(key) ?? SPELLINGS.get(TAG.exec(key)?.[1] ?? '');
  if (found !== undefined) return found;
  throw new FaitsError(
    'E_UNKNOWN_LANGUAGE',
    `Unknown or unsupported language ${JSON.stringify(code)}. Valid values: ${SUPPORTED_LANGUAGES.join(', ')} (or their ISO 639-2/3 codes, English or native names, or a tag such as fr-FR).`,
    { details: { valid: [...SUPPORTED_LANGUAGES] } },
  );
}
