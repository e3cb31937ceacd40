import { lexicon, words } from './lexicon.ts';
import type { NumberLanguageData } from './types.ts';

/** French, with the Belgian and Swiss tens (septante, huitante, octante, nonante). */
export const fr: NumberLanguageData = {
  code: 'fr',
  decimal: ',',
  smallWords: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    septante: 70, huitante: 80, octante: 80, nonante: 90,
  },
  hundredWords: ['cent', 'cents'],
  scaleWords: {
    mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12,
  },
  scaleAbbrevs: {
    k: { value: 1e3, when: 'attached' }, K: { value: 1e3, when: 'attached' },
    M: { value: 1e6, when: 'money' }, Mio: { value: 1e6, when: 'always' },
    Md: { value: 1e9, when: 'always' }, Mds: { value: 1e9, when: 'always' }, Mrd: { value: 1e9, when: 'always' },
    Mrds: { value: 1e9, when: 'always' }, mds: { value: 1e9, when: 'always' }, G: { value: 1e9, when: 'money' },
  },
  wordConnectors: ['et'],
  articleOnes: ['un', 'une'],
  ambiguousWords: ['neuf'],
  approxNouns: {
    dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, quinzaine: 15, vingtaine: 20, trentaine: 30,
    quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, centaines: 100, millier: 1000, milliers: 1000,
  },
  teensAfterTens: [60, 80],
  vigesimal: true,

  hedges: {
    'au moins': 'at_least', 'au minimum': 'at_least', 'pas moins de': 'at_least', "pas moins d'": 'at_least',
    'plus de': 'more_than', "plus d'": 'more_than', 'un peu plus de': 'more_than', "un peu plus d'": 'more_than',
    'bien plus de': 'more_than', "bien plus d'": 'more_than', 'au-delà de': 'more_than', "au-delà d'": 'more_than',
    'moins de': 'less_than', "moins d'": 'less_than', 'un peu moins de': 'less_than', "un peu moins d'": 'less_than',
    'pas plus de': 'at_most', "pas plus d'": 'at_most', 'au plus': 'at_most', 'au maximum': 'at_most',
    'tout au plus': 'at_most',
    'près de': 'about', "près d'": 'about', 'environ': 'about', 'quelque': 'about', 'autour de': 'about',
    "autour d'": 'about', 'aux alentours de': 'about', "aux alentours d'": 'about', 'approximativement': 'about',
    'à peu près': 'about', 'presque': 'about', 'quasiment': 'about', 'pratiquement': 'about',
    "de l'ordre de": 'about', "de l'ordre d'": 'about', 'grosso modo': 'about', 'plus ou moins': 'about',
    'env.': 'about', 'quelque chose comme': 'about', 'grosso modo de': 'about',
    "jusqu'à": 'up_to',
  },
  postHedges: { environ: 'about', 'au moins': 'at_least', 'ou plus': 'at_least', 'et plus': 'at_least' },
  rangeOpeners: { entre: ['et'], de: ['à'], "d'": ['à'] },
  changeOpeners: ['de', "d'"],
  factorPrefixes: ['multiplié par', 'multipliée par', 'multipliés par', 'multipliées par'],
  rangeConnectors: ['à'],
  ofWords: ['de', "d'"],

  percentWords: ['pour cent', 'pourcent', 'pour-cent'],
  pointWords: {
    'points de pourcentage': 'percentage_point', 'point de pourcentage': 'percentage_point',
    'pts de pourcentage': 'percentage_point', 'points de base': 'basis_point', 'point de base': 'basis_point',
  },
  currencyWords: lexicon(`
    EUR: euro, euros
    USD: dollar, dollars, dollars américains, dollar américain, dollars us, dollars états-uniens
    CAD: dollars canadiens, dollar canadien
    AUD: dollars australiens, dollar australien
    HKD: dollars de hong kong, dollars hongkongais
    SGD: dollars singapouriens
    GBP: livres sterling, livre sterling
    JPY: yen, yens
    CNY: yuan, yuans, renminbi, renminbis
    CHF: franc suisse, francs suisses, francs, franc
    XOF: francs cfa, franc cfa
    INR: roupie, roupies, roupies indiennes
    RUB: rouble, roubles
    KRW: won, wons
    BRL: réal, réals, reais
    MXN: pesos mexicains
    SEK: couronnes suédoises
    NOK: couronnes norvégiennes
    DKK: couronnes danoises
    PLN: zloty, zlotys
    TRY: livres turques
    EGP: livres égyptiennes
    MAD: dirham, dirhams
  `),
  factorWords: ['fois'],
  comparatives: words(`plus moins supérieur supérieure supérieurs supérieures inférieur inférieure inférieurs
    inférieures autant mieux`),
  nouns: lexicon(`
    chip: puce, puces, chip, chips, semi-conducteur, semi-conducteurs, semiconducteur, semiconducteurs
    GPU: gpu, gpus, processeur graphique, processeurs graphiques, carte graphique, cartes graphiques
    CPU: cpu, cpus
    processor: processeur, processeurs
    server: serveur, serveurs
    supercomputer: supercalculateur, supercalculateurs, superordinateur, superordinateurs
    data_center: centre de données, centres de données, datacenter, datacenters, data center, data centers
    job: emploi, emplois, poste, postes, job, jobs
    employee: salarié, salariés, salariée, salariées, employé, employés, employée, employées, collaborateur, collaborateurs, collaboratrices, effectifs
    worker: travailleur, travailleurs, travailleuses, ouvrier, ouvriers, ouvrières
    civil_servant: fonctionnaire, fonctionnaires
    user: utilisateur, utilisateurs, utilisatrices, internautes
    subscriber: abonné, abonnés, abonnées
    subscription: abonnement, abonnements
    customer: client, clients, cliente, clientes
    share: action, actions
    shareholder: actionnaire, actionnaires
    investor: investisseur, investisseurs
    person: personne, personnes, gens, individus
    inhabitant: habitant, habitants, habitantes
    resident: résident, résidents
    student: étudiant, étudiants, étudiantes
    pupil: élève, élèves
    child: enfant, enfants
    family: famille, familles
    household: foyer, foyers, ménage, ménages
    car: voiture, voitures
    vehicle: véhicule, véhicules
    home: logement, logements
    house: maison, maisons
    apartment: appartement, appartements
    store: magasin, magasins, boutique, boutiques, points de vente
    restaurant: restaurant, restaurants
    factory: usine, usines
    site: site, sites
    country: pays, état, états
    city: ville, villes, communes
    company: entreprise, entreprises, société, sociétés
    startup: start-up, start-ups, startup, startups, jeune pousse, jeunes pousses
    bank: banque, banques
    subsidiary: filiale, filiales
    day: jour, jours, journées
    week: semaine, semaines
    month: mois
    year: an, ans, année, années
    hour: heure, heures
    minute: minute, minutes
    second: seconde, secondes
    passenger: passager, passagers, passagères
    visitor: visiteur, visiteurs, visiteuses
    tourist: touriste, touristes
    death: mort, morts, décès
    victim: victime, victimes
    injured: blessé, blessés
    case: cas
    patient: patient, patients, patientes
    doctor: médecin, médecins
    bed: lit, lits
    member: membre, membres, adhérents
    soldier: soldat, soldats, militaires
    refugee: réfugié, réfugiés
    migrant: migrant, migrants
    vote: voix, vote, votes, suffrages
    voter: électeur, électeurs, électrices
    seat: siège, sièges
    copy: exemplaire, exemplaires
    unit: unité, unités
    device: appareil, appareils
    phone: téléphone, téléphones
    smartphone: smartphone, smartphones
    computer: ordinateur, ordinateurs
    robot: robot, robots
    satellite: satellite, satellites
    rocket: fusée, fusées
    flight: vol, vols
    aircraft: avion, avions
    train: train, trains
    ship: navire, navires, bateau, bateaux
    barrel: baril, barils
    download: téléchargement, téléchargements
    view: vue, vues
    account: compte, comptes
    app: application, applications, appli, applis
    message: message, messages
    project: projet, projets
    contract: contrat, contrats
    order: commande, commandes
    patent: brevet, brevets
    model: modèle, modèles
    parameter: paramètre, paramètres
    token: token, tokens, jeton, jetons
    engineer: ingénieur, ingénieurs, ingénieures
    researcher: chercheur, chercheurs, chercheuses
    scientist: scientifique, scientifiques
    developer: développeur, développeurs, développeuses
    partner: partenaire, partenaires
    supplier: fournisseur, fournisseurs
    product: produit, produits
    game: jeu, jeux
    film: film, films
    book: livre, livres, ouvrages
    article: article, articles
    point: point, points
    dose: dose, doses
    vaccine: vaccin, vaccins
    test: test, tests
    tree: arbre, arbres
    layoff: licenciement, licenciements
    hire: embauche, embauches, recrutements
    hospital: hôpital, hôpitaux
    school: école, écoles
    agency: agence, agences
    cluster: cluster, clusters
    software: logiciel, logiciels
    qubit: qubit, qubits
    language: langue, langues
    time: fois
    cent: centime, centimes
  `),
  unitWords: lexicon(`
    t: tonne, tonnes
    kg: kilo, kilos, kilogramme, kilogrammes
    g: gramme, grammes
    km: kilomètre, kilomètres
    m: mètre, mètres
    m²: mètre carré, mètres carrés
    km²: kilomètre carré, kilomètres carrés
    m³: mètre cube, mètres cubes
    ha: hectare, hectares
    l: litre, litres
    MW: mégawatt, mégawatts
    GW: gigawatt, gigawatts
    kW: kilowatt, kilowatts
    kWh: kilowattheure, kilowattheures, kilowatt-heure, kilowatts-heure
    MWh: mégawattheure, mégawattheures
    TWh: térawattheure, térawattheures
    TB: téraoctet, téraoctets
    GB: gigaoctet, gigaoctets
    MB: mégaoctet, mégaoctets
    PFLOPS: pétaflops, petaflops
    TFLOPS: téraflops, teraflops
    nm: nanomètre, nanomètres
    °: degré, degrés
  `),
  pluralNoun: /[sx]$/u,
  preAdjectives: words(`nouveaux nouvelles nouveau nouvelle autres premiers premières derniers dernières grands grandes
    gros grosses petits petites jeunes anciens anciennes seuls seules vrais vraies principaux principales bons bonnes
    meilleurs meilleures hauts hautes simples véritables différents différentes futurs futures`),
  vendor: 'after',

  months: words(`janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
    decembre janv févr fév fevr avr juil sept oct nov déc dec`),
  weekdays: words('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  ordinalSuffixes: words('e è ème eme ième ieme er ère re nd nde es èmes ᵉ ᵉʳ ʳᵉ'),
  labels: [...words(`n° nº no numéro numero version v article art. page p. chapitre tome vol. volume épisode saison niveau
    phase étape ligne route autoroute porte salle rang classe lot catégorie années top alinéa paragraphe acte
    série modèle téléphone tél. tel.`), 'appelez le', 'appeler le'],
  timeWords: words('à vers dès'),
  hourWords: ['h'],
  stopwords: words(`le la les l un une des du de d au aux à a et ou en dans par pour sur sous avec sans chez entre vers
    contre selon depuis pendant avant après que qu qui quoi dont où ce cet cette ces c son sa ses leur leurs mon ma
    mes ton ta tes notre nos votre vos il elle ils elles on nous vous je j tu se s y ne n pas plus moins très trop
    aussi déjà encore est sont était étaient sera seront ont avait avaient aura auront été être avoir fait font
    peut peuvent doit doivent devrait devraient pourrait pourraient va vont comme ainsi mais donc or ni car si lors
    alors tous toutes tout toute chaque même mêmes seulement jusqu cela ça ceci celui celle ceux celles afin chacun
    aucun aucune plusieurs certains certaines quelques ici là hier demain puis ensuite enfin environ près
    sommes êtes avons avez étions étiez soit soient jamais toujours parfois souvent dès via parmi malgré hors
    lui leur eux mes tes ses ces vers voici voilà quand comment pourquoi également notamment désormais
    seuls seules restants restantes supplémentaires prévus prévues annoncés annoncées dont`),
};
