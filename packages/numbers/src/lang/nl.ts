import { lexicon, words } from './lexicon.ts';
import type { NumberLanguageData } from './types.ts';

/** Dutch (number words glue: "eenentwintig", "tweehonderd"). A smaller lexicon than fr, en, de, es. */
export const nl: NumberLanguageData = {
  code: 'nl',
  decimal: ',',
  smallWords: {
    nul: 0, een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
    elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18,
    negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80,
    negentig: 90,
  },
  hundredWords: ['honderd'],
  scaleWords: { duizend: 1e3, miljoen: 1e6, miljard: 1e9, biljoen: 1e12 },
  scaleAbbrevs: {
    k: { value: 1e3, when: 'attached' }, mln: { value: 1e6, when: 'always' }, mld: { value: 1e9, when: 'always' },
    mrd: { value: 1e9, when: 'always' },
  },
  wordConnectors: [],
  articleOnes: ['een'],
  ambiguousWords: [],
  approxNouns: { tiental: 10, dozijn: 12 },
  compound: {
    pieces: {
      een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11,
      twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
      twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
    },
    hundred: ['honderd'],
    thousand: ['duizend'],
    joiners: ['en', 'ën'],
    factorSuffixes: { voudig: 'fold', maal: 'times', keer: 'times' },
  },

  hedges: {
    'minstens': 'at_least', 'ten minste': 'at_least', 'meer dan': 'more_than', 'ruim': 'more_than',
    'minder dan': 'less_than', 'maximaal': 'at_most', 'hooguit': 'at_most', 'bijna': 'about', 'ongeveer': 'about',
    "zo'n": 'about', 'circa': 'about', 'ca.': 'about', 'rond de': 'about', 'rond': 'about', 'krap': 'about',
    'tot wel': 'up_to', 'tot': 'up_to',
  },
  rangeOpeners: { tussen: ['en'], van: ['tot'] },
  changeOpeners: ['van'],
  factorPrefixes: ['vermenigvuldigd met'],
  rangeConnectors: ['tot'],
  ofWords: [],

  percentWords: ['procent'],
  pointWords: { procentpunt: 'percentage_point', procentpunten: 'percentage_point', basispunten: 'basis_point' },
  currencyWords: lexicon(`
    EUR: euro
    USD: dollar
    GBP: pond
    CHF: zwitserse frank
    JPY: yen
    CNY: yuan
  `),
  factorWords: ['keer', 'maal'],
  comparatives: words('zo meer minder groter hoger'),
  erComparatives: true,
  nouns: lexicon(`
    chip: chips
    processor: processors
    server: servers
    job: banen, arbeidsplaatsen
    employee: medewerkers, werknemers
    worker: arbeiders
    user: gebruikers
    subscriber: abonnees
    customer: klanten
    share: aandelen
    person: mensen, personen
    inhabitant: inwoners
    resident: bewoners
    student: studenten
    pupil: leerlingen
    child: kinderen
    family: gezinnen
    household: huishoudens
    car: auto's
    vehicle: voertuigen
    home: woningen
    house: huizen
    store: winkels
    factory: fabrieken
    country: landen
    city: steden, gemeenten
    company: bedrijven
    startup: startups
    bank: banken
    day: dagen
    week: weken
    month: maanden
    year: jaar, jaren
    hour: uur
    minute: minuten
    passenger: passagiers
    visitor: bezoekers
    tourist: toeristen
    death: doden
    victim: slachtoffers
    injured: gewonden
    case: gevallen
    patient: patiënten
    doctor: artsen
    member: leden
    soldier: soldaten
    refugee: vluchtelingen
    migrant: migranten
    vote: stemmen
    voter: kiezers
    seat: zetels
    copy: exemplaren
    device: apparaten
    smartphone: smartphones
    computer: computers
    robot: robots
    flight: vluchten
    aircraft: vliegtuigen
    train: treinen
    ship: schepen
    barrel: vaten
    project: projecten
    contract: contracten
    order: bestellingen
    model: modellen
    parameter: parameters
    engineer: ingenieurs
    researcher: onderzoekers
    scientist: wetenschappers
    developer: ontwikkelaars
    product: producten
    book: boeken
    point: punten
    dose: doses
    vaccine: vaccins
    layoff: ontslagen
    hospital: ziekenhuizen
    school: scholen
    time: keer
  `),
  unitWords: lexicon(`
    t: ton
    kg: kilo, kilogram
    km: kilometer
    m: meter
    m²: vierkante meter
    ha: hectare
    l: liter
    MW: megawatt
    GW: gigawatt
    TB: terabyte
    GB: gigabyte
  `),
  pluralNoun: /(?:en|s)$/u,
  preAdjectives: words('nieuwe andere eerste laatste grote kleine jonge extra'),
  vendor: 'none',

  months: words(`januari februari maart april mei juni juli augustus september oktober november december jan feb mrt
    apr jun jul aug sep sept okt nov dec`),
  weekdays: words('maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'),
  ordinalSuffixes: words('e ste de'),
  labels: words('nr. nummer versie artikel art. pagina blz. hoofdstuk deel aflevering seizoen niveau fase top serie model jaren'),
  timeWords: words('om'),
  hourWords: [],
  stopwords: words(`de het een en of maar in op aan bij met van voor naar uit over onder tussen door tegen zonder om
    tot sinds tijdens als dan zo ook nog al meer minder zeer is zijn was waren wordt worden werd werden heeft hebben
    had hadden zal zullen zou zouden kan kunnen moet moeten niet geen dat die dit deze wat wie waar wanneer hoe hun
    haar ons onze je jij hij zij we wij ze men er hier daar alle elke ieder veel weinig enkele sommige circa
    ongeveer bijna ruim`),
};
