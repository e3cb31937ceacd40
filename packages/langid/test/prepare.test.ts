import { describe, expect, it } from 'vitest';
import { prepare, quotedRanges } from '../src/prepare.ts';

// Internal: what the detectors see. The public behaviour is tested in detect.test.ts.
describe('quotedRanges', () => {
  const quoted = (text: string): string[] => {
    const ranges = quotedRanges(text);
    const out: string[] = [];
    for (let i = 0; i < ranges.length; i += 2) out.push(text.slice(ranges[i], ranges[i + 1]));
    return out;
  };

  it('straight, curly, German and French quotation marks, each closed by its own mark', () => {
    expect(quoted('a "b c" d “e f” g „h i“ j «\u00a0k\u00a0» l')).toEqual(['b c', 'e f', 'h i', '\u00a0k\u00a0']);
    expect(quoted('„h i” j')).toEqual(['h i']);
  });

  it('a quotation left open runs to the end; a closing mark alone opens nothing', () => {
    expect(quoted('y publicado en " Abhandlungen der Akademie')).toEqual([' Abhandlungen der Akademie']);
    expect(quoted('fin » puis ” rien')).toEqual([]);
    expect(quoted('')).toEqual([]);
  });
});

describe('prepare: quoted titles and dates', () => {
  it('masks a quoted title in Title Case, keeps a quoted sentence', () => {
    const title = prepare('Er sang "Lucy Loves The Sky" und mehr.', 400);
    expect(title.words).toEqual(['er', 'sang', 'und', 'mehr']);
    expect(title.masked).toBe(`Er sang "${' '.repeat('Lucy Loves The Sky'.length)}" und mehr.`);
    const sentence = prepare('Er sagte: "Wir bleiben hier" und ging.', 400);
    expect(sentence.words).toContain('bleiben');
  });

  it('keeps the title when almost nothing would be left outside it', () => {
    // One word outside: the title stays ("The" is kept as a known word after the quotation mark).
    expect(prepare('in "The Best Of"', 400).words).toEqual(['in', 'the']);
    expect(prepare('in und "The Best Of"', 400).words).toEqual(['in', 'und']);
  });

  it('notes a month name right before a year, also with "de" between them', () => {
    expect(prepare('Mai 1919 in Samsun, mayo de 1950, mai 12', 400).monthsBeforeYear).toEqual(['mai', 'mayo']);
    expect(prepare('Mai 1919', 400, false).monthsBeforeYear).toEqual(['mai']);
  });
});
