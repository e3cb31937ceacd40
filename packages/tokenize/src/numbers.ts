import { digitValue } from './chars.ts';
import type { CompiledLanguage } from './lang/index.ts';

const SPACE_SEPARATORS = new Set([' ', '\u00A0', '\u202F', '\u2009']);
const ARABIC_THOUSANDS = '\u066C';
const ARABIC_DECIMAL = '\u066B';
const ANY_DIGIT = /\p{Nd}/u;

/**
 * The value of a number token as written: digit groups and separators, e.g. "100 000", "2,5",
 * "1,234.5". `undefined` when the writing is ambiguous for the language ("1,234" in the fallback)
 * or not a single number ("12.05.2024", "1.2.3"), or uses a digit set we do not read.
 *
 * Rules: groups after the first have exactly 3 digits (the scanner only joins such space groups);
 * one separator followed by exactly 3 digits is a thousands separator unless it is the language's
 * decimal separator; one separator followed by another count of digits is a decimal point, whatever
 * the language ("2.5" in French text is 2.5); "1,234.5" / "1.234,5" read as 1234.5 in any language.
 */
export function numberValue(surface: string, lang: CompiledLanguage): number | undefined {
  const runs: string[] = [];
  const seps: string[] = [];
  let current = '';
  for (const ch of surface) {
    const d = digitValue(ch.codePointAt(0)!);
    if (d >= 0) {
      current += String(d);
    } else if (ANY_DIGIT.test(ch)) {
      return undefined;
    } else {
      runs.push(current);
      seps.push(ch);
      current = '';
    }
  }
  runs.push(current);
  if (runs.some((r) => r === '')) return undefined;

  let integer = runs[0]!;
  let k = 0;
  while (k < seps.length && SPACE_SEPARATORS.has(seps[k]!)) {
    integer += runs[k + 1]!;
    k += 1;
  }
  const rest = seps.slice(k).map((s) => (s === ARABIC_THOUSANDS ? 'G' : s === ARABIC_DECIMAL ? 'D' : s));
  const restRuns = runs.slice(k + 1);
  if (rest.length === 0) return Number(integer);
  if (k > 0) {
    // "100 000,5": after space groups, one punctuation mark can only be a decimal separator.
    return rest.length === 1 && rest[0] !== 'G' ? Number(`${integer}.${restRuns[0]!}`) : undefined;
  }
  if (rest.includes('D')) {
    const d = rest.indexOf('D');
    if (d !== rest.length - 1) return undefined;
    return groupsValid(runs[0]!, restRuns.slice(0, -1)) && rest.slice(0, -1).every((s) => s === 'G')
      ? Number(`${runs.slice(0, -1).join('')}.${restRuns.at(-1)!}`)
      : undefined;
  }
  const first = rest[0]!;
  const last = rest.at(-1)!;
  const head = rest.slice(0, -1);
  if (head.every((s) => s === first) && last !== first && head.length > 0) {
    // "1,234.5" / "1.234,5": groups of one mark, then the other mark as decimal point.
    return groupsValid(runs[0]!, restRuns.slice(0, -1)) ? Number(`${runs.slice(0, -1).join('')}.${restRuns.at(-1)!}`) : undefined;
  }
  if (!rest.every((s) => s === first)) return undefined;
  const isGroupMark = first === 'G' || lang.groupPunctuation.has(first.charCodeAt(0));
  if (rest.length > 1) {
    return isGroupMark && groupsValid(runs[0]!, restRuns) ? Number(runs.join('')) : undefined;
  }
  const after = restRuns[0]!;
  if (after.length === 3 && groupsValid(runs[0]!, restRuns)) {
    if (first === 'G') return Number(runs.join(''));
    const decimal = lang.data.decimal;
    if (decimal === undefined) return undefined;
    if (first === decimal) return Number(`${runs[0]!}.${after}`);
    return isGroupMark ? Number(runs.join('')) : undefined;
  }
  return Number(`${runs[0]!}.${after}`);
}

/** A first group of 1 to 3 digits without a leading zero, then groups of exactly 3 digits. */
function groupsValid(first: string, groups: readonly string[]): boolean {
  if (first.length < 1 || first.length > 3 || (first.length > 1 && first.startsWith('0')) || first === '0') return false;
  return groups.every((g) => g.length === 3);
}
