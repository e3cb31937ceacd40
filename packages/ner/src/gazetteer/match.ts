import { FaitsError, type Entity, type EntityLabel } from '@faits/document';
import type { GazetteerAlias, GazetteerEntry } from './types.ts';

/** `source` of the entities the gazetteer finds. */
export const GAZETTEER_SOURCE = 'ner.gazetteer.v1';

/** Confidence of a match spelled exactly as listed, of one found by a context rule, of one in another case. */
const CONFIDENCE_EXACT = 0.95;
const CONFIDENCE_CONTEXT = 0.9;
const CONFIDENCE_FOLDED = 0.85;
/** Characters of text on each side that a context rule can see. */
const CONTEXT_CHARS = 80;

const CJK = String.raw`\u{3040}-\u{30FF}\u{31F0}-\u{31FF}\u{FF66}-\u{FF9F}\u{4E00}-\u{9FFF}\u{3400}-\u{4DBF}\u{F900}-\u{FAFF}\u{20000}-\u{2FA1F}`;
/** A CJK or kana character alone, a run of other letters, digits and marks, or any other single non-space character. */
const TOKEN_RE = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+|[^\\s]`, 'gu');
const APOSTROPHES_RE = /[’‘ʼ′`´]/gu;
const HYPHENS_RE = /[‐‑]/gu;
const MARKS_RE = /\p{M}/gu;
const WORDLIKE_RE = /^[\p{L}\p{N}]/u;
/** Prefixes that can be hyphenated to a name without making a compound word (folded). */
const NAME_PREFIXES = new Set(['ex', 'anti', 'pro', 'non', 'post', 'pre', 'neo', 'ultra', 'super', 'uber', 'contra', 'vs']);
const UPPER_RE = /\p{Lu}/gu;
const LETTER_RE = /\p{L}/gu;

interface Terminal {
  readonly entry: number;
  readonly exact: boolean;
  /** The alias with apostrophes and hyphens unified: compared with the text for exact aliases. */
  readonly surface: string;
  readonly before?: RegExp;
  readonly after?: RegExp;
  readonly notBefore?: RegExp;
  readonly notAfter?: RegExp;
  /** A short all-capital acronym (`SEC`, `UN`): skipped inside all-capital headlines. */
  readonly acronym: boolean;
  /** A single-token exact alias (a common word like Meta): skipped inside hyphenated compounds. */
  readonly singleWord: boolean;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  terminals: Terminal[];
}

export interface CompiledGazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly root: TrieNode;
  /** All spellings of each entry, unified, for the confidence of case-folded matches. */
  readonly spellings: readonly ReadonlySet<string>[];
}

interface TextToken {
  readonly start: number;
  readonly end: number;
  /** Trie key: `" "` before the folded token when white space precedes it. */
  readonly key: string;
  readonly raw: string;
}

function unify(s: string): string {
  return s.normalize('NFC').replace(APOSTROPHES_RE, "'").replace(HYPHENS_RE, '-');
}

function fold(s: string): string {
  return unify(s).normalize('NFD').replace(MARKS_RE, '').toLowerCase().normalize('NFC');
}

function tokenize(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let prevEnd = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let gap = '';
    if (prevEnd >= 0 && start > prevEnd) {
      // A gap is white space; a line break between two tokens stops any multi-word match (`\n` key).
      gap = text.slice(prevEnd, start).includes('\n') ? '\n' : ' ';
    }
    tokens.push({ start, end, key: gap + fold(m[0]), raw: m[0] });
    prevEnd = end;
  }
  return tokens;
}

function compileRegex(source: string | undefined, anchor: 'start' | 'end', where: string): RegExp | undefined {
  if (source === undefined) return undefined;
  try {
    const anchored = anchor === 'end' ? `(?:${source})$` : `^(?:${source})`;
    return new RegExp(anchored, 'iu');
  } catch (cause) {
    throw new FaitsError('E_INVALID_OPTION', `Invalid context pattern ${JSON.stringify(source)} for ${where}.`, { cause });
  }
}

/**
 * Compiles entries into a token trie. Linear in the total length of the aliases. Throws
 * `E_INVALID_OPTION` for an entry without a name or a bad context pattern.
 */
export function compileGazetteer(entries: readonly GazetteerEntry[]): CompiledGazetteer {
  const root: TrieNode = { next: new Map(), terminals: [] };
  const spellings: Set<string>[] = [];
  entries.forEach((e, index) => {
    if (typeof e.canonical !== 'string' || e.canonical.trim() === '') {
      throw new FaitsError('E_INVALID_OPTION', `Gazetteer entry ${index} has no canonical name.`);
    }
    // The canonical name is an alias too, unless an alias rule with the same text says how to match it.
    const ruled = e.aliases.some((a) => typeof a !== 'string' && a.text === e.canonical);
    const all: GazetteerAlias[] = ruled ? [...e.aliases] : [e.canonical, ...e.aliases];
    const seen = new Set<string>();
    for (const alias of all) {
      const rule = typeof alias === 'string' ? { text: alias } : alias;
      seen.add(unify(rule.text));
    }
    spellings.push(seen);
    for (const alias of all) {
      const rule = typeof alias === 'string' ? { text: alias } : alias;
      const where = `"${rule.text}" (${e.canonical})`;
      const tokens = tokenize(rule.text);
      if (tokens.length === 0) throw new FaitsError('E_INVALID_OPTION', `Gazetteer alias ${where} is empty.`);
      let node = root;
      tokens.forEach((t, i) => {
        const key = i === 0 ? t.key.trimStart() : t.key;
        let child = node.next.get(key);
        if (child === undefined) {
          child = { next: new Map(), terminals: [] };
          node.next.set(key, child);
        }
        node = child;
      });
      const exact = rule.exact ?? e.exact ?? false;
      const surface = unify(rule.text);
      const before = compileRegex('before' in rule ? rule.before : undefined, 'end', where);
      const after = compileRegex('after' in rule ? rule.after : undefined, 'start', where);
      const notBefore = compileRegex('notBefore' in rule ? rule.notBefore : undefined, 'end', where);
      const notAfter = compileRegex('notAfter' in rule ? rule.notAfter : undefined, 'start', where);
      const terminal: Terminal = {
        entry: index,
        exact,
        surface,
        ...(before === undefined ? {} : { before }),
        ...(after === undefined ? {} : { after }),
        ...(notBefore === undefined ? {} : { notBefore }),
        ...(notAfter === undefined ? {} : { notAfter }),
        acronym: /^\p{Lu}{1,4}$/u.test(surface),
        singleWord: exact && tokens.length === 1,
      };
      // Exact spellings first, so that they are tried before case-folded ones at the same node.
      node.terminals = [...node.terminals, terminal].sort((a, b) => Number(b.exact) - Number(a.exact));
    }
  });
  return { entries, root, spellings };
}

/** True when the letters around [start, end) are mostly capitals: a shouting headline. */
function inCapitals(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 40), start) + text.slice(end, end + 40);
  const letters = around.match(LETTER_RE)?.length ?? 0;
  if (letters < 8) return false;
  return (around.match(UPPER_RE)?.length ?? 0) / letters > 0.6;
}

function contextHolds(t: Terminal, text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const right = text.slice(end, end + CONTEXT_CHARS);
  if (t.notBefore?.test(left) === true || t.notAfter?.test(right) === true) return false;
  if (t.before === undefined && t.after === undefined) return true;
  return t.before?.test(left) === true || t.after?.test(right) === true;
}

/** A hyphen glued to a word on either side: "Meta-analysis", "pro-Apple". */
function inCompound(tokens: readonly TextToken[], first: number, last: number): boolean {
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[last + 1];
  const next2 = tokens[last + 2];
  const first0 = tokens[first] as TextToken;
  const last0 = tokens[last] as TextToken;
  const glued = (a: TextToken, b: TextToken): boolean => a.end === b.start;
  if (next !== undefined && next2 !== undefined && next.raw === '-' && glued(last0, next) && glued(next, next2) && WORDLIKE_RE.test(next2.raw)) return true;
  if (prev !== undefined && prev2 !== undefined && prev.raw === '-' && glued(prev, first0) && glued(prev2, prev) && WORDLIKE_RE.test(prev2.raw)) {
    // "ex-Twitter", "anti-Apple" still name the company.
    return !NAME_PREFIXES.has(prev2.key.trimStart());
  }
  return false;
}

export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: number;
  readonly confidence: number;
  /** Index of the first token, and how many tokens. */
  readonly first: number;
  readonly tokens: number;
}

/**
 * Finds every listed name in `text`: whole tokens only, the longest match at each place, then
 * overlapping matches resolved as spaCy's `filter_spans` does (longer first, then earlier).
 * Linear in the text length (the trie walk from each token is bounded by the longest alias).
 */
export function findMatches(text: string, gazetteer: CompiledGazetteer): GazetteerMatch[] {
  const tokens = tokenize(text);
  const candidates: GazetteerMatch[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    let node: TrieNode | undefined = gazetteer.root.next.get((tokens[i] as TextToken).key.trimStart());
    let best: GazetteerMatch | undefined;
    for (let j = i; node !== undefined; ) {
      const start = (tokens[i] as TextToken).start;
      const end = (tokens[j] as TextToken).end;
      const surface = node.terminals.length > 0 ? unify(text.slice(start, end)) : '';
      for (const t of node.terminals) {
        if (t.exact && surface !== t.surface) continue;
        if (t.acronym && surface !== t.surface) continue; // "BEI", "BIS" are acronyms; "bei", "bis" are words
        if (t.acronym && inCapitals(text, start, end)) continue;
        if (t.singleWord && inCompound(tokens, i, j)) continue;
        if (!contextHolds(t, text, start, end)) continue;
        const hasContext = t.before !== undefined || t.after !== undefined;
        const spelled = (gazetteer.spellings[t.entry] as ReadonlySet<string>).has(surface);
        const confidence = hasContext ? CONFIDENCE_CONTEXT : spelled ? CONFIDENCE_EXACT : CONFIDENCE_FOLDED;
        best = { start, end, entry: t.entry, confidence, first: i, tokens: j - i + 1 };
        break;
      }
      j += 1;
      const nextToken = tokens[j];
      if (nextToken === undefined || nextToken.key.startsWith('\n')) break;
      node = node.next.get(nextToken.key);
    }
    if (best !== undefined) candidates.push(best);
  }
  // filter_spans: longest first (then earliest); keep those that overlap nothing kept.
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: GazetteerMatch[] = [];
  const taken = new Set<number>();
  for (const c of byLength) {
    let free = true;
    for (let k = c.first; k < c.first + c.tokens; k += 1) if (taken.has(k)) free = false;
    if (!free) continue;
    for (let k = c.first; k < c.first + c.tokens; k += 1) taken.add(k);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Entities for the matches, with canonical name, kind and label from the entries; ids e1, e2, ... */
export function matchesToEntities(text: string, matches: readonly GazetteerMatch[], gazetteer: CompiledGazetteer): Entity[] {
  return matches.map((m, i) => {
    const e = gazetteer.entries[m.entry] as GazetteerEntry;
    const label = entryLabel(e);
    return {
      id: `e${i + 1}`,
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      label,
      confidence: m.confidence,
      source: GAZETTEER_SOURCE,
      canonical: e.canonical,
      kind: e.kind,
    };
  });
}

/**
 * The entry a name is an alias of, ignoring context rules (the caller already knows it is a name), or
 * undefined. Exact aliases must match exactly; others ignore case and accents. Runs in the length of
 * the name.
 */
export function lookupAlias(name: string, gazetteer: CompiledGazetteer): GazetteerEntry | undefined {
  const tokens = tokenize(name);
  const first = tokens[0];
  if (first === undefined) return undefined;
  let node: TrieNode | undefined = gazetteer.root.next.get(first.key.trimStart());
  for (let j = 1; j < tokens.length && node !== undefined; j += 1) node = node.next.get((tokens[j] as TextToken).key);
  if (node === undefined) return undefined;
  const surface = unify(name);
  const hit = node.terminals.find((t) => !t.exact || t.surface === surface);
  return hit === undefined ? undefined : gazetteer.entries[hit.entry];
}

/** The label an entry gives its matches. */
export function entryLabel(e: GazetteerEntry): EntityLabel {
  return e.label ?? (e.kind === 'product' ? 'PRODUCT' : 'ORG');
}
