import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { ClaimsLanguage } from './types.ts';

export type { ClaimsLanguage, RelationCue } from './types.ts';

export const CLAIMS_LANGUAGES: Readonly<Record<string, ClaimsLanguage>> = Object.freeze({ fr, en, de, es });
export const SUPPORTED_CLAIMS_LANGUAGES = Object.freeze(Object.keys(CLAIMS_LANGUAGES));

/** Compiled patterns of a language, built once. */
export interface CompiledLanguage {
  readonly data: ClaimsLanguage;
  readonly relations: readonly { readonly re: RegExp; readonly cue: ClaimsLanguage['relations'][number] }[];
  readonly roles: RegExp;
  readonly roleNames: readonly { readonly re: RegExp; readonly role: string }[];
  readonly personPronouns: RegExp;
  readonly orgAnaphora: RegExp;
  readonly formerly: RegExp;
  readonly reportedLeading: RegExp;
  readonly reportedTrailing: RegExp;
  readonly forecast: RegExp;
  readonly hedged: RegExp;
  readonly negation: RegExp;
  readonly events: readonly { readonly re: RegExp; readonly event: string }[];
  readonly artifacts: readonly { readonly re: RegExp; readonly canonical: string }[];
  readonly productOf: RegExp;
}

const cache = new Map<string, CompiledLanguage>();

/**
 * A word character of the scripts the cue data is written for: digits, `_`, Latin (with Latin-1 and the Extended
 * blocks), Greek, Cyrillic. Not `[\p{L}\p{N}_]`: V8 compiles that class (hundreds of ranges, case-folded under the `i`
 * flag) into every lookaround, which cost ~80 ms of regex compilation per language at the first document (cold
 * start), for letters of other scripts that never touch a French, English, German or Spanish cue word.
 */
const WORD_CHAR = '[0-9A-Z_a-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF]';

/** Words end where letters end: `\b` and `\w` in JS regexes are ASCII-only, so accented words need this. */
const wordBoundaries = (source: string): string =>
  source
    // every \b in the cue data stands next to a letter, so "not a letter before, or not a letter after" is a boundary
    .replaceAll('\\b', `(?:(?<!${WORD_CHAR})|(?!${WORD_CHAR}))`)
    .replaceAll('\\w', WORD_CHAR);

export const compile = (source: string, flags = 'giu'): RegExp => new RegExp(wordBoundaries(source), flags);

export function compiledLanguage(code: string): CompiledLanguage {
  const key = code in CLAIMS_LANGUAGES ? code : 'en';
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const data = CLAIMS_LANGUAGES[key] as ClaimsLanguage;
  const compiled: CompiledLanguage = {
    data,
    relations: data.relations.map((cue) => ({ re: compile(cue.pattern), cue })),
    roles: compile(`\\b(?:${data.roles.map((r) => r.pattern).join('|')})\\b`),
    roleNames: data.roles.map((r) => ({ re: compile(`^(?:${r.pattern})$`, 'iu'), role: r.role })),
    personPronouns: compile(data.personPronouns),
    orgAnaphora: compile(data.orgAnaphora),
    formerly: compile(`${data.formerly}$`, 'iu'),
    reportedLeading: compile(data.reportedLeading, 'iu'),
    reportedTrailing: compile(data.reportedTrailing),
    forecast: compile(data.forecast),
    hedged: compile(data.hedged),
    negation: compile(data.negation),
    events: data.events.map((e) => ({ re: compile(`\\b(?:${e.pattern})`), event: e.event })),
    artifacts: data.artifacts.map((a) => ({ re: compile(`\\b(?:${a.pattern})\\b`), canonical: a.canonical })),
    productOf: compile(`^${data.productOf}$`, 'iu'),
  };
  cache.set(key, compiled);
  return compiled;
}

/**
 * Where one of a list of patterns (artifacts, events) matches in `text`: the last match, or the first, and the item
 * whose pattern it is.
 */
export function findPattern<T extends { readonly re: RegExp }>(
  items: readonly T[], text: string, which: 'first' | 'last',
): { readonly index: number; readonly length: number; readonly item: T } | undefined {
  let best: { index: number; length: number; item: T } | undefined;
  for (const item of items) {
    item.re.lastIndex = 0;
    for (const m of text.matchAll(item.re)) {
      const better = best === undefined || (which === 'last' ? m.index > best.index : m.index < best.index);
      if (better) best = { index: m.index, length: m[0].length, item };
      if (which === 'first') break;
    }
  }
  return best;
}
