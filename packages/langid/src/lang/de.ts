import type { LanguageData } from './types.ts';

/** The month names, lowercased (`months` below). */
const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'] as const;

export const de: LanguageData = {
  code: 'de',
  iso639_3: 'deu',
  iso639_2b: 'ger',
  names: ['german', 'deutsch', 'allemand', 'alemán', 'aleman', 'tedesco', 'alemão', 'alemao', 'duits'],
  capitalized: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'jahr',
    'jahre', 'jahren', 'jahrhundert', 'stadt', 'land', 'welt', 'regierung', 'gemeinde', 'kirche', 'krieg', 'könig',
    'teil', 'zeit', 'ende', 'anfang', 'name', 'namen', 'familie', 'sohn', 'tochter', 'vater', 'mutter', 'bruder',
    'frau', 'mann', 'leben', 'geschichte', 'mannschaft', 'saison', 'spiel', 'spieler', 'verein', 'wahl',
    'präsident', 'unternehmen', 'firma', 'entwicklung', 'forschung', 'markt', 'preis', 'millionen', 'milliarden',
    'dorf', 'schule', 'universität', 'straße', 'fluss', 'ort', 'einwohner', 'bundesland', 'landkreis', 'bezirk',
    'lied', 'titel', 'musik', 'sänger', 'rolle', 'staat', 'deutschland', 'österreich', 'schweiz',
    // countries, regions and cities under the language's own name (exonyms), capitalized everywhere
    'frankreich', 'spanien', 'italien', 'russland', 'schweden', 'kanada', 'kalifornien', 'ungarn', 'polen',
    'litauen', 'lettland', 'estland', 'belgien', 'niederlande', 'griechenland', 'türkei', 'indien', 'brasilien',
    'mexiko', 'ägypten', 'australien', 'norwegen', 'dänemark', 'finnland', 'tschechien', 'rumänien', 'bulgarien',
    'kroatien', 'serbien', 'irland', 'schottland', 'großbritannien', 'vereinigte', 'staaten', 'asien', 'afrika',
    'amerika', 'nordamerika', 'südamerika', 'südafrika', 'argentinien', 'kolumbien', 'moskau', 'münchen', 'wien',
    'köln', 'rom', 'mailand', 'venedig', 'neapel', 'florenz', 'warschau', 'prag', 'brüssel', 'genf', 'peking',
    'bayern', 'england'
  ],
  forbidden: ['[ñçãõàèéáíóúìòùâêîôûëï]'],
  letters: 'äöüßÄÖÜ',
  months: MONTHS,
  words: [
    // months and days
    ...MONTHS, 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
    // articles and contractions
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine',
    'keinen', 'keiner', 'im', 'ins', 'am', 'ans', 'zum', 'zur', 'vom', 'beim',
    // pronouns
    'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'mich', 'dich', 'sich', 'uns', 'euch', 'ihm', 'ihn', 'ihnen',
    'mein', 'meine', 'dein', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihre', 'ihren', 'ihrem',
    'ihrer', 'ihres', 'unser', 'unsere', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jener', 'welche',
    'welcher', 'welches', 'man', 'wer', 'was', 'wo', 'wann', 'wie', 'warum', 'dessen', 'deren', 'selbst',
    // conjunctions
    'und', 'oder', 'aber', 'denn', 'sondern', 'dass', 'daß', 'ob', 'wenn', 'weil', 'als', 'obwohl', 'während',
    'nachdem', 'bevor', 'damit', 'sowie', 'sowohl', 'auch', 'noch', 'nicht', 'nur', 'schon', 'doch', 'jedoch',
    'zudem', 'außerdem', 'deshalb', 'daher', 'somit', 'sodass', 'bis', 'seit', 'seitdem',
    // prepositions
    'in', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'von', 'zu', 'für', 'über', 'unter', 'vor', 'hinter', 'neben',
    'zwischen', 'durch', 'gegen', 'ohne', 'um', 'wegen', 'trotz', 'innerhalb', 'außerhalb', 'gegenüber', 'laut',
    'ab', 'entlang', 'statt',
    // adverbs
    'sehr', 'hier', 'dort', 'da', 'dann', 'jetzt', 'heute', 'gestern', 'morgen', 'immer', 'nie', 'oft', 'wieder',
    'bereits', 'etwa', 'rund', 'fast', 'ganz', 'mehr', 'viel', 'viele', 'vielen', 'wenig', 'wenige', 'alle',
    'allen', 'aller', 'alles', 'jeder', 'jede', 'jedes', 'jeden', 'einige', 'mehrere', 'andere', 'anderen',
    'anderer', 'später', 'zunächst', 'danach', 'dabei', 'dazu', 'darauf', 'davon', 'dafür', 'dagegen', 'darin',
    'hierzu', 'ebenfalls', 'gleichzeitig', 'insgesamt', 'nämlich', 'zusammen', 'zurück', 'heraus', 'so', 'gut',
    // frequent verbs
    'ist', 'sind', 'war', 'waren', 'sein', 'bin', 'bist', 'seid', 'gewesen', 'wird', 'werden', 'wurde', 'wurden',
    'worden', 'würde', 'würden', 'hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'kann', 'können', 'konnte',
    'konnten', 'muss', 'müssen', 'musste', 'soll', 'sollen', 'sollte', 'will', 'wollen', 'wollte', 'darf', 'gibt',
    'gab', 'geht', 'ging', 'kam', 'kommt', 'macht', 'machte', 'sagte', 'sagt', 'steht', 'stand', 'liegt', 'lag',
    'gilt', 'heißt', 'hieß', 'erhielt', 'gehört', 'gehörte', 'befindet', 'bekannt', 'geboren', 'gestorben',
    'gegründet', 'veröffentlicht', 'gewann', 'spielte', 'wurde', 'zwei', 'drei', 'vier', 'fünf', 'zehn',
    'hundert', 'tausend', 'millionen', 'milliarden', 'erste', 'ersten', 'erster', 'zweite', 'zweiten', 'letzten',
    'neue', 'neuen', 'neuer', 'großen', 'große', 'groß', 'kleine', 'kleinen', 'deutschen', 'deutsche', 'später',
    'jahr', 'jahre', 'jahren', 'jahrhundert', 'stadt', 'land', 'welt', 'regierung', 'gemeinde', 'kirche', 'krieg',
    'könig', 'teil', 'zeit', 'ende', 'anfang', 'name', 'familie', 'sohn', 'tochter', 'vater', 'mutter', 'bruder',
    'frau', 'mann', 'leben', 'geschichte', 'mannschaft', 'saison', 'spiel', 'spieler', 'verein', 'wahl',
    'präsident', 'unternehmen', 'firma', 'entwicklung', 'forschung', 'markt', 'preis', 'euro', 'dollar',
    // the vocabulary of tech and business news, the same concepts in every language
    'chip', 'chips', 'halbleiter', 'prozessor', 'prozessoren', 'server', 'rechenzentrum', 'rechenzentren', 'daten',
    'supercomputer', 'rechner', 'computer', 'software', 'künstliche', 'intelligenz', 'modell', 'modelle', 'werk',
    'fabrik', 'fabriken', 'mitarbeiter', 'beschäftigte', 'kunden', 'aktionäre', 'investoren', 'anleger', 'umsatz',
    'gewinn', 'gewinne', 'wachstum', 'anstieg', 'rückgang', 'übernahme', 'fusion', 'klage', 'prozess',
    'konkurrenten', 'wettbewerber', 'start', 'startet', 'gestartet', 'erwartet', 'kündigt', 'angekündigt',
    'milliardär', 'gründer', 'chef', 'vorstandschef', 'geschäftsführer', 'finanzierung', 'kapital', 'bewertung',
    'börse', 'aktie', 'aktien',
  ],
};
