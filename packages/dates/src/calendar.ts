/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC, proleptic Gregorian) and
 * intervals of days. No time of day, no time zone: a date in a news article is a calendar date.
 */

/** An inclusive interval of day numbers. */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isoDay(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function isoYear(year: number): string {
  return pad4(year);
}

/** Parses a strict `YYYY-MM-DD` calendar date; undefined when it is not one. */
export function parseIsoDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? dayNumber(year, month, day) : undefined;
}

export function dayInterval(year: number, month: number, day: number): DayInterval {
  const n = dayNumber(year, month, day);
  return { start: n, end: n };
}

export function monthInterval(year: number, month: number): DayInterval {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
}

export function monthsInterval(year: number, firstMonth: number, lastMonth: number): DayInterval {
  return { start: dayNumber(year, firstMonth, 1), end: dayNumber(year, lastMonth, daysInMonth(year, lastMonth)) };
}

export function yearInterval(year: number): DayInterval {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
}

/** The ISO week (Monday to Sunday) that holds day `n`. */
export function weekInterval(n: number): DayInterval {
  const monday = n - (isoWeekday(n) - 1);
  return { start: monday, end: monday + 6 };
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Whole years, months and days of an interval, used to render it at its grain. */
export function describe(interval: DayInterval): {
  readonly start: Ymd;
  readonly end: Ymd;
  readonly wholeYear: boolean;
  readonly wholeMonth: boolean;
  readonly singleDay: boolean;
} {
  const start = fromDayNumber(interval.start);
  const end = fromDayNumber(interval.end);
  const singleDay = interval.start === interval.end;
  const wholeMonth = start.year === end.year && start.month === end.month && start.day === 1 && end.day === daysInMonth(end.year, end.month);
  const wholeYear = start.year === end.year && start.month === 1 && start.day === 1 && end.month === 12 && end.day === 31;
  return { start, end, wholeYear, wholeMonth, singleDay };
}
