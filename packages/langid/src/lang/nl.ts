import type { LanguageData } from './types.ts';

/** The month names, lowercased (`months` below). */
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

export const nl: LanguageData = {
  code: 'nl',
  iso639_3: 'nld',
  iso639_2b: 'dut',
  names: ['dutch', 'flemish', 'nederlands', 'vlaams', 'néerlandais', 'neerlandais', 'niederländisch',
    'neerlandés', 'holandés', 'olandese', 'neerlandês', 'holandês'],
  capitalized: [
    // countries, regions and cities under the language's own name (exonyms), capitalized everywhere
    'frankrijk', 'spanje', 'italië', 'rusland', 'zweden', 'californië', 'hongarije', 'polen', 'litouwen', 'letland',
    'estland', 'belgië', 'nederland', 'griekenland', 'turkije', 'brazilië', 'egypte', 'australië', 'noorwegen',
    'denemarken', 'finland', 'tsjechië', 'roemenië', 'bulgarije', 'kroatië', 'servië', 'ierland', 'schotland',
    'engeland', 'duitsland', 'oostenrijk', 'zwitserland', 'groot-brittannië', 'verenigde', 'staten', 'azië',
    'afrika', 'amerika', 'noord-amerika', 'zuid-amerika', 'zuid-afrika', 'argentinië', 'moskou', 'wenen', 'keulen',
    'milaan', 'venetië', 'napels', 'warschau', 'praag', 'brussel', 'genève', 'londen', 'parijs', 'berlijn',
    'vlaanderen', 'antwerpen'
  ],
  forbidden: ['[ñçãõßàìòùâôûáíóú]'],
  letters: 'ëïéèöüĳ',
  months: MONTHS,
  words: [
    // months and days
    ...MONTHS, 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
    // articles
    'de', 'het', 'een', "'t", "'s",
    // pronouns
    'ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'u', 'mij', 'me', 'jou', 'hem', 'haar', 'ons',
    'hen', 'hun', 'zich', 'mijn', 'jouw', 'zijn', 'onze', 'uw', 'dit', 'dat', 'deze', 'die', 'wie', 'wat', 'welke',
    'waar', 'wanneer', 'hoe', 'waarom', 'waarin', 'waarbij', 'waarvan', 'waardoor', 'waarna', 'zelf', 'elkaar', 'er',
    'daar', 'hier', 'men',
    // conjunctions
    'en', 'of', 'maar', 'want', 'dus', 'omdat', 'als', 'toen', 'terwijl', 'hoewel', 'nadat', 'voordat', 'zodat',
    'totdat', 'dan', 'ook', 'nog', 'niet', 'geen', 'wel', 'al', 'zo', 'echter', 'bovendien', 'daarom', 'daarna',
    'daarbij', 'daarin', 'daarvan', 'daardoor', 'hierbij', 'hiervan', 'ofwel', 'noch',
    // prepositions
    'in', 'op', 'aan', 'van', 'voor', 'met', 'bij', 'naar', 'uit', 'over', 'onder', 'tussen', 'door', 'tegen',
    'zonder', 'om', 'tot', 'na', 'sinds', 'tijdens', 'binnen', 'buiten', 'achter', 'naast', 'langs', 'rond',
    'volgens', 'vanaf', 'vanuit', 'tegenover', 'per', 'via',
    // adverbs and determiners
    'alle', 'allen', 'alles', 'elk', 'elke', 'ieder', 'iedere', 'veel', 'vele', 'weinig', 'meer', 'meest',
    'meeste', 'minder', 'enkele', 'enige', 'sommige', 'verschillende', 'andere', 'ander', 'zeer', 'heel', 'erg',
    'nu', 'toen', 'vandaag', 'gisteren', 'morgen', 'altijd', 'nooit', 'vaak', 'weer', 'opnieuw', 'reeds', 'al',
    'bijna', 'ongeveer', 'alleen', 'slechts', 'samen', 'later', 'eerst', 'laatst', 'inmiddels', 'momenteel',
    'ja', 'nee',
    // frequent verbs
    'is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest', 'wordt', 'worden', 'werd', 'werden', 'wordt', 'zal',
    'zullen', 'zou', 'zouden', 'heeft', 'hebben', 'had', 'hadden', 'heb', 'hebt', 'kan', 'kunnen', 'kon', 'konden',
    'moet', 'moeten', 'moest', 'mag', 'mogen', 'wil', 'willen', 'wilde', 'gaat', 'gaan', 'ging', 'gingen', 'komt',
    'komen', 'kwam', 'kwamen', 'maakt', 'maken', 'maakte', 'gemaakt', 'zegt', 'zei', 'gezegd', 'staat', 'stond',
    'ligt', 'lag', 'krijgt', 'kreeg', 'geboren', 'overleden', 'opgericht', 'gelegen', 'genoemd', 'bekend',
    'uitgebracht', 'gespeeld', 'speelde', 'won', 'gewonnen', 'begon', 'begonnen', 'behoort', 'vormt', 'bestaat',
    // frequent nouns and adjectives
    'jaar', 'jaren', 'keer', 'stad', 'land', 'wereld', 'regering', 'president', 'eerste', 'tweede', 'laatste',
    'nieuwe', 'nieuw', 'grote', 'groot', 'kleine', 'klein', 'twee', 'drie', 'vier', 'vijf', 'tien', 'honderd',
    'duizend', 'miljoen', 'miljard', 'ploeg', 'seizoen', 'oorlog', 'koning', 'gemeente', 'provincie', 'kerk',
    'eeuw', 'noorden', 'zuiden', 'oosten', 'westen', 'staat', 'nationale', 'nederlandse', 'nederland', 'naam',
    'familie', 'zoon', 'dochter', 'vader', 'moeder', 'broer', 'vrouw', 'man', 'mannen', 'lied', 'boek',
    'geschiedenis', 'einde', 'dag', 'dagen', 'maand', 'maanden', 'week', 'spel', 'speler', 'wedstrijd',
    'kampioenschap', 'beker', 'competitie', 'verkiezingen', 'werk', 'bedrijf', 'onderzoek', 'ontwikkeling',
    'markt', 'prijs', 'akkoord', 'euro', 'dollar', 'deel', 'groep',
    // the vocabulary of tech and business news, the same concepts in every language
    'chip', 'chips', 'halfgeleiders', 'processor', 'processors', 'server', 'servers', 'datacenter', 'datacentrum',
    'gegevens', 'data', 'supercomputer', 'computer', 'software', 'kunstmatige', 'intelligentie', 'model',
    'modellen', 'fabriek', 'fabrieken', 'werknemers', 'medewerkers', 'klanten', 'aandeelhouders', 'investeerders',
    'beleggers', 'omzet', 'winst', 'groei', 'stijging', 'daling', 'overname', 'fusie', 'rechtszaak', 'concurrenten',
    'lancering', 'lanceert', 'gelanceerd', 'verwacht', 'kondigt', 'aangekondigd', 'miljardair', 'oprichter',
    'topman', 'directeur', 'financiering', 'kapitaal', 'waardering', 'beurs', 'aandeel', 'aandelen',
  ],
};
