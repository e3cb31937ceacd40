import type { DateLanguage } from './types.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** All endings of a German adjective: "nächste", "nächsten", "nächster", "nächstes", "nächstem". */
const inflect = (stem: string): string[] => ['e', 'en', 'er', 'es', 'em'].map((ending) => stem + ending);

export const de: DateLanguage = {
  code: 'de',
  name: 'German',
  months: [
    ['Januar', 'Jänner'], ['Februar', 'Feber'], ['März', 'Maerz'], ['April'], ['Mai'], ['Juni'], ['Juli'], ['August'],
    ['September'], ['Oktober'], ['November'], ['Dezember'],
  ],
  monthAbbreviations: [
    ['Jan'], ['Feb'], ['Mär', 'Mrz'], ['Apr'], [], ['Jun'], ['Jul'], ['Aug'], ['Sep', 'Sept'], ['Okt'], ['Nov'], ['Dez'],
  ],
  weekdays: [['Montag'], ['Dienstag'], ['Mittwoch'], ['Donnerstag'], ['Freitag'], ['Samstag', 'Sonnabend'], ['Sonntag']],
  weekdayCompounds: '(?:morgen|vormittag|mittag|nachmittag|abend|nacht)',
  partsOfDay: ['Morgen', 'Vormittag', 'Mittag', 'Nachmittag', 'Abend', 'Nacht', 'früh'],
  seasons: {
    spring: ['Frühling', 'Frühlings', 'Frühjahr', 'Frühjahrs'], summer: ['Sommer', 'Sommers'], autumn: ['Herbst', 'Herbstes', 'Herbsts'],
    winter: ['Winter', 'Winters'],
  },
  units: {
    day: [],
    week: ['Woche'],
    weekend: ['Wochenende'],
    month: ['Monat', 'Monats'],
    quarter: ['Quartal', 'Quartals'],
    half: ['Halbjahr', 'Halbjahres', 'Jahreshälfte'],
    year: ['Jahr', 'Jahres'],
    decade: ['Jahrzehnt', 'Jahrzehnts'],
  },
  durationUnits: {
    day: ['Tag', 'Tage', 'Tagen'],
    week: ['Woche', 'Wochen'],
    month: ['Monat', 'Monate', 'Monaten'],
    year: ['Jahr', 'Jahre', 'Jahren'],
    decade: ['Jahrzehnt', 'Jahrzehnte', 'Jahrzehnten'],
  },
  numbers: {
    ein: 1, eine: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
    neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30, fünfzig: 50, hundert: 100,
  },
  ordinals: {
    ...Object.fromEntries(inflect('erst').map((f) => [f, 1])),
    ...Object.fromEntries(inflect('zweit').map((f) => [f, 2])),
    ...Object.fromEntries(inflect('dritt').map((f) => [f, 3])),
    ...Object.fromEntries(inflect('viert').map((f) => [f, 4])),
    ...Object.fromEntries(inflect('letzt').map((f) => [f, -1])),
    '1.': 1, '2.': 2, '3.': 3, '4.': 4,
  },
  relative: {
    this: { pre: ['dies', ...inflect('dies'), ...inflect('laufend')], post: [] },
    next: { pre: [...inflect('nächst'), ...inflect('kommend'), ...inflect('folgend')], post: [] },
    last: { pre: [...inflect('letzt'), ...inflect('vergangen'), ...inflect('vorig')], post: [] },
  },
  relativeDays: [
    { forms: ['heute'], offset: 0 },
    { forms: ['gestern'], offset: -1 },
    { forms: ['vorgestern'], offset: -2 },
    { forms: ['morgen'], offset: 1 },
    { forms: ['übermorgen'], offset: 2 },
  ],
  relativeDayGuards: {
    // "am Morgen", "jeden Morgen": the morning, not tomorrow (the case check catches most, this the rest).
    morgen: { notBefore: '(?:am|den|jeden|guten|einem|diesen|dem|der|heute|gestern)[^\\S\\n]+' },
  },
  relations: [
    { forms: ['bis', 'bis spätestens', 'spätestens', 'spätestens bis'], relation: 'by', joins: true, tense: 'future' },
    { forms: ['bis zum', 'bis zur', 'bis in', 'bis ins', 'bis einschließlich'], relation: 'until', joins: true },
    { forms: ['innerhalb', 'innerhalb von', 'binnen'], relation: 'by', shift: 1, durationOnly: true },
    { forms: ['seit', 'seit dem', 'seit der'], relation: 'since', opens: true, shift: -1, tense: 'past' },
    { forms: ['ab', 'ab dem', 'ab der', 'mit Wirkung zum'], relation: 'from' },
    { forms: ['vor', 'vor dem', 'vor der'], relation: 'before', shift: -1, durationRelation: 'at' },
    { forms: ['nach', 'nach dem', 'nach der'], relation: 'after' },
    { forms: ['während', 'im Laufe', 'im Lauf', 'im Verlauf'], relation: 'during', licensesUnit: true },
    { forms: ['in'], relation: 'at', shift: 1 },
    { forms: ['im', 'am', 'zum', 'zu'], relation: 'at', licensesYear: false },
    // Unlike "pour" and "for", the project's German annotations keep "für" in the span ("Für 2026").
    { forms: ['um', 'gegen', 'für'], relation: 'at' },
    { forms: ['von', 'vom', 'zwischen'], relation: 'at', opens: true, rangeOnly: true, licensesYear: false },
    { forms: ['und', 'oder'], relation: 'at', joins: true, rangeOnly: true, licensesYear: false },
  ],
  determiners: ['der', 'die', 'das', 'dem', 'den', 'des'],
  modifiers: { early: ['Anfang', 'Beginn'], mid: ['Mitte'], late: ['Ende'] },
  modifierLinks: [],
  agoWords: [],
  yearWords: ['Jahr', 'Jahre', 'Jahres'],
  compounds: [
    { forms: ['Jahresbeginn', 'Jahresanfang', 'Jahresbeginns', 'Jahresanfangs'], unit: 'year', modifier: 'early' },
    { forms: ['Jahresmitte'], unit: 'year', modifier: 'mid' },
    { forms: ['Jahresende', 'Jahresendes'], unit: 'year', modifier: 'late' },
    { forms: ['Monatsanfang', 'Monatsbeginn'], unit: 'month', modifier: 'early' },
    { forms: ['Monatsmitte'], unit: 'month', modifier: 'mid' },
    { forms: ['Monatsende', 'Monatsendes'], unit: 'month', modifier: 'late' },
    { forms: ['Quartalsende'], unit: 'quarter', modifier: 'late' },
  ],
  holidays: [
    { forms: ['Weihnachten', 'Weihnachtstag', 'ersten Weihnachtstag'], month: 12, day: 25 },
    { forms: ['Heiligabend', 'Heiligen Abend'], month: 12, day: 24 },
    { forms: ['Silvester'], month: 12, day: 31 },
    { forms: ['Neujahr', 'Neujahrstag'], month: 1, day: 1 },
    { forms: ['Tag der Deutschen Einheit'], month: 10, day: 3 },
    { forms: ['Valentinstag'], month: 2, day: 14 },
    { forms: ['Halloween'], month: 10, day: 31 },
  ],
  relativeYears: [
    { forms: ['des Vorjahres', 'des vergangenen Jahres', 'des letzten Jahres', 'vergangenen Jahres', 'letzten Jahres', 'des Vorjahrs'], offset: -1 },
    { forms: ['des Jahres', 'dieses Jahres', 'des laufenden Jahres', 'laufenden Jahres'], offset: 0 },
    { forms: ['des nächsten Jahres', 'nächsten Jahres', 'des kommenden Jahres', 'kommenden Jahres'], offset: 1 },
  ],
  spanDirections: {
    next: ['nächsten', 'kommenden', 'folgenden'],
    past: ['vergangenen', 'letzten', 'zurückliegenden', 'vorigen'],
  },
  templates: {
    dates: [
      '(?:{WD},?{S}(?:de[nm]{S})?)?{DAY}\\.{S?}{MONTH}(?:{S}{YEAR})?',
    ],
    spans: ['(?:in|während|innerhalb|binnen){S}(?:den|der){S}{DIR}{S}{NUM}{S}{DUNIT}'],
    weekdayDays: ['{WD},?{S}(?:de[nm]{S})?{DAY}\\.(?!{S?}\\d)'],
    dayRanges: [
      '{DAY}\\.?(?:{S}(?:bis|und){S}(?:(?:zum|zur){S})?|{S?}[-–]{S?}){DAY2}\\.{S?}{MONTH}(?:{S}{YEAR})?',
    ],
    monthYearLink: '{S}',
    seasonYearLink: '{S}',
    periodYearLink: '{S}',
    quarters: ['{ORD}{S}Quartal', 'Q{QN}'],
    halves: ['{ORD}{S}(?:Halbjahr(?:es)?|Jahreshälfte)', 'H{HN}'],
    decades: ['{DEC}er(?:n|{S?}[-‐‑]?{S?}Jahren?|{S}Jahre)?'],
  },
  numericOrder: 'dmy',
  bareYears: true,
  countedNouns: [
    'Euro', 'Dollar', 'Franken', 'Menschen', 'Personen', 'Einwohner', 'Mitarbeiter', 'Mitarbeitende', 'Beschäftigte', 'Stellen',
    'Arbeitsplätze', 'Jobs', 'Kilometer', 'km', 'Meter', 'Tonnen', 'Stück', 'Exemplare', 'Autos', 'Fahrzeuge', 'Punkte',
    'Stimmen', 'Tote', 'Opfer', 'Schüler', 'Studenten', 'Studierende', 'Haushalte', 'Wohnungen', 'Unternehmen', 'Firmen',
    'Kunden', 'Nutzer', 'Besucher', 'Teilnehmer', 'Soldaten', 'Kinder', 'Seiten', 'Plätze', 'Betten', 'Hektar', 'Liter',
    'Barrel', 'MW', 'GW', 'Chips', 'Server', 'Mal', 'Stunden', 'Minuten', 'Tage', 'Jahre', 'Monate', 'Wochen', 'Aktien',
    'Fälle', 'Patienten', 'Flüge', 'Passagiere', 'Filialen', 'Milliarden', 'Millionen', 'Mrd', 'Mio',
  ],
  quantityWords: [
    'mehr als', 'weniger als', 'rund', 'etwa', 'ungefähr', 'circa', 'ca.', 'knapp', 'fast', 'über', 'unter', 'bis zu',
    'mindestens', 'höchstens', 'gut', 'Nummer', 'Nr.', 'Seite', 'Modell', 'Version', 'Linie', 'Flug', 'auf',
  ],
  caseSensitive: ['morgen'],
  tense: {
    past:
      `${B}(?:hat|haben|hatte|hatten|habe|war|waren|wurde|wurden|sagte|sagten|kündigte|kündigten|gab|gaben|stieg|stiegen|sank|` +
      `fiel|fielen|kam|kamen|teilte|teilten|erklärte|erklärten|meldete|meldeten|berichtete|begann|begannen|startete|legte|` +
      `stellte|stellten|brachte|nahm|nahmen|ging|lag|betrug|erreichte|verkaufte|kaufte|übernahm|gründete|gründeten|verließ|` +
      `verklagte|reichte|präsentierte|veröffentlichte|zeigte|eröffnete|schloss|wechselte|trat|fand|fanden|verlor|verloren|gewann|` +
      `gewannen|sprach|schrieb|blieb|hielt|rief|zog|traf|wuchs|sah|stand|fuhr|flog|bot|erhielt|entschied|entschieden|starb)${E}`,
    future:
      `${B}(?:wird|werden|wirst|würde|würden|soll|sollen|sollte|sollten|dürfte|dürften|könnte|könnten|müsste|plant|planen|` +
      `geplant|voraussichtlich|will|wollen|künftig|demnächst|bald)${E}`,
    // Lower-case participles ("gegründet", "angekündigt") and weak preterites ("versammelten"), not before "werden" or a
    // modal (a passive or a future: "fortgesetzt werden"), not after an article, not a superlative or an ordinal.
    weakPast:
      `${B}(?=\\p{Ll})(?:\\p{L}*ge\\p{L}{3,}(?:t|en)` +
      `|(?<!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|im|am|zum|zur|vom|beim|seine[nmrs]?|ihre[nmrs]?|unsere[nmrs]?|diese[nmrs]?|jede[nmrs]?|alle)[^\\S\\n]+)` +
      `(?!\\p{L}*sten${E}|(?:ersten|zweiten|dritten|letzten|weiteren|anderen|neuen|ganzen|guten|harten|konkreten|direkten|privaten|breiten)${E})` +
      // "-te" ("mitteilte"), "-eten" ("meldeten"), and "-ten" before "sich" ("versammelten sich"): a bare "-ten" is as
      // often an infinitive ("wird ... starten").
      `(?:\\p{L}{3,}(?:te|eten)|\\p{L}{3,}ten(?=[^\\S\\n]+sich${E})))${E}` +
      `(?![^\\S\\n]+(?:werden|wird|worden|soll|sollen|kann|können|dürfte|dürften|muss|müssen))`,
  },
};
