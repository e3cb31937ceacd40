/**
 * Case-insensitive matching written into the pattern itself. V8 compiles a large regex with the `i` and `u` flags
 * slowly (it case-folds every literal and class, ~100 ms for a language's master regex) and runs it about twice as
 * slowly; the same pattern with each letter written as its case class (`[kKK]`) compiles in a few milliseconds
 * under `u` alone and gives the same matches. `caseless(source)` makes that rewrite; it returns undefined for a
 * construct it does not rewrite (back-references, `\w`, `\b`, other property escapes, large ranges), and the caller
 * keeps the `i` flag.
 *
 * The case class of a character is what `/x/iu` matches (ECMAScript simple case folding): the character, its lower and
 * upper case, and the few characters that fold to a letter without being its case mapping (U+212A KELVIN SIGN and
 * "k", U+017F LONG S and "s", U+1E9E and "ß", Greek symbol forms, ...), listed in `IRREGULAR`. Each member is checked
 * against the engine (`/^x$/iu`), so a wrong guess can only leave a member out, and test/caseless.test.ts compares
 * every class with the engine's, code point by code point.
 */

/** Case classes that lower and upper case mappings alone do not connect (from the engine, U+0000..U+1FFFF). */
const IRREGULAR: readonly string[] = [
  'Kk\u212a', 'Ss\u017f', '\u00c5\u00e5\u212b', '\u00df\u1e9e', '\u01c4\u01c5\u01c6', '\u01c7\u01c8\u01c9', '\u01ca\u01cb\u01cc',
  '\u01f1\u01f2\u01f3', '\u0345\u0399\u03b9\u1fbe', '\u0390\u1fd3', '\u0392\u03b2\u03d0', '\u0395\u03b5\u03f5',
  '\u0398\u03b8\u03d1\u03f4', '\u039a\u03ba\u03f0', '\u00b5\u039c\u03bc', '\u03a0\u03c0\u03d6', '\u03a1\u03c1\u03f1',
  '\u03a3\u03c2\u03c3', '\u03a6\u03c6\u03d5', '\u03a9\u03c9\u2126', '\u03b0\u1fe3', '\u0412\u0432\u1c80', '\u0414\u0434\u1c81',
  '\u041e\u043e\u1c82', '\u0421\u0441\u1c83', '\u0422\u0442\u1c84\u1c85', '\u042a\u044a\u1c86', '\u0462\u0463\u1c87',
  '\u1e60\u1e61\u1e9b', '\u1f80\u1f88', '\u1f81\u1f89', '\u1f82\u1f8a', '\u1f83\u1f8b', '\u1f84\u1f8c', '\u1f85\u1f8d',
  '\u1f86\u1f8e', '\u1f87\u1f8f', '\u1f90\u1f98', '\u1f91\u1f99', '\u1f92\u1f9a', '\u1f93\u1f9b', '\u1f94\u1f9c', '\u1f95\u1f9d',
  '\u1f96\u1f9e', '\u1f97\u1f9f', '\u1fa0\u1fa8', '\u1fa1\u1fa9', '\u1fa2\u1faa', '\u1fa3\u1fab', '\u1fa4\u1fac', '\u1fa5\u1fad',
  '\u1fa6\u1fae', '\u1fa7\u1faf', '\u1fb3\u1fbc', '\u1fc3\u1fcc', '\u1ff3\u1ffc', '\u1c88\ua64a\ua64b', '\ufb05\ufb06',
];

const irregularOf = new Map<string, string>();
for (const group of IRREGULAR) for (const ch of group) irregularOf.set(ch, group);

/**
 * What a property escape matches under `iu` beyond itself: U+0345 (a combining mark) folds to the letter ι. Only
 * the escapes listed here are rewritten.
 */
const PROPERTY_EXTRA: Readonly<Record<string, string>> = { L: '\\u0345', N: '' };

const classes = new Map<string, readonly string[]>();

/** The characters that `/x/iu` matches, `x` first. */
export function caseClass(x: string): readonly string[] {
  let found = classes.get(x);
  if (found !== undefined) return found;
  const candidates = new Set<string>([x]);
  const add = (s: string): void => {
    if (s.length === 0 || String.fromCodePoint(s.codePointAt(0) ?? 0) !== s) return; // one code point only
    candidates.add(s);
    for (const ch of irregularOf.get(s) ?? '') candidates.add(ch);
  };
  add(x);
  for (const s of [x.toLowerCase(), x.toUpperCase()]) {
    add(s);
    add(s.toLowerCase());
    add(s.toUpperCase());
  }
  if (candidates.size === 1) {
    found = [x];
  } else {
    const self = new RegExp(`^${escapeOutside(x)}$`, 'iu');
    found = [...candidates].filter((c) => c === x || self.test(c));
  }
  classes.set(x, found);
  return found;
}

const SYNTAX = new Set([...'\\^$.*+?()[]{}|/']);

function escapeOutside(ch: string): string {
  return SYNTAX.has(ch) ? `\\${ch}` : ch;
}

function escapeInClass(ch: string): string {
  return ch === '\\' || ch === ']' || ch === '[' || ch === '^' || ch === '-' ? `\\${ch}` : ch;
}

const atoms = new Map<string, string>();

/** A character outside a class, as the class of its case forms ("k" → "[kKK]"), or itself. */
function atom(ch: string): string {
  let found = atoms.get(ch);
  if (found === undefined) {
    const cls = caseClass(ch);
    found = cls.length > 1 ? `[${cls.map(escapeInClass).join('')}]` : ch;
    atoms.set(ch, found);
  }
  return found;
}

/** Largest character range inside a class that is expanded (the patterns have `a-z`, `0-9` at most). */
const MAX_RANGE = 1024;

/**
 * `source`, written for the flags `iu`, rewritten to match the same strings under `u` alone; undefined when it
 * holds a construct this does not rewrite.
 */
export function caseless(source: string): string | undefined {
  let out = '';
  let i = 0;
  const n = source.length;
  const codePointAt = (at: number): string => String.fromCodePoint(source.codePointAt(at) ?? 0);
  /** Reads an escape at `i` (on the backslash); returns its source and, for a single character, that character. */
  const readEscape = (): { text: string; char?: string; property?: string } | undefined => {
    const next = source[i + 1];
    if (next === undefined) return undefined;
    if (next === 'p' || next === 'P') {
      const close = source.indexOf('}', i);
      if (source[i + 2] !== '{' || close === -1) return undefined;
      const name = source.slice(i + 3, close);
      const text = source.slice(i, close + 1);
      i = close + 1;
      if (next === 'P' || PROPERTY_EXTRA[name] === undefined) return undefined;
      return { text, property: name };
    }
    if (next === 'u') {
      const braced = /^\\u\{([0-9a-fA-F]+)\}/u.exec(source.slice(i, i + 12));
      const plain = /^\\u([0-9a-fA-F]{4})/u.exec(source.slice(i, i + 6));
      const m = braced ?? plain;
      if (m === null) return undefined;
      i += m[0].length;
      const cp = Number.parseInt(m[1] ?? '', 16);
      if (cp >= 0xd800 && cp <= 0xdfff) return undefined; // a surrogate pair written as two escapes
      return { text: m[0], char: String.fromCodePoint(cp) };
    }
    if (next === 'x') {
      const m = /^\\x([0-9a-fA-F]{2})/u.exec(source.slice(i, i + 4));
      if (m === null) return undefined;
      i += 4;
      return { text: m[0], char: String.fromCodePoint(Number.parseInt(m[1] ?? '', 16)) };
    }
    // Character class escapes and control escapes that case does not touch.
    if ('dDsSnrtfv0'.includes(next)) {
      if (next === '0' && /\d/u.test(source[i + 2] ?? '')) return undefined;
      i += 2;
      return { text: `\\${next}` };
    }
    // An escaped syntax character stands for itself (under `u` only these may be escaped, and `-` in a class).
    if (SYNTAX.has(next) || next === '-') {
      i += 2;
      return { text: `\\${next}`, char: next };
    }
    return undefined; // \w \W \b \B \k \c and back-references by number: matched differently under `i`
  };

  while (i < n) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      const escape = readEscape();
      if (escape === undefined) return undefined;
      if (escape.property !== undefined) {
        const extra = PROPERTY_EXTRA[escape.property] ?? '';
        out += extra === '' ? escape.text : `[${escape.text}${extra}]`;
      } else if (escape.char !== undefined && caseClass(escape.char).length > 1) {
        out += atom(escape.char);
      } else {
        out += escape.text;
      }
      continue;
    }
    if (ch === '(') {
      if (source[i + 1] === '?') {
        const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/u.exec(source.slice(i, i + 64));
        if (m === null) return undefined; // a modifier group "(?i:" and the like
        out += m[0];
        i += m[0].length;
      } else {
        out += ch;
        i += 1;
      }
      continue;
    }
    if (ch === '{') {
      const m = /^\{\d+(?:,\d*)?\}/u.exec(source.slice(i, i + 24));
      if (m === null) return undefined;
      out += m[0];
      i += m[0].length;
      continue;
    }
    if (ch === '[') {
      const rewritten = rewriteClass();
      if (rewritten === undefined) return undefined;
      out += rewritten;
      continue;
    }
    if (SYNTAX.has(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    const literal = codePointAt(i);
    i += literal.length;
    out += atom(literal);
  }
  return out;

  /** A class `[...]` at `i`: its own text, then the case classes of its members. */
  function rewriteClass(): string | undefined {
    const open = i;
    i += 1;
    if (source[i] === '^') i += 1;
    const extra: string[] = [];
    let previous: string | undefined; // the last single character, for a range
    while (i < n && source[i] !== ']') {
      let char: string | undefined;
      if (source[i] === '\\') {
        const escape = readEscape();
        if (escape === undefined) return undefined;
        if (escape.property !== undefined) extra.push(PROPERTY_EXTRA[escape.property] ?? '');
        char = escape.char;
      } else if (source[i] === '[') {
        return undefined; // a nested class: only under the `v` flag
      } else if (source[i] === '-' && previous !== undefined && source[i + 1] !== ']') {
        i += 1;
        let last: string | undefined;
        if (source[i] === '\\') {
          const escape = readEscape();
          if (escape === undefined || escape.char === undefined) return undefined;
          last = escape.char;
        } else {
          last = codePointAt(i);
          i += last.length;
        }
        const from = previous.codePointAt(0) ?? 0;
        const to = last.codePointAt(0) ?? 0;
        if (to - from > MAX_RANGE) return undefined;
        for (let cp = from; cp <= to; cp++) {
          for (const member of caseClass(String.fromCodePoint(cp))) extra.push(escapeInClass(member));
        }
        previous = undefined;
        continue;
      } else {
        char = codePointAt(i);
        i += char.length;
      }
      if (char !== undefined) for (const member of caseClass(char).slice(1)) extra.push(escapeInClass(member));
      previous = char;
    }
    if (i >= n) return undefined;
    i += 1; // ]
    const body = source.slice(open, i - 1);
    return `${body}${[...new Set(extra)].join('')}]`;
  }
}

/** A regex with the flags `iu` and `more`, built without `i` when the pattern can carry its case classes. */
export function caselessRegExp(source: string, more = ''): RegExp {
  const rewritten = caseless(source);
  return rewritten === undefined || rewritten.length > TOO_LARGE_TO_OPTIMIZE ? new RegExp(source, `iu${more}`) : new RegExp(rewritten, `u${more}`);
}

/**
 * V8 leaves out its matching optimizations (quick checks, Boyer-Moore look-ahead) for a pattern longer than 20 KB
 * (`kRegExpTooLargeToOptimize`): such a regex runs ten times slower, so a rewrite past that size is not used.
 */
const TOO_LARGE_TO_OPTIMIZE = 20_000;
