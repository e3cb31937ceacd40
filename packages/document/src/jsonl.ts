import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { FaitsError } from './errors.ts';

export type JsonlLine =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly error: FaitsError; readonly raw: string };

const NEWLINE = 0x0a;

/**
 * Reads JSON Lines from a byte stream, one item per non-blank line, in order, with memory bounded by
 * the longest line. A line that is not valid UTF-8 or not valid JSON yields an `error` item
 * (`E_INVALID_ENCODING`, `E_INVALID_JSON`) and reading goes on: no line is dropped silently.
 * A UTF-8 byte order mark and CRLF line ends are accepted.
 */
export async function* readJsonl(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<JsonlLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let pending: Buffer[] = [];
  let lineNo = 0;
  const emit = (bytes: Buffer): JsonlLine | undefined => {
    lineNo += 1;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end -= 1;
    const body = bytes.subarray(0, end);
    let raw: string;
    try {
      raw = decoder.decode(body);
    } catch {
      const preview = body.subarray(0, 60).toString('latin1');
      return { line: lineNo, raw: preview, error: new FaitsError('E_INVALID_ENCODING', `Line ${lineNo} is not valid UTF-8.`) };
    }
    if (lineNo === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.trim() === '') return undefined;
    try {
      return { line: lineNo, value: JSON.parse(raw) as unknown };
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return { line: lineNo, raw, error: new FaitsError('E_INVALID_JSON', `Line ${lineNo} is not valid JSON: ${reason}`) };
    }
  };
  let held = ''; // a high surrogate at the end of a string chunk waits for its pair
  for await (const raw of input) {
    let chunk = raw;
    if (typeof chunk === 'string') {
      chunk = held + chunk;
      held = '';
      const last = chunk.charCodeAt(chunk.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        held = chunk.slice(-1);
        chunk = chunk.slice(0, -1);
      }
    }
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let nl = bytes.indexOf(NEWLINE);
    while (nl !== -1) {
      pending.push(bytes.subarray(0, nl));
      const item = emit(Buffer.concat(pending));
      pending = [];
      if (item !== undefined) yield item;
      bytes = bytes.subarray(nl + 1);
      nl = bytes.indexOf(NEWLINE);
    }
    if (bytes.length > 0) pending.push(Buffer.from(bytes));
  }
  if (held !== '') pending.push(Buffer.from(held, 'utf8'));
  if (pending.length > 0) {
    const item = emit(Buffer.concat(pending));
    if (item !== undefined) yield item;
  }
}

/** One JSON value as one line, with no line break inside (JSON.stringify escapes them). */
export function toJsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * Writes values as JSON Lines to `out`, waiting for the stream to drain (back-pressure), so memory
 * stays flat. A write error becomes `FaitsError` `E_OUTPUT_UNWRITABLE`.
 */
export class JsonlWriter {
  readonly #out: Writable;
  #failed: Error | undefined;

  constructor(out: Writable) {
    this.#out = out;
    out.on('error', (error: Error) => {
      this.#failed = error;
    });
  }

  async write(value: unknown): Promise<void> {
    await this.writeLine(toJsonLine(value));
  }

  /** Writes a line already serialized (one JSON value and its `\n`, e.g. from `toJsonLine` in a worker thread). */
  async writeLine(line: string): Promise<void> {
    if (this.#failed !== undefined) throw this.#error(this.#failed);
    if (!this.#out.write(line)) {
      // `once` rejects on 'error' too and removes both its listeners either way (a race with a second
      // `once(out, 'error')` would leave one listener behind per wait: thousands on a large batch).
      await once(this.#out, 'drain').catch((error: unknown) => {
        throw this.#error(error);
      });
    }
    if (this.#failed !== undefined) throw this.#error(this.#failed);
  }

  /** Ends the stream and waits until every line is flushed. */
  async close(): Promise<void> {
    if (this.#failed !== undefined) throw this.#error(this.#failed);
    const out = this.#out;
    await new Promise<void>((resolve, reject) => {
      out.end((error?: Error | null) => (error ? reject(this.#error(error)) : resolve()));
    });
  }

  #error(cause: unknown): FaitsError {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new FaitsError('E_OUTPUT_UNWRITABLE', `Cannot write the output: ${message}`, { cause });
  }
}
