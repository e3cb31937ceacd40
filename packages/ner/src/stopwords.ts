/**
 * Words that are never a name on their own, in the languages Faits reads: articles, pronouns,
 * prepositions, conjunctions, sentence-opening adverbs, and a few frequent acronyms that are not
 * organizations (IA, AI, KI, PDG, CEO). A small model sometimes tags a capitalized sentence opener
 * ("Depuis", "La") as an entity; a model entity made of one of these words alone is dropped.
 * Lower-case; compared with the entity text lower-cased.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // fr
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils',
  'elles', 'on', 'nous', 'vous', 'je', 'tu', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'si', 'que', 'qui', 'quoi',
  'dont', 'où', 'en', 'dans', 'sur', 'sous', 'avec', 'sans', 'pour', 'par', 'chez', 'vers', 'entre', 'depuis', 'pendant',
  'selon', 'après', 'avant', 'ainsi', 'alors', 'aussi', 'bien', 'déjà', 'encore', 'enfin', 'puis', 'toutefois', 'cependant',
  'pourtant', 'néanmoins', 'notamment', 'malgré', 'lors', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma',
  'tout', 'tous', 'toute', 'toutes', 'plus', 'moins', 'très', 'ici', 'là', 'aujourd’hui', 'hier', 'demain', 'ia', 'pdg',
  // en
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'and', 'or', 'but',
  'so', 'if', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'after', 'before', 'since', 'during',
  'while', 'however', 'meanwhile', 'yet', 'also', 'then', 'there', 'here', 'today', 'yesterday', 'its', 'his', 'her',
  'their', 'our', 'ai', 'ceo',
  // de
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'er', 'sie', 'es', 'wir', 'ihr',
  'und', 'oder', 'aber', 'denn', 'doch', 'im', 'am', 'vom', 'zum', 'zur', 'mit', 'für', 'von', 'bei', 'nach', 'seit',
  'vor', 'während', 'laut', 'auch', 'dann', 'heute', 'gestern', 'ki',
  // es
  'el', 'los', 'las', 'una', 'unos', 'unas', 'del', 'al', 'este', 'esta', 'estos', 'estas', 'él', 'ella', 'ellos',
  'ellas', 'y', 'o', 'pero', 'sin', 'con', 'para', 'por', 'según', 'desde', 'durante', 'tras', 'también', 'hoy', 'ayer',
  'su', 'sus',
]);
