import { NARROW_GROUP_SPACES, type TokenizerLanguage } from './types.ts';

/** Italian. */
export const it: TokenizerLanguage = {
  code: 'it',
  name: 'Italian',
  decimal: ',',
  groupPunctuation: ['.'],
  groupSpaces: NARROW_GROUP_SPACES,
  elisions: [
    'l', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'quell', 'quest', 'bell', 'sant', 'c', 'd', 's',
    'm', 't', 'v', 'n', 'anch', 'com', 'dov', 'cos', 'quand', 'tutt', 'senz', 'nessun', 'qualcun', 'ciascun', 'gl',
  ],
  suffixClitics: [],
  hyphenClitics: [],
  euphonicT: false,
  hyphenCliticExceptions: [],
  abbreviations: {
    never: [
      'Sig.', 'Sigg.', 'Dott.', 'Prof.', 'Ing.', 'Avv.', 'Arch.', 'Geom.', 'Rag.', 'On.', 'Egr.', 'Gent.',
      'Spett.', 'S.', 'Ss.', 'p.', 'pag.', 'es.', 'cfr.', 'vs.', 'tel.', 'ca.', 'n.', 'nn.', 'art.', 'vol.', 'cap.',
      'fig.',
    ],
    often: ['ecc.', 'etc.'],
    ambiguous: ['S.p.A.', 'S.r.l.', 'Inc.', 'Corp.', 'Ltd.', 'Co.'],
  },
  fixedTokens: {
    'Sig.ra': 'never', 'Sig.na': 'never', 'Dott.ssa': 'never', 'Prof.ssa': 'never', 'Avv.ta': 'never',
  },
  ordinalSuffixes: ['º', 'ª'],
  dotOrdinals: false,
  sentenceStarters: [
    'Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Uno', 'Una', 'Lui', 'Lei', 'Loro', 'Noi', 'Voi', 'Io', 'Tu', 'Ma',
    'E', 'O', 'Però', 'Quindi', 'Poi', 'Dopo', 'Prima', 'Secondo', 'Per', 'Con', 'In', 'Nel', 'Nella', 'Nei',
    'Nelle', 'Da', 'Dal', 'Dalla', 'Di', 'Del', 'Della', 'Su', 'Sul', 'Questo', 'Questa', 'Quello', 'Quella', 'Se',
    'Quando', 'Come', 'Anche', 'Non', 'Oggi', 'Ieri', 'Domani', 'Inoltre', 'Infatti', 'Tuttavia', 'Mentre', 'Ci',
    'Si', 'Che', 'Chi', 'Cosa', 'Dove', 'Perché', 'Ecco', 'Già', 'Tutti', 'Ogni',
  ],
  closingQuotes: ['»', '”'],
};
