import { readFile } from 'node:fs/promises';
import { FaitsError } from '@faits/document';

export interface ReadText {
  readonly text: string;
  /** A UTF-8 byte order mark was found at the start and removed. */
  readonly bomRemoved: boolean;
}

/**
 * Decodes bytes as UTF-8 text for a document. Invalid UTF-8 is `E_INVALID_ENCODING` (never silently replaced:
 * offsets would then point at characters the file does not hold); NUL bytes are `E_BINARY_INPUT`; a leading
 * BOM is removed (it is an encoding mark, not text) and reported.
 */
export function decodeText(bytes: Uint8Array, name: string): ReadText {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new FaitsError('E_INVALID_ENCODING', `${name} is not valid UTF-8 (first bad byte at offset ${at}).`);
  }
  if (text.includes('\u0000')) {
    throw new FaitsError('E_BINARY_INPUT', `${name} holds NUL bytes: it looks like a binary file, not text.`);
  }
  const bomRemoved = text.charCodeAt(0) === 0xfeff;
  return { text: bomRemoved ? text.slice(1) : text, bomRemoved };
}

/** Reads a file, or standard input for `-`. */
export async function readInput(path: string, stdin: AsyncIterable<Uint8Array> = process.stdin): Promise<ReadText> {
  if (path === '-') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin) chunks.push(chunk);
    return decodeText(Buffer.concat(chunks), 'standard input');
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
  return decodeText(bytes, path);
}

export function fileError(path: string, error: unknown): FaitsError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new FaitsError('E_FILE_NOT_FOUND', `No such file: ${path}`, { cause: error });
  if (code === 'EISDIR') return new FaitsError('E_FILE_UNREADABLE', `${path} is a directory, not a file.`, { cause: error });
  return new FaitsError('E_FILE_UNREADABLE', `Cannot read ${path}: ${(error as Error).message}`, { cause: error });
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
