/**
 * A hand-made scenario of golden and predicted facts over two small articles and an error record, used by the
 * evaluate, format, CLI and browser tests. The expected counts are worked out by hand in evaluate.test.ts.
 */
import type { GoldenFile } from '../src/golden.ts';

/** The span of the `nth` occurrence of `surface` in `text`: a way to write fixtures, not an expected value. */
export function at(text: string, surface: string, nth = 1): { start: number; end: number; text: string } {
  let from = 0;
  let start = -1;
  for (let i = 0; i < nth; i += 1) {
    start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`fixture: ${JSON.stringify(surface)} #${nth} is not in the text`);
    from = start + 1;
  }
  return { start, end: start + surface.length, text: surface };
}

// French: elision (d’, l’), a narrow no-break space U+202F in "100 000", a no-break space U+00A0 before "%",
// an astral emoji (two UTF-16 code units) before the second sentence.
export const TEXT_FR = 'Nvidia livrera 100\u202F000 puces à xAI d’ici l’automne 2025, selon Elon Musk, patron de xAI 🚀. Le titre a gagné 12,5\u00A0% en mars.';
// English, with HTML in the text that must be shown, never run.
export const TEXT_EN = 'Acme Corp raised $5 million in Q1 2024, CEO Jane Doe said. <script>alert(1)</script><img src=x onerror=alert(1)> <script>window.__xss = 1</script><img src=x onerror="window.__xss2 = 1">';

const meta = { annotation: { guidelines: 'golden/GUIDELINES.md', passes: 2 } };

export const GOLD_FR: GoldenFile = {
  id: 'fr-a', lang: 'fr', published: '2024-05-26', ...meta,
  facts: [
    { id: 'g1', type: 'organization', ...at(TEXT_FR, 'Nvidia'), canonical: 'Nvidia', kind: 'company', mentions: [at(TEXT_FR, 'Nvidia')] },
    { id: 'g2', type: 'organization', ...at(TEXT_FR, 'xAI'), canonical: 'xAI', kind: 'company', mentions: [at(TEXT_FR, 'xAI'), at(TEXT_FR, 'xAI', 2)] },
    { id: 'g3', type: 'person', ...at(TEXT_FR, 'Elon Musk'), canonical: 'Elon Musk', mentions: [at(TEXT_FR, 'Elon Musk')] },
    {
      id: 'g4', type: 'quantity', ...at(TEXT_FR, '100\u202F000 puces'), value: 100000, unit: 'chip', qualifier: 'exact',
      item: at(TEXT_FR, 'puces'), modality: 'forecast',
    },
    {
      id: 'g5', type: 'date', ...at(TEXT_FR, 'd’ici l’automne 2025'), value: { start: '2025-09-22', end: '2025-12-20' },
      relation: 'by', modality: 'forecast',
    },
    { id: 'g6', type: 'percentage', ...at(TEXT_FR, '12,5\u00A0%'), value: 12.5, qualifier: 'exact', modality: 'asserted' },
    { id: 'g7', type: 'date', ...at(TEXT_FR, 'en mars'), value: '2024-03', relation: 'at', modality: 'asserted' },
    {
      id: 'g8', type: 'relation', ...at(TEXT_FR, 'Elon Musk, patron de xAI'), predicate: 'leads',
      subject: { canonical: 'Elon Musk', ...at(TEXT_FR, 'Elon Musk') }, object: { canonical: 'xAI', ...at(TEXT_FR, 'xAI', 2) },
      modality: 'asserted', optional: true, note: 'a reader may or may not count "patron" as leading',
    },
    {
      id: 'g9', type: 'relation', ...at(TEXT_FR, 'Nvidia livrera 100\u202F000 puces à xAI'), predicate: 'partners_with',
      subject: { canonical: 'Nvidia', ...at(TEXT_FR, 'Nvidia') }, object: { canonical: 'xAI', ...at(TEXT_FR, 'xAI') }, modality: 'forecast',
    },
  ],
};

export const GOLD_EN: GoldenFile = {
  id: 'en-b', lang: 'en', published: '2024-04-10', ...meta,
  facts: [
    { id: 'h1', type: 'organization', ...at(TEXT_EN, 'Acme Corp'), canonical: 'Acme Corp', kind: 'company', mentions: [at(TEXT_EN, 'Acme Corp')] },
    { id: 'h2', type: 'money', ...at(TEXT_EN, '$5 million'), value: 5_000_000, currency: 'USD', qualifier: 'exact', modality: 'asserted' },
    { id: 'h3', type: 'date', ...at(TEXT_EN, 'in Q1 2024'), value: { start: '2024-01-01', end: '2024-03-31' }, relation: 'at', modality: 'asserted' },
    {
      id: 'h4', type: 'person', ...at(TEXT_EN, 'Jane Doe'), canonical: 'Jane Doe', mentions: [at(TEXT_EN, 'Jane Doe')],
      role: 'ceo', roleText: at(TEXT_EN, 'CEO'),
    },
  ],
};

/** A third golden document whose prediction line is an error record. */
export const GOLD_FR_ERROR: GoldenFile = {
  id: 'fr-c', lang: 'fr', published: '2024-05-26', ...meta,
  facts: [
    { id: 'k1', type: 'organization', start: 0, end: 7, text: 'Mistral', canonical: 'Mistral AI', kind: 'company' },
    { id: 'k2', type: 'location', start: 20, end: 25, text: 'Paris', canonical: 'Paris', optional: true },
  ],
};

const sourced = { confidence: 0.9, source: 'test.v1' };

export const PRED_FR = {
  id: 'fr-a', text: TEXT_FR, lang: 'fr', diagnostics: [],
  facts: [
    // correct: canonical differs only in case, span is the first mention
    { id: 'p1', type: 'organization', ...at(TEXT_FR, 'Nvidia'), canonical: 'NVIDIA', kind: 'company', ...sourced },
    // partial: right referent, span on the second mention
    { id: 'p2', type: 'organization', ...at(TEXT_FR, 'xAI', 2), canonical: 'xAI', kind: 'company', ...sourced },
    // incorrect: overlaps the mention, wrong name
    { id: 'p3', type: 'person', ...at(TEXT_FR, 'Elon'), canonical: 'Elon', ...sourced },
    // correct (same span, same value); the unit field is wrong
    { id: 'p4', type: 'quantity', ...at(TEXT_FR, '100\u202F000 puces'), value: 100000, unit: 'puce', qualifier: 'exact', item: at(TEXT_FR, 'puces'), modality: 'forecast', ...sourced },
    // partial: shorter span, same interval; relation field wrong
    { id: 'p5', type: 'date', ...at(TEXT_FR, 'l’automne 2025'), value: { start: '2025-09-22', end: '2025-12-20' }, relation: 'at', modality: 'forecast', ...sourced },
    // incorrect: 125 is not 12.5
    { id: 'p6', type: 'percentage', ...at(TEXT_FR, '12,5\u00A0%'), value: 125, qualifier: 'exact', modality: 'asserted', ...sourced },
    // incorrect: same span, March 2025 is disjoint from March 2024
    { id: 'p7', type: 'date', ...at(TEXT_FR, 'en mars'), value: '2025-03', relation: 'at', modality: 'asserted', ...sourced },
    // pairs with the optional g8: not counted
    {
      id: 'p8', type: 'relation', ...at(TEXT_FR, 'patron de xAI'), predicate: 'leads',
      subject: { canonical: 'Elon Musk' }, object: { canonical: 'XAI', ...at(TEXT_FR, 'xAI', 2) }, ...sourced,
    },
    // spurious: a year is not money
    { id: 'p9', type: 'money', ...at(TEXT_FR, '2025'), value: 2025, currency: 'EUR', qualifier: 'exact', ...sourced },
  ],
};

export const PRED_EN = {
  id: 'en-b', text: TEXT_EN, lang: 'en', diagnostics: [],
  facts: [
    { id: 'q1', type: 'organization', ...at(TEXT_EN, 'Acme Corp'), canonical: 'Acme Corp', kind: 'company', ...sourced },
    // partial: the "$" is left out of the span, the amount is right
    { id: 'q2', type: 'money', ...at(TEXT_EN, '5 million'), value: 5_000_000, currency: 'USD', qualifier: 'exact', modality: 'asserted', ...sourced },
    // partial: February 2024 lies inside Q1 2024 (29 of 91 days)
    { id: 'q3', type: 'date', ...at(TEXT_EN, 'in Q1 2024'), value: '2024-02', relation: 'at', modality: 'asserted', ...sourced },
    // spurious, with HTML in its text and fields
    { id: 'q4', type: 'product', ...at(TEXT_EN, '<script>alert(1)</script>'), canonical: '<img src=x onerror=alert(1)>', ...sourced },
  ],
};

export const PRED_ERROR = { id: 'fr-c', line: 3, error: { code: 'E_TEXT_TOO_LARGE', message: 'The text has 60000001 code units.' } };
/** A predicted document with no golden file. */
export const PRED_UNKNOWN = { id: 'zz-unknown', text: 'Rien.', diagnostics: [], facts: [] };

export const GOLD = [GOLD_FR, GOLD_EN, GOLD_FR_ERROR];
export const PRED: unknown[] = [PRED_FR, PRED_EN, PRED_ERROR, PRED_UNKNOWN];
