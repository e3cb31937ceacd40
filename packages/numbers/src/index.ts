export { extractNumbers, parseNumber, SUPPORTED_NUMBER_LANGUAGES, type ExtractNumbersOptions } from './numbers.ts';
export { numbersStage } from './stage.ts';
