export { tokenize, type TokenizeOptions } from './tokenize.ts';
export { splitSentences, type SplitSentencesOptions } from './sentences.ts';
export { tokenizeStage } from './stage.ts';
export { SUPPORTED_TOKENIZER_LANGUAGES, languageData, type SupportedTokenizerLanguage } from './lang/index.ts';
export type { AbbreviationClass, TokenizerLanguage } from './lang/types.ts';
