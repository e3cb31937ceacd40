import type { Diagnostic, Document, Stage } from '@faits/document';
import { parseIsoDay } from './calendar.ts';
import { findDatelineWith } from './dateline.ts';
import { extractWith, SOURCE } from './extract.ts';
import { compileLanguage } from './grammar.ts';
import { findLanguage, SUPPORTED_DATE_LANGUAGES } from './lang/index.ts';
import { neutral } from './lang/neutral.ts';

/**
 * The dates stage: adds `doc.dates`. Reads `doc.lang` and `doc.published`; without a publication date it
 * takes the dateline's date, if the article opens with one, and sets `published` and `publishedFrom:
 * 'dateline'`. A language without date data is not an error: only ISO and numeric dates are read, and a
 * warning says so.
 */
export const datesStage: Stage = Object.freeze({
  name: SOURCE,
  requires: Object.freeze(['text'] as const),
  provides: Object.freeze(['dates'] as const),
  run(doc: Document): Document {
    const diagnostics: Diagnostic[] = [...doc.diagnostics];
    const lang = findLanguage(doc.lang);
    if (lang === undefined) {
      diagnostics.push({
        code: 'DATES_LANGUAGE_UNSUPPORTED',
        severity: 'warning',
        message: doc.lang === undefined
          ? 'The document has no language: only ISO and numeric dates are read.'
          : `No date data for language "${doc.lang}": only ISO and numeric dates are read.`,
        source: SOURCE,
        hint: `Run language identification first, or give the language (one of ${SUPPORTED_DATE_LANGUAGES.join(', ')}).`,
      });
    }
    const compiled = compileLanguage(lang ?? neutral);
    let published = doc.published === undefined ? undefined : parseIsoDay(doc.published);
    const next: Document = { ...doc };
    if (published === undefined) {
      const dateline = findDatelineWith(doc.text, compiled);
      if (dateline !== undefined) {
        published = parseIsoDay(dateline.date);
        next.published = dateline.date;
        next.publishedFrom = 'dateline';
        diagnostics.push({
          code: 'PUBLISHED_FROM_DATELINE',
          severity: 'info',
          message: `No publication date was given: the dateline "${dateline.text}" (${dateline.date}) is taken as the publication date.`,
          source: SOURCE,
          start: dateline.start,
          end: dateline.end,
        });
      }
    }
    const result = extractWith(doc.text, compiled, published);
    next.dates = result.dates;
    next.diagnostics = [...diagnostics, ...result.diagnostics];
    return next;
  },
});
