import type { Diagnostic, Document, Stage } from '@faits/document';
import { compileLanguage, languageData, type CompiledLanguage } from './lang/index.ts';
import { sentencesFrom } from './sentences.ts';
import { tokenizeWith } from './tokenize.ts';

const NAME = 'tokenize.v1';

/**
 * The tokenize stage: adds `tokens` and `sentences`. Uses the language data of `doc.lang` when set
 * and supported; otherwise the generic fallback, with an `info` diagnostic `TOKENIZE_FALLBACK_LANGUAGE`
 * when `doc.lang` names a language without data (none for a missing `lang` or `und`).
 */
export const tokenizeStage: Stage = Object.freeze({
  name: NAME,
  requires: Object.freeze(['text'] as const),
  provides: Object.freeze(['tokens', 'sentences'] as const),
  run(doc: Document): Document {
    const diagnostics: Diagnostic[] = [];
    let lang: CompiledLanguage;
    try {
      lang = compileLanguage(doc.lang);
    } catch {
      lang = compileLanguage(undefined);
      diagnostics.push({
        code: 'TOKENIZE_FALLBACK_LANGUAGE', severity: 'warning', source: NAME,
        message: `The document language ${JSON.stringify(doc.lang)} is not a language code: generic tokenizer rules were used.`,
      });
    }
    if (diagnostics.length === 0 && doc.lang !== undefined && doc.lang !== 'und' && languageData(doc.lang).code === 'und') {
      diagnostics.push({
        code: 'TOKENIZE_FALLBACK_LANGUAGE', severity: 'info', source: NAME,
        message: `No tokenizer data for "${doc.lang}": generic rules were used (abbreviations, elisions and number formats may be missed).`,
      });
    }
    const tokens = tokenizeWith(doc.text, lang);
    const sentences = sentencesFrom(doc.text, tokens, lang);
    return {
      ...doc,
      tokens,
      sentences,
      diagnostics: diagnostics.length === 0 ? doc.diagnostics : [...doc.diagnostics, ...diagnostics],
    };
  },
});
