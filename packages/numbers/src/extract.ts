import type { NumberMention, Qualifier, Span } from '@faits/document';
import { matchBackward, matchForward, sameLine, type CompiledLanguage, type Trie } from './compile.ts';
import { isGroupSpace, readDigits, scaleDecimal } from './digits.ts';
import { CURRENCY_SIGNS, UNIT_SIGNS } from './lang/shared.ts';
import { DIGITS, OTHER, WORD, tokenize, type TokenStream } from './tokens.ts';

export const SOURCE = 'numbers.v1';

// ---- shared, language-independent tables (compiled once) ---------------------------------------------

interface Sign { readonly sign: string; readonly value: string }

/** Signs by lower-cased token keys; several signs may share keys ("TB", "Tb"): each is checked by case. */
function signTrie(table: Readonly<Record<string, string>>): Trie<Sign[]> {
  const root: Trie<Sign[]> = { next: new Map(), value: undefined };
  for (const [sign, value] of Object.entries(table)) {
    const t = tokenize(sign);
    let node = root;
    for (const k of t.key.slice(0, t.length)) {
      let child = node.next.get(k);
      if (child === undefined) {
        child = { next: new Map(), value: undefined };
        node.next.set(k, child);
      }
      node = child;
    }
    node.value = [...(node.value ?? []), { sign, value }];
  }
  return root;
}

const CURRENCY_TRIE = signTrie(CURRENCY_SIGNS);
const UNIT_TRIE = signTrie(UNIT_SIGNS);
const DASHES = new Set(['-', '–', '—', '‒']);
const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade']);
const SENTENCE_PUNCT = new Set(['.', '!', '?', ':', ';', '«', '»', '“', '”', '"', '(', ')', '[', ']', '—', '–', '•', '·', '…', '¿', '¡']);

/** Dates, times of day, fractions and codes that start at a digit. Sticky: tested at one position. */
const DATE_RES: readonly RegExp[] = [
  /\d{4}-\d{1,2}(?:-\d{1,2})?(?![\d])/y, // 2024-05-20, 2024-05, 2015-18
  /\d{1,2}([./-])\d{1,2}\1\d{2,4}(?!\d)/y, // 20/05/2024, 20.05.2024, 5-20-24
  /\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)/y, // 14:30, 14h30
  /\d{1,2}\/\d{4}(?!\d)/y, // 05/2024
  /\d+\/\d+(?!\d)/y, // 24/7, 3/4, 9/11
];
/** German-style day and month without a year ("20.05."), for decimal-comma languages. */
const DAY_MONTH_DOT_RE = /\d{1,2}\.\d{1,2}\.(?=\s|$)/y;
const PHONE_RES: readonly RegExp[] = [
  /(?:\+|00)\d{1,3}[ .\-\u00A0]?(?:\(0?\d{1,4}\)[ .\-\u00A0]?)?\d{1,4}(?:[ .\-\u00A0]?\d{2,4}){1,5}(?!\d)/y,
  /0\d(?:[ .\-\u00A0]?\d{2}){4}(?!\d)/y, // 01 23 45 67 89
  /\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}(?!\d)/y, // (555) 123-4567
  /0\d{2,4}[/\- ]\d{4,8}(?!\d)/y, // 030/1234567, 030 1234567
];
const NAME_RE = /^(?:\p{Lu}|\p{Ll}+\p{Lu})/u;
const UPPER_RE = /^\p{Lu}/u;
const LOWER_RE = /^\p{Ll}/u;
const SHORT_ACRONYM_RE = /^\p{Lu}{1,3}$/u;
/** Scripts written without spaces between words: a digit glued to them is not part of a name. */
const UNSPACED_END_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]$/u;
const UNSPACED_START_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

// ---- the parsed pieces -----------------------------------------------------------------------------------

interface Core {
  readonly tokStart: number;
  /** Token after the number and its scale words. */
  readonly tokEnd: number;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly words: boolean;
  readonly yearLike: boolean;
  readonly scaled: boolean;
  readonly approx: boolean;
  readonly ambiguous: boolean;
  /** A glued multiplier word: "zehnfach" (fold), "viermal" (times). */
  readonly factor: false | 'fold' | 'times';
  readonly integer: boolean;
  /** The scale the number ends with (1e6 for "5 millions"), 1 when none: spread over a range's low end. */
  readonly scaleFactor: number;
}

interface Skip { readonly skip: number }

interface Suffix {
  tokEnd: number;
  end: number;
  percent: boolean;
  pointUnit: string | undefined;
  currency: string | undefined;
  factor: boolean;
  unit: string | undefined;
  item: Span | undefined;
  vendor: Span | undefined;
  /** A known noun or unit (not a guessed one). */
  known: boolean;
  guessed: boolean;
  /** A physical unit ("MW", "tonnes"). */
  physical: boolean;
  /** A hedge written after the number ("300 or more stores"). */
  post: Qualifier | undefined;
}

interface Ctx {
  readonly text: string;
  readonly ts: TokenStream;
  readonly lang: CompiledLanguage;
  /** Where to resume after an exclusion that covers more than the number ("18 h 30"). */
  resume: number;
}

// ---- small helpers ---------------------------------------------------------------------------------------

function raw(ctx: Ctx, i: number): string {
  return ctx.text.slice(ctx.ts.start[i], ctx.ts.end[i]);
}

function attached(ts: TokenStream, i: number): boolean {
  return i > 0 && i < ts.length && ts.start[i] === ts.end[i - 1];
}

/** Token i follows token i-1 after nothing or one or two spaces on the same line. */
function near(ts: TokenStream, i: number): boolean {
  if (i <= 0 || i >= ts.length) return false;
  const gap = (ts.start[i] as number) - (ts.end[i - 1] as number);
  if (gap === 0) return true;
  if (gap > 2) return false;
  for (let p = ts.end[i - 1] as number; p < (ts.start[i] as number); p++) {
    const c = ts.text.charCodeAt(p);
    if (!isGroupSpace(c) && c !== 9) return false;
  }
  return true;
}

/** Token i starts a sentence or a line (or follows an opening quote). */
function sentenceInitial(ts: TokenStream, i: number): boolean {
  if (i === 0) return true;
  if (!sameLine(ts, i - 1)) return true;
  const prev = ts.key[i - 1] as string;
  return ts.kind[i - 1] === OTHER && SENTENCE_PUNCT.has(prev);
}

/** Longest sign (currency or unit symbol) at token i, checked case-sensitively and without inner spaces. */
function matchSign(ctx: Ctx, trie: Trie<Sign[]>, i: number): { end: number; sign: Sign } | undefined {
  const { ts } = ctx;
  let node: Trie<Sign[]> | undefined = trie;
  let best: { end: number; sign: Sign } | undefined;
  for (let j = i; j < ts.length; j++) {
    if (j > i && !attached(ts, j)) break;
    node = node.next.get(ts.key[j] as string);
    if (node === undefined) break;
    const found = node.value?.find((v) => ctx.text.startsWith(v.sign, ts.start[i] as number));
    if (found !== undefined) best = { end: j + 1, sign: found };
  }
  if (best === undefined) return undefined;
  // A sign made of letters must not run into more letters or digits ("EURO", "t5").
  const last = best.end - 1;
  if (ts.kind[last] === WORD && best.end < ts.length && attached(ts, best.end) && ts.kind[best.end] !== OTHER) return undefined;
  return best;
}

function isNumberWord(lang: CompiledLanguage, key: string): boolean {
  return lang.small.has(key) || lang.hundred.has(key) || lang.hundredsValues.has(key) || lang.scales.has(key);
}

// ---- the number itself -----------------------------------------------------------------------------------

function tokenAfter(ts: TokenStream, from: number, pos: number): number {
  let j = from;
  while (j < ts.length && (ts.start[j] as number) < pos) j++;
  return j;
}

/** Currency right after token j-1 (sign or word), optionally after "de"/"d'". */
function currencyFollows(ctx: Ctx, j: number, allowOf: boolean): boolean {
  const { ts, lang } = ctx;
  if (j >= ts.length || !near(ts, j)) return false;
  if (matchSign(ctx, CURRENCY_TRIE, j) !== undefined) return true;
  if (matchForward(lang.currency, ts, j) !== undefined) return true;
  if (allowOf) {
    const of = matchForward(lang.ofWords, ts, j);
    if (of !== undefined && matchForward(lang.currency, ts, of.end) !== undefined) return true;
  }
  return false;
}

function parseDigits(ctx: Ctx, p: number, money: boolean, negative: boolean): Core | Skip {
  const { text, ts, lang } = ctx;
  const start = ts.start[p] as number;
  for (const re of DATE_RES) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (m !== null) return { skip: tokenAfter(ts, p, start + m[0].length) };
  }
  if (lang.decimal === ',') {
    DAY_MONTH_DOT_RE.lastIndex = start;
    const m = DAY_MONTH_DOT_RE.exec(text);
    if (m !== null) return { skip: tokenAfter(ts, p, start + m[0].length) };
  }
  if (text.charCodeAt(start) === 48 || text.charCodeAt(start - 1) === 40 || ts.key[p - 1] === '+') {
    for (const re of PHONE_RES) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (m !== null) return { skip: tokenAfter(ts, p, start + m[0].length) };
    }
  } else {
    const re = PHONE_RES[2] as RegExp;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m !== null) return { skip: tokenAfter(ts, p, start + m[0].length) };
  }
  const d = readDigits(text, start, lang.decimal);
  let j = tokenAfter(ts, p, d.end);
  if (d.malformed) return { skip: j };
  const numberEnd = d.end;
  let exponent = 0;
  let end = numberEnd;
  let scaled = false;
  // Scale words and abbreviations: "2,5 milliards", "3 Md€", "10k", "2,3 Mrd.", "1.000 millones".
  while (j < ts.length && near(ts, j) && ts.kind[j] === WORD) {
    const ab = lang.abbrevs.get(raw(ctx, j));
    if (ab !== undefined) {
      const dotted = ab.dot && ts.key[j + 1] === '.' && attached(ts, j + 1);
      const after = dotted ? j + 2 : j + 1;
      const glued = attached(ts, j);
      const ok = ab.when === 'always' ||
        (ab.when === 'attached' && (glued || money || currencyFollows(ctx, after, false))) ||
        (ab.when === 'money' && (money || currencyFollows(ctx, after, false)));
      if (!ok) break;
      exponent += Math.round(Math.log10(ab.value));
      end = ts.end[after - 1] as number;
      j = after;
      scaled = true;
      continue;
    }
    const sc = lang.scales.get(ts.key[j] as string);
    if (sc !== undefined) {
      exponent += Math.round(Math.log10(sc));
      end = ts.end[j] as number;
      j += 1;
      scaled = true;
      continue;
    }
    break;
  }
  const value = scaleDecimal(d.decimal, exponent) * (negative ? -1 : 1);
  const intValue = Number(d.decimal);
  return {
    tokStart: p, tokEnd: j, start, end, value, words: false,
    yearLike: !d.grouped && !d.hasFraction && d.integerDigits === 4 && intValue >= 1000 && intValue <= 2100 && !negative,
    scaled, approx: false, ambiguous: false, factor: false, integer: !d.hasFraction, scaleFactor: 10 ** exponent,
  };
}

type WordClass = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'closed';

interface WordState { total: number; current: number; maxScale: number; lastScale: number; last: WordClass }

/** Applies one number word to the state; false when the word cannot follow what came before. */
function applyWord(lang: CompiledLanguage, s: WordState, key: string, prevKey: string | undefined): boolean {
  const small = lang.small.get(key);
  if (small !== undefined) {
    const cls: WordClass = small < 10 ? 'unit' : small < 20 && small !== 10 ? 'teen' : 'tens';
    if (s.last === 'unit' && small === 20 && lang.vigesimal && s.current % 100 === 4 && prevKey === 'quatre') {
      s.current += 76;
      s.last = 'tens';
      return true;
    }
    if (s.last === 'unit' || s.last === 'teen' || s.last === 'closed') return false;
    if (s.last === 'tens') {
      const tens = s.current % 100;
      if (cls === 'unit' && small >= 1 && tens % 10 === 0 && tens !== 10) { /* vingt-deux */ } else if (tens === 10 && cls === 'unit' && small >= 7) { /* dix-sept */ } else if ((cls === 'teen' || small === 10) && lang.teensAfterTens.has(tens)) { /* soixante-dix */ } else return false;
    }
    if (s.last === 'hundred' && s.current % 100 !== 0) return false;
    s.current += small;
    s.last = cls;
    return true;
  }
  if (lang.hundred.has(key)) {
    if (s.last === 'tens' || s.last === 'teen' || s.last === 'hundred' || s.last === 'closed') return false;
    if (s.current >= 100) return false;
    s.current = (s.current === 0 ? 1 : s.current) * 100;
    s.last = 'hundred';
    return true;
  }
  const hv = lang.hundredsValues.get(key);
  if (hv !== undefined) {
    if (s.last !== 'none' && s.last !== 'scale') return false;
    s.current += hv;
    s.last = 'hundred';
    return true;
  }
  const sc = lang.scales.get(key);
  if (sc !== undefined) {
    if (s.last === 'none' && sc > 1000) return false;
    if (sc > s.maxScale) {
      const base = s.total + s.current;
      s.total = (base === 0 ? 1 : base) * sc;
    } else {
      if (s.current === 0 && s.last !== 'none') return false;
      s.total += (s.current === 0 ? 1 : s.current) * sc;
    }
    s.current = 0;
    s.maxScale = Math.max(s.maxScale, sc);
    s.lastScale = sc;
    s.last = 'scale';
    return true;
  }
  return false;
}

function parseWords(ctx: Ctx, p: number): Core | undefined {
  const { ts, lang } = ctx;
  const state: WordState = { total: 0, current: 0, maxScale: 0, lastScale: 1, last: 'none' };
  let j = p;
  let consumed = p;
  let count = 0;
  let approx = false;
  let factor: false | 'fold' | 'times' = false;
  const firstKey = ts.key[p] as string;
  if (lang.articleOnes.has(firstKey)) {
    const n1 = p + 1;
    if (n1 >= ts.length || ts.kind[n1] !== WORD || !near(ts, n1)) return undefined;
    const k1 = ts.key[n1] as string;
    const sc = lang.scales.get(k1);
    if (!((sc !== undefined) || lang.hundred.has(k1) || lang.approx.has(k1))) return undefined;
    state.current = 1;
    state.last = 'unit';
    j = n1;
    consumed = n1;
  }
  const fold = lang.foldNumbers.get(firstKey);
  if (fold !== undefined) {
    return {
      tokStart: p, tokEnd: p + 1, start: ts.start[p] as number, end: ts.end[p] as number, value: fold, words: true,
      yearLike: false, scaled: false, approx: false, ambiguous: false, factor: 'fold', integer: true, scaleFactor: 1,
    };
  }
  let prevKey: string | undefined;
  while (j < ts.length) {
    if (j > p && !near(ts, j)) break;
    const kind = ts.kind[j];
    const key = ts.key[j] as string;
    if (kind === OTHER) {
      // Hyphens join number words: "quatre-vingt-dix", "twenty-one".
      if (key === '-' && j > p && attached(ts, j) && attached(ts, j + 1) && ts.kind[j + 1] === WORD &&
        isNumberWord(lang, ts.key[j + 1] as string)) {
        j += 1;
        continue;
      }
      break;
    }
    if (kind !== WORD) break;
    const approxValue = lang.approx.get(key);
    if (approxValue !== undefined) {
      if (state.current === 0 && state.total === 0) break;
      if (state.last === 'scale') break;
      state.current *= approxValue;
      state.last = 'closed';
      approx = true;
      consumed = j + 1;
      count += 1;
      break;
    }
    if (lang.connectors.has(key) && count > 0 && state.last !== 'unit' && state.last !== 'teen' && state.last !== 'none') {
      const next = j + 1;
      if (next < ts.length && ts.kind[next] === WORD && near(ts, next)) {
        const trial = { ...state };
        if ((lang.small.has(ts.key[next] as string) || lang.hundred.has(ts.key[next] as string)) &&
          applyWord(lang, trial, ts.key[next] as string, key) &&
          (state.last !== 'tens' || (lang.small.get(ts.key[next] as string) ?? 99) < 20)) {
          j = next;
          continue;
        }
      }
      break;
    }
    if (applyWord(lang, state, key, prevKey)) {
      prevKey = key;
      count += 1;
      consumed = j + 1;
      j += 1;
      continue;
    }
    if (lang.compound !== undefined && (state.last === 'none' || state.last === 'scale')) {
      const atoms = lang.compound(key);
      if (atoms !== undefined) {
        let total = 0;
        let current = 0;
        let isFactor: false | 'fold' | 'times' = false;
        for (const a of atoms) {
          if (typeof a === 'number') current += a;
          else if (a === 'H') current = (current === 0 ? 1 : current) * 100;
          else if (a === 'T') {
            total += (current === 0 ? 1 : current) * 1000;
            current = 0;
          } else if (a === 'F') isFactor = 'fold';
          else if (a === 'M') isFactor = 'times';
        }
        const v = total + current;
        // "einmal" is "once", not a multiplier.
        if (isFactor !== false && v === 1 && count === 0) return undefined;
        if (v >= 1000) {
          if (state.last === 'scale' && state.maxScale <= 1000) break;
          state.total += v;
          state.maxScale = Math.max(state.maxScale, 1000);
          state.last = 'scale';
        } else {
          state.current += v;
          state.last = 'closed';
        }
        count += 1;
        consumed = j + 1;
        if (isFactor !== false) {
          factor = isFactor;
          break;
        }
        j += 1;
        continue;
      }
    }
    break;
  }
  if (count === 0) return undefined;
  const value = state.total + state.current;
  const single = count === 1 && consumed === p + 1;
  let ambiguous = single && lang.ambiguous.has(firstKey);
  if (single && lang.data.capitalizedNouns === true && UPPER_RE.test(raw(ctx, p)) && !sentenceInitial(ts, p) &&
    lang.small.has(firstKey)) ambiguous = true;
  return {
    tokStart: p, tokEnd: consumed, start: ts.start[p] as number, end: ts.end[consumed - 1] as number, value,
    words: true, yearLike: false, scaled: state.maxScale >= 1e6, approx, ambiguous, factor, integer: true,
    scaleFactor: state.last === 'scale' && state.lastScale === state.maxScale ? state.lastScale : 1,
  };
}

function parseCore(ctx: Ctx, p: number, money: boolean, negative: boolean): Core | Skip | undefined {
  const kind = ctx.ts.kind[p];
  if (kind === DIGITS) return parseDigits(ctx, p, money, negative);
  if (kind === WORD && !money && !negative) return parseWords(ctx, p);
  return undefined;
}

// ---- what is not a number of things ---------------------------------------------------------------------

/** Structural reasons a digit number is not a count: a date, an ordinal, a model name, list numbering. */
function excludedDigits(ctx: Ctx, core: Core, first: number, free: number): boolean {
  const { ts, lang, text } = ctx;
  const p = core.tokStart;
  const prev = first - 1;
  // Glued to letters before: "H100", "A3", "GPT4", "v2" (but scripts written without spaces, such as CJK, glue
  // every word to its neighbours: "公司有100000名员工").
  if (prev >= 0 && attached(ts, first) && ts.kind[prev] === WORD && !UNSPACED_END_RE.test(raw(ctx, prev))) return true;
  // "GPT-4", "COVID-19", "F-35".
  if (prev >= 1 && ts.key[prev] === '-' && attached(ts, first) && attached(ts, prev) && ts.kind[prev - 1] === WORD) return true;
  // Part of a longer code: "3-2", "2015-18" after the first part.
  if (prev >= 1 && attached(ts, first) && (ts.key[prev] === '/' || ts.key[prev] === '.' || ts.key[prev] === ',') &&
    attached(ts, prev) && ts.kind[prev - 1] === DIGITS) return true;
  // Labels: "n° 5", "version 2", "page 12", "années 90".
  if (matchBackward(lang.labels, ts, first, free) !== undefined) return true;
  // After a month or weekday: "mars 2024", "March 3", "mardi 3".
  let q = prev;
  if (q >= 0 && ts.key[q] === '.' && attached(ts, q)) q -= 1;
  if (q >= 0 && q >= free - 1 && ts.kind[q] === WORD && sameLine(ts, q) && (lang.months.has(ts.key[q] as string) || lang.weekdays.has(ts.key[q] as string))) return true;
  let next = core.tokEnd;
  if (!core.scaled && next < ts.length && attached(ts, next) && ts.kind[next] === WORD && !UNSPACED_START_RE.test(raw(ctx, next))) {
    const after = raw(ctx, next);
    const lower = ts.key[next] as string;
    // Ordinals: "3e", "1er", "3rd".
    if (lang.ordinalSuffixes.has(lower)) return true;
    // Glued letters that are not a unit, a scale or a multiplier: "5G", "3D", "1990s".
    const unit = matchSign(ctx, UNIT_TRIE, next);
    const currency = matchSign(ctx, CURRENCY_TRIE, next);
    if (unit === undefined && currency === undefined && lower !== 'x' && !lang.hourWords.has(after) && !lang.abbrevs.has(after) &&
      !lang.foldNumbers.has(lower) && !lang.factorWords.has(lower) && !lang.scales.has(lower) &&
      matchForward(lang.percent, ts, next) === undefined) return true;
  }
  // Times of day: "14 h", "18 h 30", "10 Uhr", "3 p.m.".
  if (!core.scaled && next < ts.length && near(ts, next)) {
    const pos = ts.start[next] as number;
    for (const h of lang.hourWords) {
      if (text.startsWith(h, pos)) {
        const after = text.charCodeAt(pos + h.length);
        if (!(after >= 65 && after <= 90) && !(after >= 97 && after <= 122) && !(after >= 0xc0 && after <= 0x24f)) {
          let skip = tokenAfter(ts, next, pos + h.length);
          if (ts.kind[skip] === DIGITS && near(ts, skip) && (ts.end[skip] as number) - (ts.start[skip] as number) === 2) skip += 1;
          ctx.resume = skip;
          return true;
        }
      }
    }
  }
  // Ordinals written "1.º", "2.ª".
  if (ts.key[next] === '.' && attached(ts, next) && attached(ts, next + 1) && ts.kind[next + 1] === WORD &&
    lang.ordinalSuffixes.has(ts.key[next + 1] as string)) return true;
  // Day before a month: "3 mars", "1er mai" (ordinal caught above), "3. März", "3 de marzo".
  if (core.integer && !core.scaled && core.value >= 1 && core.value <= 31) {
    if (next < ts.length && ts.key[next] === '.' && attached(ts, next)) next += 1;
    if (next < ts.length && near(ts, next)) {
      const of = matchForward(lang.ofWords, ts, next);
      if (of !== undefined && of.end < ts.length && near(ts, of.end)) next = of.end;
      if (next < ts.length && ts.kind[next] === WORD && lang.months.has(ts.key[next] as string)) return true;
    }
  }
  // German ordinals: "der 3. Platz", "zum 2. Mal".
  if (lang.ordinalDotArticles.size > 0 && core.integer && !core.scaled && core.end - core.start <= 3 &&
    ts.key[core.tokEnd] === '.' && attached(ts, core.tokEnd)) {
    const w = core.tokEnd + 1;
    if (prev >= 0 && lang.ordinalDotArticles.has(ts.key[prev] as string)) return true;
    if (w < ts.length && sameLine(ts, core.tokEnd) && ts.kind[w] === WORD && LOWER_RE.test(raw(ctx, w))) return true;
  }
  // List numbering at the start of a line: "1. ", "2) ", "(3)".
  const nextKey = ts.key[core.tokEnd];
  if (!core.scaled && (nextKey === '.' || nextKey === ')') && attached(ts, core.tokEnd) && first === p) {
    let s = core.start - 1;
    while (s >= 0 && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9 || text.charCodeAt(s) === 40)) s--;
    const c = s < 0 ? 10 : text.charCodeAt(s);
    const afterPunct = text.charCodeAt(ts.end[core.tokEnd] as number);
    if ((c === 10 || c === 13) && (Number.isNaN(afterPunct) || afterPunct === 32 || afterPunct === 9 || afterPunct === 10 || afterPunct === 0xa0)) return true;
  }
  if (prev >= 0 && ts.key[prev] === '(' && nextKey === ')' && attached(ts, first) && attached(ts, core.tokEnd) && core.value < 100) return true;
  return false;
}

/** A product or model name right before the number: "Falcon 9", "iPhone 15", "Windows 11". */
function modelNameBefore(ctx: Ctx, first: number, free: number): boolean {
  const { ts, lang } = ctx;
  const prev = first - 1;
  if (prev < free || prev < 0 || ts.kind[prev] !== WORD || attached(ts, first) || !near(ts, first)) return false;
  const word = raw(ctx, prev);
  const key = ts.key[prev] as string;
  if (!NAME_RE.test(word)) return false;
  if (lang.stopwords.has(key) || lang.months.has(key) || lang.weekdays.has(key) || isNumberWord(lang, key) ||
    lang.articleOnes.has(key) || matchForward(lang.currency, ts, prev) !== undefined) return false;
  return true;
}

/** The word before is capitalized only because it starts the sentence ("Pasó 20 años", "Falcon 9 a décollé"). */
function capitalOnlyAtStart(ctx: Ctx, first: number): boolean {
  const prev = first - 1;
  const word = raw(ctx, prev);
  return sentenceInitial(ctx.ts, prev) && !/\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u.test(word);
}

// ---- what follows the number ---------------------------------------------------------------------------

function emptySuffix(j: number, end: number): Suffix {
  return {
    tokEnd: j, end, percent: false, pointUnit: undefined, currency: undefined, factor: false, unit: undefined,
    item: undefined, vendor: undefined, known: false, guessed: false, physical: false, post: undefined,
  };
}

function spanOf(ctx: Ctx, from: number, to: number): Span {
  const s = ctx.ts.start[from] as number;
  const e = ctx.ts.end[to - 1] as number;
  return { start: s, end: e, text: ctx.text.slice(s, e) };
}

/** A percent or currency sign right after a number, before a range connector ("5 % à 10 %", "5 € - 10 €"). */
function inlineSign(ctx: Ctx, j: number): { end: number; percent: boolean; currency: string | undefined } | undefined {
  const { ts } = ctx;
  if (j >= ts.length || !near(ts, j)) return undefined;
  if (ts.key[j] === '%' || ts.key[j] === '％') return { end: j + 1, percent: true, currency: undefined };
  const c = matchSign(ctx, CURRENCY_TRIE, j);
  if (c !== undefined) return { end: c.end, percent: false, currency: c.sign.value };
  return undefined;
}

/** A comparative after a multiplier ("plus grand", "larger", "as big", "mehr"), returning the token after it. */
function comparative(ctx: Ctx, j: number): number | undefined {
  const { ts, lang } = ctx;
  if (j >= ts.length || !near(ts, j) || ts.kind[j] !== WORD) return undefined;
  const key = ts.key[j] as string;
  let end: number | undefined;
  if (lang.comparatives.has(key)) end = j + 1;
  else if (lang.erComparatives && key.length > 4 && /er$/u.test(key) && !lang.stopwords.has(key) && LOWER_RE.test(raw(ctx, j))) return j + 1;
  if (end === undefined) return undefined;
  // The adjective after "plus", "more", "as", "so": "plus grand", "more powerful", "as big".
  const a = end;
  if (a < ts.length && near(ts, a) && ts.kind[a] === WORD && LOWER_RE.test(raw(ctx, a))) {
    const ak = ts.key[a] as string;
    if (!lang.stopwords.has(ak) && !lang.comparatives.has(ak) && matchForward(lang.ofWords, ts, a) === undefined &&
      !isNumberWord(lang, ak) && matchForward(lang.nouns, ts, a) === undefined) return a + 1;
  }
  return end;
}

function isName(ctx: Ctx, i: number): boolean {
  const { ts, lang } = ctx;
  if (i >= ts.length || ts.kind[i] !== WORD) return false;
  const key = ts.key[i] as string;
  if (lang.stopwords.has(key) || lang.months.has(key) || lang.weekdays.has(key) || isNumberWord(lang, key)) return false;
  return NAME_RE.test(raw(ctx, i));
}

/** The run of name words starting at i ("Nvidia", "Stability AI"), at most three; the token after it. */
function nameRun(ctx: Ctx, i: number): number {
  const { ts } = ctx;
  let j = i;
  while (j < ts.length && j - i < 3 && (j === i || near(ts, j)) && isName(ctx, j) && (j === i || !attached(ts, j)) &&
    !(ts.kind[j + 1] === DIGITS && attached(ts, j + 1))) j++;
  return j;
}

/** A counted noun at token j: known (lexicon, German compound suffix) or not. */
function knownNoun(ctx: Ctx, j: number): { end: number; unit: string } | undefined {
  const { ts, lang } = ctx;
  if (j >= ts.length || ts.kind[j] !== WORD) return undefined;
  const m = matchForward(lang.nouns, ts, j);
  if (m !== undefined) return { end: m.end, unit: m.value };
  if (lang.nounSuffixes !== undefined && UPPER_RE.test(raw(ctx, j))) {
    const key = ts.key[j] as string;
    for (let cut = 1; key.length - cut >= 4; cut++) {
      const unit = lang.nounSuffixes.get(key.slice(cut));
      if (unit !== undefined) return { end: j + 1, unit };
    }
  }
  return undefined;
}

/** The counted noun after the number (and its vendor): "puces Nvidia", "Nvidia chips", "nouveaux emplois". */
function findNoun(ctx: Ctx, j: number, value: number, suffix: Suffix): void {
  const { ts, lang } = ctx;
  if (j >= ts.length || !near(ts, j) || ts.kind[j] !== WORD) return;
  const setItem = (from: number, to: number, unit: string | undefined, known: boolean): void => {
    suffix.item = spanOf(ctx, from, to);
    if (unit !== undefined) suffix.unit = unit;
    suffix.known = known;
    suffix.guessed = !known;
    suffix.tokEnd = to;
    suffix.end = ts.end[to - 1] as number;
  };
  // A known noun right away; in English the last of two nouns is the head ("member states", "job cuts").
  const direct = knownNoun(ctx, j);
  if (direct !== undefined) {
    const head = lang.data.vendor === 'before' && direct.end < ts.length && near(ts, direct.end) &&
      LOWER_RE.test(raw(ctx, direct.end)) ? knownNoun(ctx, direct.end) : undefined;
    if (head !== undefined) setItem(direct.end, head.end, head.unit, true);
    else setItem(j, direct.end, direct.unit, true);
    vendorAfter(ctx, suffix);
    return;
  }
  // Hyphen compounds: "Nvidia-Chips", "KI-Chips".
  if (ts.key[j + 1] === '-' && attached(ts, j + 1) && attached(ts, j + 2) && ts.kind[j + 2] === WORD) {
    const tail = knownNoun(ctx, j + 2);
    if (tail !== undefined) {
      setItem(j + 2, tail.end, tail.unit, true);
      const word = raw(ctx, j);
      if (isName(ctx, j) && !SHORT_ACRONYM_RE.test(word)) suffix.vendor = spanOf(ctx, j, j + 1);
      return;
    }
  }
  // A vendor before the noun: "10,000 Nvidia chips", "5,000 Nvidia H100 GPUs".
  if (lang.data.vendor === 'before' && isName(ctx, j)) {
    const runEnd = nameRun(ctx, j);
    let k = runEnd;
    // A model token glued to digits ("H100") may stand between.
    if (k < ts.length && near(ts, k) && ts.kind[k] === WORD && ts.kind[k + 1] === DIGITS && attached(ts, k + 1)) k += 2;
    if (k < ts.length && near(ts, k)) {
      const noun = knownNoun(ctx, k);
      if (noun !== undefined) {
        setItem(k, noun.end, noun.unit, true);
        if (runEnd > j) suffix.vendor = spanOf(ctx, j, runEnd);
        return;
      }
    }
  }
  // Adjectives before a known noun: "nouveaux emplois", "new full-time jobs", "neue Stellen".
  const freeAdjectives = lang.data.vendor === 'before';
  let k = j;
  for (let n = 0; n < 3 && k < ts.length && near(ts, k) && ts.kind[k] === WORD; n++) {
    const key = ts.key[k] as string;
    const adjective = lang.preAdjectives.has(key) ||
      (freeAdjectives && LOWER_RE.test(raw(ctx, k)) && !lang.stopwords.has(key) && !isNumberWord(lang, key));
    if (!adjective) break;
    // Skip a hyphenated adjective as one ("full-time").
    let after = k + 1;
    while (ts.key[after] === '-' && attached(ts, after) && attached(ts, after + 1) && ts.kind[after + 1] === WORD) after += 2;
    const noun = after < ts.length && near(ts, after) ? knownNoun(ctx, after) : undefined;
    if (noun !== undefined) {
      setItem(after, noun.end, noun.unit, true);
      vendorAfter(ctx, suffix);
      return;
    }
    k = after;
  }
  // An unknown noun, guessed from its shape: "2 500 licenciements", "300 scientists", "300 Forscher".
  if (value === 1) return;
  const key = ts.key[j] as string;
  const word = raw(ctx, j);
  if (key.length < 3 || lang.stopwords.has(key) || isNumberWord(lang, key) || lang.months.has(key) ||
    lang.weekdays.has(key) || lang.approx.has(key)) return;
  if (ts.key[j + 1] === "'" && attached(ts, j + 1)) return;
  let end = j + 1;
  while (ts.key[end] === '-' && attached(ts, end) && attached(ts, end + 1) && ts.kind[end + 1] === WORD) end += 2;
  if (lang.data.capitalizedNouns === true) {
    if (!UPPER_RE.test(word)) return;
  } else if (!LOWER_RE.test(word) || !lang.data.pluralNoun.test(ts.key[end - 1] as string)) return;
  setItem(j, end, undefined, false);
  vendorAfter(ctx, suffix);
}

function vendorAfter(ctx: Ctx, suffix: Suffix): void {
  const { ts, lang } = ctx;
  if (lang.data.vendor !== 'after') return;
  const j = suffix.tokEnd;
  if (j >= ts.length || !near(ts, j) || attached(ts, j) || !isName(ctx, j)) return;
  const end = nameRun(ctx, j);
  if (end === j) return; // a name glued to digits ("E0", "H100") is a model, not a vendor
  suffix.vendor = spanOf(ctx, j, end);
  suffix.tokEnd = end;
  suffix.end = ts.end[end - 1] as number;
}

function parseSuffix(ctx: Ctx, last: Core, money: string | undefined): Suffix {
  const { ts, lang } = ctx;
  let j = last.tokEnd;
  const s = emptySuffix(j, last.end);
  const take = (to: number): void => {
    s.tokEnd = to;
    s.end = ts.end[to - 1] as number;
    j = to;
  };
  if (money !== undefined) s.currency = money;
  const here = (): boolean => j < ts.length && near(ts, j);
  // Percentages: "2 %", "2 pour cent", "2 Prozent", "2 points de pourcentage".
  if (!s.percent && s.currency === undefined && here()) {
    if (ts.key[j] === '%' || ts.key[j] === '％') {
      take(j + 1);
      s.percent = true;
    } else {
      const pts = matchForward(lang.points, ts, j);
      const pct = matchForward(lang.percent, ts, j);
      if (pts !== undefined && (pct === undefined || pts.end >= pct.end)) {
        take(pts.end);
        s.percent = true;
        s.pointUnit = pts.value;
      } else if (pct !== undefined) {
        take(pct.end);
        s.percent = true;
      }
    }
  }
  // Money: "5 €", "3 Md€", "40 CHF", "5 euros", "7,2 milliards d'euros".
  if (!s.percent && s.currency === undefined && here()) {
    const sign = matchSign(ctx, CURRENCY_TRIE, j);
    if (sign !== undefined) {
      take(sign.end);
      s.currency = sign.sign.value;
    } else {
      const word = matchForward(lang.currency, ts, j);
      if (word !== undefined) {
        take(word.end);
        s.currency = word.value;
      } else if (last.scaled || last.approx) {
        const of = matchForward(lang.ofWords, ts, j);
        const after = of === undefined ? undefined : matchForward(lang.currency, ts, of.end);
        if (of !== undefined && after !== undefined && near(ts, of.end)) {
          take(after.end);
          s.currency = after.value;
        }
      }
    }
  }
  if (s.percent || s.currency !== undefined) return s;
  // Multipliers: "quatre fois plus grand", "4x", "three times larger", "viermal so groß", "10-fold".
  if (last.factor !== false) {
    const c = comparative(ctx, j);
    if (c !== undefined) take(c);
    if (last.factor === 'fold' || c !== undefined) s.factor = true;
    else s.unit = 'time';
    return s;
  }
  if (here()) {
    let f = j;
    if (ts.key[f] === '-' && attached(ts, f) && ts.kind[f + 1] === WORD && attached(ts, f + 1)) f += 1;
    const key = ts.key[f] as string;
    if (ts.kind[f] === WORD && (lang.factorWords.has(key) || lang.foldWords.has(key))) {
      const fold = lang.foldWords.has(key);
      const c = comparative(ctx, f + 1);
      const n = f + 1;
      // "25 times earnings": a multiple of something.
      const beforeNoun = lang.factorBeforeNoun && n < ts.length && near(ts, n) && ts.kind[n] === WORD &&
        LOWER_RE.test(raw(ctx, n)) && !lang.stopwords.has(ts.key[n] as string) && !isNumberWord(lang, ts.key[n] as string);
      if (fold || c !== undefined || beforeNoun) {
        take(c ?? f + 1);
        s.factor = true;
        return s;
      }
    }
    if ((key === 'x' || key === '×') && f === j && !(ts.kind[j + 1] === DIGITS && near(ts, j + 1))) {
      take(j + 1);
      s.factor = true;
      const c = comparative(ctx, j);
      if (c !== undefined) take(c);
      return s;
    }
  }
  // Physical units: "100 MW", "10 km", "2 To", "5 tonnes".
  if (here()) {
    const sign = matchSign(ctx, UNIT_TRIE, j);
    if (sign !== undefined) {
      s.unit = sign.sign.value;
      s.item = spanOf(ctx, j, sign.end);
      s.known = true;
      s.physical = true;
      take(sign.end);
      return s;
    }
    let u = j;
    if (last.scaled || last.approx) {
      const of = matchForward(lang.ofWords, ts, j);
      if (of !== undefined && of.end < ts.length && near(ts, of.end)) u = of.end;
    }
    const word = matchForward(lang.unitWords, ts, u);
    if (word !== undefined) {
      s.unit = word.value;
      s.item = spanOf(ctx, u, word.end);
      s.known = true;
      s.physical = true;
      take(word.end);
      return s;
    }
  }
  // A hedge between the number and its noun: "300 or more stores".
  if (here()) {
    const post = matchForward(lang.postHedges, ts, j);
    if (post !== undefined && post.end < ts.length && near(ts, post.end) && knownNoun(ctx, post.end) !== undefined) {
      s.post = post.value;
      take(post.end);
    }
  }
  // The counted noun: "100 000 puces Nvidia", "2 millions de personnes", "une centaine de salariés".
  let n = j;
  if (last.scaled || last.approx) {
    const of = matchForward(lang.ofWords, ts, j);
    if (of !== undefined && of.end < ts.length && near(ts, of.end)) n = of.end;
  }
  findNoun(ctx, n, last.value, s);
  return s;
}

// ---- one mention -------------------------------------------------------------------------------------------

interface Found {
  readonly next: number;
  readonly mention?: Omit<NumberMention, 'id'>;
}

function isTrigger(ctx: Ctx, i: number): boolean {
  const { ts, lang } = ctx;
  const kind = ts.kind[i];
  if (kind === DIGITS) return true;
  const key = ts.key[i] as string;
  if (kind === OTHER) {
    return key === '$' || key === '€' || key === '£' || key === '¥' || key === '₹' || key === '₩' || key === '₽' ||
      key === '₺' || key === '₪' || key === '-' || key === '−' || key === '+' || key === '×';
  }
  if (kind !== WORD) return false;
  if (lang.small.has(key) || lang.hundred.has(key) || lang.hundredsValues.has(key) || lang.articleOnes.has(key) ||
    lang.foldNumbers.has(key)) return true;
  const sc = lang.scales.get(key);
  if (sc !== undefined && sc <= 1000) return true;
  if (key === 'x' || (key.length <= 3 && UPPER_RE.test(raw(ctx, i))) || key === 'fr') return true;
  return lang.compound !== undefined && lang.compound(key) !== undefined;
}

function tryAt(ctx: Ctx, i: number, free: number): Found | undefined {
  const { ts, lang, text } = ctx;
  let p = i;
  let money: string | undefined;
  let negative = false;
  let factorPrefix = false;
  const key = ts.key[i] as string;
  if (ts.kind[i] !== DIGITS) {
    const sign = matchSign(ctx, CURRENCY_TRIE, i);
    if (sign !== undefined && sign.end < ts.length && ts.kind[sign.end] === DIGITS && near(ts, sign.end) &&
      !(i > 0 && attached(ts, i) && ts.kind[i - 1] === WORD)) {
      money = sign.sign.value;
      p = sign.end;
    } else if ((key === '-' || key === '−' || key === '+') && ts.kind[i + 1] === DIGITS && attached(ts, i + 1) &&
      !(i > 0 && attached(ts, i) && (ts.kind[i - 1] === DIGITS || ts.kind[i - 1] === WORD))) {
      if (key === '+') {
        for (const re of PHONE_RES) {
          re.lastIndex = ts.start[i] as number;
          const m = re.exec(text);
          if (m !== null) return { next: tokenAfter(ts, i, (ts.start[i] as number) + m[0].length) };
        }
      }
      negative = key !== '+';
      p = i + 1;
    } else if ((key === 'x' || key === '×') && ts.kind[i + 1] === DIGITS && attached(ts, i + 1) &&
      !(i > 0 && attached(ts, i) && ts.kind[i - 1] !== OTHER)) {
      factorPrefix = true;
      p = i + 1;
    } else if (ts.kind[i] !== WORD) {
      return undefined;
    }
  }
  const core1 = parseCore(ctx, p, money !== undefined, negative);
  if (core1 === undefined) return undefined;
  if ('skip' in core1) return { next: core1.skip };
  ctx.resume = 0;
  if (!core1.words && excludedDigits(ctx, core1, i, free)) return { next: Math.max(core1.tokEnd, ctx.resume) };

  // Hedges and range openers before the number, over an article ("casi un 40 %", "entre el 20 y el 30 %").
  const before = i > free && ts.kind[i] === DIGITS && lang.numberArticles.has(ts.key[i - 1] as string) && near(ts, i) ? i - 1 : i;
  let hedge = matchBackward(lang.hedges, ts, i, free) ?? (before < i ? matchBackward(lang.hedges, ts, before, free) : undefined);
  const factorPrefix2 = matchBackward(lang.factorPrefixes, ts, hedge?.start ?? i, free);
  let opener = matchBackward(lang.openers, ts, before, free);
  if (opener !== undefined && hedge !== undefined && hedge.start <= opener.start) opener = undefined;

  // Ranges: "entre 1 000 et 4 000", "de 5 à 10 %", "5-10 %", "between 3 and 5 million".
  let value1 = core1.value;
  const money0 = money;
  let moneyBoth = false;
  let core2: Core | undefined;
  let inline1 = money === undefined ? inlineSign(ctx, core1.tokEnd) : undefined;
  const conn = inline1 !== undefined ? inline1.end : core1.tokEnd;
  if (!core1.factor && conn < ts.length && near(ts, conn)) {
    const ck = ts.key[conn] as string;
    // "de 5-10 %": a dash does not need the opener, which then stays out of the mention.
    if (opener !== undefined && !opener.value.connectors.has(ck) && DASHES.has(ck)) opener = undefined;
    const ok = opener !== undefined ? opener.value.connectors.has(ck) : lang.rangeConnectors.has(ck) || DASHES.has(ck);
    if (ok) {
      let q = conn + 1;
      if (q + 1 < ts.length && lang.numberArticles.has(ts.key[q] as string) && ts.kind[q + 1] === DIGITS && near(ts, q + 1)) q += 1;
      let money2: string | undefined;
      if (q < ts.length && near(ts, q)) {
        const sign = matchSign(ctx, CURRENCY_TRIE, q);
        if (sign !== undefined && ts.kind[sign.end] === DIGITS && near(ts, sign.end)) {
          money2 = sign.sign.value;
          q = sign.end;
        }
      }
      if (q < ts.length && near(ts, q) && (opener !== undefined || ts.kind[q] === ts.kind[p])) {
        const c2 = parseCore(ctx, q, (money ?? money2) !== undefined, false);
        if (c2 !== undefined && !('skip' in c2) && !c2.factor && (c2.words || !excludedDigits(ctx, c2, q, q))) {
          let low = value1;
          if (core1.scaleFactor === 1 && c2.scaleFactor > 1) {
            const spread = scaleValue(low, c2.scaleFactor);
            if (spread < c2.value) low = spread;
          }
          if (c2.value > low) {
            core2 = c2;
            value1 = low;
            moneyBoth = money !== undefined && money2 !== undefined;
            if (money === undefined) money = money2;
          }
        }
      }
    }
  }
  if (core2 === undefined) inline1 = undefined;

  let last = core2 ?? core1;
  let suffix = parseSuffix(ctx, last, money);
  // "de 5 % à 10 milliards", "rose 5% to $10bn": a change, not a range, when the two ends disagree; and
  // "de 3,5 % à 4 %", "from 3.5% to 4%": a sign on both ends after "de"/"from" is a change too.
  const changeOpener = opener !== undefined && opener.value.change;
  const change = core2 !== undefined && (
    (inline1 !== undefined && ((inline1.percent && !suffix.percent) ||
      (inline1.currency !== undefined && suffix.currency !== inline1.currency) || changeOpener)) ||
    (changeOpener && moneyBoth));
  if (change) {
    core2 = undefined;
    inline1 = undefined;
    value1 = core1.value;
    last = core1;
    money = money0;
    suffix = parseSuffix(ctx, last, money);
    opener = undefined;
  }
  if (inline1 !== undefined) {
    if (inline1.percent && suffix.currency === undefined && !suffix.percent) {
      suffix.percent = true;
      suffix.item = undefined;
    }
    if (inline1.currency !== undefined && suffix.currency === undefined && !suffix.percent) {
      suffix.currency = inline1.currency;
      suffix.item = undefined;
    }
  }
  if (factorPrefix || (factorPrefix2 !== undefined && suffix.currency === undefined && !suffix.percent)) {
    suffix.factor = true;
    suffix.item = undefined;
    suffix.unit = undefined;
  }

  // "over three years": "over" means "during" before a duration.
  if (hedge !== undefined && lang.durationHedges.size > 0 && DURATIONS.has(suffix.unit ?? '') &&
    hedge.start === i - 1 && lang.durationHedges.has(ts.key[hedge.start] as string)) hedge = undefined;
  const evidence = suffix.percent || suffix.currency !== undefined || suffix.factor || suffix.known || last.scaled ||
    last.approx || core1.scaled || core1.approx;
  const hedgeQ = hedge?.value;
  const countingHedge = hedgeQ !== undefined && hedgeQ !== 'up_to';
  // Years: "en 2015", "2015 à 2018" (but "2000 emplois", "plus de 2000 personnes" are numbers).
  if (core1.yearLike && (core2 === undefined || core2.yearLike || core2.value < 100) && !evidence && !countingHedge) {
    return { next: last.tokEnd };
  }
  // Model names: "Falcon 9", "iPhone 15", "Ubuntu 12.10", also before a noun ("Falcon 9 rocket", "Windows 11 users").
  const strong = suffix.percent || suffix.currency !== undefined || suffix.factor || last.scaled || last.approx ||
    suffix.physical;
  if (!core1.words && p === i && hedge === undefined && opener === undefined && !strong && modelNameBefore(ctx, i, free) &&
    !(capitalOnlyAtStart(ctx, i) && evidence)) {
    return { next: last.tokEnd };
  }
  // Ambiguous words ("neuf" = new, "one" in "one of"), kept only with a unit.
  if (core1.words && core1.ambiguous && core2 === undefined && !evidence) return { next: core1.tokEnd };
  if (core1.words && lang.pronounOne !== undefined && lang.pronounOne.words.has(ts.key[core1.tokStart] as string) &&
    core1.tokEnd === core1.tokStart + 1 && core2 === undefined) {
    const before = core1.tokStart - 1;
    const afterKey = ts.key[core1.tokEnd] as string;
    if ((before >= 0 && lang.pronounOne.before.has(ts.key[before] as string)) || lang.pronounOne.after.has(afterKey) || !evidence) {
      return { next: core1.tokEnd };
    }
  }
  // A time of day: "à 20 heures".
  if (suffix.unit === 'hour' && hedge === undefined && i > 0 && lang.timeWords.has(ts.key[i - 1] as string)) return { next: suffix.tokEnd };

  // Hedges after: "300 salariés environ", "300 or more".
  let qualifier: Qualifier = hedgeQ ?? suffix.post ?? (core1.approx || last.approx ? 'about' : 'exact');
  let endTok = suffix.tokEnd;
  let end = suffix.end;
  if (endTok < ts.length && near(ts, endTok)) {
    const post = matchForward(lang.postHedges, ts, endTok);
    if (post !== undefined && hedgeQ === undefined && suffix.post === undefined) {
      qualifier = post.value;
      endTok = post.end;
      end = ts.end[post.end - 1] as number;
    }
  }
  let firstTok = hedge !== undefined ? hedge.start : opener !== undefined && core2 !== undefined ? opener.start : i;
  if (factorPrefix2 !== undefined && suffix.factor) firstTok = factorPrefix2.start;
  const start = ts.start[firstTok] as number;

  let kind: NumberMention['kind'] = 'cardinal';
  let unit = suffix.unit;
  if (suffix.percent) {
    kind = 'percentage';
    unit = suffix.pointUnit;
  } else if (suffix.currency !== undefined) kind = 'money';
  else if (suffix.factor) {
    kind = 'factor';
    unit = 'times';
  } else if (suffix.item !== undefined || unit !== undefined) kind = 'quantity';

  let confidence = core1.words ? 0.85 : 0.9;
  if (kind === 'cardinal') confidence -= 0.15;
  else if (suffix.guessed) confidence -= 0.1;
  else confidence += 0.05;
  if (core1.ambiguous) confidence -= 0.1;

  const numberStart = core1.start;
  const numberEnd = last.end;
  const mention: Omit<NumberMention, 'id'> = {
    start, end, text: text.slice(start, end), kind, value: value1, qualifier,
    source: SOURCE, confidence: Math.round(confidence * 100) / 100,
    number: { start: numberStart, end: numberEnd, text: text.slice(numberStart, numberEnd) },
  };
  if (core2 !== undefined) mention.max = core2.value;
  if (unit !== undefined && kind !== 'money') mention.unit = unit;
  if (suffix.currency !== undefined && kind === 'money') mention.currency = suffix.currency;
  if (suffix.item !== undefined && (kind === 'quantity')) mention.item = suffix.item;
  if (suffix.vendor !== undefined && kind === 'quantity') mention.vendor = suffix.vendor;
  return { next: endTok, mention };
}

/** `value` × `factor` for a power of ten, exactly ("3" × 1e6). */
function scaleValue(value: number, factor: number): number {
  const exp = Math.round(Math.log10(factor));
  return 10 ** exp === factor ? Number(`${value}e${exp}`) : value * factor;
}

// ---- the whole text ----------------------------------------------------------------------------------------

/** Every number mention of `text` in `lang`, sorted by start, non-overlapping, ids n1, n2, ... */
export function extractWith(lang: CompiledLanguage, text: string): NumberMention[] {
  const ts = tokenize(text);
  const ctx: Ctx = { text, ts, lang, resume: 0 };
  const out: NumberMention[] = [];
  let free = 0;
  for (let i = 0; i < ts.length; i++) {
    if (i < free || !isTrigger(ctx, i)) continue;
    const found = tryAt(ctx, i, free);
    if (found === undefined) continue;
    if (found.mention !== undefined) out.push({ id: `n${out.length + 1}`, ...found.mention });
    free = Math.max(found.next, i + 1);
    i = free - 1;
  }
  return out;
}

/** The value of a number written alone ("100 000", "2,5 milliards", "quatre-vingt-dix"), or undefined. */
export function parseWith(lang: CompiledLanguage, surface: string): number | undefined {
  const text = surface.trim();
  if (text === '') return undefined;
  const ts = tokenize(text);
  const ctx: Ctx = { text, ts, lang, resume: 0 };
  let p = 0;
  let negative = false;
  if ((ts.key[0] === '-' || ts.key[0] === '−') && ts.kind[1] === DIGITS && attached(ts, 1)) {
    negative = true;
    p = 1;
  }
  const core = ts.kind[p] === DIGITS ? parseDigitsPlain(ctx, p, negative) : parseWords(ctx, p);
  if (core === undefined || core.tokEnd !== ts.length) return undefined;
  return core.value;
}

/** Digits and scale words only, without the date/phone filters (for parseNumber). */
function parseDigitsPlain(ctx: Ctx, p: number, negative: boolean): Core | undefined {
  const { text, ts, lang } = ctx;
  const d = readDigits(text, ts.start[p] as number, lang.decimal);
  if (d.malformed) return undefined;
  let j = tokenAfter(ts, p, d.end);
  let exponent = 0;
  while (j < ts.length && near(ts, j) && ts.kind[j] === WORD) {
    const ab = lang.abbrevs.get(raw(ctx, j));
    const sc = ab?.value ?? lang.scales.get(ts.key[j] as string);
    if (sc === undefined) break;
    exponent += Math.round(Math.log10(sc));
    j += ab?.dot === true && ts.key[j + 1] === '.' && attached(ts, j + 1) ? 2 : 1;
  }
  return {
    tokStart: p, tokEnd: j, start: ts.start[p] as number, end: ts.end[j - 1] as number,
    value: scaleDecimal(d.decimal, exponent) * (negative ? -1 : 1), words: false, yearLike: false, scaled: exponent > 0,
    approx: false, ambiguous: false, factor: false, integer: !d.hasFraction, scaleFactor: 10 ** exponent,
  };
}
