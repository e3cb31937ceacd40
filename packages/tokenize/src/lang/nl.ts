import { NARROW_GROUP_SPACES, NO_CLITICS, type TokenizerLanguage } from './types.ts';

/** Dutch. */
export const nl: TokenizerLanguage = {
  code: 'nl',
  name: 'Dutch',
  decimal: ',',
  groupPunctuation: ['.'],
  groupSpaces: NARROW_GROUP_SPACES,
  ...NO_CLITICS,
  abbreviations: {
    never: [
      'dhr.', 'mevr.', 'mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'mw.', 'bijv.', 'bv.', 'ca.', 'nr.', 'blz.',
      'zgn.', 'incl.', 'excl.', 'resp.', 'vgl.', 'vs.', 'St.', 'd.w.z.', 'o.a.', 'm.b.t.', 't.a.v.', 'i.v.m.',
      'z.g.', 'a.s.', 'jl.',
    ],
    often: ['enz.', 'etc.'],
    ambiguous: ['Inc.', 'Corp.', 'Ltd.', 'Co.'],
  },
  fixedTokens: {},
  ordinalSuffixes: ['e', 'ste', 'de'],
  dotOrdinals: false,
  sentenceStarters: [
    'De', 'Het', 'Een', 'Hij', 'Zij', 'Ze', 'Wij', 'We', 'Ik', 'Jij', 'Je', 'U', 'Maar', 'En', 'Of', 'Dan',
    'Daarna', 'Daarom', 'Dus', 'Toch', 'Ook', 'Nog', 'In', 'Op', 'Aan', 'Bij', 'Met', 'Na', 'Voor', 'Van',
    'Volgens', 'Tijdens', 'Sinds', 'Door', 'Deze', 'Dit', 'Die', 'Dat', 'Er', 'Wat', 'Wie', 'Waar', 'Waarom', 'Hoe',
    'Als', 'Toen', 'Omdat', 'Hoewel', 'Vandaag', 'Gisteren', 'Morgen', 'Zijn', 'Haar', 'Hun', 'Ons', 'Alle', 'Veel',
    'Niet', 'Geen', 'Nu', 'Hier', 'Daar',
  ],
  closingQuotes: ['”', '’'],
};
