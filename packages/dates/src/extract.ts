import { FaitsError, type DateMention, type DateValue, type Diagnostic, type TemporalRelation } from '@faits/document';
import { dayNumber, fromDayNumber, isoDay, isoMonth, isValidDate, monthInterval, parseIsoDay, yearInterval, type DayInterval } from './calendar.ts';
import { compileLanguage, normalize, type CompiledLanguage, type Rule, type RuleKind, type Which } from './grammar.ts';
import { getLanguage } from './lang/index.ts';
import type { Modifier, RelationWord, Tense } from './lang/types.ts';
import type { ModifierConvention } from './resolve.ts';
import {
  applyModifier, CYCLE_GRAIN, cycleOnOrAfter, cycleOnOrBefore, halfInterval, quarterInterval, resolveCycle, resolveDuration,
  occurrenceInYear, resolveSpan, resolveUnit, seasonInterval, type Core, type Cycle, type Resolved,
} from './resolve.ts';
import type { DateGrain } from './types.ts';

export const SOURCE = 'dates.v1';

export interface ExtractDatesOptions {
  /** ISO 639-1 code of the text ("fr"); a region is ignored ("fr-CA"). See `SUPPORTED_DATE_LANGUAGES`. */
  readonly lang: string;
  /** Publication date, YYYY-MM-DD: relative expressions are resolved against it. */
  readonly published?: string | undefined;
  /**
   * What "début / mi / fin", "early / mid / late", "Anfang / Mitte / Ende" cover. `thirds` (default): the first,
   * middle or last third ("fin 2025" = September-December). `edges`: the first or last month of a year, quarter or
   * half, the month itself for a month ("fin 2025" = 2025-12, "fin août" = the month of August).
   */
  readonly modifiers?: ModifierConvention;
}

export interface ExtractDatesResult {
  readonly dates: DateMention[];
  readonly diagnostics: Diagnostic[];
}

/** Why a candidate cannot stand alone yet: a bare year or month needs a preposition, a range or a list. */
type Weakness = 'year' | 'month' | 'season' | 'code';

/** One expression found by the master regex, before ranges are merged and values resolved. */
export interface Candidate {
  /** Start, relation word included. */
  readonly start: number;
  /** Start without the relation word. */
  readonly innerStart: number;
  readonly end: number;
  readonly coreStart: number;
  readonly kind: RuleKind;
  readonly rel: RelationWord | undefined;
  readonly mod: Modifier | undefined;
  readonly core: Core;
  readonly relation: TemporalRelation;
  weak: Weakness | undefined;
  /** Left out of the span: a relation word that means something only in a range ("du", "entre", "et"). */
  stripRel: boolean;
  readonly confidence: number;
}

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly first: Candidate;
  readonly second?: Candidate;
}

const SENTENCE_START = /[.!?:;«"“(\n]/u;

/**
 * Temporal expressions of `text`, each with its span, its value against the publication date and its
 * relation. Throws `FaitsError` `E_UNKNOWN_LANGUAGE` for a language without date data and `E_INVALID_DATE`
 * for a publication date that is not YYYY-MM-DD.
 */
export function extractDates(text: string, options: ExtractDatesOptions): ExtractDatesResult {
  if (typeof text !== 'string') throw new FaitsError('E_INVALID_OPTION', `extractDates expects a string, got ${typeof text}.`);
  const lang = getLanguage(options.lang);
  let published: number | undefined;
  if (options.published !== undefined) {
    published = parseIsoDay(options.published);
    if (published === undefined) {
      throw new FaitsError('E_INVALID_DATE', `The publication date ${JSON.stringify(options.published)} is not a valid YYYY-MM-DD date.`);
    }
  }
  const convention = options.modifiers ?? 'thirds';
  if (convention !== 'thirds' && convention !== 'edges') {
    throw new FaitsError('E_INVALID_OPTION', `Unknown modifiers convention ${JSON.stringify(convention)}. Valid values: thirds, edges.`);
  }
  return extractWith(text, compileLanguage(lang), published, convention);
}

/** The shared algorithm: scan, merge ranges and lists, drop what has no licence, resolve. */
export function extractWith(
  text: string, compiled: CompiledLanguage, published: number | undefined, convention: ModifierConvention = 'thirds',
): ExtractDatesResult {
  const candidates = scan(text, compiled, 0, text.length);
  const mentions = refine(text, compiled, candidates);
  try {
    return resolveAll(text, compiled, mentions, published, convention);
  } finally {
    cueCache.delete(compiled); // do not keep a reference to the text
  }
}

function resolveAll(
  text: string, compiled: CompiledLanguage, mentions: readonly Mention[], published: number | undefined, convention: ModifierConvention,
): ExtractDatesResult {
  const dates: DateMention[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const mention of mentions) {
    const { value, grain, relative } = valueOf(text, compiled, mention, published, convention);
    const first = mention.first;
    const relation: TemporalRelation = mention.second === undefined ? first.relation : 'at';
    const confidence = mention.second === undefined ? first.confidence : Math.min(first.confidence, mention.second.confidence);
    const surface = text.slice(mention.start, mention.end);
    dates.push({
      id: `d${dates.length + 1}`,
      start: mention.start,
      end: mention.end,
      text: surface,
      value,
      grain,
      relation,
      relative,
      source: SOURCE,
      confidence: value === null ? Math.min(confidence, 0.5) : confidence,
    });
    if (value === null) {
      diagnostics.push({
        code: 'UNRESOLVED_RELATIVE_DATE',
        severity: 'info',
        message: `"${surface}" is relative to the publication date, which is unknown: its value is left null.`,
        source: SOURCE,
        start: mention.start,
        end: mention.end,
        hint: 'Give the publication date (`published`, YYYY-MM-DD, or `--published`), or a dateline at the top of the text.',
      });
    }
  }
  return { dates, diagnostics };
}

/** Candidates of `text` whose match starts in [from, to). One pass of the master regex. */
export function scan(text: string, compiled: CompiledLanguage, from: number, to: number): Candidate[] {
  const re = compiled.master;
  const out: Candidate[] = [];
  re.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match.index >= to) break;
    const candidate = interpret(text, compiled, match);
    if (candidate === undefined) re.lastIndex = match.index + 1;
    else out.push(candidate);
  }
  return out;
}

function interpret(text: string, c: CompiledLanguage, m: RegExpExecArray): Candidate | undefined {
  const groups = m.groups ?? {};
  let rule: Rule | undefined;
  for (const r of c.rules) {
    if (groups[r.id] !== undefined) {
      rule = r;
      break;
    }
  }
  const coreText = groups['core'];
  if (rule === undefined || coreText === undefined) return undefined;
  let start = m.index;
  const end = m.index + m[0].length;
  // The match is [relation] [determiner] [modifier [link]] [determiner] core [spaces ago]: find the core from the end.
  const agoSurface = groups['ago'];
  let coreEnd = end;
  if (agoSurface !== undefined) {
    coreEnd -= agoSurface.length;
    while (coreEnd > start && /\s/u.test(text[coreEnd - 1] ?? '')) coreEnd--;
  }
  const coreStart = coreEnd - coreText.length;
  const parts = rule.parts.exec(coreText)?.groups;
  if (parts === undefined) return undefined;
  const p: Parts = { groups: parts, id: rule.id, coreText, coreStart };

  const relSurface = groups['rel'];
  let rel = relSurface === undefined ? undefined : c.relations.get(normalize(relSurface));
  const relEnd = relSurface === undefined ? undefined : start + relSurface.length;
  const modSurface = groups['mod'];
  let mod = modSurface === undefined ? undefined : c.modifiers.get(normalize(modSurface));
  const det = groups['det1'] ?? groups['det2'];
  const ago = agoSurface !== undefined;

  const preSurface = part(p, 'pre');
  const postSurface = part(p, 'post');
  const which: Which | undefined =
    (postSurface === undefined ? undefined : c.post.get(normalize(postSurface))) ??
    (preSurface === undefined ? undefined : c.pre.get(normalize(preSurface)));
  const relLicenses = rel !== undefined && rel.rangeOnly !== true && rel.durationOnly !== true;

  let core: Core;
  let weak: Weakness | undefined;
  let confidence = 0.9;
  let relation: TemporalRelation = rel === undefined || rel.rangeOnly === true ? 'at' : rel.relation;


  switch (rule.kind) {
    case 'date': {
      const mo = monthOf(text, c, p);
      const day = Number(part(p, 'd'));
      const year = optionalNumber(part(p, 'y'));
      if (mo === undefined) return undefined;
      const wdSurface = part(p, 'wd');
      const weekday = wdSurface === undefined ? undefined : c.weekdays.get(normalize(wdSurface));
      if (year !== undefined) {
        if (!isValidDate(year, mo, day)) return undefined;
        core = { type: 'fixed', interval: { start: dayNumber(year, mo, day), end: dayNumber(year, mo, day) }, grain: 'day' };
        confidence = 0.95;
      } else {
        if (!isValidDate(2024, mo, day)) return undefined;
        core = { type: 'cycle', cycle: { kind: 'dayMonth', month: mo, day, ...(weekday === undefined ? {} : { weekday }) }, ...(which === undefined ? {} : { which }) };
        confidence = 0.85;
      }
      break;
    }
    case 'weekdayDay': {
      const weekday = c.weekdays.get(normalize(part(p, 'wd') ?? ''));
      const day = Number(part(p, 'd'));
      if (weekday === undefined || !caseAllows(text, c, part(p, 'wd') ?? '', partStart(p, 'wd'))) return undefined;
      core = { type: 'cycle', cycle: { kind: 'weekdayDay', weekday, day } };
      confidence = 0.75;
      break;
    }
    case 'dayRange': {
      const mo = monthOf(text, c, p);
      const day = Number(part(p, 'd'));
      const day2 = Number(part(p, 'd2'));
      const year = optionalNumber(part(p, 'y'));
      if (mo === undefined || day2 <= day) return undefined;
      if (year !== undefined) {
        if (!isValidDate(year, mo, day2)) return undefined;
        core = { type: 'fixed', interval: { start: dayNumber(year, mo, day), end: dayNumber(year, mo, day2) }, grain: 'interval' };
        confidence = 0.95;
      } else {
        if (!isValidDate(2024, mo, day2)) return undefined;
        core = { type: 'cycle', cycle: { kind: 'dayMonth', month: mo, day, day2 } };
        confidence = 0.85;
      }
      // "du 9 au 10 juillet", "from July 9 to 10": the opening word belongs to this range, which is closed.
      if (rel?.opens === true) {
        const { tense: _tense, ...rest } = rel;
        rel = { ...rest, rangeOnly: false, opens: false };
        relation = 'at';
      }
      break;
    }
    case 'iso': {
      if (part(p, 'sep') !== part(p, 'sep2')) return undefined;
      const year = Number(part(p, 'y'));
      const mo = Number(part(p, 'm'));
      const day = Number(part(p, 'd'));
      if (!isValidDate(year, mo, day)) return undefined;
      core = { type: 'fixed', interval: { start: dayNumber(year, mo, day), end: dayNumber(year, mo, day) }, grain: 'day' };
      confidence = 0.97;
      break;
    }
    case 'numeric': {
      if (part(p, 'sep') !== part(p, 'sep2')) return undefined;
      const a = Number(part(p, 'a'));
      const b = Number(part(p, 'b'));
      const ySurface = part(p, 'y') ?? '';
      const year = ySurface.length === 2 ? (Number(ySurface) < 50 ? 2000 : 1900) + Number(ySurface) : Number(ySurface);
      let dmy = c.lang.numericOrder === 'dmy';
      let ambiguous = true;
      if (a > 12 && b <= 12) {
        dmy = true;
        ambiguous = false;
      } else if (b > 12 && a <= 12) {
        dmy = false;
        ambiguous = false;
      } else if (a === b) {
        ambiguous = false;
      }
      const day = dmy ? a : b;
      const mo = dmy ? b : a;
      if (!isValidDate(year, mo, day)) return undefined;
      if (before(text, start, 1) === '/' || /^[/.]\d/u.test(text.slice(end, end + 2))) return undefined;
      core = { type: 'fixed', interval: { start: dayNumber(year, mo, day), end: dayNumber(year, mo, day) }, grain: 'day' };
      confidence = ambiguous ? 0.75 : 0.93;
      break;
    }
    case 'monthYear': {
      const mo = monthOf(text, c, p);
      const year = Number(part(p, 'y'));
      if (mo === undefined) return undefined;
      core = { type: 'fixed', interval: monthInterval(year, mo), grain: 'month' };
      confidence = 0.95;
      break;
    }
    case 'month': {
      const mo = monthOf(text, c, p);
      if (mo === undefined) return undefined;
      const yearOffset = relativeYear(c, p);
      core = yearOffset !== undefined ? { type: 'inYear', cycle: { kind: 'month', month: mo }, yearOffset }
        : { type: 'cycle', cycle: { kind: 'month', month: mo }, ...(which === undefined ? {} : { which }) };
      if (!relLicenses && mod === undefined && which === undefined && yearOffset === undefined) weak = 'month';
      confidence = 0.8;
      break;
    }
    case 'season': {
      const seasonSurface = part(p, 's') ?? '';
      const season = c.seasons.get(normalize(seasonSurface));
      if (season === undefined || !caseAllows(text, c, seasonSurface, partStart(p, 's'))) return undefined;
      const year = optionalNumber(part(p, 'y'));
      if (year !== undefined) {
        core = { type: 'fixed', interval: seasonInterval(season, year), grain: 'season' };
        confidence = 0.93;
      } else if (relativeYear(c, p) !== undefined) {
        core = { type: 'inYear', cycle: { kind: 'season', season }, yearOffset: relativeYear(c, p) ?? 0 };
        confidence = 0.85;
      } else {
        core = { type: 'cycle', cycle: { kind: 'season', season }, ...(which === undefined ? {} : { which }) };
        const detLicenses = det !== undefined && !c.needsPreposition.has(normalize(seasonSurface));
        if (!relLicenses && mod === undefined && which === undefined && !detLicenses) weak = 'season';
        confidence = 0.8;
      }
      break;
    }
    case 'quarter':
    case 'half': {
      const ordSurface = part(p, 'ord');
      const digit = part(p, rule.kind === 'quarter' ? 'qn' : 'hn');
      const n = ordSurface !== undefined ? c.ordinals.get(normalize(ordSurface)) : digit !== undefined ? Number(digit) : undefined;
      const max = rule.kind === 'quarter' ? 4 : 2;
      if (n === undefined || n === 0 || n > max) return undefined;
      const year = optionalNumber(part(p, 'y'));
      if (year !== undefined) {
        const k = n === -1 ? max : n;
        core = { type: 'fixed', interval: rule.kind === 'quarter' ? quarterInterval(year, k) : halfInterval(year, k), grain: rule.kind };
        confidence = 0.93;
      } else if (relativeYear(c, p) !== undefined) {
        const k = n === -1 ? max : n;
        const cycle: Cycle = rule.kind === 'quarter' ? { kind: 'quarter', quarter: k } : { kind: 'half', half: k };
        core = { type: 'inYear', cycle, yearOffset: relativeYear(c, p) ?? 0 };
        confidence = 0.88;
      } else if (n === -1) {
        core = { type: 'unit', unit: rule.kind, offset: -1 };
        confidence = 0.75;
      } else {
        core = rule.kind === 'quarter' ? { type: 'cycle', cycle: { kind: 'quarter', quarter: n } } : { type: 'cycle', cycle: { kind: 'half', half: n } };
        if (digit !== undefined && !relLicenses) weak = 'code';
        confidence = 0.8;
      }
      break;
    }
    case 'decade': {
      const digits = part(p, 'dec');
      const word = part(p, 'decw');
      let first: number | undefined;
      if (digits !== undefined) {
        const n = Number(digits);
        if (digits.length === 2) {
          const written = text.slice(coreStart, coreEnd);
          if (/^\d/u.test(written) && det === undefined && !/['’]/u.test(written)) return undefined;
          first = n >= 20 ? 1900 + n : 2000 + n;
        } else {
          first = n;
        }
      } else if (word !== undefined) {
        first = c.decadeWords.get(normalize(word));
      }
      if (first === undefined || first % 10 !== 0) return undefined;
      core = { type: 'fixed', interval: { start: dayNumber(first, 1, 1), end: dayNumber(first + 9, 12, 31) }, grain: 'decade' };
      confidence = 0.9;
      break;
    }
    case 'yearRange': {
      const y1 = Number(part(p, 'y'));
      const y2Surface = part(p, 'y2') ?? '';
      const sep = coreText.slice(4, coreText.length - y2Surface.length).trim();
      if (y2Surface.length === 2) {
        const two = Number(y2Surface);
        if (sep === '-' && two <= y1 % 100 && two >= 1 && two <= 12) {
          // "2024-05": an ISO month.
          core = { type: 'fixed', interval: monthInterval(y1, two), grain: 'month' };
          confidence = 0.9;
          break;
        }
      }
      const y2 = y2Surface.length === 2 ? Math.floor(y1 / 100) * 100 + Number(y2Surface) : Number(y2Surface);
      if (y2 <= y1 || y2 - y1 > 100 || y1 < 1800 || y2 > 2199) return undefined;
      if (matchesAt(c.quantityAfter, text, end) || c.quantityBefore.test(before(text, coreStart, 2))) return undefined;
      core = { type: 'fixed', interval: { start: yearInterval(y1).start, end: yearInterval(y2).end }, grain: 'interval' };
      confidence = 0.85;
      break;
    }
    case 'yearWord': {
      const year = Number(part(p, 'y'));
      core = { type: 'fixed', interval: yearInterval(year), grain: 'year' };
      confidence = 0.93;
      break;
    }
    case 'year': {
      const year = Number(part(p, 'y'));
      if (year < 1000 || year > 2199) return undefined;
      if (quantityAround(text, c, start, coreStart, coreEnd)) return undefined;
      if (rel?.opens === true && matchesAt(c.quantityRangeAfter, text, coreEnd)) return undefined;
      core = { type: 'fixed', interval: yearInterval(year), grain: 'year' };
      const licensed = mod !== undefined || (relLicenses && rel?.licensesYear !== false);
      if (licensed) {
        confidence = 0.9;
      } else if (c.lang.bareYears && (rel === undefined || (rel.rangeOnly === true && rel.opens !== true)) && det === undefined && year >= 1900 && year <= 2100 && bareYearFits(text, coreEnd)) {
        confidence = 0.75;
      } else if (rel === undefined && mod === undefined && attributive(text, c, coreStart, coreEnd, year)) {
        // "the 2024 election": the article belongs to the noun, the span is the year.
        start = coreStart;
        confidence = 0.7;
      } else {
        if (year < 1900 || year > 2100) return undefined;
        weak = 'year';
      }
      break;
    }
    case 'compound': {
      // "Jahresende": the end of this year. Another modifier before it would be one too many.
      const compound = c.compounds.get(normalize(part(p, 'cu') ?? ''));
      if (compound === undefined || mod !== undefined) return undefined;
      core = { type: 'unit', unit: compound.unit, offset: 0, implicit: true };
      mod = compound.modifier;
      confidence = 0.85;
      break;
    }
    case 'holiday': {
      const holiday = c.holidays.get(normalize(part(p, 'hd') ?? ''));
      if (holiday === undefined) return undefined;
      core = { type: 'cycle', cycle: { kind: 'dayMonth', month: holiday.month, day: holiday.day } };
      confidence = 0.8;
      break;
    }
    case 'span': {
      const nSurface = part(p, 'n') ?? '';
      const amount = /^\d+$/u.test(nSurface) ? Number(nSurface) : c.numbers.get(normalize(nSurface));
      const unit = c.durationUnits.get(normalize(part(p, 'du') ?? ''));
      const direction = c.spanDirections.get(normalize(part(p, 'dir') ?? ''));
      if (amount === undefined || amount === 0 || unit === undefined || direction === undefined || rel !== undefined) return undefined;
      core = { type: 'span', amount: amount * direction, unit };
      relation = 'during';
      confidence = 0.8;
      break;
    }
    case 'relativeDay': {
      const surface = part(p, 'rd') ?? '';
      const offset = c.relativeDays.get(normalize(surface));
      if (offset === undefined || !caseAllows(text, c, surface, partStart(p, 'rd'))) return undefined;
      core = { type: 'day', offset };
      confidence = 0.9;
      break;
    }
    case 'unit': {
      const unit = c.units.get(normalize(part(p, 'unit') ?? ''));
      if (unit === undefined) return undefined;
      if (which === undefined && mod === undefined && rel?.licensesUnit !== true) return undefined;
      if (unit === 'weekend') {
        // A weekend is picked like a weekday: "ce week-end", "le week-end dernier", "am kommenden Wochenende".
        core = { type: 'cycle', cycle: { kind: 'weekend' }, ...(which === undefined ? {} : { which }) };
        confidence = 0.85;
        break;
      }
      const offset = which === 'next' ? 1 : which === 'last' ? -1 : 0;
      core = { type: 'unit', unit, offset, ...(which === undefined ? { implicit: true } : {}) };
      confidence = 0.88;
      break;
    }
    case 'weekday': {
      const surface = part(p, 'wd') ?? '';
      const weekday = c.weekdays.get(normalize(surface));
      if (weekday === undefined || !caseAllows(text, c, surface, partStart(p, 'wd'))) return undefined;
      core = { type: 'cycle', cycle: { kind: 'weekday', weekday }, ...(which === undefined ? {} : { which }) };
      confidence = 0.82;
      break;
    }
    case 'duration': {
      const nSurface = part(p, 'n') ?? '';
      const amount = /^\d+$/u.test(nSurface) ? Number(nSurface) : c.numbers.get(normalize(nSurface));
      const unit = c.durationUnits.get(normalize(part(p, 'du') ?? ''));
      if (amount === undefined || unit === undefined || amount === 0) return undefined;
      let shift: number;
      if (rel?.shift !== undefined && !ago) {
        shift = rel.shift;
        relation = rel.durationRelation ?? rel.relation;
      } else if (ago) {
        shift = -1;
        relation = rel === undefined || rel.rangeOnly === true ? 'at' : rel.relation;
      } else {
        return undefined;
      }
      core = { type: 'duration', amount: amount * shift, unit };
      confidence = 0.85;
      break;
    }
  }

  // "prend fin le 30 juin": début / mi / fin do not apply to a single day; the day starts after them.
  if (mod !== undefined && isSingleDay(rule.kind, core)) return undefined;

  let stripRel = false;
  if (rel !== undefined && (rel.rangeOnly === true || rel.inSpan === false || (rel.durationOnly === true && core.type !== 'duration'))) {
    stripRel = true;
    if (rel.durationOnly === true || rel.inSpan === false) relation = 'at';
  }
  const innerStart = rel === undefined ? start : nextNonSpace(text, relEnd ?? start);
  return { start, innerStart, end, coreStart, kind: rule.kind, rel, mod, core, relation, weak, stripRel, confidence };
}

/** The parts of a rule's match, read by the rule's own regex. */
interface Parts {
  readonly groups: Readonly<Record<string, string | undefined>>;
  readonly id: string;
  readonly coreText: string;
  readonly coreStart: number;
}

function part(p: Parts, name: string): string | undefined {
  return p.groups[`${p.id}_${name}`];
}

/** Where a part starts in the text (its first occurrence in the core). */
function partStart(p: Parts, name: string): number {
  const surface = part(p, name);
  const at = surface === undefined ? -1 : p.coreText.indexOf(surface);
  return p.coreStart + Math.max(0, at);
}

function monthOf(text: string, c: CompiledLanguage, p: Parts): number | undefined {
  const surface = part(p, 'm');
  if (surface === undefined || !caseAllows(text, c, surface, partStart(p, 'm'))) return undefined;
  return c.months.get(normalize(surface));
}

/** "of last year" after a period: the offset from the publication year. */
function relativeYear(c: CompiledLanguage, p: Parts): number | undefined {
  const surface = part(p, 'ry');
  return surface === undefined ? undefined : c.relativeYears.get(normalize(surface));
}

function optionalNumber(surface: string | undefined): number | undefined {
  return surface === undefined ? undefined : Number(surface);
}

function isSingleDay(kind: RuleKind, core: Core): boolean {
  if (kind === 'date' || kind === 'weekdayDay' || kind === 'iso' || kind === 'numeric' || kind === 'relativeDay' || kind === 'weekday') return true;
  return core.type === 'fixed' && core.grain === 'day';
}

function nextNonSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/u.test(text[j] ?? '')) j++;
  return j;
}

function before(text: string, i: number, n: number): string {
  return text.slice(Math.max(0, i - n), i);
}

function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** A number that counts things: "2015 euros", "plus de 2000", "2 015", "2015,5". */
function quantityAround(text: string, c: CompiledLanguage, start: number, coreStart: number, coreEnd: number): boolean {
  if (matchesAt(c.quantityAfter, text, coreEnd)) return true;
  if (coreStart === start) return c.quantityBefore.test(before(text, start, 24));
  return c.quantityWordBefore.test(before(text, start, 24)) || c.quantityWordBefore.test(before(text, coreStart, 24));
}

/** "the 2024 election", "the firm's 2023 results": a year before a lower-case noun, after an article or a possessive. */
function attributive(text: string, c: CompiledLanguage, start: number, end: number, year: number): boolean {
  if (c.attributiveBefore === undefined || year < 1900 || year > 2100) return false;
  return c.attributiveBefore.test(before(text, start, 24)) && /^[^\S\n]+\p{Ll}/u.test(text.slice(end, end + 3));
}

/** A bare year in running German text is followed by a verb or punctuation, not by a capitalized noun ("2000 Menschen"). */
function bareYearFits(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return !/^[^\S\n]+[\p{Lu}]/u.test(after);
}

/** Case-sensitive forms ("May", "mars", "morgen") count only as written, in capitals, or at a sentence start. */
function caseAllows(text: string, c: CompiledLanguage, surface: string, at: number): boolean {
  const wanted = c.caseSensitive.get(normalize(surface));
  if (wanted === undefined || surface === wanted) return true;
  if (surface.length > 1 && surface === surface.toUpperCase()) return true;
  const capitalized = wanted.charAt(0).toUpperCase() + wanted.slice(1);
  return surface === capitalized && atSentenceStart(text, at);
}

function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s'"’«»“”-]/u.test(text[i] ?? '')) i--;
  return i < 0 || SENTENCE_START.test(text[i] ?? '');
}

const DASH_GAP = /^[^\S\n]*[-–—][^\S\n]*$/u;
const SPACE_GAP = /^[^\S\n]*$/u;
const LIST_GAP = /^[^\S\n]*[,;]?[^\S\n]*$/u;

/** Merges ranges ("du 9 juillet au 10 août", "entre 2015 et 2018", "janvier-mars"), licenses lists, drops the rest of the weak. */
function refine(text: string, c: CompiledLanguage, candidates: readonly Candidate[]): Mention[] {
  const out: Mention[] = [];
  let previous: Candidate | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1];
    if (b !== undefined && canMerge(text, a, b)) {
      out.push({ start: a.start, end: b.end, first: a, second: b });
      previous = b;
      i++;
      continue;
    }
    if (a.weak !== undefined && previous !== undefined && continuesList(text, previous, a)) a.weak = undefined;
    if (a.weak !== undefined) continue;
    // "in a week", "binnen zwei Jahren" in a clause in the past tense: a duration, not a date after the publication.
    if (a.core.type === 'duration' && a.core.amount > 0 && tenseAround(text, c, a.start, a.end) === 'past') continue;
    out.push({ start: a.stripRel ? a.innerStart : a.start, end: a.end, first: a });
    previous = a;
  }
  return out;
}

function pointLike(x: Candidate): boolean {
  return x.core.type !== 'duration' && x.core.type !== 'span';
}

function canMerge(text: string, a: Candidate, b: Candidate): boolean {
  if (!pointLike(a) || !pointLike(b)) return false;
  const byWord = a.rel?.opens === true && b.rel?.joins === true && SPACE_GAP.test(text.slice(a.end, b.start));
  const byDash = b.rel === undefined && (a.rel === undefined || a.rel.opens === true || a.rel.rangeOnly !== true) && DASH_GAP.test(text.slice(a.end, b.start));
  if (!byWord && !byDash) return false;
  if (a.kind === 'year' || b.kind === 'year') {
    const ya = yearValue(a);
    const yb = yearValue(b);
    if (ya === undefined || yb === undefined || yb <= ya) return false;
    if ((a.weak !== undefined && (ya < 1900 || ya > 2100)) || (b.weak !== undefined && (yb < 1900 || yb > 2100))) return false;
  }
  if (a.core.type === 'fixed' && b.core.type === 'fixed' && b.core.interval.end < a.core.interval.start) return false;
  return true;
}

function yearValue(x: Candidate): number | undefined {
  return x.core.type === 'fixed' ? fromDayNumber(x.core.interval.start).year : undefined;
}

function continuesList(text: string, previous: Candidate, x: Candidate): boolean {
  if (previous.kind !== x.kind || (x.weak !== 'year' && x.weak !== 'month')) return false;
  if (x.rel === undefined) return LIST_GAP.test(text.slice(previous.end, x.start));
  if (x.rel.joins === true && x.rel.rangeOnly === true && LIST_GAP.test(text.slice(previous.end, x.start))) {
    x.stripRel = true;
    return true;
  }
  return false;
}

/** Abbreviations whose full stop does not end a sentence ("3,5 Mrd. Euro", "M. Dupont"). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:mrd|mio|md|mds|nr|dr|prof|st|bzw|ca|vgl|etc|env|av|apr|cf|mme|mlle|m|p|pp|ss|sr|sra|jr|inc|corp|ltd|co|vs|no|art|abs|z\.b|u\.a|d\.h|i\.e|e\.g)$/iu;
const CLAUSE_BREAK = /[,;:()«»“”"–—]/u;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const endsSentence = (i: number): boolean => {
    const ch = text[i] ?? '';
    if (ch === '\n') return true;
    if (ch !== '.' && ch !== '!' && ch !== '?') return false;
    if (!/\s/u.test(text[i + 1] ?? ' ')) return false;
    if (ch !== '.') return true;
    if (/\d/u.test(text[i - 1] ?? '')) return false;
    return !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
  };
  let from = start;
  const lower = Math.max(0, start - 240);
  while (from > lower && !endsSentence(from - 1)) from--;
  let to = end;
  const upper = Math.min(text.length, end + 240);
  while (to < upper && !endsSentence(to)) to++;
  return [from, to];
}

/**
 * The tense around [start, end): the nearest verb form the language data knows, first in the clause (between
 * commas, colons, brackets, quotes or dashes), then in the sentence. A capitalized word inside a sentence is a
 * name ("Al Jazeera"), not a verb. Weak cues (German participles and preterites) count only in the clause, or
 * when the sentence has no other cue.
 */
function tenseAround(text: string, c: CompiledLanguage, start: number, end: number): Tense | undefined {
  const [from, to] = sentenceBounds(text, start, end);
  let clauseFrom = start;
  while (clauseFrom > from && !CLAUSE_BREAK.test(text[clauseFrom - 1] ?? '')) clauseFrom--;
  let clauseTo = end;
  while (clauseTo < to && !CLAUSE_BREAK.test(text[clauseTo] ?? '')) clauseTo++;
  const cues = cuesIn(text, c, from, to);
  let best: Tense | undefined;
  let bestDistance = Infinity;
  let bestInClause: Tense | undefined;
  let bestClauseDistance = Infinity;
  let bestWeak = Infinity;
  for (const cue of cues) {
    if (cue.end > start && cue.start < end) continue;
    const d = cue.end <= start ? start - cue.end : cue.start - end;
    if (cue.start >= clauseFrom && cue.end <= clauseTo && d < bestClauseDistance) {
      bestClauseDistance = d;
      bestInClause = cue.tense;
    }
    if (cue.weak) {
      if (d < bestWeak) bestWeak = d;
    } else if (d < bestDistance) {
      bestDistance = d;
      best = cue.tense;
    }
  }
  return bestInClause ?? best ?? (bestWeak < Infinity ? 'past' : undefined);
}

interface Cue {
  readonly start: number;
  readonly end: number;
  readonly tense: Tense;
  readonly weak: boolean;
}

/** The verb forms of one sentence, found once and kept for the next mention in the same sentence. */
const cueCache = new WeakMap<CompiledLanguage, { text: string; from: number; to: number; cues: Cue[] }>();

function cuesIn(text: string, c: CompiledLanguage, from: number, to: number): readonly Cue[] {
  const cached = cueCache.get(c);
  if (cached !== undefined && cached.text === text && cached.from === from && cached.to === to) return cached.cues;
  const window = text.slice(from, to);
  const find = (re: RegExp | undefined): Array<[number, number]> => {
    const spans: Array<[number, number]> = [];
    if (re === undefined) return spans;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const at = from + m.index;
      const first = text[at] ?? '';
      if (first !== first.toLowerCase() && !atSentenceStart(text, at)) continue;
      spans.push([at, at + m[0].length]);
    }
    return spans;
  };
  const future = find(c.tenseFuture);
  const overlapsFuture = ([s, e]: [number, number]): boolean => future.some(([fs, fe]) => s < fe && fs < e);
  const cues: Cue[] = [
    ...future.map(([s, e]): Cue => ({ start: s, end: e, tense: 'future', weak: false })),
    ...find(c.tensePast).filter((span) => !overlapsFuture(span)).map(([s, e]): Cue => ({ start: s, end: e, tense: 'past', weak: false })),
    ...find(c.tenseWeakPast).filter((span) => !overlapsFuture(span)).map(([s, e]): Cue => ({ start: s, end: e, tense: 'past', weak: true })),
  ];
  cueCache.set(c, { text, from, to, cues });
  return cues;
}

interface Valued {
  readonly value: DateValue;
  readonly grain: DateGrain;
  readonly relative: boolean;
}

function isRelative(core: Core): boolean {
  return core.type !== 'fixed';
}

function resolveOne(
  text: string, c: CompiledLanguage, x: Candidate, published: number | undefined, convention: ModifierConvention,
  anchor?: { after?: number; before?: number; within?: number },
): Resolved | undefined {
  const core = x.core;
  let resolved: Resolved | undefined;
  switch (core.type) {
    case 'fixed':
      resolved = { interval: core.interval, grain: core.grain };
      break;
    case 'cycle': {
      let interval: DayInterval | undefined;
      if (anchor?.after !== undefined) interval = cycleOnOrAfter(core.cycle, anchor.after);
      else if (anchor?.before !== undefined) interval = cycleOnOrBefore(core.cycle, anchor.before);
      else if (published !== undefined) {
        const tense = core.which === 'last' || core.which === 'next' ? undefined : x.rel?.tense ?? tenseAround(text, c, x.start, x.end);
        interval = resolveCycle(core.cycle, published, core.which, tense);
      }
      if (interval === undefined) return undefined;
      const grain = core.cycle.kind === 'dayMonth' && core.cycle.day2 !== undefined ? 'interval' : CYCLE_GRAIN[core.cycle.kind];
      resolved = { interval, grain };
      break;
    }
    case 'unit':
      // "entre le premier trimestre 2026 et finales del año": a bare "the year" after a date is that date's year.
      if (core.implicit === true && anchor?.within !== undefined) resolved = resolveUnit(core.unit, core.offset, anchor.within);
      else if (published === undefined) return undefined;
      else resolved = resolveUnit(core.unit, core.offset, published);
      break;
    case 'span':
      if (published === undefined) return undefined;
      resolved = resolveSpan(core.unit, core.amount, published);
      break;
    case 'inYear': {
      if (published === undefined) return undefined;
      const interval = occurrenceInYear(core.cycle, fromDayNumber(published).year + core.yearOffset);
      if (interval === undefined) return undefined;
      resolved = { interval, grain: CYCLE_GRAIN[core.cycle.kind] };
      break;
    }
    case 'day':
      if (published === undefined) return undefined;
      resolved = { interval: { start: published + core.offset, end: published + core.offset }, grain: 'day' };
      break;
    case 'duration':
      if (published === undefined) return undefined;
      resolved = resolveDuration(core.unit, core.amount, published);
      break;
  }
  return x.mod === undefined ? resolved : applyModifier(resolved, x.mod, convention);
}

function valueOf(text: string, c: CompiledLanguage, mention: Mention, published: number | undefined, convention: ModifierConvention): Valued {
  const a = mention.first;
  const b = mention.second;
  if (b === undefined) {
    const resolved = resolveOne(text, c, a, published, convention);
    const grain = resolved?.grain ?? fallbackGrain(a.core);
    return { value: resolved === undefined ? null : render(resolved), grain, relative: isRelative(a.core) };
  }
  const relative = isRelative(a.core) || isRelative(b.core);
  let ra: Resolved | undefined;
  let rb: Resolved | undefined;
  if (a.core.type === 'cycle' && b.core.type === 'fixed') {
    rb = resolveOne(text, c, b, published, convention);
    ra = rb === undefined ? undefined : resolveOne(text, c, a, published, convention, { before: rb.interval.start });
  } else {
    ra = resolveOne(text, c, a, published, convention);
    rb = ra === undefined ? undefined
      : b.core.type === 'cycle' ? resolveOne(text, c, b, published, convention, { after: ra.interval.start })
      : resolveOne(text, c, b, published, convention, { within: ra.interval.start });
  }
  if (ra === undefined || rb === undefined || rb.interval.end < ra.interval.start) return { value: null, grain: 'interval', relative };
  return { value: { start: isoDay(ra.interval.start), end: isoDay(rb.interval.end) }, grain: 'interval', relative };
}

function fallbackGrain(core: Core): DateGrain {
  switch (core.type) {
    case 'fixed': return core.grain;
    case 'cycle': return core.cycle.kind === 'dayMonth' && core.cycle.day2 !== undefined ? 'interval' : CYCLE_GRAIN[core.cycle.kind];
    case 'unit': return core.unit === 'weekend' ? 'interval' : core.unit;
    case 'span': return 'interval';
    case 'inYear': return CYCLE_GRAIN[core.cycle.kind];
    case 'day': return 'day';
    case 'duration': return core.unit === 'decade' ? 'year' : core.unit;
  }
}

function render(resolved: Resolved): DateValue {
  const { interval, grain } = resolved;
  if (grain === 'day' && interval.start === interval.end) return isoDay(interval.start);
  if (grain === 'month') {
    const day = isoDay(interval.start);
    return isoMonth(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
  }
  if (grain === 'year') return isoDay(interval.start).slice(0, 4);
  return { start: isoDay(interval.start), end: isoDay(interval.end) };
}
