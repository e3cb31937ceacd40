import { detectParagraphs } from '@faits/langid';
import { describe, expect, it } from 'vitest';

describe('detectParagraphs', () => {
  it('a French and an English paragraph: each span has its start, end and surface text, and its language', () => {
    const fr = 'Le constructeur a annoncé la fermeture de deux usines dans le nord du pays.';
    const en = 'The company said it would close two plants in the north of the country.';
    const text = `${fr}\n\n${en}\n`;
    const paragraphs = detectParagraphs(text);
    expect(paragraphs.map(({ start, end, text: surface, lang }) => ({ start, end, text: surface, lang }))).toEqual([
      { start: 0, end: 75, text: fr, lang: 'fr' },
      { start: 77, end: 148, text: en, lang: 'en' },
    ]);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('blank lines, CRLF and white space at both ends of a line (U+00A0, U+202F, tabs) are left out of the spans', () => {
    const text = '  \r\n\u00a0Die Regierung hat das Gesetz gestern beschlossen.\u202f\r\n\t\r\n\tDe regering heeft de wet gisteren aangenomen. \r\n';
    const paragraphs = detectParagraphs(text);
    expect(paragraphs.map(({ start, end, text: surface, lang }) => ({ start, end, text: surface, lang }))).toEqual([
      { start: 5, end: 54, text: 'Die Regierung hat das Gesetz gestern beschlossen.', lang: 'de' },
      { start: 61, end: 106, text: 'De regering heeft de wet gisteren aangenomen.', lang: 'nl' },
    ]);
  });

  it('a lone CR and the Unicode separators U+2028 and U+2029 break lines too', () => {
    const text = 'Il governo ha approvato la legge.\rO governo aprovou a lei ontem.\u2029El gobierno aprobó la ley ayer.';
    expect(detectParagraphs(text).map((p) => [p.start, p.end, p.text, p.lang])).toEqual([
      [0, 33, 'Il governo ha approvato la legge.', 'it'],
      [34, 64, 'O governo aprovou a lei ontem.', 'pt'],
      [65, 96, 'El gobierno aprobó la ley ayer.', 'es'],
    ]);
  });

  it('astral characters (emoji) before a paragraph: offsets count UTF-16 code units', () => {
    const text = '🎉🎉\nLes salariés gardent leur emploi 🚀 jusqu’à la fin de l’année.';
    const paragraphs = detectParagraphs(text);
    expect(paragraphs.map((p) => [p.start, p.end, p.text, p.lang])).toEqual([
      [0, 4, '🎉🎉', 'und'],
      [5, 67, 'Les salariés gardent leur emploi 🚀 jusqu’à la fin de l’année.', 'fr'],
    ]);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('a line of digits is a paragraph in und, with the candidate und', () => {
    const text = 'Chiffre d’affaires du trimestre en hausse de 12 %.\n2024 2025 2026';
    const [first, second] = detectParagraphs(text);
    expect([first?.start, first?.end, first?.text, first?.lang]).toEqual([0, 50, 'Chiffre d’affaires du trimestre en hausse de 12 %.', 'fr']);
    expect([second?.start, second?.end, second?.text, second?.lang]).toEqual([51, 65, '2024 2025 2026', 'und']);
    expect(second?.candidates).toEqual([{ lang: 'und', score: 1 }]);
  });

  it('empty and white-space-only text give no paragraph', () => {
    expect(detectParagraphs('')).toEqual([]);
    expect(detectParagraphs(' \n\u00a0\n\u202f\r\n')).toEqual([]);
  });

  it('candidates of each paragraph are ranked, with scores in [0, 1]', () => {
    const [p] = detectParagraphs('de la');
    expect(p?.candidates.length).toBeGreaterThan(1);
    for (const c of p?.candidates ?? []) expect(c.score).toBeGreaterThanOrEqual(0);
    expect(p?.candidates[0]?.score).toBeLessThanOrEqual(1);
  });

  it('huge input: 5,000 paragraphs come back with exact offsets', { timeout: 60_000 }, () => {
    const lines = ['La production a repris lundi dans les deux usines du groupe.', 'Production resumed on Monday at both of the group’s plants.'];
    const text = Array.from({ length: 5_000 }, (_, i) => lines[i % 2]).join('\n');
    const started = performance.now();
    const paragraphs = detectParagraphs(text);
    const elapsed = performance.now() - started;
    expect(paragraphs).toHaveLength(5_000);
    const last = paragraphs[4_999];
    expect([last?.start, last?.end, last?.text]).toEqual([text.length - (lines[1]?.length ?? 0), text.length, lines[1]]);
    expect(paragraphs.filter((p) => p.lang === 'fr')).toHaveLength(2_500);
    expect(paragraphs.filter((p) => p.lang === 'en')).toHaveLength(2_500);
    expect(elapsed).toBeLessThan(50_000);
  });
});
