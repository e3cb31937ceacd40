/**
 * Normalizations used to compare golden and predicted values: names (case- and accent-insensitive),
 * numbers (with a relative tolerance for floating point), and dates (as intervals of days).
 */

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/gu;
const SPACES = /\s+/gu;
const YEAR = /^(\d{4})$/u;
const MONTH = /^(\d{4})-(\d{2})$/u;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MS_PER_DAY = 86_400_000;

/**
 * A name as compared: NFKD, accents dropped, typographic apostrophes as `'`, white space (no-break spaces
 * included) collapsed, lower case. `Société Générale` and `societe  generale` compare equal.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, "'").replace(SPACES, ' ').trim().toLowerCase();
}

/** Numbers equal up to a relative 1e-9 (1.03 × 1e9 is 1030000000.0000001 in floating point). */
export function numbersEqual(a: unknown, b: unknown): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A closed interval of days, both ends ISO dates. */
export interface DayInterval {
  readonly start: string;
  readonly end: string;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The days an ISO value covers: `2024` is the whole year, `2024-03` the month, `2024-03-05` that day. */
function isoBounds(value: string): DayInterval | undefined {
  let match = DAY.exec(value);
  if (match !== null) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return validDay(y, m, d) ? { start: value, end: value } : undefined;
  }
  match = MONTH.exec(value);
  if (match !== null) {
    const [y, m] = [Number(match[1]), Number(match[2])];
    if (m < 1 || m > 12) return undefined;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${pad(last, 2)}` };
  }
  match = YEAR.exec(value);
  if (match !== null) return { start: `${value}-01-01`, end: `${value}-12-31` };
  return undefined;
}

/**
 * A date value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `{ start, end }`) as the interval of days it covers;
 * undefined for null or anything else. `2024-03` and `{ start: '2024-03-01', end: '2024-03-31' }` give the same.
 */
export function dateInterval(value: unknown): DayInterval | undefined {
  if (typeof value === 'string') return isoBounds(value);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const { start, end } = record;
    if (typeof start !== 'string' || typeof end !== 'string') return undefined;
    const a = isoBounds(start);
    const b = isoBounds(end);
    if (a === undefined || b === undefined || b.end < a.start) return undefined;
    return { start: a.start, end: b.end };
  }
  return undefined;
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

/** Date values equal as intervals of days; two nulls are equal; unparsable values compare as JSON. */
export function datesEqual(a: unknown, b: unknown): boolean {
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (x !== undefined && y !== undefined) return x.start === y.start && x.end === y.end;
  if (x !== undefined || y !== undefined) return false;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Overlap of two date values in days, as |A ∩ B| / |A ∪ B| (Jaccard): 1 for the same interval, 0 when
 * disjoint or when either cannot be read as a date.
 */
export function dateOverlap(a: unknown, b: unknown): number {
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (x === undefined || y === undefined) return 0;
  const [xs, xe, ys, ye] = [dayNumber(x.start), dayNumber(x.end), dayNumber(y.start), dayNumber(y.end)];
  const inter = Math.min(xe, ye) - Math.max(xs, ys) + 1;
  if (inter <= 0) return 0;
  const union = xe - xs + 1 + (ye - ys + 1) - inter;
  return inter / union;
}
