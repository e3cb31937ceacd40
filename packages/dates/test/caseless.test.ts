import { describe, expect, it } from 'vitest';
import { caseClass, caseless, caselessRegExp } from '../src/caseless.ts';
import { alternation, phraseSource } from '../src/grammar.ts';
import { de } from '../src/lang/de.ts';
import { en } from '../src/lang/en.ts';
import { es } from '../src/lang/es.ts';
import { fr } from '../src/lang/fr.ts';
import { it as italian } from '../src/lang/it.ts';
import { nl } from '../src/lang/nl.ts';
import { pt } from '../src/lang/pt.ts';
import type { DateLanguage } from '../src/lang/types.ts';

/** Every code point that has a lower or upper case form (there are none past U+1FFFF). */
function casedCodePoints(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const x = String.fromCodePoint(cp);
    if (x.toLowerCase() !== x || x.toUpperCase() !== x) out.push(x);
  }
  return out;
}

/** All matches of a global regex: [index, text]. */
function matches(re: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

const escape = (ch: string): string => ch.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

describe('caseClass: what /x/iu matches, from the engine', () => {
  it('equals the engine\'s case class for every cased code point up to U+1FFFF (Kelvin sign, long s, ẞ, Greek symbols)', () => {
    const cased = casedCodePoints();
    const wrong: string[] = [];
    for (const x of cased) {
      const re = new RegExp(`^${escape(x)}$`, 'iu');
      const engine = cased.filter((m) => re.test(m));
      if (!engine.includes(x)) engine.push(x);
      const ours = caseClass(x);
      if (ours[0] !== x || [...ours].sort().join('') !== engine.sort().join('')) wrong.push(x);
    }
    expect(wrong).toEqual([]);
  });

  it('names the hard cases: k with U+212A KELVIN SIGN, s with U+017F LONG S, ß with U+1E9E, i without dotless ı or İ', () => {
    expect([...caseClass('k')].sort()).toEqual(['K', 'k', '\u212a']);
    expect([...caseClass('s')].sort()).toEqual(['S', 's', '\u017f']);
    expect([...caseClass('ß')].sort()).toEqual(['ß', '\u1e9e']);
    expect([...caseClass('i')].sort()).toEqual(['I', 'i']);
    expect(caseClass('ı')).toEqual(['ı']);
    expect(caseClass('7')).toEqual(['7']);
    expect(caseClass('’')).toEqual(['’']);
  });

  it('\\p{L} under iu also matches U+0345 (it folds to ι), and \\p{N} matches nothing more', () => {
    for (const x of casedCodePoints()) {
      expect(/\p{L}/iu.test(x)).toBe(/[\p{L}\u0345]/u.test(x));
      expect(/\p{N}/iu.test(x)).toBe(/\p{N}/u.test(x));
    }
  });
});

describe('caseless: a pattern for the flags iu rewritten for u alone', () => {
  const texts = [
    'Le 5 MARS 2024, la Société a annoncé ses résultats de l’année passée.',
    'WEEK-END, week‐end, Week end, weekend: quatre formes.',
    'KELVIN: \u212aelvin, long s: \u017fept, ẞ and ß, Straße, STRASSE, İstanbul, ıi.',
    'ΣΊΣΥΦΟΣ σίσυφος ς ϐ ϑ µ Ω Ω \u0345 d’ici à l\'automne 2025',
    'Über 2 000 Menschen, 3,5 Mrd. Euro, n° 2015, 1er trimestre 2026, 1ᵉʳ janvier',
    '',
  ];
  const patterns = [
    'mars|janvier|week[-‐‑]end|l[\'’]ann[ée]e',
    '(?<![\\p{L}\\p{N}_])(?:kelvin|sept|stra(?:ß|ss)e|istanbul)(?![\\p{L}])',
    '[a-z]+|[^a-z\\s]+',
    '(?<word>[\\p{L}\\-]{2,5})(?:[^\\S\\n]+(?<num>\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})*))?',
    '\\u00fcber|\\x53tra|\\u{1D4D}',
    '(?<=\\s)σ[ί-ύ]\\p{L}*ς?',
    'n°|nº|nr\\.|no\\.|\\$|€',
    '(?:1er|1ᵉʳ|1re)[^\\S\\n]+(?:trimestre|janvier)',
  ];
  for (const source of patterns) {
    it(`matches what /${source}/giu matches (hard cases: elision ’, dashes, Kelvin sign, long s, ß, Greek final sigma, empty input)`, () => {
      const rewritten = caseless(source);
      expect(rewritten).toBeDefined();
      for (const text of texts) {
        expect(matches(new RegExp(rewritten ?? '', 'gu'), text)).toEqual(matches(new RegExp(source, 'giu'), text));
        expect(new RegExp(rewritten ?? '', 'gu').exec(text)?.groups).toEqual(new RegExp(source, 'giu').exec(text)?.groups);
      }
    });
  }

  it('leaves group names, quantifiers, escapes and negated classes of non-letters as written', () => {
    expect(caseless('(?<rd>\\d{1,3})(?:[^\\S\\n]+|(?=[-‐‑]))')).toBe('(?<rd>\\d{1,3})(?:[^\\S\\n]+|(?=[-‐‑]))');
    expect(caseless('ab')).toBe('[aA][bB]');
    expect(caseless('[^k]')).toBe('[^kK\u212a]');
  });

  it('gives up (undefined) on what case changes in other ways: \\w, \\b, back-references, other property escapes', () => {
    expect(caseless('\\w+')).toBeUndefined();
    expect(caseless('\\bmai\\b')).toBeUndefined();
    expect(caseless('(?<a>x)\\k<a>')).toBeUndefined();
    expect(caseless('\\p{Lu}')).toBeUndefined();
    expect(caselessRegExp('\\w+', 'g').flags).toBe('giu');
    expect(caselessRegExp('mai', 'g').flags).toBe('gu');
  });
});

describe('alternation: phrases with shared beginnings written once', () => {
  const languages: DateLanguage[] = [de, en, es, fr, italian, nl, pt];
  for (const lang of languages) {
    it(`${lang.code}: each list matches as the flat, longest-first alternation does, ignoring case`, () => {
      const lists: (readonly string[])[] = [
        lang.relations.flatMap((r) => r.forms),
        Object.values<readonly string[]>(lang.modifiers).flat(),
        [...lang.relative.this.post, ...lang.relative.next.post, ...lang.relative.last.post],
        (lang.relativeYears ?? []).flatMap((x) => x.forms),
        lang.months.flat(),
        Object.values<readonly string[] | undefined>(lang.units).flatMap((f) => f ?? []),
        lang.quantityWords,
      ];
      for (const phrases of lists) {
        const unique = [...new Set(phrases)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
        const flat = new RegExp(`^(?:${unique.map(phraseSource).join('|')})`, 'iu');
        const tree = new RegExp(`^(?:${alternation(phrases)})`, 'iu');
        // Each phrase, in capitals, cut short, and followed by more text.
        const probes = unique.flatMap((p) => [p, p.toUpperCase(), `${p} 2025`, `${p}s`, p.slice(0, -1), p.replace(/'/gu, '’'), p.replace(/ /gu, '\u00a0')]);
        for (const probe of probes) expect([probe, tree.exec(probe)?.[0]]).toEqual([probe, flat.exec(probe)?.[0]]);
      }
    });
  }
});
