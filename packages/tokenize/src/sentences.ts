import { FaitsError, checkSpan, type Sentence, type Token } from '@faits/document';
import { LOWER_START, UPPER, UPPER_START, isTerminalCode } from './chars.ts';
import { abbreviationClass, compileLanguage, type CompiledLanguage } from './lang/index.ts';
import { tokenizeWith } from './tokenize.ts';

export interface SplitSentencesOptions {
  /** Language of the text, as for `tokenize`. */
  readonly lang?: string | undefined;
  /** Tokens of `text` from `tokenize` (computed when left out). */
  readonly tokens?: readonly Token[] | undefined;
}

/**
 * What a token can do at a sentence boundary.
 * `strong`: "?", "!", "。"; `period`: "."; `ellipsis`: "…", "..."; the rest: abbreviations with their period.
 */
type EndClass = 'strong' | 'period' | 'ellipsis' | 'never' | 'often' | 'ambiguous';

const STRONG = /[?!‼⁇⁈⁉؟।॥።。｡．！？]/u;
/** CJK terminals end a sentence whatever follows (no letter case there). */
const ALWAYS_ENDS = /[。｡．！？]/u;
const BRACKET_CLOSERS = new Set([')', ']', '}', '）', '］', '｝', '」', '』', '】', '〕', '〉', '》', '〗', '〙', '〛']);
/** Quotes that close a quotation when written right after the terminal, with no space. */
const ADJACENT_CLOSERS = new Set(['"', "'", '»', '«', '”', '“', '’', '‘', '›', '‹']);
/** Punctuation after which a line goes on: "Source :\nwww.x.com". */
const LINE_CONTINUES = new Set([',', ';', ':', '(', '[', '{', '«', '“', '‘', '„', '-', '–', '—', '/', '&', '+']);
/** Punctuation after a period that shows the sentence goes on ("2 p.m., then"). */
const SENTENCE_CONTINUES = new Set([',', ';', ':']);

/**
 * Splits `text` into sentences: spans from the first to the last token of each sentence (white space
 * between sentences belongs to none). Every token is in exactly one sentence. Empty or white-space-only
 * text gives `[]`.
 *
 * A sentence ends at "?" / "!" (unless a lowercase word follows), at "." (unless a lowercase word or
 * ",;:" follows), after an ellipsis or an ambiguous abbreviation ("U.S.", "J.-C.") only before a typical
 * sentence starter, never after a title ("M.", "Dr.", "e.g."), at a blank line, and at a line break
 * unless the line visibly goes on (next line starts with a lowercase word, or the line ends with
 * "," ":" an elision or a title). Closing quotes and brackets after the final punctuation belong to the
 * sentence.
 *
 * Throws `FaitsError`: `E_INVALID_OPTION` when `text` is not a string or `tokens` are out of order or
 * overlap, `E_SPAN_MISMATCH` when a token does not match the text, `E_UNKNOWN_LANGUAGE` for a malformed
 * `lang`.
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): Sentence[] {
  if (typeof text !== 'string') {
    throw new FaitsError('E_INVALID_OPTION', `splitSentences() takes a string, got ${text === null ? 'null' : typeof text}.`);
  }
  if (options === null || typeof options !== 'object') {
    throw new FaitsError('E_INVALID_OPTION', `splitSentences() takes an options object such as { lang: 'fr' }, got ${options === null ? 'null' : typeof options}.`);
  }
  const lang = compileLanguage(options.lang);
  const tokens = options.tokens === undefined ? tokenizeWith(text, lang) : checkTokens(text, options.tokens);
  return sentencesFrom(text, tokens, lang);
}

function checkTokens(text: string, tokens: readonly Token[]): readonly Token[] {
  if (!Array.isArray(tokens)) throw new FaitsError('E_INVALID_OPTION', 'options.tokens must be an array of tokens from tokenize().');
  let previousEnd = 0;
  tokens.forEach((token, i) => {
    const problem = checkSpan(text, token);
    if (problem !== undefined) throw new FaitsError('E_SPAN_MISMATCH', `options.tokens[${i}]: ${problem}.`);
    if (token.start < previousEnd || token.end <= token.start) {
      throw new FaitsError('E_INVALID_OPTION', `options.tokens[${i}] [${token.start}, ${token.end}) is empty or overlaps the token before it: give the tokens of this text, in order.`);
    }
    previousEnd = token.end;
  });
  return tokens;
}

/** Internal: sentences from tokens already checked against the text. */
export function sentencesFrom(text: string, tokens: readonly Token[], lang: CompiledLanguage): Sentence[] {
  const sentences: Sentence[] = [];
  const n = tokens.length;
  let first = 0;
  for (let k = 0; k < n; k++) {
    const token = tokens[k]!;
    const cls = endClass(token, lang);
    let last = k;
    let split = false;
    if (cls !== undefined && cls !== 'never') {
      last = absorbClosers(text, tokens, k, lang);
      const next = tokens[last + 1];
      if (next !== undefined) split = endsBefore(cls, token, next, lang);
    }
    const next = tokens[last + 1];
    if (!split && next !== undefined) split = breaksAtLine(text, tokens[last]!, next, cls);
    if (split || next === undefined) {
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      sentences.push({ start, end, text: text.slice(start, end) });
      first = last + 1;
    }
    k = last;
  }
  return sentences;
}

function endClass(token: Token, lang: CompiledLanguage): EndClass | undefined {
  const t = token.text;
  if (token.kind === 'punct') {
    if (!isTerminalCode(t.charCodeAt(0))) return undefined;
    for (let i = 1; i < t.length; i++) if (!isTerminalCode(t.charCodeAt(i))) return undefined;
    if (STRONG.test(t)) return 'strong';
    if (t.includes('…') || t.length > 1) return 'ellipsis';
    return 'period';
  }
  if (t.length < 2 || t.charCodeAt(t.length - 1) !== 0x2e) return undefined;
  if (token.kind === 'number') return 'never';
  if (token.kind !== 'word') return undefined;
  return abbreviationClass(lang, t) ?? 'ambiguous';
}

/** Takes the closing quotes and brackets (and more terminals) that follow a terminal on the same line. */
function absorbClosers(text: string, tokens: readonly Token[], k: number, lang: CompiledLanguage): number {
  let last = k;
  for (;;) {
    const previous = tokens[last]!;
    const next = tokens[last + 1];
    if (next === undefined || next.kind !== 'punct' || lineBreaksBetween(text, previous.end, next.start) > 0) return last;
    const adjacent = previous.end === next.start;
    const t = next.text;
    const closes = BRACKET_CLOSERS.has(t) || lang.closingQuotes.has(t) || (adjacent && ADJACENT_CLOSERS.has(t));
    const moreTerminals = adjacent && isTerminalCode(t.charCodeAt(0)) && endClass(next, lang) !== undefined;
    if (!closes && !moreTerminals) return last;
    last += 1;
  }
}

function endsBefore(cls: EndClass, terminal: Token, next: Token, lang: CompiledLanguage): boolean {
  switch (cls) {
    case 'strong':
      return ALWAYS_ENDS.test(terminal.text) || !isLowerWord(next);
    case 'period':
      return !isLowerWord(next) && !SENTENCE_CONTINUES.has(next.text);
    case 'often':
      return UPPER_START.test(next.text) || isStarter(next, lang);
    case 'ellipsis':
    case 'ambiguous':
      return isStarter(next, lang);
    case 'never':
      return false;
  }
}

function breaksAtLine(text: string, previous: Token, next: Token, cls: EndClass | undefined): boolean {
  const lines = lineBreaksBetween(text, previous.end, next.start);
  if (lines === 0) return false;
  if (lines >= 2) return true;
  if (cls !== undefined && cls !== 'never') return true;
  if (isLowerWord(next)) return false;
  return !(previous.elision === true || LINE_CONTINUES.has(previous.text) || cls === 'never');
}

/** A word in lowercase only: "puis", "l’", not "xAI" or "iPhone". */
function isLowerWord(token: Token): boolean {
  return token.kind === 'word' && LOWER_START.test(token.text) && !UPPER.test(token.text);
}

/** A word that usually opens a sentence ("Il", "The"), or a capitalized elision ("L’", "Qu’"). */
function isStarter(token: Token, lang: CompiledLanguage): boolean {
  return lang.sentenceStarters.has(token.text) || (token.elision === true && UPPER_START.test(token.text));
}

/** Line breaks between two offsets; "\r\n" counts once; U+2029 and form feed count as a blank line. */
function lineBreaksBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      count += 1;
      if (text.charCodeAt(i + 1) === 10 && i + 1 < to) i += 1;
    } else if (c === 10 || c === 11 || c === 0x85 || c === 0x2028) {
      count += 1;
    } else if (c === 12 || c === 0x2029) {
      count += 2;
    }
  }
  return count;
}
