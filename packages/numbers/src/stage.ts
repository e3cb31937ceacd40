import type { Diagnostic, Document, Stage } from '@faits/document';
import { SOURCE } from './extract.ts';
import { extractNumbers, SUPPORTED_NUMBER_LANGUAGES } from './numbers.ts';

const FALLBACK = 'en';

/**
 * The numbers stage: reads `text` (and `lang` when set), adds `numbers`. A document whose language has no
 * number data (`und`, missing, or another language) is read as English, with a `numbers.language_fallback`
 * diagnostic.
 */
export const numbersStage: Stage = Object.freeze({
  name: SOURCE,
  requires: Object.freeze(['text'] as const),
  provides: Object.freeze(['numbers'] as const),
  run(doc: Document): Document {
    const supported = doc.lang !== undefined && SUPPORTED_NUMBER_LANGUAGES.includes(doc.lang);
    const lang = supported ? (doc.lang as string) : FALLBACK;
    const numbers = extractNumbers(doc.text, { lang });
    if (supported) return { ...doc, numbers };
    const diagnostic: Diagnostic = {
      code: 'numbers.language_fallback',
      severity: 'warning',
      source: SOURCE,
      message: doc.lang === undefined
        ? `The document has no language: numbers were read as ${FALLBACK}.`
        : `No number data for language "${doc.lang}": numbers were read as ${FALLBACK}.`,
      hint: `Set the document language to one of ${SUPPORTED_NUMBER_LANGUAGES.join(', ')}, or run langid first.`,
    };
    return { ...doc, numbers, diagnostics: [...doc.diagnostics, diagnostic] };
  },
});
