import { NARROW_GROUP_SPACES, NO_CLITICS, type TokenizerLanguage } from './types.ts';

/** English. */
export const en: TokenizerLanguage = {
  code: 'en',
  name: 'English',
  decimal: '.',
  groupPunctuation: [','],
  groupSpaces: NARROW_GROUP_SPACES,
  ...NO_CLITICS,
  suffixClitics: ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"],
  abbreviations: {
    never: [
      'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Messrs.', 'Dr.', 'Prof.', 'Rev.', 'Hon.', 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Pres.',
      'Lt.', 'Col.', 'Capt.', 'Sgt.', 'Cmdr.', 'Adm.', 'Maj.', 'Brig.', 'Fr.', 'Mt.', 'Ft.',
      'e.g.', 'i.e.', 'cf.', 'vs.', 'viz.', 'approx.', 'ca.', 'est.', 'Nos.', 'Vol.', 'vol.', 'Fig.', 'fig.',
      'p.', 'pp.', 'ed.', 'eds.', 'c.', 'v.',
    ],
    often: ['etc.'],
    ambiguous: [
      'Feb.', 'Apr.', 'Dec.', 'Nov.', 'Oct.', 'Sept.', 'Sep.', 'Aug.', 'Jul.', 'Jun.', 'Mar.', 'Jan.', 'No.', 'Inc.',
      'Corp.', 'Ltd.', 'Co.', 'Bros.', 'Jr.', 'Sr.', 'St.', 'Ave.', 'Blvd.', 'Rd.', 'Dept.', 'Univ.', 'Esq.', 'U.S.',
      'U.K.', 'U.N.', 'a.m.', 'p.m.', 'al.',
    ],
  },
  fixedTokens: { 'Ph.D.': 'ambiguous' },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  dotOrdinals: false,
  sentenceStarters: [
    'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'Here',
    'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'So', 'Yet', 'As', 'If', 'When', 'While', 'After', 'Before',
    'Since', 'Although', 'Though', 'Because', 'However', 'Meanwhile', 'Moreover', 'Also', 'Its', 'His', 'Her',
    'Their', 'Our', 'My', 'Your', 'What', 'Who', 'Which', 'Where', 'Why', 'How', 'Some', 'Many', 'Most', 'All',
    'Each', 'Every', 'No', 'Then', 'Now', 'Today', 'Yesterday', 'Still', 'Even', 'Such', 'Both', 'Another',
    'According', 'Despite', 'During', 'Under', 'From', 'By', 'With', 'Without', 'Among', 'Last', 'Next',
  ],
  closingQuotes: ['”', '’'],
};
