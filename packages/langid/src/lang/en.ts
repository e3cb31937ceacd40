import type { LanguageData } from './types.ts';

/** The month names, lowercased (`months` below). */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

export const en: LanguageData = {
  code: 'en',
  iso639_3: 'eng',
  names: ['english', 'anglais', 'englisch', 'inglés', 'ingles', 'inglese', 'inglês', 'engels'],
  capitalized: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    // countries, regions and cities under the language's own name (exonyms), capitalized everywhere
    'france', 'spain', 'italy', 'russia', 'sweden', 'hungary', 'poland', 'lithuania', 'belgium', 'netherlands',
    'greece', 'turkey', 'brazil', 'egypt', 'norway', 'denmark', 'finland', 'croatia', 'serbia', 'ireland',
    'scotland', 'england', 'germany', 'switzerland', 'britain', 'europe', 'moscow', 'munich', 'vienna', 'cologne',
    'milan', 'venice', 'naples', 'warsaw', 'brussels', 'geneva', 'beijing'
  ],
  forbidden: ['[^\\u0000-\\u007f]'],
  letters: '',
  months: MONTHS,
  words: [
    // months and days
    ...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    // articles, determiners
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'all', 'both', 'many',
    'much', 'more', 'most', 'other', 'another', 'such', 'several', 'few', 'no', 'own', 'same',
    // pronouns
    'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'my', 'your', 'his', 'its',
    'our', 'their', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how', 'himself', 'herself',
    'itself', 'themselves', 'there', 'here', "'s", "n't", "'re", "'ll", "'ve", "'m", "'d",
    // conjunctions
    'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'because', 'although', 'though', 'while', 'whereas', 'unless',
    'until', 'than', 'then', 'also', 'however', 'therefore', 'thus', 'whether', 'either', 'neither', 'not',
    // prepositions
    'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'about', 'after', 'before',
    'between', 'during', 'against', 'under', 'over', 'through', 'without', 'within', 'along', 'across', 'behind',
    'around', 'among', 'toward', 'towards', 'upon', 'since', 'near', 'off', 'out', 'up', 'down', 'via', 'per',
    // adverbs
    'very', 'only', 'just', 'still', 'already', 'always', 'never', 'often', 'now', 'later', 'again', 'even',
    'well', 'too', 'back', 'away', 'first', 'last', 'next', 'recently', 'currently', 'together', 'around',
    'where', 'today', 'yesterday', 'tomorrow', 'ago', 'almost', 'about', 'instead', 'rather',
    // frequent verbs
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
    'done', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'said', 'says', 'say',
    'made', 'make', 'makes', 'became', 'become', 'becomes', 'took', 'take', 'takes', 'went', 'go', 'goes', 'get',
    'got', 'known', 'called', 'named', 'born', 'died', 'released', 'founded', 'located', 'played', 'won',
    'used', 'including', 'based', 'began', 'joined', 'left', 'moved', 'served', 'built', 'held', 'announced',
    'according', 'following', 'received', 'wrote', 'written', 'published', 'elected', 'appointed',
    // frequent nouns and adjectives
    'year', 'years', 'time', 'times', 'people', 'world', 'city', 'town', 'country', 'state', 'government',
    'company', 'new', 'old', 'great', 'large', 'small', 'high', 'long', 'early', 'late', 'later', 'former',
    'two', 'three', 'four', 'five', 'ten', 'hundred', 'thousand', 'million', 'billion', 'one', 'first', 'second',
    'third', 'part', 'group', 'team', 'season', 'war', 'king', 'north', 'south', 'east', 'west', 'national',
    'british', 'american', 'english', 'united', 'university', 'school', 'church', 'village', 'county', 'river',
    'street', 'name', 'family', 'son', 'daughter', 'father', 'mother', 'brother', 'wife', 'husband', 'man', 'men',
    'woman', 'women', 'song', 'book', 'history', 'end', 'day', 'days', 'week', 'month', 'months', 'game', 'games',
    'player', 'won', 'championship', 'cup', 'league', 'election', 'president', 'minister', 'work', 'research',
    'technology', 'development', 'market', 'price', 'deal', 'chips', 'shares', 'billion', 'new',
    // the vocabulary of tech and business news, the same concepts in every language
    'chip', 'chips', 'semiconductors', 'processor', 'processors', 'server', 'servers', 'data', 'center', 'centers',
    'centre', 'computing', 'supercomputer', 'computer', 'software', 'artificial', 'intelligence', 'model', 'models',
    'plant', 'factory', 'factories', 'employees', 'staff', 'customers', 'shareholders', 'investors', 'revenue',
    'sales', 'profit', 'profits', 'growth', 'rise', 'fall', 'buyout', 'acquisition', 'merger', 'lawsuit', 'trial',
    'competitors', 'launch', 'launches', 'launched', 'expects', 'announces', 'announced', 'billionaire', 'founder',
    'chief', 'executive', 'officer', 'ceo', 'boss', 'raise', 'funding', 'capital', 'valuation', 'stock', 'shares',
    'market',
  ],
};
