import type { DateLanguage } from './types.ts';

/**
 * No words at all: what the stage falls back on for a language without date data. Only ISO dates
 * (2024-05-20) and numeric dates (20/05/2024, read day first unless the shape says otherwise) are found.
 */
export const neutral: DateLanguage = {
  code: 'und',
  name: 'any language',
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  monthAbbreviations: [],
  weekdays: [[], [], [], [], [], [], []],
  partsOfDay: [],
  seasons: { spring: [], summer: [], autumn: [], winter: [] },
  units: { day: [], week: [], weekend: [], month: [], quarter: [], half: [], year: [] },
  durationUnits: { day: [], week: [], month: [], year: [] },
  numbers: {},
  ordinals: {},
  relative: { this: { pre: [], post: [] }, next: { pre: [], post: [] }, last: { pre: [], post: [] } },
  relativeDays: [],
  relations: [],
  determiners: [],
  modifiers: { early: [], mid: [], late: [] },
  modifierLinks: [],
  agoWords: [],
  yearWords: [],
  templates: {
    dates: [],
    dayRanges: [],
    monthYearLink: '(?!)',
    seasonYearLink: '(?!)',
    periodYearLink: '(?!)',
    quarters: [],
    halves: [],
    decades: [],
  },
  numericOrder: 'dmy',
  bareYears: false,
  countedNouns: [],
  quantityWords: [],
  caseSensitive: [],
  tense: { past: '(?!)', future: '(?!)' },
};
