export { extractDates, type ExtractDatesOptions, type ExtractDatesResult } from './extract.ts';
export type { ModifierConvention } from './resolve.ts';
export { findDateline, type Dateline } from './dateline.ts';
export { datesStage } from './stage.ts';
export { SUPPORTED_DATE_LANGUAGES } from './lang/index.ts';
export { SEASONS, type SeasonName } from './seasons.ts';
export type { DateLanguage, Modifier, RelationWord } from './lang/types.ts';
