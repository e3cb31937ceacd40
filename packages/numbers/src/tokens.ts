/**
 * A light, lossless-enough token stream for the number scanner: runs of letters, runs of digits, and single
 * other characters; white space is skipped (the gaps are read back from the text when they matter).
 * Offsets are UTF-16 code units of the text.
 */

export const WORD = 1;
export const DIGITS = 2;
export const OTHER = 3;

/** Letters (with combining marks), digits, or any other single code point. */
const TOKEN_RE = /[\p{L}\p{M}]+|\d+|\S/gu;
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
const HYPHENS = new Set(['-', '‐', '‑', '‒']);

export interface TokenStream {
  readonly text: string;
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** Match key: lower-cased word, `#` for digits, `'` for any apostrophe, `-` for any hyphen, else the character. */
  readonly key: string[];
}

/** Normalized key of a non-word, non-digit character. */
export function otherKey(ch: string): string {
  if (APOSTROPHES.has(ch)) return "'";
  if (HYPHENS.has(ch)) return '-';
  return ch;
}

export function tokenize(text: string): TokenStream {
  // Upper bound on the token count: one per code unit.
  let capacity = Math.max(16, Math.ceil(text.length / 3));
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let kind = new Uint8Array(capacity);
  const key: string[] = [];
  let n = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    if (n === capacity) {
      capacity *= 2;
      const s2 = new Int32Array(capacity); s2.set(start); start = s2;
      const e2 = new Int32Array(capacity); e2.set(end); end = e2;
      const k2 = new Uint8Array(capacity); k2.set(kind); kind = k2;
    }
    const s = m.index;
    const t = m[0];
    start[n] = s;
    end[n] = s + t.length;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      kind[n] = DIGITS;
      key.push('#');
    } else if (LETTER_RE.test(t)) {
      kind[n] = WORD;
      key.push(t.toLowerCase());
    } else {
      kind[n] = OTHER;
      key.push(otherKey(t));
    }
    n += 1;
  }
  return { text, length: n, start, end, kind, key };
}

const LETTER_RE = /^[\p{L}\p{M}]/u;

/** The keys of a phrase, tokenized like the text ("jusqu'à" → jusqu ' à). */
export function phraseKeys(phrase: string): string[] {
  const t = tokenize(phrase);
  return t.key.slice(0, t.length);
}
