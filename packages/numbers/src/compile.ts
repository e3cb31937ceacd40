import type { Qualifier } from '@faits/document';
import type { NumberLanguageData, ScaleAbbrev } from './lang/types.ts';
import { phraseKeys, type TokenStream } from './tokens.ts';

/** A phrase trie over token keys. */
export interface Trie<V> {
  readonly next: Map<string, Trie<V>>;
  value: V | undefined;
}

function newTrie<V>(): Trie<V> {
  return { next: new Map(), value: undefined };
}

function buildTrie<V>(entries: Iterable<readonly [string, V]>, reverse = false): Trie<V> {
  const root = newTrie<V>();
  for (const [phrase, value] of entries) {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) continue;
    if (reverse) keys.reverse();
    let node = root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (child === undefined) {
        child = newTrie<V>();
        node.next.set(k, child);
      }
      node = child;
    }
    node.value = value;
  }
  return root;
}

/** True when tokens i and i+1 are on the same line (only spaces, tabs or nothing between them). */
export function sameLine(ts: TokenStream, i: number): boolean {
  const from = ts.end[i] ?? 0;
  const to = ts.start[i + 1] ?? 0;
  for (let p = from; p < to; p++) {
    const c = ts.text.charCodeAt(p);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

/** Longest phrase of `trie` starting at token `i`; returns the token after it and the value. */
export function matchForward<V>(trie: Trie<V>, ts: TokenStream, i: number): { end: number; value: V } | undefined {
  let node: Trie<V> | undefined = trie;
  let best: { end: number; value: V } | undefined;
  for (let j = i; j < ts.length; j++) {
    node = node.next.get(ts.key[j] as string);
    if (node === undefined) break;
    if (node.value !== undefined) best = { end: j + 1, value: node.value };
    if (!sameLine(ts, j)) break;
  }
  return best;
}

/** Longest phrase of a reversed `trie` ending just before token `end`, starting at or after token `min`. */
export function matchBackward<V>(trie: Trie<V>, ts: TokenStream, end: number, min: number): { start: number; value: V } | undefined {
  let node: Trie<V> | undefined = trie;
  let best: { start: number; value: V } | undefined;
  for (let j = end - 1; j >= min; j--) {
    if (!sameLine(ts, j)) break;
    node = node.next.get(ts.key[j] as string);
    if (node === undefined) break;
    if (node.value !== undefined) best = { start: j, value: node.value };
  }
  return best;
}

/** A piece of a glued number word: a value, hundred, thousand, the joiner, or a fold (F) / times (M) suffix. */
export type CompoundAtom = number | 'H' | 'T' | 'J' | 'F' | 'M';

/** A range opener: the connectors it expects, and whether it also introduces changes ("de … à"). */
export interface Opener {
  readonly connectors: ReadonlySet<string>;
  readonly change: boolean;
}

export interface CompiledLanguage {
  readonly data: NumberLanguageData;
  readonly code: string;
  readonly decimal: ',' | '.';
  readonly small: ReadonlyMap<string, number>;
  readonly hundred: ReadonlySet<string>;
  readonly hundredsValues: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  /** Case-sensitive, without a trailing dot; `dot` when the abbreviation may take one. */
  readonly abbrevs: ReadonlyMap<string, ScaleAbbrev & { readonly dot: boolean }>;
  readonly connectors: ReadonlySet<string>;
  readonly articleOnes: ReadonlySet<string>;
  readonly ambiguous: ReadonlySet<string>;
  readonly approx: ReadonlyMap<string, number>;
  readonly teensAfterTens: ReadonlySet<number>;
  readonly vigesimal: boolean;
  /** Segments a glued number word ("zweihunderteinundzwanzig"); undefined when it is not one. */
  readonly compound: ((word: string) => CompoundAtom[] | undefined) | undefined;
  readonly hedges: Trie<Qualifier>;
  readonly postHedges: Trie<Qualifier>;
  readonly openers: Trie<Opener>;
  readonly factorPrefixes: Trie<true>;
  readonly rangeConnectors: ReadonlySet<string>;
  readonly ofWords: Trie<true>;
  readonly numberArticles: ReadonlySet<string>;
  readonly percent: Trie<true>;
  readonly points: Trie<string>;
  readonly currency: Trie<string>;
  readonly factorWords: ReadonlySet<string>;
  readonly comparatives: ReadonlySet<string>;
  readonly erComparatives: boolean;
  readonly factorBeforeNoun: boolean;
  readonly durationHedges: ReadonlySet<string>;
  readonly foldWords: ReadonlySet<string>;
  readonly foldNumbers: ReadonlyMap<string, number>;
  readonly nouns: Trie<string>;
  /** German compounds: known nouns by length, for suffix look-up ("Grafikchips" → chips). */
  readonly nounSuffixes: ReadonlyMap<string, string> | undefined;
  readonly unitWords: Trie<string>;
  readonly months: ReadonlySet<string>;
  readonly weekdays: ReadonlySet<string>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly labels: Trie<true>;
  readonly timeWords: ReadonlySet<string>;
  readonly hourWords: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly preAdjectives: ReadonlySet<string>;
  readonly ordinalDotArticles: ReadonlySet<string>;
  readonly pronounOne: { readonly words: ReadonlySet<string>; readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string> } | undefined;
}

function compileCompound(data: NumberLanguageData): ((word: string) => CompoundAtom[] | undefined) | undefined {
  const c = data.compound;
  if (c === undefined) return undefined;
  const pieces = new Map<string, CompoundAtom>();
  for (const [w, v] of Object.entries(c.pieces)) pieces.set(w, v);
  for (const w of c.hundred) pieces.set(w, 'H');
  for (const w of c.thousand) pieces.set(w, 'T');
  for (const w of c.joiners ?? []) pieces.set(w, 'J');
  const suffixes = Object.entries(c.factorSuffixes ?? {}).sort((a, b) => b[0].length - a[0].length);
  const all = [...pieces.keys()].sort((a, b) => b.length - a.length);
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const starts = new RegExp(`^(?:${all.map(escape).join('|')})`, 'u');
  const maxLen = all[0]?.length ?? 0;
  return (word) => {
    if (word.length > 64 || !starts.test(word)) return undefined;
    let body = word;
    let factor: CompoundAtom | undefined;
    for (const [s, kind] of suffixes) {
      if (word.length > s.length && word.endsWith(s)) {
        body = word.slice(0, word.length - s.length);
        factor = kind === 'fold' ? 'F' : 'M';
        break;
      }
    }
    // Longest-first segmentation with backtracking; positions known to fail are remembered, so the work is
    // bounded by length × longest piece.
    const atoms: CompoundAtom[] = [];
    const dead = new Uint8Array(body.length + 1);
    const seg = (p: number): boolean => {
      if (p === body.length) return true;
      if (dead[p] === 1) return false;
      for (let len = Math.min(maxLen, body.length - p); len > 0; len--) {
        const piece = pieces.get(body.slice(p, p + len));
        if (piece === undefined) continue;
        atoms.push(piece);
        if (seg(p + len)) return true;
        atoms.pop();
      }
      dead[p] = 1;
      return false;
    };
    if (!seg(0)) return undefined;
    if (!atoms.some((a) => typeof a === 'number' || a === 'H' || a === 'T')) return undefined;
    if (atoms[0] === 'J' || atoms[atoms.length - 1] === 'J') return undefined;
    if (factor !== undefined) atoms.push(factor);
    return atoms;
  };
}

const cache = new Map<string, CompiledLanguage>();

export function compileLanguage(data: NumberLanguageData): CompiledLanguage {
  const cached = cache.get(data.code);
  if (cached !== undefined && cached.data === data) return cached;
  const abbrevs = new Map<string, ScaleAbbrev & { dot: boolean }>();
  for (const [k, v] of Object.entries(data.scaleAbbrevs)) {
    const dot = k.endsWith('.');
    const base = dot ? k.slice(0, -1) : k;
    const prev = abbrevs.get(base);
    abbrevs.set(base, { ...v, dot: dot || (prev?.dot ?? false) });
  }
  const openers = new Map<string, Opener>();
  for (const [k, v] of Object.entries(data.rangeOpeners)) {
    openers.set(k, { connectors: new Set(v.flatMap((w) => phraseKeys(w))), change: data.changeOpeners.includes(k) });
  }
  const capitalized = data.capitalizedNouns === true;
  let nounSuffixes: Map<string, string> | undefined;
  if (capitalized) {
    nounSuffixes = new Map();
    for (const [k, v] of Object.entries(data.nouns)) if (!k.includes(' ') && k.length >= 4) nounSuffixes.set(k, v);
  }
  const compiled: CompiledLanguage = {
    data,
    code: data.code,
    decimal: data.decimal,
    small: new Map(Object.entries(data.smallWords)),
    hundred: new Set(data.hundredWords),
    hundredsValues: new Map(Object.entries(data.hundredsValues ?? {})),
    scales: new Map(Object.entries(data.scaleWords)),
    abbrevs,
    connectors: new Set(data.wordConnectors),
    articleOnes: new Set(data.articleOnes),
    ambiguous: new Set(data.ambiguousWords),
    approx: new Map(Object.entries(data.approxNouns)),
    teensAfterTens: new Set(data.teensAfterTens ?? []),
    vigesimal: data.vigesimal === true,
    compound: compileCompound(data),
    hedges: buildTrie(Object.entries(data.hedges), true),
    postHedges: buildTrie(Object.entries(data.postHedges ?? {})),
    openers: buildTrie(openers, true),
    factorPrefixes: buildTrie(data.factorPrefixes.map((w) => [w, true] as const), true),
    rangeConnectors: new Set(data.rangeConnectors.flatMap((w) => phraseKeys(w))),
    ofWords: buildTrie(data.ofWords.map((w) => [w, true] as const)),
    numberArticles: new Set(data.numberArticles ?? []),
    percent: buildTrie(data.percentWords.map((w) => [w, true] as const)),
    points: buildTrie(Object.entries(data.pointWords)),
    currency: buildTrie(Object.entries(data.currencyWords)),
    factorWords: new Set(data.factorWords),
    comparatives: new Set(data.comparatives),
    erComparatives: data.erComparatives === true,
    factorBeforeNoun: data.factorBeforeNoun === true,
    durationHedges: new Set(data.durationHedges ?? []),
    foldWords: new Set(data.foldWords ?? []),
    foldNumbers: new Map(Object.entries(data.foldNumbers ?? {})),
    nouns: buildTrie(Object.entries(data.nouns)),
    nounSuffixes,
    unitWords: buildTrie(Object.entries(data.unitWords)),
    months: new Set(data.months),
    weekdays: new Set(data.weekdays),
    ordinalSuffixes: new Set(data.ordinalSuffixes),
    labels: buildTrie(data.labels.map((w) => [w, true] as const), true),
    timeWords: new Set(data.timeWords ?? []),
    hourWords: new Set(data.hourWords),
    stopwords: new Set(data.stopwords),
    preAdjectives: new Set(data.preAdjectives),
    ordinalDotArticles: new Set(data.ordinalDotArticles ?? []),
    pronounOne: data.pronounOne === undefined ? undefined : {
      words: new Set(data.pronounOne.words),
      before: new Set(data.pronounOne.before),
      after: new Set(data.pronounOne.after),
    },
  };
  cache.set(data.code, compiled);
  return compiled;
}
