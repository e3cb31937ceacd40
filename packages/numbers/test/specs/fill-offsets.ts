/**
 * Fills `start` and `end` of the expected mentions of a spec file from their `text`, searched in `input`
 * after the previous expected mention. Run it after adding cases by hand:
 *
 *   npx tsx packages/numbers/test/specs/fill-offsets.ts packages/numbers/test/specs/fr.json
 *
 * It never touches `value`, `kind` or the other fields: those are written by reading the input.
 * It fails when a text is not found, or when a given start/end does not hold the text.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Expected { text: string; start?: number; end?: number; [field: string]: unknown }
interface SpecCase { input: string; expected: Expected[]; gap?: string }

export function fillOffsets(cases: SpecCase[]): SpecCase[] {
  return cases.map((c, index) => {
    let from = 0;
    const expected = c.expected.map((e) => {
      const at = e.start ?? c.input.indexOf(e.text, from);
      if (at < 0) throw new Error(`case ${index}: ${JSON.stringify(e.text)} is not in ${JSON.stringify(c.input)}`);
      const end = at + e.text.length;
      if (c.input.slice(at, end) !== e.text) throw new Error(`case ${index}: [${at}, ${end}) does not hold ${JSON.stringify(e.text)}`);
      from = end;
      const { text, start: _s, end: _e, ...rest } = e;
      return { text, start: at, end, ...rest };
    });
    return { ...c, expected };
  });
}

/** One case per block, one expected mention per line: diffs stay readable. */
export function formatSpec(cases: SpecCase[]): string {
  const blocks = cases.map((c) => {
    const head = `  {"input": ${JSON.stringify(c.input)}${c.gap === undefined ? '' : `, "gap": ${JSON.stringify(c.gap)}`}, "expected": [`;
    if (c.expected.length === 0) return `${head}]}`;
    return `${head}\n${c.expected.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]}`;
  });
  // Invisible spaces are written as escapes so that a reader sees them.
  return `[\n${blocks.join(',\n')}\n]\n`.replace(/[\u00a0\u202f\u2009\u2007\u200b]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//u, ''))) {
  for (const file of process.argv.slice(2)) {
    const cases = JSON.parse(readFileSync(file, 'utf8')) as SpecCase[];
    writeFileSync(file, formatSpec(fillOffsets(cases)));
  }
}
