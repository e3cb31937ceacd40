import { FaitsError } from './errors.ts';
import { checkSpan } from './offsets.ts';
import { DocumentSchema, IsoDateSchema, LangCodeSchema, type Diagnostic, type Document } from './schema.ts';

/** Default largest text accepted, in UTF-16 code units (50 M: about 8 M words). */
export const DEFAULT_MAX_CHARS = 50_000_000;

export interface CreateDocumentInput {
  readonly id?: string;
  readonly text: string;
  readonly published?: string | undefined;
  readonly lang?: string | undefined;
  readonly source?: string | undefined;
}

export interface CreateDocumentOptions {
  /** Largest text accepted, in UTF-16 code units. */
  readonly maxChars?: number;
}

/**
 * Checks a text before any stage sees it. Throws `FaitsError` with `E_EMPTY_TEXT`,
 * `E_BINARY_INPUT` or `E_TEXT_TOO_LARGE`.
 */
export function validateText(text: unknown, options: CreateDocumentOptions = {}): asserts text is string {
  if (typeof text !== 'string') {
    throw new FaitsError('E_INVALID_RECORD', `The text must be a string, got ${text === null ? 'null' : typeof text}.`);
  }
  if (text.trim() === '') throw new FaitsError('E_EMPTY_TEXT', text === '' ? 'The text is empty.' : 'The text holds only white space.');
  if (text.includes('\u0000')) {
    throw new FaitsError('E_BINARY_INPUT', `The text holds a NUL byte at offset ${text.indexOf('\u0000')}: this looks like binary data.`);
  }
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > max) {
    throw new FaitsError('E_TEXT_TOO_LARGE', `The text has ${text.length} code units, more than the limit of ${max}.`);
  }
}

/** A new Document holding `text` exactly as given, with no layer yet. */
export function createDocument(input: CreateDocumentInput, options: CreateDocumentOptions = {}): Document {
  validateText(input.text, options);
  if (input.published !== undefined && !IsoDateSchema.safeParse(input.published).success) {
    throw new FaitsError('E_INVALID_DATE', `The publication date ${JSON.stringify(input.published)} is not a valid YYYY-MM-DD date.`);
  }
  const id = input.id ?? 'doc';
  if (typeof id !== 'string' || id === '') throw new FaitsError('E_INVALID_RECORD', 'The document id must be a non-empty string.');
  if (input.lang !== undefined && !LangCodeSchema.safeParse(input.lang).success) {
    throw new FaitsError('E_UNKNOWN_LANGUAGE', `The language ${JSON.stringify(input.lang)} is not an ISO 639-1 code (two lowercase letters) or "und".`);
  }
  const doc: Document = { id, text: input.text, diagnostics: [] };
  if (input.published !== undefined) {
    doc.published = input.published;
    doc.publishedFrom = 'input';
  }
  if (input.lang !== undefined) doc.lang = input.lang;
  if (input.source !== undefined) doc.source = input.source;
  return doc;
}

/** Returns a copy of `doc` with `diagnostic` appended. */
export function addDiagnostic(doc: Document, diagnostic: Diagnostic): Document {
  return { ...doc, diagnostics: [...doc.diagnostics, diagnostic] };
}

export interface SpanProblem {
  /** JSON path of the span, e.g. `facts[3].item`. */
  readonly path: string;
  readonly problem: string;
}

/**
 * Every span-like object (`start`, `end`, `text`) in the document's layers, at any depth,
 * with its path. Diagnostics are included when they carry offsets.
 */
export function collectSpanProblems(doc: Document): SpanProblem[] {
  const problems: SpanProblem[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['start'] === 'number' && typeof record['end'] === 'number') {
      const text = typeof record['text'] === 'string' ? record['text'] : undefined;
      const problem = checkSpan(doc.text, { start: record['start'], end: record['end'], ...(text === undefined ? {} : { text }) });
      if (problem !== undefined) problems.push({ path, problem });
    }
    for (const [key, child] of Object.entries(record)) {
      if (typeof child === 'object') visit(child, `${path}.${key}`);
    }
  };
  for (const layer of ['paragraphs', 'tokens', 'sentences', 'entities', 'numbers', 'dates', 'facts', 'diagnostics'] as const) {
    const value = doc[layer];
    if (value === undefined) continue;
    value.forEach((item, i) => visit(item, `${layer}[${i}]`));
  }
  return problems;
}

/**
 * Checks a document against the data contract: its shape (zod) and every span against the text.
 * Throws `FaitsError` `E_INVALID_DOCUMENT` listing the first problems.
 */
export function assertDocument(value: unknown): asserts value is Document {
  const parsed = DocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new FaitsError('E_INVALID_DOCUMENT', `The document does not fit the schema: ${issues.join('; ')}`);
  }
  const problems = collectSpanProblems(parsed.data);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((p) => `${p.path}: ${p.problem}`);
    throw new FaitsError('E_SPAN_MISMATCH', `${problems.length} span(s) do not match the text: ${shown.join('; ')}`, {
      details: { problems },
    });
  }
}
