import { FaitsError } from '@faits/document';

/** One sentence of a CoNLL / IOB file, its tokens joined by single spaces into `text`. */
export interface ConllSentence {
  /** 1-based line of the sentence's first token. */
  readonly line: number;
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
  /** The tokens joined by one space: the offsets below index into it (UTF-16 code units). */
  readonly text: string;
  readonly tokenSpans: readonly { readonly start: number; readonly end: number }[];
  /** Entity spans decoded from the tags, `text.slice(start, end) === span.text`. */
  readonly entities: readonly { readonly start: number; readonly end: number; readonly text: string; readonly label: string }[];
}

export type ConllScheme = 'iob1' | 'iob2' | 'iobes';

export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
  /**
   * The tagging scheme seen: `iobes` when E-/S- (or L-/U-) tags occur; `iob1` when an entity starts with I-
   * (IOB1 uses B- only between two adjacent entities of one type); otherwise `iob2`.
   */
  readonly scheme: ConllScheme;
  /** Lines that could not be read as expected; reading went on. */
  readonly problems: readonly string[];
}

export interface ReadConllOptions {
  /**
   * Column of the tag, counted from 0, or from the end when negative. Default -1 (the last column). A
   * conlleval file `token gold pred` is read with -2 for the golden tags and -1 for the predicted ones.
   */
  readonly tagColumn?: number;
  /**
   * Layout: `indexed` (`index<TAB>token<TAB>tag`, as WikiNEuRal), `plain` (`token ... TAG`), or `auto` (default):
   * a sentence is indexed when every line has 3 or more columns and the first counts 0, 1, 2, ... or 1, 2, 3, ...
   */
  readonly layout?: 'auto' | 'indexed' | 'plain';
}

const LINE_BREAK = /\r?\n/u;
const TAB = '\t';
const WHITE = /\s+/u;
const TAG = /^([BIESLU])-(.+)$/u;
const INTEGER = /^\d+$/u;

interface Row {
  readonly line: number;
  readonly columns: readonly string[];
}

function isIndexed(rows: readonly Row[]): boolean {
  if (rows.length === 0 || rows.some((r) => r.columns.length < 3 || !INTEGER.test(r.columns[0] as string))) return false;
  const first = Number(rows[0]?.columns[0]);
  if (first !== 0 && first !== 1) return false;
  return rows.every((r, i) => Number(r.columns[0]) === first + i);
}

/**
 * Reads a CoNLL / IOB file into sentences with entity spans: `index<TAB>token<TAB>tag` lines (WikiNEuRal),
 * or `token TAG` / `token POS CHUNK TAG` lines (CoNLL-2003), one token per line, sentences separated by blank
 * lines, `-DOCSTART-` lines skipped. Tags in IOB1, IOB2 or IOBES (BILOU) are decoded alike: an entity starts
 * at B- (or S-/U-), or at I- when the token before is not of the same label; E-/L- ends it. A tag with no
 * prefix (`PER`) is read as I-.
 *
 * Throws `FaitsError` `E_INVALID_OPTION` for a bad option. Odd lines become `problems`.
 */
export function readConll(text: string, options: ReadConllOptions = {}): ConllDocument {
  const tagColumn = options.tagColumn ?? -1;
  if (!Number.isInteger(tagColumn)) throw new FaitsError('E_INVALID_OPTION', `tagColumn must be an integer, got ${String(tagColumn)}.`);
  const layout = options.layout ?? 'auto';
  if (!['auto', 'indexed', 'plain'].includes(layout)) {
    throw new FaitsError('E_INVALID_OPTION', `layout must be auto, indexed or plain, got ${JSON.stringify(layout)}.`);
  }
  const problems: string[] = [];
  const sentences: ConllSentence[] = [];
  let iob1 = false;
  let iobes = false;
  let rows: Row[] = [];

  const flush = (): void => {
    if (rows.length === 0) return;
    const indexed = layout === 'indexed' || (layout === 'auto' && isIndexed(rows));
    const tokens: string[] = [];
    const tags: string[] = [];
    for (const row of rows) {
      const cols = row.columns;
      const tokenAt = indexed ? 1 : 0;
      const tagAt = tagColumn < 0 ? cols.length + tagColumn : tagColumn;
      const token = cols[tokenAt];
      if (token === undefined || cols.length < tokenAt + 2 || tagAt <= tokenAt || tagAt >= cols.length) {
        problems.push(`line ${row.line}: expected a token and a tag in column ${tagColumn}, got ${JSON.stringify(cols.join(' '))}: read as O.`);
        tokens.push(token ?? '');
        tags.push('O');
        continue;
      }
      tokens.push(token);
      tags.push(cols[tagAt] as string);
    }
    const tokenSpans: { start: number; end: number }[] = [];
    let offset = 0;
    for (const token of tokens) {
      tokenSpans.push({ start: offset, end: offset + token.length });
      offset += token.length + 1;
    }
    const sentenceText = tokens.join(' ');
    const entities: { start: number; end: number; text: string; label: string }[] = [];
    let open: { label: string; first: number } | undefined;
    let last = -1;
    const close = (): void => {
      if (open === undefined) return;
      const start = (tokenSpans[open.first] as { start: number }).start;
      const end = (tokenSpans[last] as { end: number }).end;
      entities.push({ start, end, text: sentenceText.slice(start, end), label: open.label });
      open = undefined;
    };
    tags.forEach((tag, i) => {
      if (tag === 'O' || tag === '_' || tag === '') {
        close();
        return;
      }
      const match = TAG.exec(tag);
      const prefix = match === null ? 'I' : (match[1] as string);
      const label = match === null ? tag : (match[2] as string);
      const continues = open !== undefined && open.label === label && last === i - 1;
      switch (prefix) {
        case 'B':
          close();
          open = { label, first: i };
          break;
        case 'I':
          if (!continues) {
            close();
            open = { label, first: i };
            iob1 = true;
          }
          break;
        case 'E':
        case 'L':
          iobes = true;
          if (!continues) {
            close();
            open = { label, first: i };
          }
          last = i;
          close();
          return;
        default: // S, U
          iobes = true;
          close();
          open = { label, first: i };
          last = i;
          close();
          return;
      }
      last = i;
    });
    close();
    sentences.push({ line: (rows[0] as Row).line, tokens, tags, text: sentenceText, tokenSpans, entities });
    rows = [];
  };

  const lines = text.split(LINE_BREAK);
  lines.forEach((raw, index) => {
    const line = index === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === '') {
      flush();
      return;
    }
    const columns = line.includes(TAB) ? line.split(TAB).map((c) => c.trim()) : line.trim().split(WHITE);
    if (columns.some((c) => c === '-DOCSTART-')) {
      flush();
      return;
    }
    rows.push({ line: index + 1, columns });
  });
  flush();
  return { sentences, scheme: iobes ? 'iobes' : iob1 ? 'iob1' : 'iob2', problems };
}
