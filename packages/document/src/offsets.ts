import { FaitsError } from './errors.ts';
import type { Span } from './schema.ts';

/**
 * Offsets in Faits are UTF-16 code units (JavaScript string indices). Tools written in Python count
 * code points; these helpers convert once, at the boundary.
 */

/** UTF-16 index of code point `cp` in `text`. `cp` may equal the number of code points (end of text). */
export function codePointToUtf16(text: string, cp: number): number {
  if (!Number.isInteger(cp) || cp < 0) throw new FaitsError('E_INVALID_OPTION', `Code point offset must be a non-negative integer, got ${cp}.`);
  let units = 0;
  let points = 0;
  while (points < cp) {
    if (units >= text.length) {
      throw new FaitsError('E_INVALID_OPTION', `Code point offset ${cp} is past the end of a text of ${points} code points.`);
    }
    units += isHighSurrogatePair(text, units) ? 2 : 1;
    points += 1;
  }
  return units;
}

/** Code point index of UTF-16 index `unit`. An index inside a surrogate pair is an error. */
export function utf16ToCodePoint(text: string, unit: number): number {
  if (!Number.isInteger(unit) || unit < 0 || unit > text.length) {
    throw new FaitsError('E_INVALID_OPTION', `UTF-16 offset ${unit} is outside a text of ${text.length} code units.`);
  }
  let points = 0;
  let units = 0;
  while (units < unit) {
    const step = isHighSurrogatePair(text, units) ? 2 : 1;
    if (units + step > unit) {
      throw new FaitsError('E_SPAN_MISMATCH', `UTF-16 offset ${unit} falls inside a surrogate pair.`);
    }
    units += step;
    points += 1;
  }
  return points;
}

/**
 * A converter for many offsets into one text: O(n) once, then O(1) per offset.
 * Use it when converting every span of a document produced by a code-point tool.
 */
export function createOffsetMap(text: string): {
  toUtf16: (cp: number) => number;
  toCodePoint: (unit: number) => number;
  readonly codePoints: number;
} {
  const unitsOfPoint: number[] = [];
  const pointOfUnit = new Int32Array(text.length + 1).fill(-1);
  let units = 0;
  let points = 0;
  while (units < text.length) {
    unitsOfPoint.push(units);
    pointOfUnit[units] = points;
    units += isHighSurrogatePair(text, units) ? 2 : 1;
    points += 1;
  }
  unitsOfPoint.push(units);
  pointOfUnit[units] = points;
  return {
    codePoints: points,
    toUtf16(cp) {
      const value = unitsOfPoint[cp];
      if (!Number.isInteger(cp) || value === undefined) {
        throw new FaitsError('E_INVALID_OPTION', `Code point offset ${cp} is outside a text of ${points} code points.`);
      }
      return value;
    },
    toCodePoint(unit) {
      const value = Number.isInteger(unit) ? pointOfUnit[unit] : undefined;
      if (value === undefined) throw new FaitsError('E_INVALID_OPTION', `UTF-16 offset ${unit} is outside a text of ${text.length} code units.`);
      if (value < 0) throw new FaitsError('E_SPAN_MISMATCH', `UTF-16 offset ${unit} falls inside a surrogate pair.`);
      return value;
    },
  };
}

function isHighSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** A span of `text` from `start` to `end`, with its surface text. */
export function span(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new FaitsError('E_SPAN_MISMATCH', `Span [${start}, ${end}) is not inside a text of ${text.length} code units.`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** Why a span does not fit the text, or undefined when it fits. */
export function checkSpan(text: string, s: { start: number; end: number; text?: string }): string | undefined {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `offsets must be integers, got [${s.start}, ${s.end})`;
  if (s.start < 0 || s.end < s.start || s.end > text.length) {
    return `[${s.start}, ${s.end}) is not inside a text of ${text.length} code units`;
  }
  if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) {
    return `[${s.start}, ${s.end}) holds ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`;
  }
  return undefined;
}

/** Spans overlap when they share at least one code unit (an empty span shares none). */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

/** Sort key for spans: by start, longer first. */
export function compareSpans(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}
