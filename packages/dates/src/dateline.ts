import { isoDay } from './calendar.ts';
import { scan } from './extract.ts';
import { compileLanguage, type CompiledLanguage } from './grammar.ts';
import { getLanguage } from './lang/index.ts';

export interface Dateline {
  /** The date, YYYY-MM-DD. */
  readonly date: string;
  readonly start: number;
  readonly end: number;
  /** The date as written ("26 juin 2012"). */
  readonly text: string;
}

/** How many non-empty lines at the top of a text may hold the dateline (a title and a lead may come first). */
const MAX_LINES = 5;
/** Only this far into a line: a dateline opens it. */
const MAX_OFFSET_IN_LINE = 80;
/** Before the date: nothing, or a place in capitals or capitalized words, maybe an agency, then a comma or dash. */
const BEFORE = /^[^\S\n]*(?:[\p{Lu}][\p{L}'’.-]*(?:[^\S\n]+[\p{Lu}(][\p{L}'’.()-]*){0,4}[^\S\n]*[,–—-]?[^\S\n]*)?$/u;
/** After the date: maybe a place ("22 août 2012, Espagne. -"), an optional full stop, then a dash or a colon, or the end of the line. */
const AFTER = /^(?:[^\S\n]*,[^\S\n]*[\p{Lu}][\p{L}'’-]*(?:[^\S\n]+[\p{Lu}][\p{L}'’-]*){0,3})?[^\S\n]*\.?[^\S\n]*(?:[-–—:|]|\r?$)/u;

/**
 * The date of a dateline at the top of an article ("26 juin 2012. -", "PARIS, 26 juin 2012 —",
 * "May 20, 2024 –"), or undefined. Only a full date (day, month and year) counts. Throws
 * `E_UNKNOWN_LANGUAGE` for a language without date data.
 */
export function findDateline(text: string, lang: string): Dateline | undefined {
  return findDatelineWith(text, compileLanguage(getLanguage(lang)));
}

export function findDatelineWith(text: string, compiled: CompiledLanguage): Dateline | undefined {
  let lineStart = 0;
  let lines = 0;
  while (lineStart < text.length && lines < MAX_LINES) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      lines++;
      const first = scan(text, compiled, lineStart, Math.min(lineEnd, lineStart + MAX_OFFSET_IN_LINE))[0];
      if (
        first !== undefined &&
        first.end <= lineEnd &&
        first.rel === undefined &&
        first.core.type === 'fixed' &&
        first.core.grain === 'day' &&
        BEFORE.test(text.slice(lineStart, first.start)) &&
        AFTER.test(text.slice(first.end, lineEnd))
      ) {
        return { date: isoDay(first.core.interval.start), start: first.start, end: first.end, text: text.slice(first.start, first.end) };
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return undefined;
}
