import { describe, expect, it } from 'vitest';
import { composeStages, createDocument, type Document } from '@faits/document';
import { splitSentences, tokenize, tokenizeStage } from '@faits/tokenize';
import { readFixture } from './helpers.ts';

describe('tokenizeStage', () => {
  it('is the descriptor tokenize.v1: requires text, provides tokens and sentences', () => {
    expect(tokenizeStage.name).toBe('tokenize.v1');
    expect(tokenizeStage.requires).toEqual(['text']);
    expect(tokenizeStage.provides).toEqual(['tokens', 'sentences']);
  });

  it('adds tokens and sentences that pass the data contract checks, using doc.lang', async () => {
    const text = readFixture('seed-article.txt');
    const input = createDocument({ id: 'fr-0001', text, lang: 'fr' });
    const doc = await composeStages([tokenizeStage]).run(input, { check: true });
    expect(doc.text).toBe(text);
    expect(doc.tokens).toEqual(tokenize(text, { lang: 'fr' }));
    expect(doc.sentences).toEqual(splitSentences(text, { lang: 'fr' }));
    expect(doc.sentences).toHaveLength(16);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.stages).toEqual(['tokenize.v1']);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('returns a new document and leaves its input untouched', () => {
    const input = createDocument({ text: 'Il part.', lang: 'fr' });
    const copy = structuredClone(input);
    const out = tokenizeStage.run(input) as Document;
    expect(out).not.toBe(input);
    expect(input).toEqual(copy);
    expect(out.tokens).toEqual([
      { start: 0, end: 2, text: 'Il', kind: 'word' },
      { start: 3, end: 7, text: 'part', kind: 'word' },
      { start: 7, end: 8, text: '.', kind: 'punct' },
    ]);
    expect(out.sentences).toEqual([{ start: 0, end: 8, text: 'Il part.' }]);
  });

  it('uses the generic fallback without a diagnostic when doc.lang is missing or und', () => {
    for (const lang of [undefined, 'und']) {
      const doc = tokenizeStage.run(createDocument({ text: '1,234 et l’avenir', ...(lang === undefined ? {} : { lang }) })) as Document;
      expect(doc.diagnostics).toEqual([]);
      expect(doc.tokens?.[0]).toEqual({ start: 0, end: 5, text: '1,234', kind: 'number' });
      expect(doc.tokens?.[2]).toEqual({ start: 9, end: 11, text: 'l’', kind: 'word', elision: true });
    }
  });

  it('notes with an info diagnostic a language without data (ja), and still tokenizes', () => {
    const doc = tokenizeStage.run(createDocument({ text: '東京都に住む。', lang: 'ja' })) as Document;
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'TOKENIZE_FALLBACK_LANGUAGE', severity: 'info', source: 'tokenize.v1' })]);
    expect(doc.tokens?.map((t) => t.text).join('')).toBe('東京都に住む。');
    expect(doc.sentences).toEqual([{ start: 0, end: 7, text: '東京都に住む。' }]);
  });

  it('does not throw on a malformed doc.lang: a warning, then the fallback', () => {
    const doc = tokenizeStage.run({ id: 'x', text: 'Il part.', lang: 'français', diagnostics: [] }) as Document;
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'TOKENIZE_FALLBACK_LANGUAGE', severity: 'warning' })]);
    expect(doc.tokens).toHaveLength(3);
  });
});
