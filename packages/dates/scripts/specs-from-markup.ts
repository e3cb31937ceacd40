/**
 * Turns hand-written spec markup into the neutral JSON spec format of test/specs/<lang>.json, so that
 * nobody has to count UTF-16 offsets by hand. It computes offsets only: every value is written by a person.
 *
 *   tsx scripts/specs-from-markup.ts < cases.txt > cases.json
 *
 * Markup, one case per line:
 *   @published 2024-05-23        publication date of the cases that follow ("@published -": none)
 *   ! reason                     the next case is a known gap, with the reason
 *   # comment
 *   Musk a cofondé OpenAI {en 2015|2015} et l'a quitté {en 2018|2018|at|year}.
 * Inside braces: surface | value | relation (default at) | grain (optional). A value is null, YYYY,
 * YYYY-MM, YYYY-MM-DD or START..END (an interval).
 */
import { readFileSync } from 'node:fs';

interface Expected {
  text: string;
  start: number;
  end: number;
  value: string | { start: string; end: string } | null;
  relation: string;
  grain?: string;
}
interface Case {
  input: string;
  published?: string;
  expected: Expected[];
  gap?: string;
}

const MARK = /\{([^{}|]+)\|([^{}|]+)(?:\|([^{}|]*))?(?:\|([^{}|]*))?\}/gu;

export function parseMarkup(source: string): Case[] {
  const cases: Case[] = [];
  let published: string | undefined;
  let gap: string | undefined;
  for (const [n, raw] of source.split('\n').entries()) {
    const line = raw.replace(/\r$/u, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (line.startsWith('@published')) {
      const value = line.slice('@published'.length).trim();
      published = value === '-' ? undefined : value;
      continue;
    }
    if (line.startsWith('!')) {
      gap = line.slice(1).trim();
      continue;
    }
    let input = '';
    let last = 0;
    const expected: Expected[] = [];
    for (const m of line.matchAll(MARK)) {
      input += line.slice(last, m.index);
      const [, surface = '', valueText = '', relation, grain] = m;
      const start = input.length;
      input += surface;
      const value = parseValue(valueText.trim(), n + 1);
      expected.push({
        text: surface, start, end: input.length, value, relation: relation === undefined || relation.trim() === '' ? 'at' : relation.trim(),
        ...(grain === undefined || grain.trim() === '' ? {} : { grain: grain.trim() }),
      });
      last = m.index + m[0].length;
    }
    input += line.slice(last);
    if (/[{}]/u.test(input)) throw new Error(`line ${n + 1}: unbalanced or malformed markup`);
    cases.push({ input, ...(published === undefined ? {} : { published }), expected, ...(gap === undefined ? {} : { gap }) });
    gap = undefined;
  }
  return cases;
}

function parseValue(text: string, line: number): Expected['value'] {
  if (text === 'null') return null;
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/u.exec(text);
  if (range !== null) return { start: range[1] as string, end: range[2] as string };
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(text)) return text;
  throw new Error(`line ${line}: bad value ${JSON.stringify(text)}`);
}

/** JSON, one expected mention a line, with invisible spaces escaped so that a reader sees them. */
export function toJson(cases: Case[]): string {
  const line = (value: unknown): string => JSON.stringify(value).replace(/[\u00a0\u202f\u2009\u2011]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const blocks = cases.map((c) => {
    const head = [`"input": ${line(c.input)}`];
    if (c.published !== undefined) head.push(`"published": ${line(c.published)}`);
    if (c.gap !== undefined) head.push(`"gap": ${line(c.gap)}`);
    const expected = c.expected.length === 0 ? '[]' : `[\n${c.expected.map((e) => `      ${line(e)}`).join(',\n')}\n    ]`;
    return `  {\n    ${head.join(',\n    ')},\n    "expected": ${expected}\n  }`;
  });
  return `[\n${blocks.join(',\n')}\n]\n`;
}

if (process.argv[1]?.endsWith('specs-from-markup.ts') === true) {
  process.stdout.write(toJson(parseMarkup(readFileSync(0, 'utf8'))));
}
