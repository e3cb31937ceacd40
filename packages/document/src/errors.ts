/**
 * Stable error codes. A code never changes meaning; new ones are appended.
 * Each has a default hint that says what to do about it.
 */
export const ERROR_CODES = {
  E_USAGE: 'Run `faits --help` to see the commands and their options.',
  E_INVALID_OPTION: 'Check the option against the valid values listed in the message.',
  E_EMPTY_TEXT: 'Give a text with at least one non-space character.',
  E_BINARY_INPUT: 'The input holds NUL bytes: give UTF-8 text, not a binary file.',
  E_INVALID_ENCODING: 'The file is not valid UTF-8: convert it, e.g. `iconv -f latin1 -t utf-8 FILE`.',
  E_TEXT_TOO_LARGE: 'Split the text, or raise the limit with the `maxChars` option (`--max-chars`).',
  E_INVALID_JSON: 'Each JSONL line must be one JSON object, e.g. {"id":"a1","text":"..."}.',
  E_INVALID_RECORD: 'A record needs "id" (string) and "text" (string); "published" is YYYY-MM-DD, "lang" an ISO 639-1 code.',
  E_DUPLICATE_ID: 'Ids must be unique within a batch: rename or drop the duplicate.',
  E_UNKNOWN_LANGUAGE: 'Use one of the supported ISO 639-1 codes listed in the message, or leave the language out to detect it.',
  E_INVALID_DATE: 'Dates are ISO calendar dates, YYYY-MM-DD.',
  E_FILE_NOT_FOUND: 'Check the path.',
  E_FILE_UNREADABLE: 'Check the file permissions.',
  E_OUTPUT_UNWRITABLE: 'Check that the output folder exists and is writable, and that the disk is not full.',
  E_QUEUE_UNAVAILABLE: 'Start a Redis ≥ 6.2 server (e.g. `redis-server --port 6379`) or point --redis at one: redis://host:port.',
  E_MODEL_MISSING: 'Reinstall @faits/ner-model, or pass a model directory that holds config.json, tokenizer.json and onnx/.',
  E_MODEL_CORRUPT: 'The model files are damaged: reinstall @faits/ner-model or re-export the model.',
  E_STAGE_ORDER: 'Put the stage that provides the missing layer before the stage that requires it.',
  E_UNKNOWN_STAGE: 'Use one of the stage names listed in the message.',
  E_INVALID_DOCUMENT: 'A stage returned a document that breaks the data contract: this is a bug in that stage.',
  E_SPAN_MISMATCH: 'A span does not match the text: text.slice(start, end) must equal the span text.',
  E_INVALID_GOLD: 'Fix the golden file: see golden/GUIDELINES.md for the format.',
  E_INTERNAL: 'This is a bug: please report it with the input that caused it.',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FaitsErrorOptions {
  readonly hint?: string;
  readonly cause?: unknown;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** The one error type Faits throws on purpose. `code` is stable; `hint` says how to fix it. */
export class FaitsError extends Error {
  override readonly name = 'FaitsError';
  readonly code: ErrorCode;
  readonly hint: string;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: string, options: FaitsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint ?? ERROR_CODES[code];
    this.details = options.details;
  }

  toJSON(): { code: ErrorCode; message: string; hint: string } {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}

export function isFaitsError(value: unknown): value is FaitsError {
  return value instanceof FaitsError;
}

/** Wraps anything thrown into a FaitsError, keeping FaitsErrors as they are. */
export function toFaitsError(value: unknown): FaitsError {
  if (value instanceof FaitsError) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new FaitsError('E_INTERNAL', message, { cause: value });
}
