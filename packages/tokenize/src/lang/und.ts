import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import { NARROW_GROUP_SPACES, type AbbreviationClass, type TokenizerLanguage } from './types.ts';

const ALL = [fr, en, de, es, it, pt, nl];
/** When languages disagree, the weaker claim wins: `ambiguous` over `often` over `never`. */
const STRENGTH: Readonly<Record<AbbreviationClass, number>> = { ambiguous: 0, often: 1, never: 2 };

function unionAbbreviations(): Record<AbbreviationClass, string[]> {
  const classOf = new Map<string, AbbreviationClass>();
  for (const lang of ALL) {
    for (const cls of ['never', 'often', 'ambiguous'] as const) {
      for (const abbr of lang.abbreviations[cls]) {
        const known = classOf.get(abbr);
        if (known === undefined || STRENGTH[cls] < STRENGTH[known]) classOf.set(abbr, cls);
      }
    }
  }
  const out: Record<AbbreviationClass, string[]> = { never: [], often: [], ambiguous: [] };
  for (const [abbr, cls] of classOf) out[cls].push(abbr);
  return out;
}

/**
 * The generic fallback, used for languages without their own data (and for `und`): the union of
 * the abbreviations and sentence starters of every supported language, Romance elisions (fr, it),
 * no clitic splitting, and no decimal separator, so an ambiguous "1,234" or "1.234" gets no value.
 * Thousands are grouped by no-break and thin spaces only, not by a plain space.
 */
export const und: TokenizerLanguage = {
  code: 'und',
  name: 'Generic (fallback)',
  decimal: undefined,
  groupPunctuation: [',', '.'],
  groupSpaces: NARROW_GROUP_SPACES,
  elisions: [...new Set([...fr.elisions, ...it.elisions])],
  suffixClitics: [],
  hyphenClitics: [],
  euphonicT: false,
  hyphenCliticExceptions: [],
  abbreviations: unionAbbreviations(),
  fixedTokens: Object.assign({}, ...ALL.map((lang) => lang.fixedTokens)) as Record<string, AbbreviationClass>,
  ordinalSuffixes: ['º', 'ª'],
  dotOrdinals: false,
  sentenceStarters: [...new Set(ALL.flatMap((lang) => lang.sentenceStarters))],
  closingQuotes: ['»', '”'],
};
