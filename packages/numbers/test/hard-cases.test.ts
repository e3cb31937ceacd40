import { describe, expect, it } from 'vitest';
import { extractNumbers } from '@faits/numbers';

describe('a name glued to digits after the noun is not a vendor (fuzz counterexample)', () => {
  it('"0 aAs E0": no empty or inverted vendor span', () => {
    for (const m of extractNumbers('0 aAs E0', { lang: 'fr' })) {
      expect(m.vendor).toBeUndefined();
      expect('0 aAs E0'.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
