import { readdirSync, readFileSync } from 'node:fs';
import type { Token } from '@faits/document';
import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '@faits/tokenize';
import { SPECS, expectLossless, sentenceProblems, spans, tile } from './helpers.ts';

interface ExpectedToken {
  readonly text: string;
  readonly start?: number;
  readonly end?: number;
  readonly kind?: Token['kind'];
  readonly elision?: boolean;
  /** `null`: the token must have no value. */
  readonly value?: number | null;
}
interface TokenCase {
  readonly name: string;
  readonly input: string;
  readonly tokens: readonly (string | ExpectedToken)[];
  readonly gap?: string;
}
interface SentenceCase {
  readonly lang: string;
  readonly name: string;
  readonly input: string;
  readonly sentences: readonly string[];
  readonly gap?: string;
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, SPECS), 'utf8')) as T;
}

const tokenFiles = readdirSync(SPECS).filter((f) => /^tokens\.[a-z]+\.json$/u.test(f)).sort();

describe('token specs (test/specs/tokens.<lang>.json)', () => {
  it('has a spec file for every language with data and the fallback', () => {
    expect(tokenFiles).toEqual(['tokens.de.json', 'tokens.en.json', 'tokens.es.json', 'tokens.fr.json', 'tokens.it.json', 'tokens.nl.json', 'tokens.pt.json', 'tokens.und.json']);
  });

  for (const file of tokenFiles) {
    const spec = load<{ lang: string; cases: TokenCase[] }>(file);
    describe(spec.lang, () => {
      for (const c of spec.cases) {
        const test = c.gap === undefined ? it : it.skip;
        const title = c.gap === undefined ? c.name : `${c.name} — known gap: ${c.gap}`;
        test(title, () => {
          const expected = c.tokens.map((t) => (typeof t === 'string' ? { text: t } : t));
          const expectedSpans = tile(c.input, expected.map((t) => t.text));
          // offsets written by hand in the spec must agree with the text itself
          expected.forEach((t, k) => {
            if (t.start !== undefined) expect(t.start).toBe(expectedSpans[k]!.start);
            if (t.end !== undefined) expect(t.end).toBe(expectedSpans[k]!.end);
          });
          const tokens = tokenize(c.input, { lang: spec.lang });
          expect(spans(tokens)).toEqual(expectedSpans);
          expected.forEach((t, k) => {
            const token = tokens[k]!;
            if (t.kind !== undefined) expect({ text: token.text, kind: token.kind }).toEqual({ text: t.text, kind: t.kind });
            expect({ text: token.text, elision: token.elision === true }).toEqual({ text: t.text, elision: t.elision === true });
            if (t.value === null) expect({ text: token.text, value: token.value }).toEqual({ text: t.text, value: undefined });
            else if (t.value !== undefined) expect({ text: token.text, value: token.value }).toEqual({ text: t.text, value: t.value });
          });
          expectLossless(c.input, tokens);
        });
      }
    });
  }
});

describe('sentence specs (test/specs/sentences.json)', () => {
  const spec = load<{ cases: SentenceCase[] }>('sentences.json');
  for (const c of spec.cases) {
    const test = c.gap === undefined ? it : it.skip;
    const title = `${c.lang}: ${c.name}${c.gap === undefined ? '' : ` — known gap: ${c.gap}`}`;
    test(title, () => {
      const sentences = splitSentences(c.input, { lang: c.lang });
      expect(spans(sentences)).toEqual(tile(c.input, c.sentences));
      const tokens = tokenize(c.input, { lang: c.lang });
      expect(sentenceProblems(c.input, tokens, sentences)).toEqual([]);
    });
  }
});
