import { lexicon, words } from './lexicon.ts';
import type { NumberLanguageData } from './types.ts';

/** Italian (number words glue: "duecentoventi", "tremila"). A smaller lexicon than fr, en, de, es. */
export const it: NumberLanguageData = {
  code: 'it',
  decimal: ',',
  smallWords: {
    zero: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9,
    dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17,
    diciotto: 18, diciannove: 19, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70,
    ottanta: 80, novanta: 90,
  },
  hundredWords: ['cento'],
  scaleWords: { mille: 1e3, mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9 },
  scaleAbbrevs: {
    k: { value: 1e3, when: 'attached' }, M: { value: 1e6, when: 'money' }, mln: { value: 1e6, when: 'always' },
    mld: { value: 1e9, when: 'always' }, mrd: { value: 1e9, when: 'always' },
  },
  wordConnectors: [],
  articleOnes: ['un', 'una', 'uno'],
  ambiguousWords: [],
  approxNouns: { decina: 10, dozzina: 12, ventina: 20, trentina: 30, centinaio: 100, migliaio: 1000 },
  compound: {
    pieces: {
      uno: 1, un: 1, due: 2, tre: 3, tré: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
      undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18,
      diciannove: 19, venti: 20, vent: 20, trenta: 30, trent: 30, quaranta: 40, quarant: 40, cinquanta: 50,
      cinquant: 50, sessanta: 60, sessant: 60, settanta: 70, settant: 70, ottanta: 80, ottant: 80, novanta: 90,
      novant: 90,
    },
    hundred: ['cento', 'cent'],
    thousand: ['mila', 'mille'],
  },

  hedges: {
    'almeno': 'at_least', 'più di': 'more_than', 'oltre': 'more_than', 'poco più di': 'more_than',
    'meno di': 'less_than', 'poco meno di': 'less_than', 'al massimo': 'at_most', 'non più di': 'at_most',
    'circa': 'about', 'quasi': 'about', 'intorno a': 'about', 'intorno ai': 'about', 'attorno a': 'about',
    'fino a': 'up_to',
  },
  rangeOpeners: { tra: ['e'], fra: ['e'], da: ['a'] },
  changeOpeners: ['da'],
  factorPrefixes: ['moltiplicato per', 'moltiplicata per', 'moltiplicati per'],
  rangeConnectors: [],
  numberArticles: ['il', 'un'],
  ofWords: ['di', "d'"],

  percentWords: ['per cento', 'percento'],
  pointWords: { 'punti percentuali': 'percentage_point', 'punto percentuale': 'percentage_point', 'punti base': 'basis_point' },
  currencyWords: lexicon(`
    EUR: euro
    USD: dollari, dollaro
    GBP: sterline, sterlina
    CHF: franchi svizzeri, franchi
    JPY: yen
    CNY: yuan
  `),
  factorWords: ['volte'],
  comparatives: words('più meno superiore maggiore inferiore'),
  nouns: lexicon(`
    chip: chip, semiconduttori
    GPU: gpu
    processor: processori, processore
    server: server
    job: posti di lavoro, posti, impieghi
    employee: dipendenti, impiegati
    worker: lavoratori, operai
    user: utenti
    subscriber: abbonati
    customer: clienti
    share: azioni
    person: persone
    inhabitant: abitanti
    student: studenti
    child: bambini
    family: famiglie
    car: auto
    vehicle: veicoli
    house: case
    store: negozi
    factory: fabbriche, stabilimenti
    country: paesi
    city: città, comuni
    company: aziende, imprese, società
    startup: startup
    bank: banche
    day: giorni
    week: settimane
    month: mesi
    year: anni
    hour: ore
    minute: minuti
    passenger: passeggeri
    visitor: visitatori
    tourist: turisti
    death: morti
    victim: vittime
    injured: feriti
    case: casi
    patient: pazienti
    doctor: medici
    member: membri
    soldier: soldati
    refugee: rifugiati
    migrant: migranti
    vote: voti
    voter: elettori
    seat: seggi
    copy: copie
    device: dispositivi
    smartphone: smartphone
    computer: computer
    robot: robot
    flight: voli
    aircraft: aerei
    train: treni
    ship: navi
    barrel: barili
    project: progetti
    contract: contratti
    model: modelli
    parameter: parametri
    engineer: ingegneri
    researcher: ricercatori
    scientist: scienziati
    developer: sviluppatori
    product: prodotti
    book: libri
    point: punti
    dose: dosi
    vaccine: vaccini
    layoff: licenziamenti, esuberi
    hospital: ospedali
    school: scuole
    time: volte
  `),
  unitWords: lexicon(`
    t: tonnellate
    kg: chili, chilogrammi
    km: chilometri
    m: metri
    m²: metri quadrati
    ha: ettari
    l: litri
    MW: megawatt
    GW: gigawatt
    kWh: kilowattora
    TB: terabyte
    GB: gigabyte
  `),
  pluralNoun: /[ie]$/u,
  preAdjectives: words('nuovi nuove altri altre primi prime ultimi ultime grandi piccoli giovani principali migliori'),
  vendor: 'after',

  months: words(`gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre gen feb
    apr mag giu lug ago set ott nov dic`),
  weekdays: words('lunedì martedì mercoledì giovedì venerdì sabato domenica'),
  ordinalSuffixes: words('º ª o a'),
  labels: words('n. n° numero versione articolo art. pagina pag. capitolo volume vol. episodio stagione livello fase anni top serie modello'),
  timeWords: words('alle verso'),
  hourWords: ['h'],
  stopwords: words(`il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal
    dalla dai in nel nella nei con su sul sulla per tra fra e o ma che chi cui non più meno è sono era erano sarà
    ha hanno aveva avevano stato stati essere avere questo questa questi queste quello quella quelli suo sua suoi
    sue loro mio nostro si ci vi ne anche già ancora molto tutti tutte tutto ogni altri altre alcuni alcune circa
    quasi oltre come dove quando se però quindi poi dopo prima`),
};
