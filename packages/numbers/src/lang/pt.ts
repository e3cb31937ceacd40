import { lexicon, words } from './lexicon.ts';
import type { NumberLanguageData } from './types.ts';

/**
 * Portuguese. "bilhão" is 10^9 (Brazil), "bilião" 10^12 (Portugal), "mil milhões" 10^9. A smaller lexicon than
 * fr, en, de, es.
 */
export const pt: NumberLanguageData = {
  code: 'pt',
  decimal: ',',
  smallWords: {
    zero: 0, um: 1, uma: 1, dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8,
    nove: 9, dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16,
    dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30,
    quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90,
  },
  hundredWords: [],
  hundredsValues: {
    cem: 100, cento: 100, duzentos: 200, duzentas: 200, trezentos: 300, trezentas: 300, quatrocentos: 400,
    quatrocentas: 400, quinhentos: 500, quinhentas: 500, seiscentos: 600, seiscentas: 600, setecentos: 700,
    setecentas: 700, oitocentos: 800, oitocentas: 800, novecentos: 900, novecentas: 900,
  },
  scaleWords: {
    mil: 1e3, milhão: 1e6, milhao: 1e6, milhões: 1e6, milhoes: 1e6, bilhão: 1e9, bilhao: 1e9, bilhões: 1e9,
    bilhoes: 1e9, bilião: 1e12, biliões: 1e12, trilhão: 1e12, trilhões: 1e12,
  },
  scaleAbbrevs: {
    k: { value: 1e3, when: 'attached' }, mi: { value: 1e6, when: 'money' }, bi: { value: 1e9, when: 'money' },
  },
  wordConnectors: ['e'],
  articleOnes: ['um', 'uma'],
  ambiguousWords: [],
  approxNouns: { dezena: 10, dúzia: 12, centena: 100, milhar: 1000 },

  hedges: {
    'pelo menos': 'at_least', 'no mínimo': 'at_least', 'ao menos': 'at_least', 'mais de': 'more_than',
    'menos de': 'less_than', 'no máximo': 'at_most', 'cerca de': 'about', 'aproximadamente': 'about',
    'quase': 'about', 'perto de': 'about', 'em torno de': 'about', 'por volta de': 'about', 'até': 'up_to',
  },
  rangeOpeners: { entre: ['e'], de: ['a'] },
  changeOpeners: ['de'],
  factorPrefixes: ['multiplicado por', 'multiplicada por', 'multiplicados por'],
  rangeConnectors: [],
  numberArticles: ['o', 'um'],
  ofWords: ['de'],

  percentWords: ['por cento'],
  pointWords: {
    'pontos percentuais': 'percentage_point', 'ponto percentual': 'percentage_point', 'pontos-base': 'basis_point',
    'pontos base': 'basis_point',
  },
  currencyWords: lexicon(`
    EUR: euro, euros
    USD: dólar, dólares
    BRL: real, reais
    GBP: libras, libra
    JPY: ienes
    CNY: yuans, iuanes
    CHF: francos suíços
  `),
  factorWords: ['vezes'],
  comparatives: words('mais menos maior maiores superior inferior'),
  nouns: lexicon(`
    chip: chips, semicondutores
    GPU: gpus
    processor: processadores
    server: servidores
    job: empregos, postos de trabalho, vagas
    employee: funcionários, empregados, colaboradores
    worker: trabalhadores, operários
    user: usuários, utilizadores
    subscriber: assinantes
    customer: clientes
    share: ações
    person: pessoas
    inhabitant: habitantes
    resident: moradores
    student: estudantes
    pupil: alunos
    child: crianças
    family: famílias
    car: carros
    vehicle: veículos
    house: casas
    store: lojas
    factory: fábricas
    country: países
    city: cidades, municípios
    company: empresas
    startup: startups
    bank: bancos
    day: dias
    week: semanas
    month: meses
    year: anos
    hour: horas
    minute: minutos
    passenger: passageiros
    visitor: visitantes
    tourist: turistas
    death: mortos, mortes
    victim: vítimas
    injured: feridos
    case: casos
    patient: pacientes
    doctor: médicos
    member: membros
    soldier: soldados
    refugee: refugiados
    migrant: migrantes
    vote: votos
    voter: eleitores
    seat: assentos
    copy: exemplares, cópias
    device: dispositivos
    smartphone: smartphones
    computer: computadores
    robot: robôs
    flight: voos
    aircraft: aviões
    train: trens, comboios
    ship: navios
    barrel: barris
    project: projetos
    contract: contratos
    model: modelos
    parameter: parâmetros
    engineer: engenheiros
    researcher: pesquisadores, investigadores
    scientist: cientistas
    developer: desenvolvedores, programadores
    product: produtos
    book: livros
    point: pontos
    dose: doses
    vaccine: vacinas
    layoff: demissões, despedimentos
    hospital: hospitais
    school: escolas
    time: vezes
  `),
  unitWords: lexicon(`
    t: toneladas
    kg: quilos, quilogramas
    km: quilômetros, quilómetros
    m: metros
    m²: metros quadrados
    ha: hectares
    l: litros
    MW: megawatts
    GW: gigawatts
    TB: terabytes
    GB: gigabytes
  `),
  pluralNoun: /s$/u,
  preAdjectives: words('novos novas outros outras primeiros primeiras últimos últimas grandes pequenos principais melhores'),
  vendor: 'after',

  months: words(`janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro jan fev mar
    abr mai jun jul ago set out nov dez`),
  weekdays: words('segunda terça quarta quinta sexta sábado domingo'),
  ordinalSuffixes: words('º ª o a'),
  labels: words('nº n.º número versão artigo art. página pág. capítulo volume vol. episódio temporada nível fase anos top série modelo'),
  timeWords: words('às'),
  hourWords: ['h'],
  stopwords: words(`o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela para com sem sobre entre
    até desde e ou mas que quem qual cujo onde quando como este esta estes estas esse essa isso seu sua seus suas
    se lhe é são era eram foi foram será serão tem têm tinha há ser estar está estão muito mais menos também já
    ainda todos todas todo toda cada outro outra outros outras vários várias alguns algumas muitos muitas poucos
    quase cerca não sim`),
};
