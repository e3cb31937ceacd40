import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '@faits/numbers';

const text = readFileSync(new URL('./fixtures/seed-article.txt', import.meta.url), 'utf8');

describe('the seed article (fr)', () => {
  const found = extractNumbers(text, { lang: 'fr' });

  it('reads "100 000 puces Nvidia" as 100000 chips, item "puces", vendor "Nvidia"', () => {
    const start = text.indexOf('100 000 puces Nvidia');
    const m = found.find((n) => n.start === start);
    expect(m).toMatchObject({
      start, end: start + 20, text: '100 000 puces Nvidia', kind: 'quantity', value: 100000, qualifier: 'exact', unit: 'chip',
      item: { start: start + 8, end: start + 13, text: 'puces' },
      vendor: { start: start + 14, end: start + 20, text: 'Nvidia' },
      number: { start, end: start + 7, text: '100 000' },
      source: 'numbers.v1',
    });
  });

  it('reads "au moins quatre fois plus grand" as a factor 4, at least', () => {
    const start = text.indexOf('au moins quatre fois plus grand');
    const m = found.find((n) => n.start === start);
    expect(m).toMatchObject({
      start, end: start + 31, text: 'au moins quatre fois plus grand', kind: 'factor', value: 4, qualifier: 'at_least', unit: 'times',
      number: { start: start + 9, end: start + 15, text: 'quatre' },
    });
  });

  it('finds nothing else: "xAI", "ChatGPT", "en 2022", "en 2015", "en 2018", "un supercalculateur" are not numbers', () => {
    expect(found.map((n) => n.text)).toEqual(['100 000 puces Nvidia', 'au moins quatre fois plus grand']);
    expect(found.map((n) => n.id)).toEqual(['n1', 'n2']);
  });
});
