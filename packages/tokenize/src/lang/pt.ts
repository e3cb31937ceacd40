import { ALL_GROUP_SPACES, type TokenizerLanguage } from './types.ts';

/** Portuguese. */
export const pt: TokenizerLanguage = {
  code: 'pt',
  name: 'Portuguese',
  decimal: ',',
  groupPunctuation: ['.'],
  groupSpaces: ALL_GROUP_SPACES,
  elisions: [],
  suffixClitics: [],
  hyphenClitics: [
    'me', 'te', 'se', 'lhe', 'lhes', 'nos', 'vos', 'lo', 'la', 'los', 'las', 'no', 'na', 'nas', 'o', 'a', 'os', 'as',
  ],
  euphonicT: false,
  hyphenCliticExceptions: [],
  abbreviations: {
    never: [
      'Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Prof.', 'Profa.', 'Exmo.', 'Exma.', 'Exa.', 'V.', 'Av.', 'av.',
      'pág.', 'p.', 'ex.', 'aprox.', 'tel.', 'vs.', 'cf.', 'séc.', 'art.', 'vol.', 'cap.', 'fig.', 'Sto.', 'Sta.',
      'Eng.', 'Arq.', 'n.',
      'jan.', 'fev.', 'abr.', 'jun.', 'jul.', 'ago.', 'out.', 'nov.', 'dez.',
    ],
    often: ['etc.'],
    ambiguous: [
      'set.', 'Lda.', 'Ltda.', 'Cia.', 'Inc.', 'Corp.', 'Ltd.', 'Co.',
    ],
  },
  fixedTokens: { 'n.º': 'never', 'N.º': 'never' },
  ordinalSuffixes: ['º', 'ª'],
  dotOrdinals: false,
  sentenceStarters: [
    'O', 'A', 'Os', 'As', 'Um', 'Uma', 'Uns', 'Umas', 'Ele', 'Ela', 'Eles', 'Elas', 'Eu', 'Nós', 'Você', 'Vocês',
    'Mas', 'E', 'Ou', 'Porém', 'Então', 'Depois', 'Antes', 'Segundo', 'Para', 'Por', 'Com', 'Em', 'No', 'Na',
    'Nos', 'Nas', 'De', 'Do', 'Da', 'Dos', 'Das', 'Este', 'Esta', 'Isto', 'Esse', 'Essa', 'Isso', 'Aquele',
    'Aquela', 'Se', 'Quando', 'Como', 'Também', 'Não', 'Hoje', 'Ontem', 'Amanhã', 'Além', 'Já', 'Ainda', 'Assim',
    'Todos', 'Cada', 'Muitos', 'Há',
  ],
  closingQuotes: ['»', '”'],
};
