import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '@faits/tokenize';
import { expectLossless, readFixture, sentenceProblems, spanOf, spans, tile } from './helpers.ts';

const text = readFixture('seed-article.txt');

/** The article split into sentences by reading it: three title lines have no final period. */
const READER_SENTENCES = [
  'Elon Musk construit un superordinateur pour sa startup xAI : l’avenir de l’IA?',
  'La course à la suprématie en intelligence artificielle continue avec Elon Musk et son projet xAI',
  'Elon Musk et son projet xAI',
  'Le milliardaire Elon Musk a récemment annoncé son intention de construire un supercalculateur surnommé la “gigafactory de calcul” pour soutenir le développement de sa startup en intelligence artificielle, xAI.',
  'Ce supercalculateur, qui reliera 100 000 puces Nvidia, devrait être opérationnel d’ici l’automne 2025.',
  'Musk s’est engagé personnellement à respecter les délais de livraison, rapporte The Information.',
  'Des plans ambitieux qui positionneraient le supercalculateur prévu comme “au moins quatre fois plus grand que les plus grands clusters de GPU existants aujourd’hui”, tels que ceux utilisés par Meta pour former ses modèles d’IA, selon les propos de Musk lors d’une présentation aux investisseurs ce mois-ci.',
  'La compétition dans le domaine de l’IA',
  'Depuis l’explosion de l’outil d’IA générative ChatGPT de OpenAI en 2022, la technologie est devenue un domaine de compétition féroce entre de grands noms de la tech comme Microsoft et Google, ainsi que Meta et des start-ups comme Anthropic et Stability AI.',
  'Elon Musk fait partie des rares investisseurs mondiaux avec les moyens financiers suffisants pour rivaliser avec OpenAI, Google ou Meta dans le domaine de l’IA.',
  'Les défis et les ambitions de xAI',
  'xAI travaille actuellement sur le développement d’un chatbot nommé Grok, capable d’accéder en temps réel à la plateforme de médias sociaux X, l’ancien Twitter appartenant également à Musk.',
  'Bien que Musk ait cofondé OpenAI en 2015, il a quitté l’entreprise en 2018, exprimant son malaise face à la direction axée sur les profits prise par l’entreprise sous la direction du PDG Sam Altman.',
  'Entamant une poursuite judiciaire contre OpenAI en mars, l’accusant de s’être écartée de sa mission initiale à but non lucratif de rendre la recherche en IA accessible à tous.',
  'OpenAI affirme que la poursuite de Musk, ainsi que son soutien au développement open source, ne sont que des ressentiments après son départ de l’entreprise.',
  'Source : www.barrons.com',
];

describe('seed article (test/fixtures/seed-article.txt, French)', () => {
  const tokens = tokenize(text, { lang: 'fr' });
  const sentences = splitSentences(text, { lang: 'fr' });

  it('is tokenized losslessly', () => {
    expectLossless(text, tokens);
  });

  it('splits into the 16 sentences a reader sees (title lines without a period included)', () => {
    expect(spans(sentences)).toEqual(tile(text, READER_SENTENCES));
    expect(sentenceProblems(text, tokens, sentences)).toEqual([]);
  });

  it('gives the same sentences from given tokens as from its own', () => {
    expect(splitSentences(text, { lang: 'fr', tokens })).toEqual(sentences);
  });

  it('tokenizes the title line as a reader does (elision l’, the ? glued to IA)', () => {
    const title = READER_SENTENCES[0]!;
    const expected = tile(title, ['Elon', 'Musk', 'construit', 'un', 'superordinateur', 'pour', 'sa', 'startup', 'xAI', ':', 'l’', 'avenir', 'de', 'l’', 'IA', '?']);
    expect(spans(tokens.slice(0, expected.length))).toEqual(expected);
    expect(tokens.slice(0, expected.length).filter((t) => t.elision === true).map((t) => t.text)).toEqual(['l’', 'l’']);
  });

  it('"100 000" is one number token with the value 100000, "puces" follows', () => {
    const number = spanOf(text, '100 000');
    const at = tokens.findIndex((t) => t.start === number.start);
    expect(tokens[at]).toEqual({ ...number, kind: 'number', value: 100000 });
    expect(spans([tokens[at + 1]!])).toEqual([spanOf(text, 'puces')]);
  });

  it('"d’ici l’automne 2025" is d’ + ici + l’ + automne + 2025', () => {
    const phrase = spanOf(text, 'd’ici l’automne 2025');
    const inside = tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end);
    expect(spans(inside)).toEqual(tile(phrase.text, ['d’', 'ici', 'l’', 'automne', '2025']).map((s) => ({ ...s, start: s.start + phrase.start, end: s.end + phrase.start })));
    expect(inside.map((t) => t.elision === true)).toEqual([true, false, true, false, false]);
    expect(inside[4]!.value).toBe(2025);
  });

  it('every ’ is an elision except the one inside aujourd’hui (20 elided forms)', () => {
    const apostrophes = [...text.matchAll(/’/gu)].map((m) => m.index);
    expect(apostrophes).toHaveLength(21);
    const elided = tokens.filter((t) => t.elision === true);
    expect(elided).toHaveLength(20);
    expect(elided.every((t) => /^[ldsLDS]’$/u.test(t.text))).toBe(true);
    expect(tokens.find((t) => t.text === 'aujourd’hui')).toEqual({ ...spanOf(text, 'aujourd’hui'), kind: 'word' });
  });

  it('hyphenated start-ups and mois-ci, the url www.barrons.com, the curly quotes', () => {
    expect(tokens.find((t) => t.text === 'start-ups')).toEqual({ ...spanOf(text, 'start-ups'), kind: 'word' });
    expect(tokens.find((t) => t.text === 'mois-ci')).toEqual({ ...spanOf(text, 'mois-ci'), kind: 'word' });
    expect(tokens.at(-1)).toEqual({ ...spanOf(text, 'www.barrons.com'), kind: 'url' });
    expect(tokens.filter((t) => t.text === '“' || t.text === '”').map((t) => t.kind)).toEqual(['punct', 'punct', 'punct', 'punct']);
  });

  it('the years are numbers with their values', () => {
    const years = tokens.filter((t) => t.kind === 'number' && /^\d{4}$/u.test(t.text));
    expect(years.map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.value }))).toEqual([
      { ...spanOf(text, '2025'), value: 2025 },
      { ...spanOf(text, '2022'), value: 2022 },
      { ...spanOf(text, '2015'), value: 2015 },
      { ...spanOf(text, '2018'), value: 2018 },
    ]);
  });
});
