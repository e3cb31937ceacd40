/**
 * Numbers written with digits: grouping separators (U+0020, U+00A0, U+202F, U+2009, '.', ',', ’ and '), and
 * the decimal mark decided by shape first, then by the language.
 */

export interface DigitNumber {
  /** First code unit after the number. */
  readonly end: number;
  /** Decimal string without grouping, '.' as the decimal mark ("1234.5"). */
  readonly decimal: string;
  /** Digits of the integer part, grouping removed. */
  readonly integerDigits: number;
  readonly grouped: boolean;
  readonly hasFraction: boolean;
  /** Looks like a version or address ("1.2.3", "192.168.0.1"): not a number. */
  readonly malformed: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Space-like grouping separators: space, no-break space, narrow no-break space, thin space. */
export function isGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function groupClass(c: number): string | undefined {
  if (isGroupSpace(c)) return ' ';
  if (c === 0x2e) return '.';
  if (c === 0x2c) return ',';
  if (c === 0x27 || c === 0x2019) return "'";
  return undefined;
}

function threeDigitsAt(text: string, p: number): boolean {
  return isDigit(text.charCodeAt(p)) && isDigit(text.charCodeAt(p + 1)) && isDigit(text.charCodeAt(p + 2)) &&
    !isDigit(text.charCodeAt(p + 3));
}

/**
 * Reads the number that starts at `p` (a digit). `decimalMark` is the language's: it settles a lone
 * "1.234" or "1,234" (German 1234, English 1.234); every other shape decides by itself.
 */
export function readDigits(text: string, p: number, decimalMark: ',' | '.'): DigitNumber {
  let q = p;
  while (isDigit(text.charCodeAt(q))) q++;
  const first = text.slice(p, q);
  const groups: string[] = [];
  let sep: string | undefined;
  if (q - p <= 3) {
    for (;;) {
      const cls = groupClass(text.charCodeAt(q));
      if (cls === undefined || !threeDigitsAt(text, q + 1)) break;
      if (sep !== undefined && sep !== cls) break;
      // A space followed by a 3-digit group after a comma-grouped number is not grouping ("1,000 200").
      sep = cls;
      groups.push(text.slice(q + 1, q + 4));
      q += 4;
    }
  }
  let fraction = '';
  const c = text.charCodeAt(q);
  if ((c === 0x2e || c === 0x2c) && isDigit(text.charCodeAt(q + 1)) && groupClass(c) !== sep) {
    let r = q + 1;
    while (isDigit(text.charCodeAt(r))) r++;
    fraction = text.slice(q + 1, r);
    q = r;
  }
  // A lone "1.234" / "1,234": the language decides whether the mark is decimal.
  if (groups.length === 1 && fraction === '' && (sep === '.' || sep === ',') && sep === decimalMark) {
    fraction = groups[0] as string;
    groups.length = 0;
  }
  let malformed = false;
  const after = text.charCodeAt(q);
  if ((after === 0x2e || after === 0x2c) && isDigit(text.charCodeAt(q + 1))) {
    // "1.2.3", "12.10.2024", "1,234,5": not a well-formed number; swallow the whole run.
    malformed = true;
    while (isDigit(text.charCodeAt(q)) || ((text.charCodeAt(q) === 0x2e || text.charCodeAt(q) === 0x2c) && isDigit(text.charCodeAt(q + 1)))) q++;
  }
  const integer = first + groups.join('');
  return {
    end: q,
    decimal: fraction === '' ? integer : `${integer}.${fraction}`,
    integerDigits: integer.length,
    grouped: groups.length > 0,
    hasFraction: fraction !== '',
    malformed,
  };
}

/** `decimal` × 10^exponent, exactly as a decimal string would read ("7.2" × 10^9 = 7200000000). */
export function scaleDecimal(decimal: string, exponent: number): number {
  return exponent === 0 ? Number(decimal) : Number(`${decimal}e${exponent}`);
}
