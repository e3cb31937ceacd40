import { ALL_GROUP_SPACES, NO_CLITICS, type TokenizerLanguage } from './types.ts';

/** German. */
export const de: TokenizerLanguage = {
  code: 'de',
  name: 'German',
  decimal: ',',
  groupPunctuation: ['.'],
  groupSpaces: ALL_GROUP_SPACES,
  ...NO_CLITICS,
  abbreviations: {
    never: [
      'z.', 'd.', 'u.', 'a.', 'v.', 's.', 'o.', 'i.', 'bzw.', 'Nr.', 'Dr.', 'Prof.', 'Hr.', 'Hrn.', 'Fr.', 'St.',
      'ca.', 'vgl.', 'evtl.', 'ggf.', 'inkl.', 'exkl.', 'zzgl.', 'sog.', 'Abs.', 'Bd.', 'Hrsg.', 'geb.',
      'gest.', 'Tel.', 'Dipl.', 'Ing.', 'Gebr.', 'S.', 'z.B.', 'd.h.', 'u.a.', 'v.a.', 'o.ä.', 'i.d.R.',
      'Feb.', 'Sept.', 'Okt.', 'Nov.', 'Dez.',
    ],
    often: ['usw.', 'etc.', 'ff.'],
    ambiguous: [
      'Aug.', 'Jan.', 'Art.', 'Str.', 'Jh.', 'Mio.', 'Mrd.', 'Tsd.', 'Inc.', 'Corp.', 'Ltd.', 'Co.',
    ],
  },
  fixedTokens: { 'Dipl.-Ing.': 'never' },
  ordinalSuffixes: [],
  dotOrdinals: true,
  sentenceStarters: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Er', 'Sie', 'Es', 'Wir', 'Ich',
    'Ihr', 'Man', 'Aber', 'Und', 'Oder', 'Doch', 'Dann', 'Denn', 'Danach', 'Daher', 'Deshalb', 'Dabei', 'Damit',
    'Da', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Im', 'In', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Mit', 'Nach', 'Seit',
    'Von', 'Vor', 'Zu', 'Zum', 'Zur', 'Für', 'Über', 'Unter', 'Wie', 'Was', 'Wer', 'Wo', 'Warum', 'Als', 'Wenn',
    'Ob', 'Auch', 'Noch', 'Nur', 'So', 'Jetzt', 'Heute', 'Gestern', 'Laut', 'Trotz', 'Während', 'Obwohl',
    'Allerdings', 'Zudem', 'Außerdem', 'Sein', 'Seine', 'Ihre', 'Unser', 'Nicht', 'Kein', 'Keine', 'Alle', 'Viele',
    'Hier', 'Dort', 'Zwar',
  ],
  closingQuotes: ['“', '‘', '«'],
};
