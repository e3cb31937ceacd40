import type { LanguageData } from './types.ts';

/** The month names, lowercased (`months` below). */
const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'] as const;

export const pt: LanguageData = {
  code: 'pt',
  iso639_3: 'por',
  names: ['portuguese', 'português', 'portugues', 'portugais', 'portugiesisch', 'portugués', 'portoghese',
    'portugees'],
  capitalized: [
    // countries, regions and cities under the language's own name (exonyms), capitalized everywhere
    'espanha', 'alemanha', 'frança', 'itália', 'rússia', 'suécia', 'hungria', 'polónia', 'polônia', 'lituânia',
    'bélgica', 'países', 'baixos', 'grécia', 'turquia', 'brasil', 'méxico', 'egito', 'egipto', 'noruega',
    'dinamarca', 'finlândia', 'roménia', 'romênia', 'croácia', 'sérvia', 'irlanda', 'escócia', 'inglaterra',
    'suíça', 'reino', 'unido', 'estados', 'unidos', 'ásia', 'áfrica', 'américa', 'japão', 'índia', 'moscou',
    'moscovo', 'munique', 'milão', 'veneza', 'florença', 'varsóvia', 'bruxelas', 'genebra', 'pequim', 'londres',
    'berlim', 'nova', 'iorque'
  ],
  forbidden: ['ñ', '(?:ll|tt|pp|ff|gg|bb|dd|mm|zz|nn|kk)', 'ción', 'ciones', '(?<![qg])ue(?!m$)', 'd$', 'y', 'ón$', 'sión', 'siones', 'ajes?$', 'bles?$', 'iendo$',
    '(?<!u)ían?$', '(?<![cs])ie(?!nt|d|s?$|nc)', '^(?!(?:viaja|haja)$).*aj[oa]s?$', 'ij[oa]s?$',
    // `-uido` without an accent (Spanish `incluido`, `atribuido`; Portuguese `incluído`), not `seguido`, `líquido`
    '(?<![gqc]|fl|dr)uid[oa]s?$',
    // `-esional` (Spanish `profesional`, `congresional`; Portuguese `profissional`)
    'esional',
    '[èùîïûœ]',
    '^(?:el|los|las|del|una|unos|unas|pero|fue)$'],
  letters: 'áâãàçéêíóôõú',
  months: MONTHS,
  words: [
    // months and days
    ...MONTHS, 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo',
    // articles and contractions
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'ao',
    'aos', 'à', 'às', 'pelo', 'pela', 'pelos', 'pelas', 'num', 'numa', 'dum', 'duma', 'neste', 'nesta', 'deste',
    'desta', 'nesse', 'nessa', 'desse', 'dessa', 'naquele', 'daquele', 'daquela',
    // pronouns
    'eu', 'tu', 'ele', 'ela', 'eles', 'elas', 'você', 'vocês', 'nós', 'me', 'te', 'se', 'lhe', 'lhes', 'seu', 'sua',
    'seus', 'suas', 'meu', 'minha', 'nosso', 'nossa', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses',
    'essas', 'aquele', 'aquela', 'isto', 'isso', 'aquilo', 'que', 'quem', 'qual', 'quais', 'cujo', 'cuja', 'onde',
    'quando', 'como', 'mesmo', 'mesma', 'próprio', 'própria',
    // conjunctions
    'e', 'ou', 'mas', 'porém', 'contudo', 'todavia', 'nem', 'porque', 'pois', 'embora', 'se', 'enquanto',
    'também', 'além', 'assim', 'então', 'logo', 'não', 'já', 'muito', 'muita', 'mais', 'menos', 'tão', 'tanto',
    // prepositions
    'de', 'em', 'para', 'por', 'com', 'sem', 'sobre', 'sob', 'entre', 'até', 'desde', 'contra', 'durante',
    'após', 'antes', 'depois', 'perante', 'segundo', 'através', 'junto', 'dentro', 'fora', 'perto',
    // adverbs and determiners
    'todo', 'toda', 'todos', 'todas', 'outro', 'outra', 'outros', 'outras', 'muitos', 'muitas', 'vários',
    'várias', 'alguns', 'algumas', 'algum', 'alguma', 'nenhum', 'nenhuma', 'cada', 'aqui', 'ali', 'lá', 'agora',
    'hoje', 'ontem', 'amanhã', 'sempre', 'nunca', 'ainda', 'quase', 'só', 'somente', 'apenas', 'bem', 'mal',
    'atualmente', 'posteriormente', 'finalmente', 'cerca', 'inclusive', 'sim',
    // frequent verbs
    'é', 'são', 'era', 'eram', 'foi', 'foram', 'ser', 'sido', 'será', 'seria', 'seja', 'está', 'estão', 'estava',
    'estavam', 'estar', 'esteve', 'tem', 'têm', 'tinha', 'tinham', 'ter', 'teve', 'tido', 'há', 'houve', 'havia',
    'haver', 'faz', 'fazer', 'fez', 'feito', 'pode', 'podem', 'poderia', 'poder', 'pôde', 'deve', 'devem',
    'disse', 'diz', 'chamado', 'chamada', 'conhecido', 'conhecida', 'nascido', 'nasceu', 'morreu', 'fundado',
    'fundada', 'localizado', 'localizada', 'situado', 'situada', 'publicado', 'lançado', 'venceu', 'jogou',
    'começou', 'chegou', 'obteve', 'tornou', 'tornou-se', 'trabalhou', 'encontra', 'encontra-se', 'forma', 'parte',
    // frequent nouns and adjectives
    'ano', 'anos', 'vez', 'vezes', 'cidade', 'país', 'mundo', 'governo', 'presidente', 'primeiro', 'primeira',
    'segunda', 'último', 'última', 'novo', 'nova', 'grande', 'grandes', 'pequeno', 'pequena', 'dois', 'duas',
    'três', 'quatro', 'cinco', 'dez', 'cem', 'mil', 'milhões', 'milhão', 'bilhões', 'equipe', 'equipa',
    'temporada', 'guerra', 'rei', 'região', 'província', 'município', 'concelho', 'freguesia', 'igreja', 'século',
    'norte', 'sul', 'leste', 'oeste', 'estado', 'nacional', 'português', 'portuguesa', 'brasileiro',
    'brasileira', 'nome', 'família', 'filho', 'filha', 'pai', 'mãe', 'irmão', 'esposa', 'mulher', 'homem',
    'canção', 'livro', 'história', 'final', 'dia', 'dias', 'mês', 'meses', 'semana', 'jogo', 'jogador', 'clube',
    'campeonato', 'copa', 'taça', 'liga', 'eleição', 'eleições', 'trabalho', 'empresa', 'desenvolvimento',
    'mercado', 'preço', 'acordo', 'dólares', 'euros', 'estados', 'unidos',
    // frequent words that the neighbouring languages spell otherwise (es/pt/it)
    'espécie', 'espécies', 'medalha', 'medalhas', 'sudeste', 'nordeste', 'sudoeste', 'noroeste', 'filme', 'filmes',
    'cidade', 'povo', 'tempo', 'novos', 'novas', 'conta', 'corpo', 'força', 'forças', 'porto', 'porta', 'escola',
    'terra', 'sete', 'oito', 'nove', 'onze', 'doze', 'vinte', 'maior', 'melhor', 'menor', 'pior', 'até', 'exemplo',
    'jogos', 'jogadores', 'equipes', 'equipas', 'treinador', 'golos', 'gols', 'futebol', 'seleção', 'carreira',
    'série', 'tarefa', 'tarefas', 'princípios', 'antigo', 'antiga', 'primeiros', 'primeiras',
    // the vocabulary of tech and business news, the same concepts in every language
    'chip', 'chips', 'semicondutores', 'processador', 'processadores', 'servidor', 'servidores', 'dados', 'centro',
    'centros', 'supercomputador', 'computador', 'software', 'inteligência', 'artificial', 'modelo', 'modelos',
    'fábrica', 'fábricas', 'funcionários', 'empregados', 'trabalhadores', 'clientes', 'acionistas', 'investidores',
    'receita', 'receitas', 'vendas', 'lucro', 'lucros', 'crescimento', 'alta', 'queda', 'compra', 'aquisição',
    'fusão', 'processo', 'concorrentes', 'lançamento', 'lança', 'lançou', 'prevê', 'anuncia', 'anunciou',
    'bilionário', 'fundador', 'diretor', 'executivo', 'presidente-executivo', 'financiamento', 'capital',
    'avaliação', 'bolsa', 'ação', 'ações',
  ],
};
