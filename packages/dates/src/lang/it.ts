import type { DateLanguage } from './types.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export const it: DateLanguage = {
  code: 'it',
  name: 'Italian',
  months: [
    ['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'],
    ['novembre'], ['dicembre'],
  ],
  monthAbbreviations: [['gen'], ['feb'], ['mar'], ['apr'], ['mag'], ['giu'], ['lug'], ['ago'], ['set', 'sett'], ['ott'], ['nov'], ['dic']],
  weekdays: [['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato'], ['domenica']],
  partsOfDay: ['mattina', 'pomeriggio', 'sera', 'notte'],
  seasons: { spring: ['primavera'], summer: ['estate'], autumn: ['autunno'], winter: ['inverno'] },
  units: { day: [], week: ['settimana'], weekend: ['fine settimana', 'weekend'], month: ['mese'], quarter: ['trimestre'], half: ['semestre'], year: ['anno'] },
  durationUnits: { day: ['giorno', 'giorni'], week: ['settimana', 'settimane'], month: ['mese', 'mesi'], year: ['anno', 'anni'], decade: ['decennio', 'decenni'] },
  numbers: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12 },
  ordinals: { primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, ultimo: -1, ultima: -1 },
  relative: {
    this: { pre: ['questo', 'questa', "quest'"], post: ['in corso'] },
    next: { pre: ['prossimo', 'prossima'], post: ['prossimo', 'prossima'] },
    last: { pre: ['scorso', 'scorsa'], post: ['scorso', 'scorsa', 'passato', 'passata'] },
  },
  relativeDays: [
    { forms: ['oggi', 'stamattina', 'stasera', 'stanotte'], offset: 0 },
    { forms: ['ieri'], offset: -1 },
    { forms: ["l'altro ieri", "l'altroieri", 'ieri l’altro'], offset: -2 },
    { forms: ['domani'], offset: 1 },
    { forms: ['dopodomani'], offset: 2 },
  ],
  relations: [
    { forms: ['entro', 'entro il', 'entro la', "entro l'"], relation: 'by', tense: 'future' },
    { forms: ['da', 'dalla', "dall'", 'a partire da', 'a partire dal', 'a partire dalla'], relation: 'from', opens: true },
    { forms: ['dal', 'sin dal', 'fin dal'], relation: 'since', opens: true, tense: 'past' },
    { forms: ['fino a', 'fino al', 'fino alla', "fino all'"], relation: 'until', joins: true },
    { forms: ['prima di', 'prima del', 'prima della', "prima dell'"], relation: 'before' },
    { forms: ['dopo', 'dopo il', "dopo l'"], relation: 'after' },
    { forms: ['durante', 'nel corso di', 'nel corso del', "nel corso dell'"], relation: 'during' },
    { forms: ['nel', 'nella', "nell'", 'negli', 'nei', 'nelle', 'in', 'a', 'ad', 'verso'], relation: 'at' },
    { forms: ['tra', 'fra'], relation: 'at', shift: 1, opens: true },
    { forms: ['al', 'e'], relation: 'at', joins: true, rangeOnly: true, licensesYear: false },
  ],
  determiners: ['il', 'la', 'lo', "l'", 'i', 'gli', 'le'],
  modifiers: { early: ['inizio'], mid: ['metà'], late: ['fine'] },
  modifierLinks: ['di', 'del', 'dello', 'della', "dell'"],
  agoWords: ['fa'],
  yearWords: ['anno'],
  templates: {
    dates: ['(?:{WD}{S})?{DAY}(?:º|°)?{S}{MONTH}(?:{S}{YEAR})?'],
    dayRanges: ['{DAY}(?:{S}(?:al|e){S}|{S?}[-–]{S?}){DAY2}{S}{MONTH}(?:{S}{YEAR})?'],
    monthYearLink: '{S}(?:del{S})?',
    seasonYearLink: '{S}(?:del{S})?',
    periodYearLink: '{S}(?:del{S})?',
    quarters: ['{ORD}{S}trimestre', 'Q{QN}'],
    halves: ['{ORD}{S}semestre', 'H{HN}'],
    decades: ['anni{S}{DEC}', 'anni{S}{DECW}'],
  },
  decadeWords: { venti: 1920, trenta: 1930, quaranta: 1940, cinquanta: 1950, sessanta: 1960, settanta: 1970, ottanta: 1980, novanta: 1990 },
  numericOrder: 'dmy',
  bareYears: false,
  countedNouns: ['euro', 'dollari', 'persone', 'abitanti', 'dipendenti', 'lavoratori', 'posti', 'km', 'metri', 'tonnellate', 'auto', 'veicoli', 'punti', 'voti', 'morti', 'studenti', 'aziende', 'clienti', 'utenti', 'volte', 'ore', 'giorni', 'anni', 'mesi', 'milioni', 'miliardi'],
  quantityWords: ['più di', 'meno di', 'circa', 'quasi', 'almeno', 'oltre', 'numero'],
  caseSensitive: ['primavera', 'estate', 'autunno', 'inverno'],
  tense: {
    past:
      `${B}(?:ha|hanno|aveva|avevano|è|sono|era|erano|fu|furono)[^\\S\\n]+\\p{L}+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)${E}` +
      `|${B}\\p{L}{3,}(?:ò|arono|erono|irono)${E}`,
    future: `${B}(?:\\p{L}{3,}(?:rà|ranno|rebbe|rebbero)|previsto|prevista|dovrebbe|dovrebbero|sta per)${E}`,
  },
};
