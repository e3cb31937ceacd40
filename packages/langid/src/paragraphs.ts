import type { LanguageCandidate, Paragraph } from '@faits/document';
import { resolveOptions, type LangidOptions, type ResolvedOptions } from './options.ts';
import { pickLanguage, rankResolved } from './rank.ts';

/** A line break: LF, CRLF, CR, or the Unicode line and paragraph separators. */
const LINE = /[^\n\r\u2028\u2029]+/gu;

/** Paragraphs with resolved options. */
export function paragraphsResolved(text: string, options: ResolvedOptions): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (typeof text !== 'string') return paragraphs;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m !== null; m = LINE.exec(text)) {
    const line = m[0];
    // trimStart/trimEnd remove the white space of \s, no-break spaces (U+00A0, U+202F) included.
    const lead = line.length - line.trimStart().length;
    if (lead === line.length) continue;
    const trail = line.length - line.trimEnd().length;
    const start = m.index + lead;
    const end = m.index + line.length - trail;
    const surface = text.slice(start, end);
    const candidates: LanguageCandidate[] = rankResolved(surface, options);
    paragraphs.push({ start, end, text: surface, lang: pickLanguage(candidates, options.minConfidence), candidates });
  }
  return paragraphs;
}

/**
 * The paragraphs of `text` (split at line breaks, blank lines skipped, white space trimmed at both ends), each
 * with its span `[start, end)` in UTF-16 code units, its surface `text`, its language (`und` when unsure) and
 * its ranked candidates. Each paragraph is judged on its first `sampleChars` code units.
 *
 * @throws FaitsError `E_UNKNOWN_LANGUAGE` or `E_INVALID_OPTION` for bad options (never for the text).
 */
export function detectParagraphs(text: string, options?: LangidOptions): Paragraph[] {
  return paragraphsResolved(text, resolveOptions(options));
}
