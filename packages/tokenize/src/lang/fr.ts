import { ALL_GROUP_SPACES, type TokenizerLanguage } from './types.ts';

/** French. */
export const fr: TokenizerLanguage = {
  code: 'fr',
  name: 'French',
  decimal: ',',
  groupPunctuation: ['.'],
  groupSpaces: ALL_GROUP_SPACES,
  elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'],
  suffixClitics: [],
  hyphenClitics: [
    'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ce',
    'le', 'la', 'les', 'lui', 'leur', 'moi', 'toi', 'y', 'en',
  ],
  euphonicT: true,
  hyphenCliticExceptions: ['rendez-vous'],
  abbreviations: {
    never: [
      'M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Mgr.', 'Me.', 'Dr.', 'Drs.', 'Pr.', 'St.', 'Ste.', 'Sts.',
      'Gal.', 'Gén.', 'Cdt.', 'Cne.', 'Lt.',
      'p.', 'pp.', 'ex.', 'cf.', 'av.', 'ap.', 'apr.', 'env.', 'chap.', 'fig.', 'réf.', 'tél.',
      'n.', 'no.', 'vs.', 'resp.', 'bd.', 'boul.', 'éd.', 'dir.', 'coll.', 'sq.', 'v.', 's.',
      'janv.', 'févr.', 'avr.', 'juil.', 'oct.', 'nov.', 'déc.',
    ],
    often: ['etc.'],
    ambiguous: [
      'Col.', 'sept.', 'vol.', 'art.', 'hab.', 'Cie.', 'Inc.', 'Corp.', 'Ltd.', 'Co.', 'min.', 'max.',
    ],
  },
  fixedTokens: {
    'J.-C.': 'ambiguous', 'c.-à-d.': 'never', 'p.-ê.': 'never', 'N.-D.': 'ambiguous',
    "c'est-à-dire": 'ambiguous', "C'est-à-dire": 'ambiguous',
  },
  ordinalSuffixes: ['er', 're', 'ère', 'e', 'ème', 'eme', 'è', 'nd', 'nde', 'ers', 'res', 'ères', 'es', 'èmes', 'emes', 'nds', 'ndes'],
  dotOrdinals: false,
  sentenceStarters: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'De', 'Ce', 'Cet', 'Cette', 'Ces', 'Il', 'Ils', 'Elle', 'Elles',
    'On', 'Nous', 'Vous', 'Je', 'Tu', 'Mais', 'Et', 'Ou', 'Donc', 'Or', 'Car', 'Puis', 'Ensuite', 'Enfin', 'Alors',
    'Après', 'Avant', 'Depuis', 'Pendant', 'Selon', 'Pour', 'Par', 'Dans', 'En', 'Sur', 'Sous', 'Avec', 'Sans',
    'Chez', 'Entre', 'Lors', 'Lorsque', 'Quand', 'Si', 'Comme', 'Cependant', 'Pourtant', 'Toutefois', 'Néanmoins',
    'Ainsi', 'Aussi', 'Hier', 'Demain', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Notre', 'Nos', 'Votre', 'Vos', 'Mon',
    'Ma', 'Mes', 'Cela', 'Ceci', 'Ça', 'Celui', 'Celle', 'Ceux', 'Qui', 'Que', 'Quoi', 'Où', 'Pourquoi', 'Comment',
    'Tout', 'Tous', 'Toute', 'Toutes', 'Chaque', 'Plusieurs', 'Certains', 'Certaines', 'Aucun', 'Aucune', 'Parmi',
    'Voici', 'Voilà', 'Au', 'Aux', 'À', 'Déjà', 'Encore', 'Même', 'Non', 'Oui', 'Rien', 'Personne', 'Aujourd’hui',
  ],
  closingQuotes: ['»', '”'],
};
