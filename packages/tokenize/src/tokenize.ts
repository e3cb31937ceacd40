import { FaitsError, type Token, type TokenKind } from '@faits/document';
import {
  ACRONYM, DIGIT, DIGIT_RUN, DOMAIN, EMAIL, EMOJI, EMOJI_PRESENTATION, LETTER, LETTER_RUN, MARK_RUN, NO_SPACE_RUN,
  NO_SPACE_START, PUNCT, SYMBOL, UPPER, URL_RE, WORD_RUN, WORD_START, isApostropheCode, isAsciiDigit, isAsciiUpper,
  isHyphenCode, isInnerJoinerCode, isSpaceCode, isTerminalCode, matchAt,
} from './chars.ts';
import { abbreviationClass, compileLanguage, type CompiledLanguage } from './lang/index.ts';
import { numberValue } from './numbers.ts';

export interface TokenizeOptions {
  /**
   * Language of the text (ISO 639-1, a region is ignored): selects the per-language data.
   * Left out, `und` or a language without data: the generic fallback.
   */
  readonly lang?: string | undefined;
}

/**
 * Units split off a number written against it ("10km" → "10" + "km", "4x" → "4" + "x").
 * Other letters keep the token whole ("3D", "5G", "14h30").
 */
const UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'µm', 'nm', 'kg', 'g', 'mg', 't', 'l', 'ml', 'cl', 'dl', 'h', 'min', 's', 'ms', 'ns',
  'W', 'kW', 'MW', 'GW', 'TW', 'Wh', 'kWh', 'MWh', 'GWh', 'TWh', 'V', 'kV', 'A', 'mA', 'Hz', 'kHz', 'MHz', 'GHz',
  'B', 'KB', 'kB', 'MB', 'GB', 'TB', 'PB', 'Ko', 'Mo', 'Go', 'To', 'Kb', 'Mb', 'Gb', 'Tb', 'bit', 'bits',
  'x', 'k', 'K', 'M', 'Md', 'Mds', 'bn', 'mn', 'ha', 'm²', 'km²', 'm³', 'px', 'ppm', 'pts', 'pt',
]);
const TRAILING_URL_PUNCT = new Set([...'.,;:!?\'")]}>»”’…'].map((c) => c.charCodeAt(0)));
const NO_RUN = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'«»]/u;
const EMOJI_JOINERS = /[\uFE0F\u200D\u20E3]/u;
const LAST_LABEL_LETTERS = /\.\p{L}{2,}$/u;
const SINGLE_LETTER = /\p{L}\p{M}*/uy;
const ONLY_NUMERIC = /^[\p{No}\p{Nl}]+$/u;
const MARK = /\p{M}/uy;
/** Characters Unicode files as punctuation that read as symbols: "2 %" is a number and a symbol. */
const SYMBOL_PUNCT = new Set([...'%‰‱#&@§¶*†‡′″‴٪'].map((c) => c.codePointAt(0)!));
const ORDINAL_INDICATORS = new Set(['º', 'ª']);

/** Largest string given to Intl.Segmenter at once (see `noSpace`). */
const SEGMENT_WINDOW = 256;
const segmenters = new Map<string, Intl.Segmenter>();
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function segmenterFor(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? 'und';
  let segmenter = segmenters.get(key);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/**
 * Splits `text` into tokens with UTF-16 offsets, losslessly: every character is inside exactly one
 * token or in the white space between two tokens; tokens are in order and never overlap, and never
 * split a surrogate pair. Empty or white-space-only text gives `[]`.
 *
 * Throws `FaitsError` `E_INVALID_OPTION` when `text` is not a string, `E_UNKNOWN_LANGUAGE` when
 * `options.lang` is not a well-formed language code.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  if (typeof text !== 'string') {
    throw new FaitsError('E_INVALID_OPTION', `tokenize() takes a string, got ${text === null ? 'null' : typeof text}.`);
  }
  if (options === null || typeof options !== 'object') {
    throw new FaitsError('E_INVALID_OPTION', `tokenize() takes an options object such as { lang: 'fr' }, got ${options === null ? 'null' : typeof options}.`);
  }
  return new Tokenizer(text, compileLanguage(options.lang)).run();
}

/** Internal: tokenize with already compiled language data. */
export function tokenizeWith(text: string, lang: CompiledLanguage): Token[] {
  return new Tokenizer(text, lang).run();
}

class Tokenizer {
  private readonly tokens: Token[] = [];
  /** Index of the next "@" at or after the scan position, -1 when there is none: keeps e-mail tries linear. */
  private nextAt: number;

  constructor(
    private readonly text: string,
    private readonly lang: CompiledLanguage,
  ) {
    this.nextAt = text.indexOf('@');
  }

  run(): Token[] {
    const { text } = this;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        i += 1;
      } else if (c < 0x80) {
        i = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? this.alnum(i) : this.symbolic(i);
      } else if (matchAt(WORD_START, text, i) !== -1) {
        i = this.alnum(i);
      } else if (matchAt(NO_SPACE_START, text, i) !== -1) {
        i = this.noSpace(i);
      } else {
        i = this.symbolic(i);
      }
    }
    return this.tokens;
  }

  private push(start: number, end: number, kind: TokenKind): Token {
    const token: Token = { start, end, text: this.text.slice(start, end), kind };
    this.tokens.push(token);
    return token;
  }

  /** A letter or a digit (any script with spaces) starts here. */
  private wordCharAt(i: number): boolean {
    return matchAt(WORD_START, this.text, i) !== -1;
  }

  private alnum(i: number): number {
    const { text, lang } = this;
    const c = text.charCodeAt(i);
    // URLs with a scheme or "www."
    if (c === 0x68 || c === 0x48 || c === 0x66 || c === 0x46 || c === 0x77 || c === 0x57) {
      const end = matchAt(URL_RE, text, i);
      if (end !== -1) return this.pushUrl(i, end, 'url');
    }
    // e-mail addresses, tried only when an "@" is close
    if (this.atWithin(i, 65)) {
      const end = matchAt(EMAIL, text, i);
      if (end !== -1 && LAST_LABEL_LETTERS.test(text.slice(Math.max(i, end - 64), end))) {
        this.push(i, end, 'email');
        return end;
      }
    }
    // keycap emoji "1️⃣"
    if (isAsciiDigit(c)) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x20e3 || (d === 0xfe0f && text.charCodeAt(i + 2) === 0x20e3)) {
        const end = i + (d === 0x20e3 ? 2 : 3);
        this.push(i, end, 'emoji');
        return end;
      }
    }
    // fixed tokens: "J.-C.", "c.-à-d.", "c’est-à-dire"
    const fixed = lang.fixedTokens.get(c);
    if (fixed !== undefined) {
      for (const [form] of fixed) {
        if (text.startsWith(form, i) && !this.wordCharAt(i + form.length)) {
          this.push(i, i + form.length, 'word');
          return i + form.length;
        }
      }
    }
    const runEnd = matchAt(WORD_RUN, text, i);
    // bare domains: "barrons.com", "x.ai"
    if (text.charCodeAt(runEnd) === 0x2e && this.wordCharAt(runEnd + 1)) {
      const end = matchAt(DOMAIN, text, i);
      if (end !== -1) return this.pushUrl(i, end, 'url');
    }
    if (matchAt(DIGIT, text, i) !== -1) return this.number(i, runEnd);
    return this.word(i);
  }

  private atWithin(i: number, distance: number): boolean {
    if (this.nextAt !== -1 && this.nextAt < i) this.nextAt = this.text.indexOf('@', i);
    return this.nextAt !== -1 && this.nextAt - i <= distance;
  }

  /** Pushes a URL without the punctuation that ends the sentence around it ("www.x.com." → "www.x.com"). */
  private pushUrl(start: number, end: number, kind: TokenKind): number {
    const { text } = this;
    let opens = 0;
    let closes = 0;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x28) opens += 1;
      else if (c === 0x29) closes += 1;
    }
    let e = end;
    while (e > start + 1 && TRAILING_URL_PUNCT.has(text.charCodeAt(e - 1))) {
      if (text.charCodeAt(e - 1) === 0x29) {
        // keep a ")" that closes a "(" of the URL: "wiki/Paris_(ville)"
        if (closes <= opens) break;
        closes -= 1;
      }
      e -= 1;
    }
    this.push(start, e, kind);
    return e;
  }

  private number(i: number, runEnd: number): number {
    const { text, lang } = this;
    const digitsEnd = matchAt(DIGIT_RUN, text, i);
    if (digitsEnd < runEnd) {
      // digits against letters: an ordinal ("1er", "3rd"), a unit ("10km", "4x"), or a word ("3D", "5G")
      const lettersEnd = matchAt(LETTER_RUN, text, digitsEnd);
      if (lettersEnd === runEnd && !this.joinerContinues(runEnd)) {
        const suffix = text.slice(digitsEnd, runEnd);
        if (lang.ordinalSuffixes.has(suffix.toLowerCase())) {
          this.pushNumber(i, runEnd, text.slice(i, digitsEnd));
          return runEnd;
        }
        if (UNITS.has(suffix)) {
          this.pushNumber(i, digitsEnd, text.slice(i, digitsEnd));
          return digitsEnd;
        }
      }
      return this.word(i);
    }
    let end = digitsEnd;
    const firstLength = digitsEnd - i;
    // "100 000": groups after the first have exactly 3 digits, and a first group of 4 digits or more
    // (a year: "en 2015 200 personnes") or with a leading zero (phone numbers) is never grouped.
    const canGroup = firstLength <= 3 && !(firstLength > 1 && text.charCodeAt(i) === 48);
    let spaced = false;
    let punct = false;
    let groupSpace = -1;
    for (;;) {
      const sep = text.charCodeAt(end);
      // every group of one number uses the same space: "100\u202F000 100 000" is two numbers
      if (!punct && canGroup && lang.groupSpaces.has(sep) && (groupSpace === -1 || groupSpace === sep)) {
        const groupEnd = matchAt(DIGIT_RUN, text, end + 1);
        if (groupEnd === end + 4) {
          end = groupEnd;
          spaced = true;
          groupSpace = sep;
          continue;
        }
      }
      if ((sep === 0x2c || sep === 0x2e || sep === 0x66b || sep === 0x66c) && matchAt(DIGIT, text, end + 1) !== -1) {
        end = matchAt(DIGIT_RUN, text, end + 1);
        punct = true;
        continue;
      }
      break;
    }
    // German ordinal "am 3. Oktober"
    if (lang.data.dotOrdinals && !spaced && !punct && firstLength <= 3 && text.charCodeAt(end) === 0x2e && this.dotOrdinalFollows(end + 1)) {
      this.pushNumber(i, end + 1, text.slice(i, end));
      return end + 1;
    }
    // Spanish and Portuguese ordinal "1.º", "2.ª"
    if (!spaced && !punct && text.charCodeAt(end) === 0x2e) {
      const indicator = text.charAt(end + 1);
      if (ORDINAL_INDICATORS.has(indicator) && lang.ordinalSuffixes.has(indicator) && !this.wordCharAt(end + 2)) {
        this.pushNumber(i, end + 2, text.slice(i, end));
        return end + 2;
      }
    }
    this.pushNumber(i, end, text.slice(i, end));
    return end;
  }

  private pushNumber(start: number, end: number, numeric: string): void {
    const token = this.push(start, end, 'number');
    const value = numberValue(numeric, this.lang);
    if (value !== undefined && Number.isFinite(value)) token.value = value;
  }

  /** After "3.": one space, then a word that is not a sentence starter ("3. Oktober", "3. Platz"). */
  private dotOrdinalFollows(p: number): boolean {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0xa0) return false;
    const wordEnd = matchAt(LETTER_RUN, text, p + 1);
    if (wordEnd === -1) return false;
    return !this.lang.sentenceStarters.has(text.slice(p + 1, wordEnd));
  }

  /** A hyphen, apostrophe or joiner at `p` followed by a word character. */
  private joinerContinues(p: number): boolean {
    const c = this.text.charCodeAt(p);
    return (isHyphenCode(c) || isApostropheCode(c) || isInnerJoinerCode(c)) && this.wordCharAt(p + 1);
  }

  private word(i: number): number {
    const { text, lang } = this;
    let start = i;
    let pos = i;
    let joined = false;
    let hyphenated = false;
    for (;;) {
      const runEnd = matchAt(WORD_RUN, text, pos);
      if (runEnd === -1) break;
      pos = runEnd;
      const c = text.charCodeAt(pos);
      if (isApostropheCode(c) && matchAt(LETTER, text, pos + 1) !== -1 && this.wordCharAt(pos + 1)) {
        if (!joined && lang.elisions.has(text.slice(start, pos).toLowerCase())) {
          this.push(start, pos + 1, 'word').elision = true;
          start = pos + 1;
          pos = start;
          continue;
        }
        joined = true;
        pos += 1;
        continue;
      }
      if (isHyphenCode(c) && this.wordCharAt(pos + 1)) {
        joined = true;
        hyphenated = true;
        pos += 1;
        continue;
      }
      if (isInnerJoinerCode(c) && this.wordCharAt(pos + 1)) {
        joined = true;
        pos += 1;
        continue;
      }
      if (c === 0x26 && isAsciiUpper(text.charCodeAt(pos - 1)) && isAsciiUpper(text.charCodeAt(pos + 1))) {
        joined = true;
        pos += 1;
        continue;
      }
      break;
    }
    if (pos === start) return pos; // an elision followed by a script without spaces: "l’ภาษา"
    let end = pos;
    // a period that belongs to the word: acronym, initial, listed abbreviation
    if (text.charCodeAt(end) === 0x2e && text.charCodeAt(end + 1) !== 0x2e) {
      const form = text.slice(start, end + 1);
      if (!joined && matchAt(SINGLE_LETTER, text, start) === end) {
        const acronymEnd = matchAt(ACRONYM, text, start);
        if (acronymEnd > end + 1) end = acronymEnd;
        else if (UPPER.test(text.charAt(start)) || abbreviationClass(this.lang, form) !== undefined) end += 1;
      } else if (abbreviationClass(this.lang, form) !== undefined) {
        end += 1;
      }
    }
    this.emitWord(start, end, joined, hyphenated);
    return end;
  }

  /** Pushes a word, splitting clitics off when the language has them. */
  private emitWord(start: number, end: number, joined: boolean, hyphenated: boolean): void {
    const { text, lang } = this;
    if (hyphenated && lang.hyphenClitics.size > 0 && this.splitHyphenClitics(start, end)) return;
    if (joined && lang.suffixClitics.length > 0) {
      const lower = text.slice(start, end).toLowerCase().replace(/[’ʼ´]/gu, "'");
      for (const clitic of lang.suffixClitics) {
        if (lower.length > clitic.length && lower.endsWith(clitic)) {
          const cut = end - clitic.length;
          if (matchAt(LETTER, text, cut - 1) === -1 && matchAt(MARK, text, cut - 1) === -1) continue;
          this.push(start, cut, 'word');
          this.push(cut, end, 'word');
          return;
        }
      }
    }
    // "½", "²", "Ⅻ": numeric characters that are not decimal digits make a number without a value
    const kind: TokenKind = text.charCodeAt(start) >= 0x80 && ONLY_NUMERIC.test(text.slice(start, end)) ? 'number' : 'word';
    this.push(start, end, kind);
  }

  /** "dit-elle" → "dit" + "-elle"; "a-t-il" → "a" + "-t-il"; "donne-le-moi" → "donne" + "-le" + "-moi". */
  private splitHyphenClitics(start: number, end: number): boolean {
    const { text, lang } = this;
    const word = text.slice(start, end);
    const lower = word.toLowerCase().replace(/[\u2010\u2011]/gu, '-');
    if (lang.hyphenCliticExceptions.has(lower)) return false;
    const hyphens: number[] = [];
    for (let k = 0; k < lower.length; k++) if (lower.charCodeAt(k) === 0x2d) hyphens.push(k);
    const cuts: number[] = [];
    let segmentEnd = lower.length;
    let k = hyphens.length - 1;
    while (k >= 0) {
      const h = hyphens[k]!;
      if (!lang.hyphenClitics.has(lower.slice(h + 1, segmentEnd))) break;
      let cliticStart = h;
      if (lang.data.euphonicT && k >= 1 && lower.slice(hyphens[k - 1]! + 1, h) === 't') {
        cliticStart = hyphens[k - 1]!;
        k -= 1;
      }
      cuts.push(cliticStart);
      segmentEnd = cliticStart;
      k -= 1;
    }
    if (cuts.length === 0 || segmentEnd === 0 || matchAt(LETTER, text, start) === -1) return false;
    this.push(start, start + segmentEnd, 'word');
    for (let c = cuts.length - 1; c >= 0; c--) {
      this.push(start + cuts[c]!, c === 0 ? end : start + cuts[c - 1]!, 'word');
    }
    return true;
  }

  /**
   * A run of a script written without spaces (CJK, Thai...), split into words by `Intl.Segmenter`.
   * The segmenter of Node 20 is superlinear on long strings (160 000 CJK characters take about a
   * minute), so it sees windows of at most SEGMENT_WINDOW code units: all segments of a window but the
   * last (which the window edge may have cut) are kept, and the next window starts at that last one.
   */
  private noSpace(i: number): number {
    const { text } = this;
    const end = matchAt(NO_SPACE_RUN, text, i);
    if (end - i === 1 || (end - i === 2 && isLowSurrogate(text.charCodeAt(i + 1)))) {
      this.push(i, end, 'word');
      return end;
    }
    const segmenter = segmenterFor(this.lang.locale);
    let from = i;
    while (from < end) {
      let to = Math.min(end, from + SEGMENT_WINDOW);
      const windowIsLast = to === end;
      if (!windowIsLast && isLowSurrogate(text.charCodeAt(to))) to -= 1;
      let kept = from;
      let lastStart = from;
      for (const segment of segmenter.segment(text.slice(from, to))) {
        const start = from + segment.index;
        const segmentEnd = start + segment.segment.length;
        if (!windowIsLast && segmentEnd === to && start > from) {
          lastStart = start;
          break;
        }
        this.push(start, segmentEnd, 'word');
        kept = segmentEnd;
        lastStart = segmentEnd;
      }
      from = windowIsLast ? end : Math.max(lastStart, kept);
    }
    return end;
  }

  /** Emoji, punctuation, symbols, anything else: one token per code point, or per run of the same mark. */
  private symbolic(i: number): number {
    const { text } = this;
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0x23 || c === 0x2a) {
      const end = matchAt(EMOJI, text, i);
      if (end !== -1) {
        const sequence = text.slice(i, end);
        if (EMOJI_PRESENTATION.test(sequence) || EMOJI_JOINERS.test(sequence)) {
          this.push(i, end, 'emoji');
          return end;
        }
      }
    }
    if (isTerminalCode(c)) {
      let end = i + 1;
      while (isTerminalCode(text.charCodeAt(end))) end += 1;
      end = this.marks(end);
      this.push(i, end, 'punct');
      return end;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let kind: TokenKind = 'other';
    if (SYMBOL_PUNCT.has(cp)) kind = 'symbol';
    else if (matchAt(PUNCT, text, i) !== -1) kind = 'punct';
    else if (matchAt(SYMBOL, text, i) !== -1) kind = 'symbol';
    let end = i + width;
    if (kind !== 'other' && !NO_RUN.test(text.charAt(i))) {
      while (text.codePointAt(end) === cp) end += width;
    }
    end = this.marks(end);
    this.push(i, end, kind);
    return end;
  }

  /** Extends a token over the combining marks that follow it. */
  private marks(end: number): number {
    const after = matchAt(MARK_RUN, this.text, end);
    return after === -1 ? end : after;
  }
}
