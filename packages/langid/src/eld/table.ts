/**
 * eld's detector (npmjs.com/package/eld, Apache-2.0, Nito T.M.), rewritten over tables that load fast.
 *
 * eld's own modules hold their n-gram tables as one huge object literal: importing `eld/small` costs about
 * 0.3 s of CPU and 150 MB, on every start of every program that imports this package. Here the same numbers
 * sit in two string literals per table (`*.data.ts`, written by scripts/eld-tables.ts), which cost next to
 * nothing to import, and are decoded on the first call that needs them (a few milliseconds, synchronous: the
 * result never depends on timing). The scoring follows eld 2.1.0's `languageDetector.js` step by step, and
 * test/eld.test.ts checks that it gives exactly eld's scores.
 */

import { Buffer } from 'node:buffer';
import { FaitsError } from '@faits/document';
import { ELD_DICTIONARY, ELD_SEPARATORS } from './text.data.ts';

/** A table as stored: see scripts/eld-tables.ts. */
export interface EldTableSource {
  readonly name: string;
  /** ISO 639-1 codes, one per column. */
  readonly languages: readonly string[];
  /** The n-grams, joined by line feeds. */
  readonly keys: string;
  /** Base64: for each n-gram in order, a count k then k pairs (column, score), one byte each. */
  readonly rows: string;
}

/** A decoded table: each n-gram to its row, each row a run of (column, score + eld's base score) pairs. */
interface EldTable {
  readonly languages: readonly string[];
  readonly rowOf: ReadonlyMap<string, number>;
  /** Row r spans pairs [start[r], start[r + 1]). */
  readonly start: Uint32Array;
  readonly column: Uint8Array;
  readonly score: Uint16Array;
}

/** eld stores scores minus this, to keep its files small (`baseNgramScore`). */
const BASE_SCORE = 53;
/** eld's scale in `score = x / (x + 25)` (LanguageResult.js). */
const SCALE = 25;

/** A table that decodes itself on first use. */
export class LazyEldTable {
  readonly #source: EldTableSource;
  #table: EldTable | undefined;

  constructor(source: EldTableSource) {
    this.#source = source;
  }

  get languages(): readonly string[] {
    return this.#source.languages;
  }

  /** Whether the table has been decoded (for tests and measurements). */
  get loaded(): boolean {
    return this.#table !== undefined;
  }

  get table(): EldTable {
    this.#table ??= decode(this.#source);
    return this.#table;
  }
}

function decode(source: EldTableSource): EldTable {
  const keys = source.keys.split('\n');
  const bytes = Buffer.from(source.rows, 'base64');
  const rowOf = new Map<string, number>();
  const start = new Uint32Array(keys.length + 1);
  const pairs = (bytes.length - keys.length) / 2;
  const column = new Uint8Array(pairs);
  const score = new Uint16Array(pairs);
  let at = 0;
  let pair = 0;
  for (let row = 0; row < keys.length; row += 1) {
    rowOf.set(keys[row] as string, row);
    start[row] = pair;
    const count = bytes[at] as number;
    at += 1;
    for (let k = 0; k < count; k += 1) {
      column[pair] = bytes[at] as number;
      score[pair] = (bytes[at + 1] as number) + BASE_SCORE;
      at += 2;
      pair += 1;
    }
  }
  start[keys.length] = pair;
  if (at !== bytes.length || pair !== pairs) {
    throw new FaitsError('E_INTERNAL', `The eld table "${source.name}" does not decode: regenerate it with scripts/eld-tables.ts.`);
  }
  return { languages: source.languages, rowOf, start, column, score };
}

/**
 * eld's `detect(text).getScores()` for the languages of `table`: for each language with at least one n-gram,
 * `x / (x + 25)` where x is its summed n-gram score over the number of distinct n-grams of the text. Empty
 * when no n-gram of the text is in the table (eld's `language: ''`).
 */
export function eldScores(text: string, lazy: LazyEldTable): Map<string, number> {
  const { languages, rowOf, start, column, score } = lazy.table;
  const ngrams = byteNgrams(textWords(text.substring(0, 1000)));
  const sums = new Float64Array(languages.length);
  for (const ngram of ngrams) {
    const row = rowOf.get(ngram);
    if (row === undefined) continue;
    const end = start[row + 1] as number;
    for (let p = start[row] as number; p < end; p += 1) {
      const c = column[p] as number;
      sums[c] = (sums[c] as number) + (score[p] as number);
    }
  }
  const scores = new Map<string, number>();
  languages.forEach((code, c) => {
    const sum = sums[c] as number;
    if (sum <= 0) return;
    const x = sum / ngrams.size;
    scores.set(code, x / (x + SCALE));
  });
  return scores;
}

/** eld's `textProcessor`: separators to spaces, trimmed, lowercased, then its UTF-8 "byte words". */
function textWords(text: string): string[] {
  return utf8Words(text.replace(ELD_SEPARATORS, ' ').trim().toLowerCase());
}

/** eld's `strToUtf8Bytes`: words of one character per UTF-8 byte, cut at a space after 350 bytes (380 at most). */
function utf8Words(str: string): string[] {
  const d = ELD_DICTIONARY;
  let encoded = '';
  const words: string[] = [];
  let countBytes = 0;
  for (let i = 0; i < str.length; i += 1) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > 350) break;
      } else {
        encoded += str[i];
      }
      countBytes += 1;
    } else if (code < 0x800) {
      encoded += d[0xc0 | (code >> 6)]! + d[0x80 | (code & 0x3f)]!;
      countBytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += d[0xe0 | (code >> 12)]! + d[0x80 | ((code >> 6) & 0x3f)]! + d[0x80 | (code & 0x3f)]!;
      countBytes += 3;
    } else {
      i += 1;
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      encoded += d[0xf0 | (code >> 18)]! + d[0x80 | ((code >> 12) & 0x3f)]! + d[0x80 | ((code >> 6) & 0x3f)]! + d[0x80 | (code & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's `getByteNgrams`: 4-byte n-grams with a stride of 3, word start and end marked by a space; distinct. */
function byteNgrams(words: readonly string[]): Set<string> {
  const ngrams = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) ngrams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    ngrams.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return ngrams;
}
