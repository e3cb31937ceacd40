import type { DateLanguage } from './types.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export const en: DateLanguage = {
  code: 'en',
  name: 'English',
  months: [
    ['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'], ['September'], ['October'],
    ['November'], ['December'],
  ],
  monthAbbreviations: [
    ['Jan'], ['Feb'], ['Mar'], ['Apr'], [], ['Jun'], ['Jul'], ['Aug'], ['Sep', 'Sept'], ['Oct'], ['Nov'], ['Dec'],
  ],
  weekdays: [['Monday'], ['Tuesday'], ['Wednesday'], ['Thursday'], ['Friday'], ['Saturday'], ['Sunday']],
  partsOfDay: ['morning', 'afternoon', 'evening', 'night'],
  seasons: { spring: ['spring'], summer: ['summer'], autumn: ['autumn', 'fall'], winter: ['winter'] },
  units: {
    day: [],
    week: ['week'],
    weekend: ['weekend', 'week-end'],
    month: ['month'],
    quarter: ['quarter'],
    half: [],
    year: ['year'],
    decade: ['decade'],
  },
  durationUnits: {
    day: ['day', 'days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years'],
    decade: ['decade', 'decades'],
  },
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  },
  ordinals: {
    first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: -1, last: -1,
  },
  relative: {
    this: { pre: ['this', 'current', 'the current'], post: [] },
    next: { pre: ['next', 'coming'], post: [] },
    last: { pre: ['last', 'past', 'previous'], post: [] },
  },
  relativeDays: [
    { forms: ['today', 'tonight', 'this morning', 'this afternoon', 'this evening'], offset: 0 },
    { forms: ['yesterday', 'last night'], offset: -1 },
    { forms: ['the day before yesterday'], offset: -2 },
    { forms: ['tomorrow'], offset: 1 },
    { forms: ['the day after tomorrow'], offset: 2 },
  ],
  relativeDayGuards: {
    // "today's" is still today; "Today" as a programme name cannot be told apart and is accepted.
  },
  relations: [
    { forms: ['by', 'no later than', 'not later than'], relation: 'by', tense: 'future' },
    { forms: ['within'], relation: 'by', shift: 1, durationOnly: true },
    { forms: ['since', 'ever since'], relation: 'since', opens: true, tense: 'past' },
    { forms: ['until', 'till', 'up until', 'through'], relation: 'until', joins: true },
    { forms: ['as early as', 'as soon as'], relation: 'from' },
    { forms: ['earlier', 'earlier in'], relation: 'before' },
    { forms: ['later', 'later in'], relation: 'at' },
    { forms: ['from', 'as of', 'starting', 'starting in', 'starting from', 'starting on', 'beginning in', 'as from', 'effective'], relation: 'from', opens: true },
    { forms: ['before', 'prior to', 'ahead of', 'earlier than'], relation: 'before' },
    { forms: ['after', 'following', 'later than'], relation: 'after' },
    { forms: ['during', 'throughout', 'over the course of', 'in the course of'], relation: 'during' },
    { forms: ['in'], relation: 'at', shift: 1 },
    { forms: ['around', 'circa', 'back in'], relation: 'at' },
    { forms: ['for'], relation: 'at', inSpan: false },
    { forms: ['on', 'at'], relation: 'at', licensesYear: false },
    { forms: ['between'], relation: 'at', opens: true, rangeOnly: true, licensesYear: false },
    { forms: ['and', 'to', 'or'], relation: 'at', joins: true, rangeOnly: true, licensesYear: false },
  ],
  determiners: ['the'],
  modifiers: { early: ['early', 'beginning of', 'start of'], mid: ['mid-', 'mid', 'middle of'], late: ['late', 'end of'] },
  modifierLinks: ['of'],
  agoWords: ['ago'],
  yearWords: ['year'],
  holidays: [
    { forms: ['Christmas', 'Christmas Day'], month: 12, day: 25 },
    { forms: ['Christmas Eve'], month: 12, day: 24 },
    { forms: ["New Year's Eve", 'New Year’s Eve'], month: 12, day: 31 },
    { forms: ["New Year's Day", 'New Year’s Day'], month: 1, day: 1 },
    { forms: ['Halloween'], month: 10, day: 31 },
    { forms: ["Valentine's Day", 'Valentine’s Day'], month: 2, day: 14 },
  ],
  relativeYears: [
    { forms: ['of last year', 'of the previous year', 'of the prior year', 'last year'], offset: -1 },
    { forms: ['of the year', 'of this year', 'of the current year', 'this year'], offset: 0 },
    { forms: ['of next year', 'next year'], offset: 1 },
  ],
  spanDirections: { next: ['next', 'coming'], past: ['past', 'last', 'previous'] },
  templates: {
    dates: [
      '(?:{WD},?{S})?{DAY}(?:st|nd|rd|th)?{S}(?:of{S})?{MONTH}(?:,?{S}{YEAR})?',
      '(?:{WD},?{S})?{MONTH}{S}{DAY}(?:st|nd|rd|th)?(?:,?{S}{YEAR})?',
    ],
    weekdayDays: ['{WD},?{S}(?:the{S})?{DAY}(?:st|nd|rd|th)'],
    spans: ['(?:over|in|during|within|throughout){S}the{S}{DIR}{S}{NUM}{S}{DUNIT}'],
    dayRanges: [
      '{DAY}(?:st|nd|rd|th)?(?:{S}(?:to|and|through){S}(?:the{S})?|{S?}[-–]{S?}){DAY2}(?:st|nd|rd|th)?{S}(?:of{S})?{MONTH}(?:,?{S}{YEAR})?',
      '{MONTH}{S}{DAY}(?:st|nd|rd|th)?(?:{S}(?:to|and|through){S}|{S?}[-–]{S?}){DAY2}(?:st|nd|rd|th)?(?:,?{S}{YEAR})?',
    ],
    monthYearLink: ',?{S}(?:of{S})?',
    seasonYearLink: '{S}(?:of{S})?',
    periodYearLink: ',?{S}(?:of{S})?',
    quarters: ['{ORD}{S}quarter', '{ORD}[-‐‑]quarter', 'Q{QN}'],
    halves: ['{ORD}{S}half', 'H{HN}'],
    decades: ['{DEC}{A}?s', '{A}{DEC}s'],
  },
  attributiveYears: ['the', 'its', 'their', 'his', 'her', 'our', 'this', "'s"],
  numericOrder: 'mdy',
  bareYears: false,
  countedNouns: [
    'euros', 'dollars', 'pounds', 'people', 'persons', 'residents', 'jobs', 'employees', 'workers', 'staff', 'units', 'cars',
    'vehicles', 'points', 'votes', 'deaths', 'victims', 'students', 'homes', 'households', 'companies', 'firms', 'customers',
    'users', 'subscribers', 'visitors', 'participants', 'troops', 'soldiers', 'men', 'women', 'children', 'miles', 'km',
    'kilometers', 'kilometres', 'meters', 'metres', 'feet', 'tons', 'tonnes', 'copies', 'pages', 'words', 'seats', 'beds',
    'acres', 'hectares', 'barrels', 'mw', 'gw', 'gpus', 'chips', 'servers', 'times', 'hours', 'minutes', 'days', 'years',
    'months', 'weeks', 'shares', 'signatures', 'cases', 'patients', 'flights', 'passengers', 'stores', 'locations',
  ],
  quantityWords: [
    'more than', 'less than', 'fewer than', 'nearly', 'almost', 'about', 'some', 'at least', 'at most', 'over', 'under',
    'roughly', 'approximately', 'up to', 'number', 'no.', 'page', 'model', 'version', 'route', 'flight',
  ],
  caseSensitive: ['May', 'March', 'August', 'June', 'fall', 'spring', 'summer', 'autumn', 'winter'],
  needsPreposition: ['fall', 'spring'],
  tense: {
    past:
      `${B}(?:was|were|had|did|said|told|announced|launched|filed|became|began|took|made|left|came|went|saw|got|gave|rose|fell|` +
      `grew|sold|bought|won|lost|unveiled|released|reported|signed|sued|opened|closed|held|met|ran|spent|paid|built|` +
      // Not a passive participle: "will be held", "analysts polled by LSEG".
      `founded|\\p{L}{3,}ed)${E}(?<!(?:be|being)[^\\S\\n]+\\p{L}+)(?![^\\S\\n]+by${E})` +
      `|${B}(?:has|have)[^\\S\\n]+(?:\\p{L}+[^\\S\\n]+)?(?:been|\\p{L}+ed|done|made|taken|seen|given|grown|sold|won|lost)${E}`,
    future:
      `${B}(?:will|shall|won['’]t|going[^\\S\\n]+to|set[^\\S\\n]+to|plans?[^\\S\\n]+to|planned|planning|expected|expects?|scheduled|` +
      `due|aims?[^\\S\\n]+to|intends?[^\\S\\n]+to|would|hopes?[^\\S\\n]+to|upcoming|forthcoming)${E}|['’]ll${E}`,
  },
};
