import type { DateGrain } from './types.ts';
import {
  addMonths, dayNumber, daysInMonth, fromDayNumber, isoWeekday, isValidDate, monthInterval, monthsInterval, weekInterval,
  yearInterval, type DayInterval,
} from './calendar.ts';
import type { Which } from './grammar.ts';
import type { DurationUnit, Modifier, RelativeUnit, Tense } from './lang/types.ts';
import { SEASONS, type SeasonName } from './seasons.ts';

/** A date that repeats (every year, or every week) and needs the publication date to pick one occurrence. */
export type Cycle =
  | { readonly kind: 'month'; readonly month: number }
  | { readonly kind: 'dayMonth'; readonly month: number; readonly day: number; readonly day2?: number; readonly weekday?: number }
  | { readonly kind: 'weekdayDay'; readonly weekday: number; readonly day: number }
  | { readonly kind: 'season'; readonly season: SeasonName }
  | { readonly kind: 'quarter'; readonly quarter: number }
  | { readonly kind: 'half'; readonly half: number }
  | { readonly kind: 'weekday'; readonly weekday: number }
  | { readonly kind: 'weekend' };

/** What a rule understood, before the publication date is known. */
export type Core =
  | { readonly type: 'fixed'; readonly interval: DayInterval; readonly grain: DateGrain }
  | { readonly type: 'cycle'; readonly cycle: Cycle; readonly which?: Which }
  | { readonly type: 'unit'; readonly unit: RelativeUnit; readonly offset: number; readonly implicit?: boolean }
  | { readonly type: 'span'; readonly amount: number; readonly unit: DurationUnit }
  /** A yearly cycle in a year named relative to the publication date: "in the fourth quarter of last year". */
  | { readonly type: 'inYear'; readonly cycle: Cycle; readonly yearOffset: number }
  | { readonly type: 'day'; readonly offset: number }
  | { readonly type: 'duration'; readonly amount: number; readonly unit: DurationUnit };

export interface Resolved {
  readonly interval: DayInterval;
  readonly grain: DateGrain;
}

export function seasonInterval(season: SeasonName, year: number): DayInterval {
  const s = SEASONS[season];
  const [sm, sd] = s.start.split('-').map(Number) as [number, number];
  const [em, ed] = s.end.split('-').map(Number) as [number, number];
  return { start: dayNumber(year, sm, sd), end: dayNumber(s.endsNextYear ? year + 1 : year, em, ed) };
}

export function quarterInterval(year: number, quarter: number): DayInterval {
  return monthsInterval(year, quarter * 3 - 2, quarter * 3);
}

export function halfInterval(year: number, half: number): DayInterval {
  return monthsInterval(year, half * 6 - 5, half * 6);
}

export const CYCLE_GRAIN: Readonly<Record<Cycle['kind'], DateGrain>> = {
  month: 'month', dayMonth: 'day', weekdayDay: 'day', season: 'season', quarter: 'quarter', half: 'half', weekday: 'day', weekend: 'interval',
};

/** The occurrence of a yearly cycle in a given year, or undefined (29 February in a common year). */
export function occurrenceInYear(cycle: Cycle, year: number): DayInterval | undefined {
  switch (cycle.kind) {
    case 'month': return monthInterval(year, cycle.month);
    case 'dayMonth': {
      if (!isValidDate(year, cycle.month, cycle.day)) return undefined;
      const last = cycle.day2 ?? cycle.day;
      if (!isValidDate(year, cycle.month, last)) return undefined;
      return { start: dayNumber(year, cycle.month, cycle.day), end: dayNumber(year, cycle.month, last) };
    }
    case 'season': return seasonInterval(cycle.season, year);
    case 'quarter': return quarterInterval(year, cycle.quarter);
    case 'half': return halfInterval(year, cycle.half);
    default: return undefined;
  }
}

/** Occurrences around day `anchor`, in order. */
function occurrences(cycle: Cycle, anchor: number): DayInterval[] {
  if (cycle.kind === 'weekdayDay') {
    // "le mardi 7": that day of the months around the publication date.
    const { year, month } = fromDayNumber(anchor);
    const out: DayInterval[] = [];
    for (let delta = -3; delta <= 3; delta++) {
      const m = addMonths(year, month, delta);
      if (isValidDate(m.year, m.month, cycle.day)) {
        const n = dayNumber(m.year, m.month, cycle.day);
        out.push({ start: n, end: n });
      }
    }
    return out;
  }
  if (cycle.kind === 'weekday' || cycle.kind === 'weekend') {
    const week = weekInterval(anchor);
    const out: DayInterval[] = [];
    for (const shift of [-14, -7, 0, 7, 14]) {
      if (cycle.kind === 'weekday') {
        const day = week.start + shift + cycle.weekday - 1;
        out.push({ start: day, end: day });
      } else {
        out.push({ start: week.start + shift + 5, end: week.start + shift + 6 });
      }
    }
    return out;
  }
  const { year } = fromDayNumber(anchor);
  const out: DayInterval[] = [];
  for (let y = year - 2; y <= year + 2; y++) {
    const occ = occurrenceInYear(cycle, y);
    if (occ !== undefined) out.push(occ);
  }
  return out;
}

/**
 * Picks the occurrence of a cycle meant against the publication date:
 * - `last` ("mardi dernier", "l'été dernier"): the latest that ended before the publication date;
 * - `next` ("mardi prochain"): the earliest that starts after it;
 * - tense past ("a lancé en mars", "depuis mars"): the latest that started on or before it;
 * - tense future ("lancera en mars", "d'ici mars"): the earliest that ends on or after it;
 * - otherwise the nearest (the one holding the publication date, else the closest; a tie goes to the one in
 *   the publication year).
 * A weekday written with the date ("mercredi 4 juillet") picks the year where that date is that weekday.
 */
export function resolveCycle(cycle: Cycle, published: number, which: Which | undefined, tense: Tense | undefined): DayInterval | undefined {
  const list = occurrences(cycle, published);
  if ((cycle.kind === 'dayMonth' || cycle.kind === 'weekdayDay') && cycle.weekday !== undefined) {
    // The weekday settles the year better than any tense.
    const matching = list.filter((o) => isoWeekday(o.start) === cycle.weekday);
    if (matching.length > 0) return nearest(matching, published);
  }
  let picked: DayInterval | undefined;
  if (which === 'last') picked = findLast(list, (o) => o.end < published);
  else if (which === 'next') picked = list.find((o) => o.start > published);
  else if (tense === 'past') picked = findLast(list, (o) => o.start <= published);
  else if (tense === 'future') picked = list.find((o) => o.end >= published);
  return picked ?? nearest(list, published);
}

/** The first occurrence of `cycle` that starts on or after `from` (the second end of "de mars à mai"). */
export function cycleOnOrAfter(cycle: Cycle, from: number): DayInterval | undefined {
  return occurrences(cycle, from).find((o) => o.start >= from);
}

/** The last occurrence of `cycle` that starts on or before `until` (the first end of "du 9 juillet au 10 août 2024"). */
export function cycleOnOrBefore(cycle: Cycle, until: number): DayInterval | undefined {
  return findLast(occurrences(cycle, until), (o) => o.start <= until);
}

function findLast<T>(list: readonly T[], test: (t: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i] as T;
    if (test(item)) return item;
  }
  return undefined;
}

function nearest(list: readonly DayInterval[], day: number): DayInterval | undefined {
  const year = fromDayNumber(day).year;
  let best: DayInterval | undefined;
  let bestDistance = Infinity;
  let bestSameYear = false;
  for (const o of list) {
    const distance = o.start > day ? o.start - day : o.end < day ? day - o.end : 0;
    const sameYear = fromDayNumber(o.start).year === year;
    if (distance < bestDistance || (distance === bestDistance && sameYear && !bestSameYear)) {
      best = o;
      bestDistance = distance;
      bestSameYear = sameYear;
    }
  }
  return best;
}

/** "la semaine prochaine", "le mois dernier", "cette année": the unit holding the publication date, shifted. */
export function resolveUnit(unit: RelativeUnit, offset: number, published: number): Resolved {
  const { year, month } = fromDayNumber(published);
  switch (unit) {
    case 'day': return { interval: { start: published + offset, end: published + offset }, grain: 'day' };
    case 'week': return { interval: weekInterval(published + 7 * offset), grain: 'week' };
    case 'weekend': {
      const week = weekInterval(published + 7 * offset);
      return { interval: { start: week.start + 5, end: week.end }, grain: 'interval' };
    }
    case 'month': {
      const m = addMonths(year, month, offset);
      return { interval: monthInterval(m.year, m.month), grain: 'month' };
    }
    case 'quarter': {
      const index = year * 4 + Math.floor((month - 1) / 3) + offset;
      return { interval: quarterInterval(Math.floor(index / 4), (index % 4) + 1), grain: 'quarter' };
    }
    case 'half': {
      const index = year * 2 + Math.floor((month - 1) / 6) + offset;
      return { interval: halfInterval(Math.floor(index / 2), (index % 2) + 1), grain: 'half' };
    }
    case 'year': return { interval: yearInterval(year + offset), grain: 'year' };
    case 'decade': {
      const first = Math.floor(year / 10) * 10 + 10 * offset;
      return { interval: { start: yearInterval(first).start, end: yearInterval(first + 9).end }, grain: 'decade' };
    }
  }
}

/**
 * "over the next four years": from the publication date to the day before the same date four years on;
 * "over the past two years": from the same date two years back to the publication date.
 */
export function resolveSpan(unit: DurationUnit, amount: number, published: number): Resolved {
  const shifted = shiftDay(published, unit, amount);
  const interval = amount >= 0 ? { start: published, end: shifted - 1 } : { start: shifted, end: published };
  return { interval, grain: 'interval' };
}

function shiftDay(day: number, unit: DurationUnit, amount: number): number {
  const { year, month, day: d } = fromDayNumber(day);
  switch (unit) {
    case 'day': return day + amount;
    case 'week': return day + 7 * amount;
    default: {
      const months = unit === 'month' ? amount : unit === 'year' ? 12 * amount : 120 * amount;
      const m = addMonths(year, month, months);
      return dayNumber(m.year, m.month, Math.min(d, daysInMonth(m.year, m.month)));
    }
  }
}

/** "il y a deux ans", "in three months": the publication date moved by a duration, at the duration's grain. */
export function resolveDuration(unit: DurationUnit, amount: number, published: number): Resolved {
  switch (unit) {
    case 'day': return { interval: { start: published + amount, end: published + amount }, grain: 'day' };
    case 'week': return { interval: weekInterval(published + 7 * amount), grain: 'week' };
    case 'month': return resolveUnit('month', amount, published);
    case 'year': return resolveUnit('year', amount, published);
    case 'decade': return resolveUnit('year', amount * 10, published);
  }
}

/** `thirds` (the default) or `edges`: see `ExtractDatesOptions.modifiers`. */
export type ModifierConvention = 'thirds' | 'edges';

/**
 * The `edges` convention: a year, quarter or half gives its first, middle or last month (mid-year: June-July);
 * a month gives itself; a decade its first, middle or last years. Anything else: undefined (thirds apply).
 */
function applyEdges(resolved: Resolved, part: 0 | 1 | 2): Resolved | undefined {
  const { interval, grain } = resolved;
  const start = fromDayNumber(interval.start);
  const months = (first: number, last: number): Resolved => {
    const a = addMonths(start.year, start.month, first);
    const b = addMonths(start.year, start.month, last);
    return first === last
      ? { interval: monthInterval(a.year, a.month), grain: 'month' }
      : { interval: { start: monthInterval(a.year, a.month).start, end: monthInterval(b.year, b.month).end }, grain: 'interval' };
  };
  switch (grain) {
    case 'year': return part === 0 ? months(0, 0) : part === 1 ? months(5, 6) : months(11, 11);
    case 'half': return part === 0 ? months(0, 0) : part === 1 ? months(2, 3) : months(5, 5);
    case 'quarter': return months(part, part);
    case 'month': return { interval: monthInterval(start.year, start.month), grain: 'month' };
    case 'decade': {
      const [a, b] = ([[0, 0], [4, 5], [9, 9]] as const)[part];
      return a === b
        ? { interval: yearInterval(start.year + a), grain: 'year' }
        : { interval: { start: yearInterval(start.year + a).start, end: yearInterval(start.year + b).end }, grain: 'interval' };
    }
    default: return undefined;
  }
}

/**
 * "début / mi / fin", "early / mid / late", "Anfang / Mitte / Ende": the first, middle or last third.
 * A year: January-April, May-August, September-December. A month: days 1-10, 11-20, 21-end.
 * A decade: years 0-3, 4-6, 7-9. A week: Monday-Tuesday, Wednesday-Thursday, Friday-Sunday.
 * A quarter: its first, second or third month. A half: two months each. Anything else: thirds of its days.
 * A single day is left as it is.
 */
export function applyModifier(resolved: Resolved, modifier: Modifier, convention: ModifierConvention = 'thirds'): Resolved {
  const { interval, grain } = resolved;
  const start = fromDayNumber(interval.start);
  const part = modifier === 'early' ? 0 : modifier === 'mid' ? 1 : 2;
  const result = (i: DayInterval): Resolved => ({ interval: i, grain: 'interval' });
  if (convention === 'edges') {
    const edge = applyEdges(resolved, part);
    if (edge !== undefined) return edge;
  }
  switch (grain) {
    case 'day': return resolved;
    case 'year': {
      const [a, b] = ([[1, 4], [5, 8], [9, 12]] as const)[part];
      return result(monthsInterval(start.year, a, b));
    }
    case 'month': {
      const last = daysInMonth(start.year, start.month);
      const [a, b] = ([[1, 10], [11, 20], [21, last]] as const)[part];
      return result({ start: dayNumber(start.year, start.month, a), end: dayNumber(start.year, start.month, b) });
    }
    case 'decade': {
      const [a, b] = ([[0, 3], [4, 6], [7, 9]] as const)[part];
      return result({ start: dayNumber(start.year + a, 1, 1), end: dayNumber(start.year + b, 12, 31) });
    }
    case 'week': {
      const [a, b] = ([[0, 1], [2, 3], [4, 6]] as const)[part];
      return result({ start: interval.start + a, end: interval.start + b });
    }
    case 'quarter': {
      const m = addMonths(start.year, start.month, part);
      return result(monthInterval(m.year, m.month));
    }
    case 'half': {
      const a = addMonths(start.year, start.month, part * 2);
      const b = addMonths(start.year, start.month, part * 2 + 1);
      return result({ start: monthInterval(a.year, a.month).start, end: monthInterval(b.year, b.month).end });
    }
    default: {
      const days = interval.end - interval.start + 1;
      const cut1 = interval.start + Math.floor(days / 3);
      const cut2 = interval.start + Math.floor((2 * days) / 3);
      const parts: DayInterval[] = [
        { start: interval.start, end: cut1 - 1 },
        { start: cut1, end: cut2 - 1 },
        { start: cut2, end: interval.end },
      ];
      return result(parts[part] as DayInterval);
    }
  }
}
