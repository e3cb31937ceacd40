import { readFileSync } from 'node:fs';
import type { Sentence, Span, Token } from '@faits/document';
import { expect } from 'vitest';

export const FIXTURES = new URL('./fixtures/', import.meta.url);
export const SPECS = new URL('./specs/', import.meta.url);

export function readFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** White space allowed between tokens: JavaScript `\s`, U+0085 and U+200B. */
const GAP = /^[\s\u0085\u200B]*$/u;

function insidePair(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
}

/**
 * The lossless invariant: tokens in order, non-empty, non-overlapping, each matching the text,
 * only white space between them, no offset inside a surrogate pair. Returns the problems found
 * (an empty list when the tokens are lossless), so a 10 MB text gives one assertion, not millions.
 */
export function losslessProblems(text: string, tokens: readonly Token[]): string[] {
  const problems: string[] = [];
  let previous = 0;
  for (const [k, t] of tokens.entries()) {
    if (problems.length > 5) break;
    if (!(t.start >= previous && t.end > t.start && t.end <= text.length)) problems.push(`token ${k} [${t.start}, ${t.end}) out of order or empty`);
    if (text.slice(t.start, t.end) !== t.text) problems.push(`token ${k} text ${JSON.stringify(t.text)} != ${JSON.stringify(text.slice(t.start, t.end))}`);
    if (!GAP.test(text.slice(previous, t.start))) problems.push(`non-space gap before token ${k}: ${JSON.stringify(text.slice(previous, t.start))}`);
    if (insidePair(text, t.start) || insidePair(text, t.end)) problems.push(`token ${k} [${t.start}, ${t.end}) splits a surrogate pair`);
    previous = t.end;
  }
  if (!GAP.test(text.slice(previous))) problems.push(`non-space text after the last token: ${JSON.stringify(text.slice(previous, previous + 20))}`);
  return problems;
}

/** Sentences in order, each from a token start to a token end, covering every token exactly once. */
export function sentenceProblems(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): string[] {
  const problems: string[] = [];
  let k = 0;
  for (const [s, sentence] of sentences.entries()) {
    if (problems.length > 5) break;
    if (text.slice(sentence.start, sentence.end) !== sentence.text) problems.push(`sentence ${s} text does not match`);
    if (tokens[k]?.start !== sentence.start) problems.push(`sentence ${s} does not start at token ${k}`);
    while (k < tokens.length && tokens[k]!.end <= sentence.end) k += 1;
    if (tokens[k - 1]?.end !== sentence.end) problems.push(`sentence ${s} does not end at a token end`);
  }
  if (k !== tokens.length) problems.push(`${tokens.length - k} token(s) after the last sentence`);
  return problems;
}

/** The span of the only occurrence of `needle` in `text` (or of the occurrence after `from`). */
export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  if (from === 0 && text.indexOf(needle, start + 1) !== -1) throw new Error(`${JSON.stringify(needle)} occurs more than once`);
  return { start, end: start + needle.length, text: needle };
}

/**
 * Spans of `surfaces` laid one after the other on `text`, with only white space between them: the
 * expected segmentation written as the reader sees it, turned into offsets. Throws when the surfaces
 * do not tile the text (a typo in the spec).
 */
export function tile(text: string, surfaces: readonly string[]): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  for (const surface of surfaces) {
    let start = pos;
    while (start < text.length && !text.startsWith(surface, start)) {
      if (!GAP.test(text.charAt(start))) throw new Error(`spec: ${JSON.stringify(surface)} expected at ${start}, found ${JSON.stringify(text.slice(start, start + 20))}`);
      start += 1;
    }
    if (start >= text.length) throw new Error(`spec: ${JSON.stringify(surface)} not found after ${pos}`);
    spans.push({ start, end: start + surface.length, text: surface });
    pos = start + surface.length;
  }
  if (!GAP.test(text.slice(pos))) throw new Error(`spec: text left after the last surface: ${JSON.stringify(text.slice(pos, pos + 20))}`);
  return spans;
}

/** start, end and text of each token, nothing else: offsets are always checked with the surface. */
export function spans(items: readonly Span[]): Span[] {
  return items.map(({ start, end, text }) => ({ start, end, text }));
}

export function expectLossless(text: string, tokens: readonly Token[]): void {
  expect(losslessProblems(text, tokens)).toEqual([]);
}
