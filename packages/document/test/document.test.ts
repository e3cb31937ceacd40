import { describe, expect, it } from 'vitest';
import { assertDocument, createDocument, FaitsError, type Document } from '@faits/document';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof FaitsError ? error.code : `not a FaitsError: ${String(error)}`;
  }
  return undefined;
};

describe('createDocument', () => {
  it('keeps the text exactly as given, CRLF and BOM included', () => {
    const text = '\uFEFFLigne 1\r\nLigne 2';
    const doc = createDocument({ id: 'a', text, published: '2024-05-23' });
    expect(doc.text).toBe(text);
    expect(doc).toEqual({ id: 'a', text, published: '2024-05-23', publishedFrom: 'input', diagnostics: [] });
  });

  it('empty input and white space only are E_EMPTY_TEXT', () => {
    expect(codeOf(() => createDocument({ text: '' }))).toBe('E_EMPTY_TEXT');
    expect(codeOf(() => createDocument({ text: ' \n\t\u00A0' }))).toBe('E_EMPTY_TEXT');
  });

  it('binary input with NUL bytes is E_BINARY_INPUT', () => {
    expect(codeOf(() => createDocument({ text: 'PK\u0003\u0004\u0000\u0000' }))).toBe('E_BINARY_INPUT');
  });

  it('a text over the limit is E_TEXT_TOO_LARGE, a 10 MB text under the default limit is accepted', () => {
    expect(codeOf(() => createDocument({ text: 'abcdef' }, { maxChars: 5 }))).toBe('E_TEXT_TOO_LARGE');
    const big = 'Le supercalculateur reliera 100 000 puces. '.repeat(250_000);
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(createDocument({ text: big }).text.length).toBe(big.length);
  });

  it('an empty id is E_INVALID_RECORD, a language that is not a code is E_UNKNOWN_LANGUAGE', () => {
    expect(codeOf(() => createDocument({ id: '', text: 'x' }))).toBe('E_INVALID_RECORD');
    expect(codeOf(() => createDocument({ text: 'x', lang: 'French' }))).toBe('E_UNKNOWN_LANGUAGE');
    expect(createDocument({ text: 'x', lang: 'und' }).lang).toBe('und');
  });

  it('a bad publication date is E_INVALID_DATE', () => {
    expect(codeOf(() => createDocument({ text: 'x', published: '2024-13-01' }))).toBe('E_INVALID_DATE');
    expect(codeOf(() => createDocument({ text: 'x', published: '23/05/2024' }))).toBe('E_INVALID_DATE');
  });

  it('a document is plain JSON: it survives JSON round-trip deep-equal', () => {
    const doc: Document = {
      ...createDocument({ id: 'x', text: 'xAI 🚀 Nvidia' }),
      entities: [{ id: 'e1', start: 0, end: 3, text: 'xAI', label: 'ORG', source: 'test', confidence: 0.9 }],
    };
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('assertDocument', () => {
  const text = 'Ce supercalculateur, qui reliera 100 000 puces Nvidia.';
  const base = createDocument({ id: 'seed', text });

  it('accepts a document whose spans match, including nested fact slots', () => {
    const doc: Document = {
      ...base,
      facts: [{
        id: 'f1', type: 'quantity', start: 33, end: 53, text: '100 000 puces Nvidia', value: 100000, unit: 'chip',
        item: { start: 41, end: 46, text: 'puces' }, confidence: 0.9, source: 'test',
      }],
    };
    expect(() => assertDocument(doc)).not.toThrow();
  });

  it('finds a drifted nested span and names its path', () => {
    const doc: Document = {
      ...base,
      facts: [{
        id: 'f1', type: 'quantity', start: 33, end: 53, text: '100 000 puces Nvidia', value: 100000,
        item: { start: 42, end: 47, text: 'puces' }, confidence: 0.9, source: 'test',
      }],
    };
    expect(() => assertDocument(doc)).toThrow(/facts\[0\]\.item/u);
    expect(codeOf(() => assertDocument(doc))).toBe('E_SPAN_MISMATCH');
  });

  it('refuses a document that breaks the schema (confidence out of range)', () => {
    const doc = { ...base, entities: [{ id: 'e1', start: 0, end: 2, text: 'Ce', label: 'ORG', source: 's', confidence: 2 }] };
    expect(codeOf(() => assertDocument(doc))).toBe('E_INVALID_DOCUMENT');
  });

  it('a token splitting a surrogate pair (astral characters) is caught by its surface text', () => {
    const t = 'a😀b';
    const doc = { ...createDocument({ text: t }), tokens: [{ start: 0, end: 2, text: 'a😀', kind: 'word' }] };
    expect(codeOf(() => assertDocument(doc))).toBe('E_SPAN_MISMATCH');
  });
});
