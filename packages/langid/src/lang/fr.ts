import type { LanguageData } from './types.ts';

/** The month names, lowercased (`months` below). */
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;

export const fr: LanguageData = {
  code: 'fr',
  iso639_3: 'fra',
  iso639_2b: 'fre',
  names: ['french', 'français', 'francais', 'französisch', 'francés', 'francese', 'francês', 'frans'],
  capitalized: [
    // countries, regions and cities under the language's own name (exonyms), capitalized everywhere
    'espagne', 'allemagne', 'italie', 'russie', 'suède', 'hongrie', 'pologne', 'lituanie', 'belgique', 'pays-bas',
    'grèce', 'turquie', 'brésil', 'mexique', 'égypte', 'australie', 'norvège', 'danemark', 'finlande', 'tchéquie',
    'roumanie', 'bulgarie', 'croatie', 'serbie', 'irlande', 'écosse', 'angleterre', 'autriche', 'suisse',
    'royaume-uni', 'états-unis', 'europe', 'asie', 'afrique', 'amérique', 'californie', 'japon', 'chine', 'inde',
    'moscou', 'vienne', 'venise', 'varsovie', 'bruxelles', 'genève', 'pékin', 'londres'
  ],
  forbidden: ['ñ', '[ãõáíóúìòäöß]', 'ção', 'ões'],
  letters: 'àâæçéèêëîïôœùûüÿ',
  months: MONTHS,
  words: [
    // months and days
    ...MONTHS, 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    // articles, contractions, elided forms
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux',
    // pronouns
    'je', "j'", 'tu', 'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'me', "m'", 'te', "t'", 'se', "s'", 'lui',
    'leur', 'leurs', 'eux', 'y', 'en', 'ce', "c'", 'cet', 'cette', 'ces', 'ça', 'cela', 'ceci', 'celui', 'celle',
    'ceux', 'celles', 'qui', 'que', "qu'", 'quoi', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles',
    'auquel', 'duquel', 'auxquels', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos',
    'votre', 'vos', 'quelqu\'un', 'chacun', 'personne', 'soi',
    // conjunctions, negation
    'et', 'ou', 'mais', 'donc', 'ni', 'car', 'ne', "n'", 'pas', 'plus', 'moins', 'jamais', 'rien', 'aucun', 'aucune',
    'si', 'lorsque', "lorsqu'", 'puisque', "puisqu'", 'quand', 'comme', 'alors', 'ainsi', 'puis', 'parce', 'tandis',
    'cependant', 'toutefois', 'pourtant', 'néanmoins', 'sinon', 'afin', 'bien', 'quoique',
    // prepositions
    'à', 'dans', 'sur', 'sous', 'avec', 'sans', 'pour', 'par', 'entre', 'vers', 'chez', 'contre', 'depuis',
    'pendant', 'avant', 'après', 'lors', 'dès', 'selon', 'malgré', 'parmi', 'jusqu\'', 'jusque', 'auprès',
    'envers', 'hors', 'outre', 'durant', 'près', 'face', 'sein', 'travers', 'grâce', 'concernant',
    // adverbs and determiners
    'très', 'aussi', 'encore', 'déjà', 'toujours', 'souvent', 'tout', 'tous', 'toute', 'toutes', 'autre', 'autres',
    'même', 'mêmes', 'plusieurs', 'chaque', 'quelques', 'quelque', 'certains', 'certaines', 'tel', 'telle',
    'tels', 'telles', 'beaucoup', 'peu', 'trop', 'assez', 'ici', 'là', 'ensuite', 'enfin', 'surtout', 'seulement',
    'également', 'notamment', 'environ', 'aujourd\'hui', 'hier', 'demain', 'désormais', 'actuellement', 'récemment',
    'non', 'oui', 'puis', 'longtemps', 'presque', 'vraiment', 'peut-être', 'ailleurs', 'dessus', 'dessous',
    // être, avoir, faire and other frequent verbs
    'est', 'sont', 'était', 'étaient', 'été', 'être', 'suis', 'es', 'sommes', 'êtes', 'sera', 'seront', 'serait',
    'seraient', 'fut', 'furent', 'soit', 'soient', 'a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient',
    'avoir', 'aura', 'auront', 'aurait', 'eu', 'eut', 'ait', 'fait', 'faire', 'font', 'faisait', 'fera', 'dit',
    'dire',
    'peut', 'peuvent', 'pouvait', 'pourrait', 'pourraient', 'doit', 'doivent', 'devait', 'devrait', 'devraient',
    'veut', 'voulait', 'va', 'vont', 'allait', 'aller', 'vient', 'venir', 'prend', 'prendre', 'met', 'mettre',
    'permet', 'devient', 'devenu', 'devenue', 'reste', 'compte', 'annoncé', 'affirme', 'déclaré', 'situé', 'située',
    'appelé', 'appelée', 'nommé', 'nommée', 'né', 'née', 'mort', 'morte', 'publié', 'créé', 'créée', 'fondé',
    'fondée', 'devenir', 'rejoint', 'trouve', 'nombreux', 'nombreuses',
    // frequent nouns and adjectives of news and encyclopedic text
    'année', 'années', 'ans', 'an', 'fois', 'ville', 'pays', 'monde', 'gouvernement', 'président', 'premier',
    'première', 'dernier', 'dernière', 'nouveau', 'nouvelle', 'nouvelles', 'grand', 'grande', 'grands', 'grandes',
    'petit', 'petite', 'deux', 'trois', 'quatre', 'cinq', 'dix', 'cent', 'mille', 'milliards', 'milliard', 'millions',
    'million', 'euros', 'dollars', 'partie', 'groupe', 'entreprise', 'société', 'équipe', 'saison', 'guerre',
    'roi', 'région', 'commune', 'département', 'église', 'siècle', 'nord', 'sud', 'est', 'ouest', 'état', 'loi',
    'national', 'nationale', 'français', 'française', 'jeune', 'seul', 'seule', 'long', 'haut', 'fin', 'début',
    'mois', 'jour', 'jours', 'semaine', 'chez', 'village', 'rue', 'lieu', 'nom', 'famille', 'fils', 'fille',
    'père', 'mère', 'frère', 'femme', 'homme', 'hommes', 'ainsi', 'cours', 'titre', 'chanson',
    'série', 'livre', 'histoire', 'fin', 'mondiale', 'championnat', 'coupe', 'joueur', 'élu', 'élection',
    'projet', 'travail', 'recherche', 'technologie', 'développement', 'marché', 'prix', 'accord', 'selon',
    // the vocabulary of tech and business news, the same concepts in every language
    'puce', 'puces', 'semi-conducteurs', 'processeur', 'processeurs', 'serveur', 'serveurs', 'données', 'centre',
    'centres', 'calcul', 'supercalculateur', 'superordinateur', 'ordinateur', 'logiciel', 'logiciels',
    'intelligence', 'artificielle', 'modèle', 'modèles', 'usine', 'usines', 'salariés', 'employés', 'clients',
    'actionnaires', 'investisseurs', 'chiffre', 'affaires', 'bénéfice', 'bénéfices', 'croissance', 'hausse',
    'baisse', 'rachat', 'acquisition', 'fusion', 'plainte', 'procès', 'concurrents', 'lancement', 'lance', 'lancé',
    'prévoit', 'annonce', 'annoncé', 'selon', 'milliardaire', 'fondateur', 'directeur', 'général', 'dirigeant',
    'patron', 'startup', 'levée', 'fonds', 'capital', 'valorisation', 'bourse', 'action', 'actions', 'marché',
  ],
};
