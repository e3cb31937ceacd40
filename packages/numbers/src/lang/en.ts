import { lexicon, words } from './lexicon.ts';
import type { NumberLanguageData } from './types.ts';

/** English (short scale: billion = 10^9). */
export const en: NumberLanguageData = {
  code: 'en',
  decimal: '.',
  smallWords: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  hundredWords: ['hundred'],
  scaleWords: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  scaleAbbrevs: {
    k: { value: 1e3, when: 'attached' }, K: { value: 1e3, when: 'money' },
    m: { value: 1e6, when: 'attached' }, M: { value: 1e6, when: 'money' }, mn: { value: 1e6, when: 'always' },
    mln: { value: 1e6, when: 'always' }, bn: { value: 1e9, when: 'always' }, b: { value: 1e9, when: 'money' },
    B: { value: 1e9, when: 'money' }, bln: { value: 1e9, when: 'always' }, tn: { value: 1e12, when: 'always' },
    trn: { value: 1e12, when: 'always' },
  },
  wordConnectors: ['and'],
  articleOnes: ['a', 'an'],
  ambiguousWords: ['one'],
  approxNouns: { dozen: 12 },

  hedges: {
    'at least': 'at_least', 'at minimum': 'at_least', 'a minimum of': 'at_least', 'no fewer than': 'at_least',
    'no less than': 'at_least', 'not less than': 'at_least',
    'more than': 'more_than', 'over': 'more_than', 'upwards of': 'more_than', 'in excess of': 'more_than',
    'just over': 'more_than', 'well over': 'more_than', 'north of': 'more_than', 'above': 'more_than',
    'slightly more than': 'more_than', 'a little over': 'more_than', 'well above': 'more_than',
    'less than': 'less_than', 'fewer than': 'less_than', 'under': 'less_than', 'below': 'less_than',
    'just under': 'less_than', 'slightly less than': 'less_than', 'just below': 'less_than',
    'at most': 'at_most', 'no more than': 'at_most', 'not more than': 'at_most', 'a maximum of': 'at_most',
    'about': 'about', 'around': 'about', 'approximately': 'about', 'roughly': 'about', 'some': 'about',
    'an estimated': 'about', 'nearly': 'about', 'almost': 'about', 'close to': 'about', 'approx.': 'about',
    'circa': 'about', 'an approximate': 'about', 'estimated': 'about', 'around about': 'about',
    'up to': 'up_to', 'as many as': 'up_to', 'as much as': 'up_to', 'as high as': 'up_to',
  },
  postHedges: { 'or more': 'at_least', 'or so': 'about', 'or fewer': 'at_most', 'or less': 'at_most' },
  rangeOpeners: { between: ['and'], from: ['to'] },
  changeOpeners: ['from'],
  factorPrefixes: ['multiplied by'],
  rangeConnectors: ['to'],
  ofWords: ['of'],

  percentWords: ['percent', 'per cent', 'pct', 'pc'],
  pointWords: {
    'percentage points': 'percentage_point', 'percentage point': 'percentage_point',
    'basis points': 'basis_point', 'basis point': 'basis_point', 'bps': 'basis_point', 'bp': 'basis_point',
  },
  currencyWords: lexicon(`
    USD: dollar, dollars, us dollars, u.s. dollars, american dollars
    EUR: euro, euros
    GBP: pound, pounds, pounds sterling, sterling
    JPY: yen
    CNY: yuan, renminbi
    CHF: swiss francs, swiss franc, francs
    CAD: canadian dollars, canadian dollar
    AUD: australian dollars, australian dollar
    HKD: hong kong dollars
    SGD: singapore dollars
    NZD: new zealand dollars
    INR: rupees, rupee, indian rupees
    RUB: roubles, rubles, rouble, ruble
    KRW: korean won, south korean won
    BRL: reais, brazilian real
    MXN: mexican pesos
    SEK: swedish kronor, swedish crowns
    NOK: norwegian kroner
    DKK: danish kroner
    PLN: zloty, zlotys
    TRY: turkish lira, lira
    ZAR: rand
    ILS: shekels
  `),
  factorWords: ['times'],
  comparatives: words('more less as the faster higher bigger larger greater smaller cheaper better'),
  erComparatives: true,
  factorBeforeNoun: true,
  durationHedges: ['over', 'under'],
  foldWords: ['fold'],
  foldNumbers: {
    twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9,
    tenfold: 10, twentyfold: 20, hundredfold: 100, thousandfold: 1000,
  },
  nouns: lexicon(`
    chip: chip, chips, semiconductor, semiconductors, microchip, microchips
    GPU: gpu, gpus, graphics processor, graphics processors, graphics card, graphics cards
    CPU: cpu, cpus
    processor: processor, processors
    accelerator: accelerator, accelerators
    server: server, servers
    supercomputer: supercomputer, supercomputers
    data_center: data center, data centers, data centre, data centres, datacenter, datacenters
    job: job, jobs, position, positions, role, roles, post, posts
    employee: employee, employees, staff, staffers, workforce
    worker: worker, workers
    civil_servant: civil servant, civil servants
    user: user, users
    subscriber: subscriber, subscribers
    subscription: subscription, subscriptions
    customer: customer, customers, client, clients
    share: share, shares
    shareholder: shareholder, shareholders
    investor: investor, investors
    person: person, people, persons, individuals
    inhabitant: inhabitant, inhabitants
    resident: resident, residents
    student: student, students
    pupil: pupil, pupils
    child: child, children, kids
    family: family, families
    household: household, households
    car: car, cars
    vehicle: vehicle, vehicles
    home: home, homes, housing units
    house: house, houses
    apartment: apartment, apartments, flat, flats
    store: store, stores, shop, shops, outlets
    restaurant: restaurant, restaurants
    factory: factory, factories, plant, plants
    site: site, sites
    country: country, countries, nations, member states, member countries
    city: city, cities, towns
    company: company, companies, firm, firms, business, businesses
    startup: startup, startups, start-up, start-ups
    bank: bank, banks
    subsidiary: subsidiary, subsidiaries
    day: day, days
    week: week, weeks
    month: month, months
    year: year, years
    hour: hour, hours
    minute: minute, minutes
    second: second, seconds
    passenger: passenger, passengers
    visitor: visitor, visitors
    tourist: tourist, tourists
    death: death, deaths, dead
    victim: victim, victims
    injured: injured
    case: case, cases
    patient: patient, patients
    doctor: doctor, doctors
    bed: bed, beds
    member: member, members
    soldier: soldier, soldiers, troops
    refugee: refugee, refugees
    migrant: migrant, migrants
    vote: vote, votes
    voter: voter, voters
    seat: seat, seats
    copy: copy, copies
    unit: unit, units
    device: device, devices
    phone: phone, phones
    smartphone: smartphone, smartphones
    computer: computer, computers
    robot: robot, robots
    satellite: satellite, satellites
    rocket: rocket, rockets
    flight: flight, flights
    aircraft: aircraft, plane, planes, jets
    train: train, trains
    ship: ship, ships, vessels
    barrel: barrel, barrels
    download: download, downloads
    view: view, views
    follower: follower, followers
    account: account, accounts
    app: app, apps
    message: message, messages
    project: project, projects
    contract: contract, contracts
    order: order, orders
    patent: patent, patents
    model: model, models
    parameter: parameter, parameters
    token: token, tokens
    engineer: engineer, engineers
    researcher: researcher, researchers
    scientist: scientist, scientists
    developer: developer, developers
    partner: partner, partners
    supplier: supplier, suppliers
    product: product, products
    game: game, games
    film: film, films, movie, movies
    book: book, books
    article: article, articles
    point: point, points
    dose: dose, doses
    vaccine: vaccine, vaccines
    test: test, tests
    tree: tree, trees
    layoff: layoff, layoffs, job cuts
    hire: hire, hires
    hospital: hospital, hospitals
    school: school, schools
    agency: agency, agencies
    cluster: cluster, clusters
    qubit: qubit, qubits
    language: language, languages
    time: time, times
    cent: cent, cents
  `),
  unitWords: lexicon(`
    t: tonne, tonnes, metric tons, ton, tons
    kg: kilogram, kilograms, kilo, kilos
    g: gram, grams
    km: kilometer, kilometers, kilometre, kilometres
    m: meter, meters, metre, metres
    mile: mile, miles
    m²: square meter, square meters, square metre, square metres
    km²: square kilometer, square kilometers, square kilometres
    sq ft: square feet, sq ft
    acre: acre, acres
    ha: hectare, hectares
    l: liter, liters, litre, litres
    gallon: gallon, gallons
    MW: megawatt, megawatts
    GW: gigawatt, gigawatts
    kW: kilowatt, kilowatts
    kWh: kilowatt-hour, kilowatt-hours, kilowatt hours
    MWh: megawatt-hour, megawatt-hours, megawatt hours
    TWh: terawatt-hour, terawatt-hours, terawatt hours
    TB: terabyte, terabytes
    GB: gigabyte, gigabytes
    MB: megabyte, megabytes
    PFLOPS: petaflops
    TFLOPS: teraflops
    EFLOPS: exaflops
    nm: nanometer, nanometers, nanometre, nanometres
    °: degree, degrees
  `),
  pluralNoun: /[^s']s$/u,
  preAdjectives: [],
  vendor: 'before',

  months: words(`january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec`),
  weekdays: words('monday tuesday wednesday thursday friday saturday sunday'),
  ordinalSuffixes: words('st nd rd th'),
  labels: [...words(`no. nos. number version v. article art. page p. pp. chapter vol. volume episode season level phase
    stage section route highway gate room rank class lot category top series model covid flight phone tel.`),
    'call us on', 'call us at'],
  timeWords: words('at by until'),
  hourWords: ['a.m.', 'p.m.', 'am', 'pm', 'AM', 'PM', 'h', "o'clock", 'o’clock'],
  stopwords: words(`the a an of to in on at by for with from into onto about over under between among and or but nor
    so yet as than that this these those there here its it it's his her their our your my we they he she you i me
    him them us who whom whose which what when where why how is are was were be been being am has have had do does
    did will would shall should can could may might must not no more less most least very too also only just even
    each every all any some such both either neither other another per via plus minus after before since until
    while during against without within across around up down out off again further then once said says say
    according including includes include ago now today last next past previous coming
    yesterday tomorrow alone apiece respectively always perhaps whereas thus unless across besides towards
    afterwards sometimes others those these whose ones percent`),
  pronounOne: {
    words: ['one'],
    before: words('no the this that each every any which someone anyone everyone no-one one'),
    after: words('of another'),
  },
};
