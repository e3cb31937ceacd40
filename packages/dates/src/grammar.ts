import type { DateLanguage, DurationUnit, Modifier, RelationWord, RelativeUnit } from './lang/types.ts';
import type { SeasonName } from './seasons.ts';
import { caseClass, caselessRegExp } from './caseless.ts';

/**
 * Compiles a language's data into one master regex and lookup tables. Done once per language and
 * cached: extraction is then a single left-to-right pass of the master regex over the text.
 */

/** Spaces inside an expression: any white space but a line break (U+00A0, U+202F included). */
export const WS = '[^\\S\\n]+';
const WS0 = '[^\\S\\n]*';
/** After a word: spaces, or nothing when the word ends with an apostrophe or a hyphen ("l'", "mi-"). */
const SEP = `(?:(?<=['’\\-‐‑])${WS0}|${WS})`;
/** Before a word that starts with a hyphen ("-ci"), no space. */
const POSTSEP = `(?:${WS}|(?=[-‐‑]))`;
const START = '(?<![\\p{L}\\p{N}_])';
/** Not inside a word, not before "-là" ("cette année-là" is not a date), not before "-2" (a longer number). */
const END = "(?![\\p{L}\\p{N}]|[-‐‑]l[àa](?![\\p{L}])|[-‐‑]\\p{N})";

/** Lookup key of a surface form: lower case, one kind of apostrophe, hyphen and space, no trailing dot. */
export function normalize(surface: string): string {
  let key = normalized.get(surface);
  if (key === undefined) {
    key = surface.toLowerCase().replace(/’/gu, "'").replace(/[‐‑]/gu, '-').replace(/\s+/gu, ' ').replace(/\.$/u, '');
    if (normalized.size > 10_000) normalized.clear();
    normalized.set(surface, key);
  }
  return key;
}

/** Surfaces repeat (a few hundred words per language): their keys are kept. */
const normalized = new Map<string, string>();

/** A plain phrase as a regex source (see the conventions in lang/types.ts). */
export function phraseSource(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    if (ch === "'" || ch === '’') out += "['’]";
    else if (ch === ' ') out += WS;
    else if (ch === '-') out += '[-‐‑]';
    else if (/[\\^$.*+?()[\]{}|/]/u.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/** An alternation of phrases, longest first. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set(phrases)].filter((p) => p.length > 0);
  if (unique.length === 0) return '(?!)';
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const key = unique.join('\n');
  let source = alternations.get(key);
  if (source === undefined) {
    source = prefixTree(unique) ?? unique.map(phraseSource).join('|');
    alternations.set(key, source);
  }
  return source;
}

/** The same lists come back in many templates (months, "next" and "last" words). */
const alternations = new Map<string, string>();

interface TrieNode {
  /** Children by key (case-folded character), in the order first seen: longest phrases first. */
  readonly children: Map<string, { readonly source: string; readonly node: TrieNode }>;
  end: boolean;
}

/** Characters that a phrase must not hold for the tree: they overlap another piece's characters (a space, a dash). */
const OVERLAPPING = /[\s‐‑]/u;

/**
 * The same alternation, with shared beginnings written once ("de l'année (?:prochaine|dernière)"): a shorter
 * pattern, tried with fewer steps. It matches as the flat one does, for the regexes of this package, which all
 * ignore case: siblings begin with different characters (case folded), so at most one branch can go on at a
 * place, and along one branch the longer phrase is tried first (the end of a shorter one is optional and greedy).
 * Undefined when a phrase holds a character whose piece would overlap another's.
 */
function prefixTree(sorted: readonly string[]): string | undefined {
  const root: TrieNode = { children: new Map(), end: false };
  for (const phrase of sorted) {
    if (phrase.replace(/ /gu, '').match(OVERLAPPING) !== null) return undefined;
    let node = root;
    for (const ch of phrase) {
      const key = ch === '’' ? "'" : foldKey(ch);
      let child = node.children.get(key);
      if (child === undefined) {
        child = { source: phraseSource(ch), node: { children: new Map(), end: false } };
        node.children.set(key, child);
      }
      node = child.node;
    }
    node.end = true;
  }
  const write = (node: TrieNode): string => {
    const branches = [...node.children.values()].map((c) => c.source + write(c.node));
    if (branches.length === 0) return '';
    const body = branches.length === 1 && !node.end ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.end ? `${branches.length === 1 ? `(?:${body})` : body}?` : body;
  };
  return write(root);
}

/** One key for the characters that match each other ignoring case. */
function foldKey(ch: string): string {
  let key = foldKeys.get(ch);
  if (key === undefined) {
    key = [...caseClass(ch)].sort()[0] ?? ch;
    foldKeys.set(ch, key);
  }
  return key;
}

const foldKeys = new Map<string, string>();

export type RuleKind =
  | 'date' | 'weekdayDay' | 'dayRange' | 'iso' | 'numeric' | 'monthYear' | 'month' | 'season' | 'quarter' | 'half' | 'decade'
  | 'yearRange' | 'yearWord' | 'year' | 'relativeDay' | 'unit' | 'weekday' | 'duration' | 'compound' | 'holiday' | 'span';

export interface Rule {
  readonly kind: RuleKind;
  /** Name of this rule's group in the master regex, and prefix of its own named groups. */
  readonly id: string;
  /** Template number within the kind (lang templates). */
  readonly variant: number;
  /**
   * The rule alone, anchored at both ends, with its named groups: run on the text the master regex matched,
   * to read the parts. (The master regex keeps no inner groups: fewer groups, less work on every match.)
   */
  readonly parts: RegExp;
}

export type Which = 'this' | 'next' | 'last';

export interface CompiledLanguage {
  readonly lang: DateLanguage;
  readonly master: RegExp;
  readonly rules: readonly Rule[];
  readonly relations: ReadonlyMap<string, RelationWord>;
  readonly modifiers: ReadonlyMap<string, Modifier>;
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly seasons: ReadonlyMap<string, SeasonName>;
  readonly units: ReadonlyMap<string, RelativeUnit>;
  readonly durationUnits: ReadonlyMap<string, DurationUnit>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly decadeWords: ReadonlyMap<string, number>;
  readonly pre: ReadonlyMap<string, Which>;
  readonly post: ReadonlyMap<string, Which>;
  readonly relativeDays: ReadonlyMap<string, number>;
  readonly compounds: ReadonlyMap<string, { readonly unit: RelativeUnit; readonly modifier: Modifier }>;
  readonly holidays: ReadonlyMap<string, { readonly month: number; readonly day: number }>;
  readonly spanDirections: ReadonlyMap<string, 1 | -1>;
  readonly relativeYears: ReadonlyMap<string, number>;
  readonly yearWords: ReadonlySet<string>;
  readonly caseSensitive: ReadonlyMap<string, string>;
  readonly needsPreposition: ReadonlySet<string>;
  /** Sticky: what after a number makes it a quantity ("2015 euros", "2 000", "2015,5"). */
  readonly quantityAfter: RegExp;
  /** Sticky: "à 3000 emplois" after "de 2000": a range of quantities, not of years. */
  readonly quantityRangeAfter: RegExp;
  /** Tested on the text before a number, anchored at its end ("plus de 2000", "n° 2015", "1 2015"). */
  readonly quantityBefore: RegExp;
  /** The same, words only ("plus de"), for the text before a relation word. */
  readonly quantityWordBefore: RegExp;
  /** Tested on the text before a mention: a word that joins a list ("en 2015, 2016 et 2018"). */
  readonly listJoin: RegExp;
  /** Tested on the text before a bare year: "the", "its", "'s" (see `attributiveYears`). */
  readonly attributiveBefore: RegExp | undefined;
  readonly tensePast: RegExp;
  /** Used only when neither `tensePast` nor `tenseFuture` finds a cue. */
  readonly tenseWeakPast: RegExp | undefined;
  readonly tenseFuture: RegExp;
}

function mapOf<V>(entries: Iterable<[string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [key, value] of entries) {
    const k = normalize(key);
    if (!map.has(k)) map.set(k, value);
  }
  return map;
}

function* indexed(lists: readonly (readonly string[])[], base = 1): Generator<[string, number]> {
  for (let i = 0; i < lists.length; i++) for (const form of lists[i] ?? []) yield [form, i + base];
}

function* recordEntries<K extends string>(record: Readonly<Record<K, readonly string[]>>): Generator<[string, K]> {
  for (const key of Object.keys(record) as K[]) for (const form of record[key] ?? []) yield [form, key];
}

const cache = new Map<string, CompiledLanguage>();

export function compileLanguage(lang: DateLanguage): CompiledLanguage {
  const cached = cache.get(lang.code);
  if (cached !== undefined && cached.lang === lang) return cached;
  const compiled = build(lang);
  cache.set(lang.code, compiled);
  return compiled;
}

function build(lang: DateLanguage): CompiledLanguage {
  const monthForms = lang.months.flat();
  const abbreviations = lang.monthAbbreviations.flat();
  const monthFull = alternation(monthForms);
  const monthAny = abbreviations.length === 0 ? monthFull : `${monthFull}|(?:${alternation(abbreviations)})\\.?`;
  const weekdayAlt = alternation(lang.weekdays.flat());
  const ordinalAlt = alternation(Object.keys(lang.ordinals));
  const decadeWordAlt = alternation(Object.keys(lang.decadeWords ?? {}));
  const seasonAlt = alternation(Object.values<readonly string[]>(lang.seasons).flat());
  const pre = [...lang.relative.this.pre, ...lang.relative.next.pre, ...lang.relative.last.pre];
  const post = [...lang.relative.this.post, ...lang.relative.next.post, ...lang.relative.last.post];
  const preAlt = alternation(pre);
  const postAlt = alternation(post);
  const partsAlt = alternation(lang.partsOfDay);

  const rules: Rule[] = [];
  const sources: string[] = [];
  const add = (kind: RuleKind, template: string, variant = 0): void => {
    const id = `r${rules.length}`;
    const source = expand(template, id);
    let parts: RegExp | undefined;
    // Built when the rule first matches: most texts use a few of the rules.
    rules.push({ kind, id, variant, get parts() { return (parts ??= caselessRegExp(`^(?:${source})$`)); } });
    sources.push(`(?<${id}>${source.replace(/\(\?<(?![=!])[A-Za-z0-9_]+>/gu, '(?:')})`);
  };
  const expand = (template: string, id: string): string => {
    const g = (name: string): string => `${id}_${name}`;
    const pieces: Record<string, string> = {
      S: WS,
      'S?': WS0,
      A: "['’]",
      DAY: `(?<${g('d')}>3[01]|[12]\\d|0?[1-9])(?!\\d)`,
      DAY2: `(?<${g('d2')}>3[01]|[12]\\d|0?[1-9])(?!\\d)`,
      MONTH: `(?<${g('m')}>${monthAny})`,
      MONTHF: `(?<${g('m')}>${monthFull})`,
      YEAR: `(?<${g('y')}>\\d{4})(?!\\d)`,
      YEAR2: `(?<${g('y2')}>\\d{4}|\\d{2})(?!\\d)`,
      WD: `(?<${g('wd')}>${weekdayAlt})`,
      ORD: `(?<${g('ord')}>${ordinalAlt})`,
      QN: `(?<${g('qn')}>[1-4])(?!\\d)`,
      HN: `(?<${g('hn')}>[12])(?!\\d)`,
      DEC: `(?<${g('dec')}>(?:1[5-9]|20)\\d0|\\d0)(?!\\d)`,
      DECW: `(?<${g('decw')}>${decadeWordAlt || '(?!)'})`,
      SEASON: `(?<${g('s')}>${seasonAlt})`,
      NUM: `(?<${g('n')}>\\d{1,3}|${alternation(Object.keys(lang.numbers))})`,
      DUNIT: `(?<${g('du')}>${alternation(Object.values<readonly string[] | undefined>(lang.durationUnits).flatMap((f) => f ?? []))})`,
      RY: `(?:${WS}(?<${g('ry')}>${alternation((lang.relativeYears ?? []).flatMap((x) => x.forms))}))`,
      DIR: `(?<${g('dir')}>${alternation([...(lang.spanDirections?.next ?? []), ...(lang.spanDirections?.past ?? [])])})`,
      PRE: `(?:(?<${g('pre')}>${preAlt || '(?!)'})${SEP})?`,
      POST: `(?:${POSTSEP}(?<${g('post')}>${postAlt || '(?!)'}))?`,
    };
    return template
      .replace(/\{([A-Z][A-Z0-9]*\??)\}/gu, (whole, name: string) => {
        const piece = pieces[name];
        if (piece === undefined) throw new Error(`Unknown placeholder ${whole} in a ${lang.code} date template.`);
        return piece;
      })
      .replace(/\(\?<@(\w+)>/gu, (_w, name: string) => `(?<${g(name)}>`)
      .replace(/\\k<@(\w+)>/gu, (_w, name: string) => `\\k<${g(name)}>`);
  };

  // Order matters where two rules match at the same place: the first listed wins, so longer shapes go first.
  lang.templates.dayRanges.forEach((t, i) => add('dayRange', t, i));
  // Both separators must be the same: checked when the parts are read (the master regex has no back-references).
  add('iso', '(?<@y>\\d{4})(?<@sep>[-/])(?<@m>0[1-9]|1[0-2])(?<@sep2>[-/])(?<@d>0[1-9]|[12]\\d|3[01])(?!\\d)');
  add('numeric', '(?<@a>\\d{1,2})(?<@sep>[./-])(?<@b>\\d{1,2})(?<@sep2>[./-])(?<@y>\\d{4}|\\d{2})(?![\\d.]\\d)');
  lang.templates.dates.forEach((t, i) => add('date', `{PRE}${t}{POST}`, i));
  (lang.templates.weekdayDays ?? []).forEach((t, i) => add('weekdayDay', t, i));
  add('monthYear', `{MONTH}${lang.templates.monthYearLink}{YEAR}`);
  // A period with its year, or with a year named relative to the publication date ("of last year", "de l'année").
  add('season', `{PRE}{SEASON}(?:${lang.templates.seasonYearLink}{YEAR}(?:${WS0}[-/–]${WS0}{YEAR2})?|{RY})?{POST}`);
  lang.templates.quarters.forEach((t, i) => add('quarter', `${t}(?:${lang.templates.periodYearLink}{YEAR}|{RY})?`, i));
  lang.templates.halves.forEach((t, i) => add('half', `${t}(?:${lang.templates.periodYearLink}{YEAR}|{RY})?`, i));
  lang.templates.decades.forEach((t, i) => add('decade', t, i));
  add('yearRange', `{YEAR}${WS0}[-–/]${WS0}{YEAR2}`);
  if (lang.yearWords.length > 0) add('yearWord', `(?:${alternation(lang.yearWords)})${WS}{YEAR}`);
  add('year', '{YEAR}');
  (lang.templates.spans ?? []).forEach((t, i) => add('span', t, i));
  if ((lang.compounds ?? []).length > 0) add('compound', `(?<@cu>${alternation((lang.compounds ?? []).flatMap((x) => x.forms))})`);
  if ((lang.holidays ?? []).length > 0) add('holiday', `(?<@hd>${alternation((lang.holidays ?? []).flatMap((x) => x.forms))})`);
  add('relativeDay', `${relativeDaySource(lang)}(?:${WS}(?<@pod>${partsAlt || '(?!)'}))?`);
  add('unit', `{PRE}(?<@unit>${alternation(Object.values<readonly string[] | undefined>(lang.units).flatMap((f) => f ?? []))}){POST}`);
  add('weekday', `{PRE}{WD}${lang.weekdayCompounds === undefined ? '' : `(?:${lang.weekdayCompounds})?`}{POST}(?:${WS}(?<@pod>${partsAlt || '(?!)'}))?`);
  add('month', '{PRE}{MONTHF}{RY}?{POST}');
  add('duration', '{NUM}{S}{DUNIT}');

  const relAlt = alternation(lang.relations.flatMap((r) => r.forms));
  const detAlt = alternation(lang.determiners);
  const modAlt = alternation(Object.values<readonly string[]>(lang.modifiers).flat());
  const linkAlt = alternation(lang.modifierLinks);
  const agoAlt = alternation(lang.agoWords);
  const master =
    START +
    `(?:(?<rel>${relAlt})${SEP})?` +
    (detAlt ? `(?:(?<det1>${detAlt})${SEP})?` : '') +
    (modAlt ? `(?:(?<mod>${modAlt})${SEP}${linkAlt ? `(?:(?<link>${linkAlt})${SEP})?` : ''})?` : '') +
    (detAlt ? `(?:(?<det2>${detAlt})${SEP})?` : '') +
    `(?<core>${sources.join('|')})` +
    (agoAlt ? `(?:${WS}(?<ago>${agoAlt}))?` : '') +
    END +
    (lang.cancelAfter === undefined ? '' : `(?!${lang.cancelAfter})`);

  const counted = alternation(lang.countedNouns);
  const joinWords = alternation(lang.relations.filter((r) => r.joins === true).flatMap((r) => r.forms));
  const quantityAfterSource =
    `(?:${WS0}(?:%|‰|€|\\$|£|¥)|[.,]\\d|[ \\u00a0\\u202f\\u2009]\\d{3}(?!\\d)` + (counted ? `|${WS}(?:${counted})(?![\\p{L}])` : '') + ')';
  const quantityWords = alternation(lang.quantityWords);

  const relationWords = mapOf(lang.relations.flatMap((r) => r.forms.map((f): [string, RelationWord] => [f, r])));
  return {
    lang,
    master: caselessRegExp(master, 'g'),
    rules,
    relations: relationWords,
    modifiers: mapOf(recordEntries(lang.modifiers)),
    months: mapOf([...indexed(lang.months), ...indexed(lang.monthAbbreviations)]),
    weekdays: mapOf(indexed(lang.weekdays)),
    seasons: mapOf(recordEntries(lang.seasons)),
    units: mapOf(recordEntries<RelativeUnit>(lang.units as Readonly<Record<RelativeUnit, readonly string[]>>)),
    durationUnits: mapOf(recordEntries<DurationUnit>(lang.durationUnits as Readonly<Record<DurationUnit, readonly string[]>>)),
    numbers: mapOf(Object.entries(lang.numbers)),
    ordinals: mapOf(Object.entries(lang.ordinals)),
    decadeWords: mapOf(Object.entries(lang.decadeWords ?? {})),
    pre: mapOf([
      ...lang.relative.this.pre.map((f): [string, Which] => [f, 'this']),
      ...lang.relative.next.pre.map((f): [string, Which] => [f, 'next']),
      ...lang.relative.last.pre.map((f): [string, Which] => [f, 'last']),
    ]),
    post: mapOf([
      ...lang.relative.this.post.map((f): [string, Which] => [f, 'this']),
      ...lang.relative.next.post.map((f): [string, Which] => [f, 'next']),
      ...lang.relative.last.post.map((f): [string, Which] => [f, 'last']),
    ]),
    relativeDays: mapOf(lang.relativeDays.flatMap((r) => r.forms.map((f): [string, number] => [f, r.offset]))),
    compounds: mapOf((lang.compounds ?? []).flatMap((x) => x.forms.map((f): [string, { unit: RelativeUnit; modifier: Modifier }] => [f, { unit: x.unit, modifier: x.modifier }]))),
    holidays: mapOf((lang.holidays ?? []).flatMap((x) => x.forms.map((f): [string, { month: number; day: number }] => [f, { month: x.month, day: x.day }]))),
    relativeYears: mapOf((lang.relativeYears ?? []).flatMap((x) => x.forms.map((f): [string, number] => [f, x.offset]))),
    spanDirections: mapOf([
      ...(lang.spanDirections?.next ?? []).map((f): [string, 1 | -1] => [f, 1]),
      ...(lang.spanDirections?.past ?? []).map((f): [string, 1 | -1] => [f, -1]),
    ]),
    yearWords: new Set(lang.yearWords.map(normalize)),
    caseSensitive: new Map(lang.caseSensitive.map((f) => [normalize(f), f])),
    needsPreposition: new Set((lang.needsPreposition ?? []).map(normalize)),
    quantityAfter: caselessRegExp(quantityAfterSource, 'y'),
    quantityRangeAfter: caselessRegExp(
      `${WS0}(?:[-–]|${joinWords || '(?!)'})${WS0}(?:\\d{1,3}(?:[ \\u00a0\\u202f.,]\\d{3})+|\\d+)${quantityAfterSource}`,
      'y',
    ),
    quantityWordBefore: caselessRegExp(`(?<![\\p{L}])(?:${quantityWords})${WS0}$`),
    quantityBefore: caselessRegExp(
      `(?:(?<![\\p{L}])(?:${quantityWords})${WS0}|\\d[ \\u00a0\\u202f\\u2009.,]|(?:[#№$€£]|n°|nº|nr\\.|no\\.)${WS0})$`,
    ),
    attributiveBefore: attributiveSource(lang),
    listJoin: new RegExp(`^${WS0}(?:,|;|/)?${WS0}$`, 'u'),
    tensePast: caselessRegExp(lang.tense.past, 'g'),
    tenseWeakPast: lang.tense.weakPast === undefined ? undefined : new RegExp(lang.tense.weakPast, 'gu'),
    tenseFuture: caselessRegExp(lang.tense.future, 'g'),
  };
}

function attributiveSource(lang: DateLanguage): RegExp | undefined {
  const words = lang.attributiveYears ?? [];
  if (words.length === 0) return undefined;
  const plain = words.filter((w) => w !== "'s");
  const possessive = words.includes("'s") ? "|\\p{L}['’]s?" : '';
  return caselessRegExp(`(?:(?<![\\p{L}])(?:${alternation(plain)})${possessive})${WS}$`);
}

function relativeDaySource(lang: DateLanguage): string {
  const alts: string[] = [];
  for (const entry of lang.relativeDays) {
    for (const form of entry.forms) alts.push(form);
  }
  const guarded = lang.relativeDayGuards ?? {};
  const unique = [...new Set(alts)].sort((a, b) => b.length - a.length);
  const sources = unique.map((form) => {
    const guard = guarded[form];
    const before = guard?.notBefore === undefined ? '' : `(?<!${guard.notBefore})`;
    const after = guard?.notAfter === undefined ? '' : `(?!${guard.notAfter})`;
    return `${before}${phraseSource(form)}${after}`;
  });
  return `(?<@rd>${sources.join('|') || '(?!)'})`;
}
