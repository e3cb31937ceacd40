import { FaitsError } from '@faits/document';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import type { AbbreviationClass, TokenizerLanguage } from './types.ts';
import { und } from './und.ts';

/** Languages with their own tokenizer data; any other language uses the generic fallback (`und`). */
export const SUPPORTED_TOKENIZER_LANGUAGES = Object.freeze(['fr', 'en', 'de', 'es', 'it', 'pt', 'nl'] as const);
export type SupportedTokenizerLanguage = (typeof SUPPORTED_TOKENIZER_LANGUAGES)[number];

const DATA: Readonly<Record<SupportedTokenizerLanguage, TokenizerLanguage>> = { fr, en, de, es, it, pt, nl };
const WELL_FORMED = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/iu;

function isSupported(code: string): code is SupportedTokenizerLanguage {
  return Object.hasOwn(DATA, code);
}

/** The primary subtag of a language tag, lowercase: `fr-CA` → `fr`. Throws `E_UNKNOWN_LANGUAGE` when malformed. */
export function primaryLanguage(code: unknown): string {
  if (typeof code !== 'string' || !WELL_FORMED.test(code)) {
    throw new FaitsError(
      'E_UNKNOWN_LANGUAGE',
      `${JSON.stringify(code)} is not a language code. Use an ISO 639-1 code such as ${SUPPORTED_TOKENIZER_LANGUAGES.join(', ')} (others use the generic rules), or "und".`,
    );
  }
  return code.split(/[-_]/u)[0]!.toLowerCase();
}

/**
 * The data the tokenizer uses for `code`: the language's own data when it is one of
 * `SUPPORTED_TOKENIZER_LANGUAGES` (a region is ignored: `fr-CA` is `fr`), the generic fallback
 * (code `und`) for any other well-formed code. Throws `FaitsError` `E_UNKNOWN_LANGUAGE` for a malformed code.
 */
export function languageData(code: string): TokenizerLanguage {
  const primary = primaryLanguage(code);
  return isSupported(primary) ? DATA[primary] : und;
}

/** Lookup tables built once per language. */
export interface CompiledLanguage {
  readonly data: TokenizerLanguage;
  /** The code passed to `Intl.Segmenter` for scripts written without spaces. */
  readonly locale: string | undefined;
  readonly groupSpaces: ReadonlySet<number>;
  readonly groupPunctuation: ReadonlySet<number>;
  readonly elisions: ReadonlySet<string>;
  /** Lowercase, with U+0027. */
  readonly suffixClitics: readonly string[];
  readonly hyphenClitics: ReadonlySet<string>;
  readonly hyphenCliticExceptions: ReadonlySet<string>;
  readonly abbreviations: ReadonlyMap<string, AbbreviationClass>;
  /** Fixed tokens by their first code unit, longest first. */
  readonly fixedTokens: ReadonlyMap<number, readonly (readonly [string, AbbreviationClass])[]>;
  readonly fixedClass: ReadonlyMap<string, AbbreviationClass>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
  readonly closingQuotes: ReadonlySet<string>;
}

const compiled = new Map<string, CompiledLanguage>();

/** Compiled tables for a language code (see `languageData`); `undefined` means the fallback. */
export function compileLanguage(code: string | undefined): CompiledLanguage {
  const primary = code === undefined ? 'und' : primaryLanguage(code);
  const data = isSupported(primary) ? DATA[primary] : und;
  const key = data.code === 'und' ? `und:${primary}` : data.code;
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const abbreviations = new Map<string, AbbreviationClass>();
  for (const cls of ['never', 'often', 'ambiguous'] as const) {
    for (const abbr of data.abbreviations[cls]) abbreviations.set(abbr, cls);
  }
  const fixedClass = new Map<string, AbbreviationClass>();
  const fixedTokens = new Map<number, (readonly [string, AbbreviationClass])[]>();
  for (const [form, cls] of Object.entries(data.fixedTokens)) {
    for (const variant of new Set([form, form.replaceAll("'", '’')])) {
      fixedClass.set(variant, cls);
      const first = variant.charCodeAt(0);
      const list = fixedTokens.get(first) ?? [];
      list.push([variant, cls]);
      list.sort((a, b) => b[0].length - a[0].length);
      fixedTokens.set(first, list);
    }
  }
  const result: CompiledLanguage = {
    data,
    locale: primary === 'und' ? undefined : primary,
    groupSpaces: new Set(data.groupSpaces.map((s) => s.charCodeAt(0))),
    groupPunctuation: new Set(data.groupPunctuation.map((s) => s.charCodeAt(0))),
    elisions: new Set(data.elisions),
    suffixClitics: [...data.suffixClitics].sort((a, b) => b.length - a.length),
    hyphenClitics: new Set(data.hyphenClitics),
    hyphenCliticExceptions: new Set(data.hyphenCliticExceptions),
    abbreviations,
    fixedTokens,
    fixedClass,
    ordinalSuffixes: new Set(data.ordinalSuffixes),
    sentenceStarters: new Set(data.sentenceStarters),
    closingQuotes: new Set(data.closingQuotes),
  };
  compiled.set(key, result);
  return result;
}

/** The class of an abbreviation written with its final period, or undefined when it is not listed. */
export function abbreviationClass(lang: CompiledLanguage, form: string): AbbreviationClass | undefined {
  const listed = lang.abbreviations.get(form) ?? lang.fixedClass.get(form);
  if (listed !== undefined) return listed;
  const first = form.charAt(0);
  const lower = first.toLowerCase();
  if (lower === first) return undefined;
  return lang.abbreviations.get(lower + form.slice(1));
}
