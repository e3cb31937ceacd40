import type { Diagnostic, Document, LanguageCandidate, Paragraph, Stage } from '@faits/document';
import { resolveOptions, type LangidOptions } from './options.ts';
import { paragraphsResolved } from './paragraphs.ts';
import { pickLanguage } from './rank.ts';

export const STAGE_NAME = 'langid.franc.v1';

/** Below this document-level score, the stage adds a `LOW_LANGUAGE_CONFIDENCE` warning. */
const CONFIDENT = 0.8;

/**
 * Document-level candidates: each paragraph votes with its candidates' scores, weighted by its length in code
 * units. Paragraphs with nothing to go on (`und` only, e.g. a line of digits) do not vote.
 */
export function voteParagraphs(paragraphs: readonly Paragraph[]): LanguageCandidate[] {
  const totals = new Map<string, number>();
  let weight = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.candidates.length === 1 && paragraph.candidates[0]?.lang === 'und') continue;
    const length = paragraph.end - paragraph.start;
    weight += length;
    for (const { lang, score } of paragraph.candidates) totals.set(lang, (totals.get(lang) ?? 0) + length * score);
  }
  if (weight === 0) return [{ lang: 'und', score: 1 }];
  return [...totals]
    .map(([lang, total]) => ({ lang, score: Math.round((total / weight) * 10_000) / 10_000 }))
    .filter((c, i) => i === 0 || c.score >= 0.001)
    .sort((a, b) => b.score - a.score || a.lang.localeCompare(b.lang));
}

/**
 * A langid stage with options. It sets `paragraphs` (each with its language and candidates), `languages` (the
 * document-level candidates, voted across paragraphs by length) and `lang`, unless the caller already gave
 * `lang`, which is kept. When the top document-level score is under 0.8, or the language is `und`, it adds a
 * `LOW_LANGUAGE_CONFIDENCE` warning.
 *
 * @throws FaitsError `E_UNKNOWN_LANGUAGE` or `E_INVALID_OPTION` for bad options, when the stage is created.
 */
export function createLangidStage(options?: LangidOptions): Stage {
  const resolved = resolveOptions(options);
  return Object.freeze({
    name: STAGE_NAME,
    requires: Object.freeze(['text'] as const),
    provides: Object.freeze(['lang', 'paragraphs'] as const),
    run(doc: Document): Document {
      const paragraphs = paragraphsResolved(doc.text, resolved);
      const languages = voteParagraphs(paragraphs);
      const detected = pickLanguage(languages, resolved.minConfidence);
      const top = languages[0] ?? { lang: 'und', score: 1 };
      const diagnostics: Diagnostic[] = [...doc.diagnostics];
      if (detected === 'und' || top.score < CONFIDENT) {
        const given = doc.lang === undefined ? '' : ` The language given, "${doc.lang}", is kept.`;
        diagnostics.push({
          code: 'LOW_LANGUAGE_CONFIDENCE',
          severity: 'warning',
          source: STAGE_NAME,
          message: top.lang === 'und'
            ? `The language could not be determined: the text has no words to go on.${given}`
            : `The language is uncertain: ${languages.slice(0, 3).map((c) => `${c.lang} ${c.score.toFixed(2)}`).join(', ')}.${given}`,
          hint: 'Give the language (--lang, or "lang" in the input record) when it is known.',
        });
      }
      return { ...doc, lang: doc.lang ?? detected, languages, paragraphs, diagnostics };
    },
  });
}

/** The langid stage with default options: `langid.franc.v1`, requires `text`, provides `lang` and `paragraphs`. */
export const langidStage: Stage = createLangidStage();
