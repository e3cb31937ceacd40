import { lexicon, words } from './lexicon.ts';
import type { NumberLanguageData } from './types.ts';

/** German (long scale: Milliarde = 10^9, Billion = 10^12), including Swiss and Austrian spellings. */
export const de: NumberLanguageData = {
  code: 'de',
  decimal: ',',
  smallWords: {
    null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
    neunzehn: 19, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70,
    achtzig: 80, neunzig: 90,
  },
  hundredWords: ['hundert'],
  scaleWords: {
    tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12,
  },
  scaleAbbrevs: {
    'Tsd.': { value: 1e3, when: 'always' }, 'Mio.': { value: 1e6, when: 'always' }, 'Mrd.': { value: 1e9, when: 'always' },
    'Md.': { value: 1e9, when: 'always' }, 'Bio.': { value: 1e12, when: 'always' },
    k: { value: 1e3, when: 'attached' },
  },
  wordConnectors: [],
  articleOnes: ['ein', 'eine', 'einer', 'einen', 'einem', 'eines'],
  ambiguousWords: [],
  approxNouns: { dutzend: 12 },
  compound: {
    pieces: {
      ein: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sech: 6, sieben: 7, sieb: 7, acht: 8,
      neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50,
      sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
    },
    hundred: ['hundert'],
    thousand: ['tausend'],
    joiners: ['und'],
    factorSuffixes: { fachen: 'fold', fache: 'fold', facher: 'fold', fach: 'fold', mal: 'times' },
  },

  hedges: {
    'mindestens': 'at_least', 'wenigstens': 'at_least', 'nicht weniger als': 'at_least',
    'mehr als': 'more_than', 'über': 'more_than', 'knapp über': 'more_than', 'weit über': 'more_than',
    'deutlich mehr als': 'more_than', 'gut': 'more_than', 'etwas mehr als': 'more_than',
    'weniger als': 'less_than', 'unter': 'less_than', 'knapp unter': 'less_than', 'etwas weniger als': 'less_than',
    'höchstens': 'at_most', 'maximal': 'at_most', 'nicht mehr als': 'at_most',
    'rund': 'about', 'etwa': 'about', 'ca.': 'about', 'circa': 'about', 'zirka': 'about', 'ungefähr': 'about',
    'fast': 'about', 'beinahe': 'about', 'knapp': 'about', 'nahezu': 'about', 'annähernd': 'about',
    'an die': 'about', 'schätzungsweise': 'about', 'geschätzte': 'about', 'geschätzt': 'about',
    'bis zu': 'up_to',
  },
  postHedges: { 'oder mehr': 'at_least', 'und mehr': 'at_least' },
  rangeOpeners: { zwischen: ['und'], von: ['bis'] },
  changeOpeners: ['von'],
  factorPrefixes: ['multipliziert mit', 'vervielfacht um'],
  rangeConnectors: ['bis'],
  ofWords: [],

  percentWords: ['prozent'],
  pointWords: {
    prozentpunkte: 'percentage_point', prozentpunkten: 'percentage_point', prozentpunkt: 'percentage_point',
    basispunkte: 'basis_point', basispunkten: 'basis_point', basispunkt: 'basis_point',
  },
  currencyWords: lexicon(`
    EUR: euro
    USD: dollar, us-dollar, us dollar, us-dollars
    GBP: pfund, britische pfund, pfund sterling
    CHF: franken, schweizer franken, fr.
    JPY: yen
    CNY: yuan, renminbi
    RUB: rubel
    INR: rupien
    CAD: kanadische dollar
    AUD: australische dollar
    HKD: hongkong-dollar
    TRY: türkische lira, lira
    PLN: zloty
    KRW: won
  `),
  factorWords: ['mal'],
  comparatives: words('so mehr weniger größer höher'),
  erComparatives: true,
  nouns: lexicon(`
    chip: chip, chips, halbleiter
    GPU: gpu, gpus, grafikprozessor, grafikprozessoren, grafikkarte, grafikkarten
    CPU: cpu, cpus
    processor: prozessor, prozessoren
    server: server
    supercomputer: supercomputer, supercomputern, großrechner
    data_center: rechenzentrum, rechenzentren
    job: stelle, stellen, arbeitsplatz, arbeitsplätze, arbeitsplätzen, jobs, job
    employee: mitarbeiter, mitarbeiterin, mitarbeiterinnen, mitarbeitern, mitarbeitende, mitarbeitenden, beschäftigte, beschäftigten, angestellte, angestellten
    worker: arbeiter, arbeiterinnen, arbeitern, arbeitnehmer, arbeitnehmern, arbeitskräfte, kräfte, fachkräfte
    civil_servant: beamte, beamten
    user: nutzer, nutzerinnen, nutzern, user, anwender, anwendern
    subscriber: abonnent, abonnenten, abonnentinnen
    subscription: abonnement, abonnements, abos
    customer: kunde, kunden, kundinnen
    share: aktie, aktien
    shareholder: aktionär, aktionäre, aktionären
    investor: investor, investoren, anleger, anlegern
    person: menschen, personen, person, leute
    inhabitant: einwohner, einwohnern, einwohnerinnen
    resident: bewohner, bewohnern
    student: studenten, studierende, studierenden
    pupil: schüler, schülerinnen, schülern
    child: kinder, kind, kindern
    family: familien, familie
    household: haushalte, haushalten, haushalt
    car: autos, auto, pkw
    vehicle: fahrzeuge, fahrzeug, fahrzeugen
    home: wohnungen, wohnung, wohneinheiten
    house: häuser, haus, häusern
    store: filialen, filiale, geschäfte, läden, märkte
    restaurant: restaurants
    factory: fabriken, fabrik, werke, werk, werken
    site: standorte, standort, standorten
    country: länder, ländern, staaten
    city: städte, städten, stadt, gemeinden
    company: unternehmen, firmen, firma, konzerne
    startup: start-ups, startups, start-up
    bank: banken, bank
    subsidiary: tochtergesellschaften, töchter
    day: tage, tagen, tag
    week: wochen, woche
    month: monate, monaten, monat
    year: jahre, jahren, jahr
    hour: stunden, stunde
    minute: minuten, minute
    second: sekunden, sekunde
    passenger: passagiere, passagieren, fahrgäste, fahrgästen
    visitor: besucher, besuchern, besucherinnen
    tourist: touristen
    death: tote, toten, todesopfer
    victim: opfer, opfern
    injured: verletzte, verletzten
    case: fälle, fällen, fall, infektionen
    patient: patienten, patientinnen
    doctor: ärzte, ärzten, ärztinnen
    bed: betten
    member: mitglieder, mitgliedern
    soldier: soldaten, soldatinnen
    refugee: flüchtlinge, flüchtlingen, geflüchtete
    migrant: migranten
    vote: stimmen
    voter: wähler, wählern, wählerinnen, wahlberechtigte
    seat: sitze, sitzen, mandate
    copy: exemplare, exemplaren
    unit: einheiten, stück
    device: geräte, geräten, gerät
    phone: handys, telefone
    smartphone: smartphones
    computer: computer, rechner
    robot: roboter, robotern
    satellite: satelliten
    rocket: raketen, rakete
    flight: flüge, flügen, flug
    aircraft: flugzeuge, flugzeugen, flugzeug, maschinen
    train: züge, zügen, zug
    ship: schiffe, schiffen, schiff
    barrel: barrel, fass
    download: downloads
    view: aufrufe, aufrufen
    follower: follower, followern
    account: konten, konto, accounts
    app: apps, app
    message: nachrichten, meldungen
    project: projekte, projekten, projekt
    contract: verträge, verträgen, vertrag
    order: aufträge, aufträgen, bestellungen
    patent: patente, patenten
    model: modelle, modellen, modell
    parameter: parameter, parametern
    token: token, tokens
    engineer: ingenieure, ingenieuren, ingenieurinnen
    researcher: forscher, forschern, forscherinnen, forschende
    scientist: wissenschaftler, wissenschaftlern, wissenschaftlerinnen
    developer: entwickler, entwicklern, entwicklerinnen
    partner: partner, partnern
    supplier: zulieferer, lieferanten
    product: produkte, produkten, produkt
    game: spiele, spielen, spiel
    film: filme, filmen, film
    book: bücher, büchern, buch
    article: artikel
    point: punkte, punkten
    dose: dosen, impfdosen
    vaccine: impfstoffe
    test: tests
    tree: bäume, bäumen
    layoff: entlassungen, kündigungen
    hospital: krankenhäuser, krankenhäusern, kliniken
    school: schulen
    agency: behörden
    cluster: cluster
    qubit: qubits
    language: sprachen
    time: mal
    cent: cent
  `),
  unitWords: lexicon(`
    t: tonne, tonnen
    kg: kilogramm, kilo
    g: gramm
    km: kilometer, kilometern
    m: meter, metern
    m²: quadratmeter, quadratmetern
    km²: quadratkilometer, quadratkilometern
    m³: kubikmeter, kubikmetern
    ha: hektar
    l: liter, litern
    MW: megawatt
    GW: gigawatt
    kW: kilowatt
    kWh: kilowattstunden, kilowattstunde
    MWh: megawattstunden
    GWh: gigawattstunden
    TWh: terawattstunden
    TB: terabyte
    GB: gigabyte
    MB: megabyte
    PFLOPS: petaflops
    TFLOPS: teraflops
    nm: nanometer
    °: grad
  `),
  capitalizedNouns: true,
  pluralNoun: /./u,
  preAdjectives: words('neue neuen weitere weiteren zusätzliche zusätzlichen'),
  vendor: 'before',

  months: words(`januar jänner februar feber märz april mai juni juli august september oktober november dezember jan
    feb mär apr jun jul aug sep sept okt nov dez`),
  weekdays: words('montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag'),
  ordinalSuffixes: words('te ten ter tes ste sten'),
  labels: words(`nr. nummer version artikel art. seite s. kapitel band bd. folge staffel stufe phase rang klasse level
    paragraf § absatz abs. linie gleis halle kw top telefon tel.`),
  timeWords: words('um gegen ab'),
  hourWords: ['Uhr', 'h'],
  stopwords: words(`der die das den dem des ein eine einer einen einem eines und oder aber doch in im ins an am auf aus
    bei beim mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit
    während wegen als wie so auch noch nur schon mehr weniger sehr ist sind war waren wird werden wurde wurden hat
    haben hatte hatten sein seine seiner seinen ihre ihr ihren ihrer sich es er sie wir man nicht kein keine keinen
    dass daß was wer wo wann warum dieser diese dieses diesen jeder jede jedes alle allen einige mehrere viele
    wenige etwa rund circa pro je insgesamt bereits inzwischen davon dabei damit dort hier heute gestern morgen
    laut zufolge sowie bzw jeweils denn weil wenn ob da dann also`),
  ordinalDotArticles: words(`der die das den dem des am im zum zur vom beim ins ihr ihre ihrem ihren ihrer sein seine
    seinem seinen seiner`),
};
