import { ALL_GROUP_SPACES, NO_CLITICS, type TokenizerLanguage } from './types.ts';

/** Spanish. */
export const es: TokenizerLanguage = {
  code: 'es',
  name: 'Spanish',
  decimal: ',',
  groupPunctuation: ['.'],
  groupSpaces: ALL_GROUP_SPACES,
  ...NO_CLITICS,
  abbreviations: {
    never: [
      'Sr.', 'Sra.', 'Srta.', 'Sres.', 'Sras.', 'Dr.', 'Dra.', 'Dres.', 'D.', 'Dña.', 'Ud.', 'Uds.', 'Vd.', 'Vds.',
      'Lic.', 'Ing.', 'Prof.', 'Arq.', 'Mons.', 'Excmo.', 'Excma.', 'Ilmo.', 'Ilma.', 'Sto.', 'Sta.',
      'EE.', 'FF.', 'CC.', 'RR.', 'SS.',
      'p.', 'ej.', 'pág.', 'págs.', 'núm.', 'aprox.', 'av.', 'avda.', 'Avda.', 'tel.', 'dpto.', 'depto.', 'vs.',
      'cf.', 'cap.', 'fig.', 'vol.', 'art.', 'a.', 'd.', 's.', 'n.',
      'ene.', 'feb.', 'abr.', 'sept.', 'oct.', 'nov.', 'dic.',
    ],
    often: ['etc.'],
    ambiguous: [
      'ago.', 'UU.', 'AA.', 'OO.', 'HH.', 'MM.', 'Cía.', 'Inc.', 'Corp.', 'Ltd.', 'Co.',
    ],
  },
  fixedTokens: { 'n.º': 'never', 'N.º': 'never', 'n.os': 'never' },
  ordinalSuffixes: ['º', 'ª', 'er', 'o', 'a'],
  dotOrdinals: false,
  sentenceStarters: [
    'El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Unos', 'Unas', 'Él', 'Ella', 'Ellos', 'Ellas', 'Yo', 'Nosotros',
    'Se', 'Su', 'Sus', 'Este', 'Esta', 'Estos', 'Estas', 'Ese', 'Esa', 'Eso', 'Esto', 'Pero', 'Y', 'O', 'Sin',
    'Con', 'En', 'De', 'Del', 'Desde', 'Durante', 'Para', 'Por', 'Según', 'Tras', 'Ante', 'Sobre', 'Entre',
    'Hasta', 'Cuando', 'Como', 'Si', 'Aunque', 'Además', 'También', 'Ya', 'No', 'Hoy', 'Ayer', 'Así', 'Luego',
    'Después', 'Antes', 'Mientras', 'Porque', 'Entonces', 'Al', 'Todos', 'Todas', 'Cada', 'Muchos', 'Hay', 'Es',
    'Fue', 'Qué', 'Quién', 'Dónde', 'Cómo',
  ],
  closingQuotes: ['»', '”'],
};
