import type { DateLanguage } from './types.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export const fr: DateLanguage = {
  code: 'fr',
  name: 'French',
  months: [
    ['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'],
    ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre'],
  ],
  monthAbbreviations: [
    ['janv'], ['févr', 'fév', 'fevr'], [], ['avr'], [], [], ['juil'], [], ['sept'], ['oct'], ['nov'], ['déc', 'dec'],
  ],
  weekdays: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  partsOfDay: ['matin', 'midi', 'après-midi', 'soir', 'soirée', 'matinée', 'après midi'],
  seasons: { spring: ['printemps'], summer: ['été'], autumn: ['automne'], winter: ['hiver'] },
  units: {
    day: [],
    week: ['semaine'],
    weekend: ['week-end', 'weekend', 'week end'],
    month: ['mois'],
    quarter: ['trimestre'],
    half: ['semestre'],
    year: ['année', 'an'],
    decade: ['décennie'],
  },
  durationUnits: {
    day: ['jour', 'jours'],
    week: ['semaine', 'semaines'],
    month: ['mois'],
    year: ['an', 'ans', 'année', 'années'],
    decade: ['décennie', 'décennies'],
  },
  numbers: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
    douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
  },
  ordinals: {
    premier: 1, première: 1, '1er': 1, '1re': 1, '1ère': 1, '1ᵉʳ': 1, '1ʳᵉ': 1,
    deuxième: 2, second: 2, seconde: 2, '2e': 2, '2ème': 2, '2ᵉ': 2, '2nd': 2, '2nde': 2,
    troisième: 3, '3e': 3, '3ème': 3, '3ᵉ': 3,
    quatrième: 4, '4e': 4, '4ème': 4, '4ᵉ': 4,
    dernier: -1, dernière: -1,
  },
  relative: {
    this: { pre: ['ce', 'cet', 'cette'], post: ['-ci', 'en cours'] },
    next: { pre: ['prochain', 'prochaine'], post: ['prochain', 'prochaine', 'prochains', 'prochaines', 'à venir'] },
    last: { pre: [], post: ['dernier', 'dernière', 'passé', 'passée', 'écoulé', 'écoulée'] },
  },
  relativeDays: [
    { forms: ["aujourd'hui", 'ce matin', 'ce soir', 'cet après-midi', 'cette nuit', 'ce midi'], offset: 0 },
    { forms: ['hier'], offset: -1 },
    { forms: ['avant-hier', 'avant hier'], offset: -2 },
    { forms: ['demain'], offset: 1 },
    { forms: ['après-demain', 'après demain'], offset: 2 },
  ],
  relativeDayGuards: {
    // "d'hier et d'aujourd'hui" reads as a date; "le monde d'hier" does not: keep both, the span is the word.
  },
  relations: [
    { forms: ["d'ici", "d'ici à", "d'ici au", "d'ici aux"], relation: 'by', shift: 1, tense: 'future' },
    { forms: ["à l'horizon", 'à horizon', "à l'horizon de"], relation: 'by', tense: 'future' },
    { forms: ['pour'], relation: 'at', inSpan: false },
    { forms: ['depuis'], relation: 'since', opens: true, shift: -1, tense: 'past' },
    { forms: ["jusqu'à", "jusqu'au", "jusqu'aux", "jusqu'en", 'jusque', "jusqu'"], relation: 'until', joins: true },
    {
      forms: ['à partir de', 'à partir du', "à partir d'", 'à compter de', 'à compter du', "à compter d'", 'dès', 'à dater du'],
      relation: 'from',
    },
    { forms: ['avant'], relation: 'before' },
    { forms: ['après'], relation: 'after' },
    {
      forms: ['pendant', 'durant', 'au cours de', 'au cours du', 'au cours des', "au cours d'", 'courant', 'tout au long de', 'tout au long du', 'lors de', 'lors du'],
      relation: 'during',
      licensesUnit: true,
    },
    { forms: ['en', 'vers', 'aux alentours de', 'autour de', 'au mois de', "au mois d'", 'le mois de', "le mois d'"], relation: 'at' },
    { forms: ['dans'], relation: 'at', shift: 1 },
    { forms: ['il y a', 'voici', 'voilà'], relation: 'at', shift: -1, durationOnly: true },
    { forms: ['au', 'à', 'aux'], relation: 'at', joins: true, licensesYear: false },
    { forms: ['du', 'de', "d'"], relation: 'at', opens: true, rangeOnly: true, licensesYear: false },
    { forms: ['entre'], relation: 'at', opens: true, rangeOnly: true, licensesYear: false },
    { forms: ['et', 'ou'], relation: 'at', joins: true, rangeOnly: true, licensesYear: false },
  ],
  determiners: ['le', 'la', 'les', "l'"],
  modifiers: { early: ['début', 'tout début', 'commencement'], mid: ['mi-', 'milieu'], late: ['fin', 'toute fin'] },
  modifierLinks: ['de', 'du', 'des', "d'"],
  agoWords: [],
  yearWords: ['année', 'an'],
  holidays: [
    { forms: ['Noël'], month: 12, day: 25 },
    { forms: ['la Saint-Sylvestre', 'Saint-Sylvestre', 'le réveillon du Nouvel An'], month: 12, day: 31 },
    { forms: ["le jour de l'an", "jour de l'an", 'le Nouvel An', 'Nouvel An'], month: 1, day: 1 },
    { forms: ['la Toussaint', 'Toussaint'], month: 11, day: 1 },
    { forms: ['la Saint-Valentin', 'Saint-Valentin'], month: 2, day: 14 },
    { forms: ['Halloween'], month: 10, day: 31 },
  ],
  relativeYears: [
    { forms: ["de l'an dernier", "de l'année dernière", "de l'an passé", "de l'année passée", "de l'année précédente"], offset: -1 },
    { forms: ["de l'année", 'de cette année', "de l'année en cours"], offset: 0 },
    { forms: ["de l'an prochain", "de l'année prochaine"], offset: 1 },
  ],
  spanDirections: { next: ['prochaines', 'prochains', 'à venir'], past: ['dernières', 'derniers', 'passées', 'passés', 'écoulées', 'écoulés'] },
  templates: {
    dates: [`(?:{WD}{S})?{DAY}(?:er|ᵉʳ)?{S}{MONTH}(?:{S}{YEAR})?`],
    weekdayDays: ['{WD}{S}{DAY}(?:er|ᵉʳ)?'],
    spans: [
      "(?:au{S}cours{S}des|dans{S}les|pendant{S}les|durant{S}les|sur{S}les|ces|depuis{S}les){S}{NUM}{S}{DIR}{S}{DUNIT}",
      '(?:au{S}cours{S}des|dans{S}les|pendant{S}les|durant{S}les|sur{S}les){S}{NUM}{S}{DUNIT}{S}{DIR}',
    ],
    dayRanges: [`{DAY}(?:er|ᵉʳ)?(?:{S}(?:au|à|et){S}(?:le{S})?|{S?}[-–]{S?}){DAY2}{S}{MONTH}(?:{S}{YEAR})?`],
    monthYearLink: '{S}',
    seasonYearLink: '{S}',
    periodYearLink: '{S}(?:de{S})?',
    quarters: ['{ORD}{S}trimestre', 'T{QN}'],
    // "la deuxième moitié du mois" is not a half-year.
    halves: ['{ORD}{S}semestre', "{ORD}{S}moitié(?!{S}(?:du|des|de{S}la|d['’]une?){S})", 'S{HN}'],
    decades: ['années{S}{DEC}', 'années{S}{DECW}'],
  },
  decadeWords: {
    vingt: 1920, trente: 1930, quarante: 1940, cinquante: 1950, soixante: 1960, 'soixante-dix': 1970,
    'quatre-vingt': 1980, 'quatre-vingts': 1980, 'quatre-vingt-dix': 1990,
  },
  numericOrder: 'dmy',
  bareYears: false,
  countedNouns: [
    'euro', 'euros', 'dollar', 'dollars', 'francs', 'livres', 'personnes', 'habitants', 'salariés', 'employés', 'emplois',
    'postes', 'personnes', 'km', 'kilomètres', 'mètres', 'm', 'kg', 'tonnes', 'exemplaires', 'voitures', 'véhicules', 'unités',
    'puces', 'points', 'voix', 'morts', 'victimes', 'blessés', 'élèves', 'étudiants', 'foyers', 'logements', 'ménages',
    'entreprises', 'sociétés', 'clients', 'utilisateurs', 'abonnés', 'visiteurs', 'participants', 'spectateurs', 'manifestants',
    'soldats', 'hommes', 'femmes', 'enfants', 'pages', 'mots', 'places', 'lits', 'hectares', 'litres', 'barils', 'mw', 'gw',
    'kwh', 'go', 'to', 'milliards', 'millions', 'fois', 'heures', 'minutes', 'jours', 'ans', 'mois', 'semaines', 'dossiers',
    'signatures', 'appareils', 'serveurs', 'gpu', 'processeurs', 'kilos', 'km²', 'm²', 'sièges', 'postes', 'articles',
  ],
  quantityWords: [
    'plus de', 'moins de', 'près de', 'environ', 'quelque', 'au moins', 'au plus', 'pas moins de', 'quelques', 'sur',
    'numéro', 'n°', 'nº', 'page', 'article', 'chapitre', 'version', 'modèle',
  ],
  cancelAfter: '[^\\S\\n]*[-‐‑]?[^\\S\\n]*là(?![\\p{L}])',
  caseSensitive: ['mars', 'printemps', 'été', 'automne', 'hiver'],
  tense: {
    past:
      // Avoir (or a reflexive, or the imperfect of être) + a participle: "a lancé", "s'est retiré", "était parti".
      `${B}(?:a|ont|avait|avaient|ai|as|avons|avez|eut|eurent|s['’]est|se sont|s['’]était|se sont|était|étaient|fut|furent)` +
      `(?:[^\\S\\n]+(?:déjà|pas|bien|été|ensuite|aussi|également|notamment|finalement|récemment|officiellement|alors|enfin|d['’]abord|plus))*` +
      // "a lieu", "a besoin", "a droit": avoir + a noun, in the present.
      `[^\\S\\n]+(?!(?:lieu|besoin|peur|droit|raison|tort|envie|cours|trait)${E})\\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|einte|ort|orte)${E}` +
      // Être + the participle of a verb of movement or change is a past ("est entrée", "sont nés"); être + another
      // participle is a passive in the present ("est fixée au 4 décembre").
      `|${B}(?:est|sont)(?:[^\\S\\n]+(?:déjà|bien|ensuite|aussi|également|finalement|récemment|officiellement|alors|enfin))*[^\\S\\n]+` +
      `(?:entré|sorti|parti|arrivé|venu|revenu|devenu|intervenu|survenu|né|mort|décédé|tombé|resté|passé|monté|descendu|allé|apparu|retourné|rentré)` +
      `(?:e|s|es)?${E}` +
      `|${B}\\p{L}{2,}(?:ait|aient|èrent|irent|urent|âmes|îmes)${E}` +
      `|${B}(?:fut|furent|fit|firent|dit|vint|prit|mit)${E}` +
      `|${B}\\p{L}{3,}a${E}(?=[^\\S\\n]+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|à|au|en|de|du|d['’])${E})`,
    future:
      `${B}(?:va|vont|allait|allaient|devrait|devraient|devra|devront|doit|doivent|prévoit|prévoient|prévu|prévue|prévus|prévues|` +
      `aura|auront|sera|seront|fera|feront|ira|iront|pourra|pourront|voudra|faudra|serait|seraient|aurait|auraient|ferait|` +
      `feraient|irait|iraient|` +
      // "est attendu en mars" is expected; "avaient attendu" had waited.
      `compte|comptent|envisage|envisagent|projette|projettent|(?<!(?:a|ont|avait|avaient|avons|avez|ai|eu)[^\\S\\n]+)` +
      `(?:attendu|attendue|attendus|attendues)|programmé|programmée|` +
      `programmés|programmées|espère|espèrent|promet|promettent|vise|visent|entend|entendent|` +
      `\\p{L}{3,}(?:era|erai|eras|erons|erez|eront|ira|irai|iront|irons|rait|raient|dra|dront|rra|rront|vra|vront|ura|uront|tra|tront))${E}`,
  },
};
