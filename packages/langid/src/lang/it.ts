import type { LanguageData } from './types.ts';

/** The month names, lowercased (`months` below). */
const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'] as const;

export const it: LanguageData = {
  code: 'it',
  iso639_3: 'ita',
  names: ['italian', 'italiano', 'italien', 'italienisch', 'italiaans'],
  capitalized: [
    // countries, regions and cities under the language's own name (exonyms), capitalized everywhere
    'spagna', 'germania', 'francia', 'italia', 'russia', 'svezia', 'ungheria', 'polonia', 'lituania', 'belgio',
    'paesi', 'bassi', 'grecia', 'turchia', 'brasile', 'messico', 'egitto', 'norvegia', 'danimarca', 'finlandia',
    'romania', 'croazia', 'irlanda', 'scozia', 'inghilterra', 'svizzera', 'regno', 'unito', 'stati', 'uniti',
    'giappone', 'cina', 'mosca', 'milano', 'venezia', 'napoli', 'firenze', 'torino', 'varsavia', 'ginevra',
    'pechino', 'londra', 'parigi', 'berlino'
  ],
  forbidden: ['[ñçãõáíóúâêôûüöäëïß]', '^(?!nord$|sud$)[^\\s\']{2,}[bcdfghjkmpqsvwxz]$',
    '^(?!(?:maggior|miglior|peggior|minor|poter|voler|aver|esser|signor|dottor|professor|ingegner|nessun|alcun|ciascun|qualcun|seppur|neppur|ancor|allor|particolar|buon)$)[^\\s\']{4,}[lrn]$', 'y', 'w', 'j',
    '(?<![cg])h(?!(?:o|ai|a|anno)$)', '^(?!(?:mal)?grado$).*ado$', '^(?:el|los|las|y|und|the|of|des|les|du|um|uma|em|não)$',
    // a clitic after a hyphen (Portuguese `tornou-se`; Italian `diventarsi`)
    '^\\p{L}+-(?:se|lhes?|l?[oa]s?|me|te|nos)$'],
  letters: 'àèéìòù',
  months: MONTHS,
  words: [
    // months and days
    ...MONTHS, 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
    // articles and articulated prepositions
    'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'", 'del', 'dello', 'della', 'dei', 'degli',
    'delle', "dell'", 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'", 'dal', 'dallo', 'dalla', 'dai', 'dagli',
    'dalle', "dall'", 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', "nell'", 'sul', 'sullo', 'sulla', 'sui',
    'sugli', 'sulle', "sull'", 'col', 'coi',
    // pronouns
    'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'loro', 'mi', 'ti', 'si', 'ci', 'vi', 'ne', 'gli', "c'", 'suo', 'sua',
    'suoi', 'sue', 'mio', 'mia', 'tuo', 'nostro', 'nostra', 'questo', 'questa', 'questi', 'queste', 'quello',
    'quella', 'quelli', 'quelle', "quell'", 'quel', 'che', 'chi', 'cui', 'quale', 'quali', 'cosa', 'dove',
    'quando', 'come', 'perché', 'stesso', 'stessa', 'egli', 'essa', 'esso',
    // conjunctions
    'e', 'ed', 'o', 'oppure', 'ma', 'però', 'anche', 'pure', 'né', 'se', 'mentre', 'poiché', 'quindi', 'dunque',
    'inoltre', 'infatti', 'tuttavia', 'invece', 'cioè', 'non', 'più', 'meno', 'molto', 'poco', 'già', 'ancora',
    // prepositions
    'di', "d'", 'a', 'ad', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'verso', 'senza', 'sotto', 'sopra',
    'dopo', 'prima', 'durante', 'contro', 'presso', 'secondo', 'attraverso', 'fino', 'oltre', 'dentro', 'fuori',
    // adverbs and determiners
    'tutto', 'tutta', 'tutti', 'tutte', 'altro', 'altra', 'altri', 'altre', 'molti', 'molte', 'molta', 'alcuni',
    'alcune', 'ogni', 'qualche', 'nessuno', 'nessuna', 'tanto', 'tanti', 'sempre', 'mai', 'spesso', 'oggi', 'ieri',
    'domani', 'ora', 'adesso', 'qui', 'qua', 'lì', 'là', 'così', 'bene', 'male', 'circa', 'quasi', 'solo',
    'soltanto', 'successivamente', 'attualmente', 'insieme', 'poi', 'sì', "po'",
    // frequent verbs
    'è', 'sono', 'era', 'erano', 'fu', 'furono', 'essere', 'stato', 'stata', 'stati', 'state', 'sarà', 'sarebbe',
    'sia', 'siano', 'ha', 'hanno', 'aveva', 'avevano', 'ebbe', 'avere', 'avuto', 'ho', 'abbiamo', 'fa', 'fanno',
    'fatto', 'fare', 'fece', 'può', 'possono', 'potrebbe', 'deve', 'devono', 'dovrebbe', 'viene', 'vengono',
    'venne', 'disse', 'detto', 'nato', 'nata', 'morto', 'morta', 'chiamato', 'chiamata', 'conosciuto',
    'conosciuta', 'fondato', 'fondata', 'situato', 'situata', 'pubblicato', 'vinse', 'giocato', 'divenne',
    'diventato', 'trova', 'trovano', 'inizio', 'iniziò', 'ottenne', 'partecipato', 'entrò', 'tornò',
    // frequent nouns and adjectives
    'anno', 'anni', 'volta', 'volte', 'città', 'paese', 'mondo', 'governo', 'presidente', 'primo', 'prima',
    'secondo', 'ultimo', 'ultima', 'nuovo', 'nuova', 'grande', 'grandi', 'piccolo', 'piccola', 'due', 'tre',
    'quattro', 'cinque', 'dieci', 'cento', 'mille', 'milioni', 'miliardi', 'squadra', 'stagione', 'guerra', 're',
    'regione', 'provincia', 'comune', 'chiesa', 'secolo', 'nord', 'sud', 'est', 'ovest', 'stato', 'nazionale',
    'italiano', 'italiana', 'nome', 'famiglia', 'figlio', 'figlia', 'padre', 'madre', 'fratello', 'moglie',
    'donna', 'uomo', 'canzone', 'libro', 'storia', 'fine', 'giorno', 'giorni', 'mese', 'mesi', 'settimana',
    'gioco', 'giocatore', 'campionato', 'coppa', 'elezioni', 'lavoro', 'società', 'azienda', 'sviluppo',
    'mercato', 'prezzo', 'accordo', 'dollari', 'euro', 'parte', 'gruppo',
    // frequent words that the neighbouring languages spell otherwise (es/pt/it)
    'serie', 'specie', 'medaglia', 'medaglie', 'città', 'popolo', 'tempo', 'nuovi', 'nuove', 'conto', 'corpo',
    'forza', 'forze', 'porto', 'porta', 'scuola', 'terra', 'sette', 'otto', 'nove', 'undici', 'dodici', 'venti',
    'maggiore', 'migliore', 'minore', 'peggiore', 'fino', 'esempio', 'giochi', 'giocatori', 'squadra', 'squadre',
    'allenatore', 'calcio', 'carriera', 'antico', 'antica', 'primi', 'prime',
    // the vocabulary of tech and business news, the same concepts in every language
    'chip', 'semiconduttori', 'processore', 'processori', 'server', 'dati', 'centro', 'centri', 'supercomputer',
    'computer', 'calcolatore', 'software', 'intelligenza', 'artificiale', 'modello', 'modelli', 'stabilimento',
    'fabbrica', 'fabbriche', 'dipendenti', 'lavoratori', 'clienti', 'azionisti', 'investitori', 'fatturato',
    'ricavi', 'utile', 'utili', 'crescita', 'aumento', 'calo', 'acquisizione', 'fusione', 'causa', 'processo',
    'concorrenti', 'lancio', 'lancia', 'lanciato', 'prevede', 'annuncia', 'annunciato', 'miliardario', 'fondatore',
    'amministratore', 'delegato', 'direttore', 'finanziamento', 'capitale', 'valutazione', 'borsa', 'azione',
    'azioni',
  ],
};
