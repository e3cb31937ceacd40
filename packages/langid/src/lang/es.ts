import type { LanguageData } from './types.ts';

/** The month names, lowercased (`months` below). */
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'] as const;

export const es: LanguageData = {
  code: 'es',
  iso639_3: 'spa',
  names: ['spanish', 'castilian', 'español', 'espanol', 'castellano', 'espagnol', 'spanisch', 'spagnolo', 'espanhol',
    'spaans'],
  capitalized: [
    // countries, regions and cities under the language's own name (exonyms), capitalized everywhere
    'españa', 'francia', 'alemania', 'italia', 'rusia', 'suecia', 'hungría', 'polonia', 'lituania', 'bélgica',
    'países', 'bajos', 'grecia', 'turquía', 'brasil', 'méxico', 'egipto', 'noruega', 'dinamarca', 'finlandia',
    'rumania', 'rumanía', 'croacia', 'serbia', 'irlanda', 'escocia', 'inglaterra', 'suiza', 'reino', 'unido',
    'estados', 'unidos', 'áfrica', 'américa', 'japón', 'moscú', 'múnich', 'viena', 'milán', 'venecia', 'nápoles',
    'florencia', 'varsovia', 'bruselas', 'ginebra', 'pekín', 'londres', 'parís', 'berlín', 'nueva'
  ],
  forbidden: ['[ãõçâêôà]', 'nh', 'lh', 'ão', 'ões', '(?:tt|ss|pp|ff|gg|bb|dd|mm|zz|kk)', 'm$', 'ou(?!nidens)', 'eir', 'eu$', 'ei$', '[ae]ix', '^(?!seis$).*[aeo]is$', '[áí]vel', 'qu[aoáó]',
    'cc[aouh]', 'nn', 'gh', 'gli', 'zi', '[èùîïûœ]', 'x$', '^(?!(?:debut|internet|set|hábitat|draft)$).*t$', '^(?:um|uma|em|não|ou|foi|é|à|às|ao|aos|pelo|pela)$',
    // `oi` (Portuguese `foi`, `dois`, `noite`; Spanish only in `coincidir` and loans), a clitic after a hyphen
    // (Portuguese `tornou-se`, `exilou-se`; Spanish `exiliarse`)
    'oi(?!nc)', '^\\p{L}+-(?:se|lhes?|l?[oa]s?|me|te|nos)$'],
  letters: 'áéíóúüñ¿¡',
  months: MONTHS,
  words: [
    // months and days
    ...MONTHS, 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
    // articles and contractions
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'al', 'del',
    // pronouns
    'yo', 'tú', 'él', 'ella', 'ellos', 'ellas', 'usted', 'ustedes', 'nosotros', 'vosotros', 'me', 'te', 'se',
    'le', 'les', 'nos', 'os', 'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'nuestro', 'nuestra', 'este', 'esta', 'estos',
    'estas', 'ese', 'esa', 'esos', 'esas', 'aquel', 'aquella', 'esto', 'eso', 'que', 'quien', 'quienes', 'cual',
    'cuales', 'cuyo', 'cuya', 'donde', 'cuando', 'como', 'qué', 'cómo', 'dónde', 'cuándo', 'sí', 'mismo', 'misma',
    // conjunctions
    'y', 'e', 'o', 'u', 'pero', 'sino', 'ni', 'porque', 'aunque', 'si', 'mientras', 'pues', 'sin', 'embargo',
    'también', 'tampoco', 'además', 'así', 'entonces', 'luego', 'no', 'ya', 'muy', 'más', 'menos', 'tan', 'tanto',
    // prepositions
    'a', 'ante', 'bajo', 'con', 'contra', 'de', 'desde', 'durante', 'en', 'entre', 'hacia', 'hasta', 'mediante',
    'para', 'por', 'según', 'sobre', 'tras', 'junto', 'cerca', 'dentro', 'fuera', 'después', 'antes', 'través',
    // adverbs and determiners
    'todo', 'toda', 'todos', 'todas', 'otro', 'otra', 'otros', 'otras', 'mucho', 'mucha', 'muchos', 'muchas',
    'poco', 'pocos', 'varios', 'varias', 'algunos', 'algunas', 'alguno', 'alguna', 'ningún', 'ninguna', 'cada',
    'aquí', 'allí', 'ahora', 'hoy', 'ayer', 'mañana', 'siempre', 'nunca', 'todavía', 'aún', 'casi', 'solo', 'sólo',
    'solamente', 'bien', 'mal', 'actualmente', 'posteriormente', 'finalmente', 'aproximadamente', 'incluso',
    // frequent verbs
    'es', 'son', 'era', 'eran', 'fue', 'fueron', 'ser', 'sido', 'siendo', 'será', 'serán', 'sería', 'sea', 'está',
    'están', 'estaba', 'estaban', 'estar', 'estado', 'estuvo', 'ha', 'han', 'había', 'habían', 'haber', 'he',
    'hemos', 'hay', 'hubo', 'habría', 'tiene', 'tienen', 'tenía', 'tener', 'tuvo', 'hace', 'hacer', 'hizo',
    'hecho', 'puede', 'pueden', 'podría', 'poder', 'pudo', 'debe', 'deben', 'debido', 'dijo', 'dice', 'según',
    'llamado', 'llamada', 'conocido', 'conocida', 'nacido', 'nació', 'murió', 'fundado', 'fundada', 'ubicado',
    'ubicada', 'situado', 'situada', 'publicado', 'lanzado', 'ganó', 'jugó', 'comenzó', 'llegó', 'obtuvo',
    'convirtió', 'realizó', 'trabajó', 'tras', 'encuentra', 'forma', 'parte',
    // frequent nouns and adjectives
    'año', 'años', 'vez', 'veces', 'ciudad', 'país', 'mundo', 'gobierno', 'presidente', 'primer', 'primero',
    'primera', 'segundo', 'segunda', 'último', 'última', 'nuevo', 'nueva', 'gran', 'grande', 'grandes', 'pequeño',
    'dos', 'tres', 'cuatro', 'cinco', 'diez', 'cien', 'mil', 'millones', 'millón', 'equipo', 'temporada',
    'guerra', 'rey', 'región', 'provincia', 'municipio', 'iglesia', 'siglo', 'norte', 'sur', 'este', 'oeste',
    'estado', 'nacional', 'español', 'española', 'nombre', 'familia', 'hijo', 'hija', 'padre', 'madre', 'hermano',
    'esposa', 'mujer', 'hombre', 'canción', 'libro', 'historia', 'final', 'día', 'días', 'mes', 'meses', 'semana',
    'juego', 'jugador', 'campeonato', 'copa', 'liga', 'elección', 'elecciones', 'trabajo', 'empresa',
    'desarrollo', 'mercado', 'precio', 'acuerdo', 'dólares', 'euros', 'también', 'estados', 'unidos',
    // frequent words that the neighbouring languages spell otherwise (es/pt/it)
    'especie', 'especies', 'medalla', 'medallas', 'sureste', 'noreste', 'suroeste', 'noroeste', 'película',
    'películas', 'ciudad', 'pueblo', 'tiempo', 'nuevos', 'nuevas', 'cuenta', 'cuerpo', 'fuerza', 'fuerzas',
    'puerto', 'puerta', 'escuela', 'tierra', 'siete', 'ocho', 'nueve', 'once', 'doce', 'veinte', 'mayor', 'mejor',
    'menor', 'peor', 'hasta', 'hacia', 'ejemplo', 'juegos', 'jugadores', 'equipos', 'entrenador', 'goles', 'fútbol',
    'selección', 'carrera', 'serie', 'tarea', 'tareas', 'principios', 'antiguo', 'antigua', 'primeros', 'primeras',
    // the vocabulary of tech and business news, the same concepts in every language
    'chip', 'chips', 'semiconductores', 'procesador', 'procesadores', 'servidor', 'servidores', 'datos', 'centro',
    'centros', 'supercomputadora', 'superordenador', 'ordenador', 'computadora', 'software', 'inteligencia',
    'artificial', 'modelo', 'modelos', 'planta', 'fábrica', 'fábricas', 'empleados', 'trabajadores', 'clientes',
    'accionistas', 'inversores', 'ingresos', 'ventas', 'beneficio', 'beneficios', 'ganancias', 'crecimiento',
    'subida', 'caída', 'compra', 'adquisición', 'fusión', 'demanda', 'juicio', 'competidores', 'lanzamiento',
    'lanza', 'lanzó', 'prevé', 'anuncia', 'anunció', 'multimillonario', 'fundador', 'director', 'ejecutivo',
    'consejero', 'delegado', 'financiación', 'capital', 'valoración', 'bolsa', 'acción', 'acciones',
  ],
};
