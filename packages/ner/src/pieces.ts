import type { TokenClassifier } from './classifier.ts';
import { splitWords, type Word } from './words.ts';

/**
 * The pieces of a whole text, in order, each with exact character offsets. Pieces never cross a word;
 * a word's pieces tile the word (an `[UNK]` piece keeps the offsets of the part of the word it stands for,
 * the whole word when it is the only piece).
 */
export interface PieceTable {
  readonly length: number;
  readonly ids: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index of the word (in `words`) each piece belongs to. */
  readonly wordIndex: Int32Array;
  /** 1 when the piece continues the previous piece's word (Python's `is_subword`); 0 for `[UNK]`. */
  readonly subword: Uint8Array;
  /** Piece strings, as the vocabulary spells them. */
  readonly strings: readonly string[];
  readonly words: readonly Word[];
  /** How many pieces are `[UNK]`. */
  readonly unknown: number;
}

interface CachedWord {
  readonly ids: readonly number[];
  readonly pieces: readonly string[];
  /** Offsets relative to the word start: [start0, end0, start1, end1, ...]. */
  readonly offsets: Int32Array;
  readonly unknown: number;
}

const MAX_CACHE = 200_000;
const CLUSTER_RE = /\P{M}\p{M}*|\p{M}+/gu;
const SPACE_RE = /\s/u;

/** Encodes words into pieces with offsets, caching each distinct word. One per classifier. */
export class PieceEncoder {
  readonly #classifier: TokenClassifier;
  readonly #cache = new Map<string, CachedWord>();

  constructor(classifier: TokenClassifier) {
    this.#classifier = classifier;
  }

  /** The piece table of `text`. Linear in the text length (each distinct word is encoded once). */
  encode(text: string): PieceTable {
    const words = splitWords(text);
    const encoded: CachedWord[] = [];
    let total = 0;
    for (const word of words) {
      const w = this.#word(word.text);
      encoded.push(w);
      total += w.ids.length;
    }
    const ids = new Int32Array(total);
    const starts = new Int32Array(total);
    const ends = new Int32Array(total);
    const wordIndex = new Int32Array(total);
    const subword = new Uint8Array(total);
    const strings: string[] = new Array<string>(total);
    let unknown = 0;
    let k = 0;
    for (let w = 0; w < words.length; w += 1) {
      const word = words[w] as Word;
      const enc = encoded[w] as CachedWord;
      unknown += enc.unknown;
      for (let i = 0; i < enc.ids.length; i += 1) {
        const id = enc.ids[i] as number;
        ids[k] = id;
        starts[k] = word.start + (enc.offsets[2 * i] as number);
        ends[k] = word.start + (enc.offsets[2 * i + 1] as number);
        wordIndex[k] = w;
        subword[k] = i > 0 && id !== this.#classifier.unknownId ? 1 : 0;
        strings[k] = enc.pieces[i] as string;
        k += 1;
      }
    }
    return { length: total, ids, starts, ends, wordIndex, subword, strings, words, unknown };
  }

  #word(word: string): CachedWord {
    const hit = this.#cache.get(word);
    if (hit !== undefined) return hit;
    const c = this.#classifier;
    const { ids, pieces } = c.encodeWord(word);
    const offsets = alignPieces(word, pieces, ids, c.subwordPrefix, c.unknownId, c.normalize?.bind(c));
    let unknown = 0;
    for (const id of ids) if (id === c.unknownId) unknown += 1;
    const entry: CachedWord = { ids, pieces, offsets, unknown };
    if (this.#cache.size >= MAX_CACHE) this.#cache.clear();
    this.#cache.set(word, entry);
    return entry;
  }
}

/**
 * Offsets of each piece inside `word`, relative to its start, as [start0, end0, start1, end1, ...].
 * Pieces are matched in order against the normalized word (each grapheme cluster normalized on its own,
 * so that lower-casing or accent stripping that changes lengths still maps back). An `[UNK]` piece covers
 * the stretch between its neighbours. When the pieces cannot be matched, every piece gets the whole word.
 */
export function alignPieces(
  word: string,
  pieces: readonly string[],
  ids: readonly number[],
  prefix: string,
  unknownId: number | undefined,
  normalize: ((text: string) => string) | undefined,
): Int32Array {
  const n = pieces.length;
  const out = new Int32Array(2 * n);
  if (n === 0) return out;
  if (n === 1) {
    out[1] = word.length;
    return out;
  }
  const bare = pieces.map((p, i) => (i > 0 && p.startsWith(prefix) ? p.slice(prefix.length) : p));
  // Fast path: no normalization effect and no unknown piece.
  if (!ids.includes(unknownId ?? -1) && bare.join('') === word) {
    let pos = 0;
    for (let i = 0; i < n; i += 1) {
      out[2 * i] = pos;
      pos += (bare[i] as string).length;
      out[2 * i + 1] = pos;
    }
    return out;
  }
  // Normalized word, with the original offsets of the cluster behind each normalized code unit.
  let norm = '';
  const fromStart: number[] = [];
  const fromEnd: number[] = [];
  CLUSTER_RE.lastIndex = 0;
  for (let m = CLUSTER_RE.exec(word); m !== null; m = CLUSTER_RE.exec(word)) {
    const piece = normalize === undefined ? m[0] : normalize(m[0]);
    for (let u = 0; u < piece.length; u += 1) {
      fromStart.push(m.index);
      fromEnd.push(m.index + m[0].length);
    }
    norm += piece;
  }
  const origAt = (normIndex: number): number => (normIndex >= norm.length ? word.length : (fromStart[normIndex] as number));
  let cursor = 0;
  let pendingUnknown: number[] = [];
  const closeUnknown = (until: number): void => {
    if (pendingUnknown.length === 0) return;
    const from = origAt(cursor);
    const to = Math.max(from, until);
    // Several consecutive unknown pieces share the stretch.
    for (const i of pendingUnknown) {
      out[2 * i] = from;
      out[2 * i + 1] = to;
    }
    pendingUnknown = [];
  };
  for (let i = 0; i < n; i += 1) {
    if (ids[i] === unknownId) {
      pendingUnknown.push(i);
      continue;
    }
    const p = bare[i] as string;
    let at = cursor;
    while (at < norm.length && SPACE_RE.test(norm[at] as string)) at += 1;
    if (!norm.startsWith(p, at)) at = p.length === 0 ? -1 : norm.indexOf(p, at);
    if (at < 0 || p.length === 0) {
      out.fill(0);
      for (let j = 0; j < n; j += 1) out[2 * j + 1] = word.length;
      return out;
    }
    closeUnknown(fromStart[at] as number);
    out[2 * i] = fromStart[at] as number;
    out[2 * i + 1] = fromEnd[at + p.length - 1] as number;
    cursor = at + p.length;
  }
  if (pendingUnknown.length > 0) {
    const from = origAt(cursor);
    for (const i of pendingUnknown) {
      out[2 * i] = from;
      out[2 * i + 1] = word.length;
    }
  }
  return out;
}
