export { SUPPORTED_LANGUAGES, type LanguageData, type SupportedLanguage } from './lang/index.ts';
export { normalizeLanguage } from './normalize.ts';
export type { LangidOptions } from './options.ts';
export { detectParagraphs } from './paragraphs.ts';
export { detectLanguage, rankLanguages } from './rank.ts';
export { createLangidStage, langidStage } from './stage.ts';
