import type { DateLanguage } from './types.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

export const es: DateLanguage = {
  code: 'es',
  name: 'Spanish',
  months: [
    ['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'],
    ['octubre'], ['noviembre'], ['diciembre'],
  ],
  monthAbbreviations: [
    ['ene'], ['feb'], ['mar'], ['abr'], [], ['jun'], ['jul'], ['ago'], ['sep', 'sept', 'set'], ['oct'], ['nov'], ['dic'],
  ],
  weekdays: [['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado'], ['domingo']],
  partsOfDay: ['por la mañana', 'por la tarde', 'por la noche', 'en la mañana', 'en la tarde', 'en la noche'],
  seasons: { spring: ['primavera'], summer: ['verano'], autumn: ['otoño'], winter: ['invierno'] },
  units: {
    day: [],
    week: ['semana'],
    weekend: ['fin de semana'],
    month: ['mes'],
    quarter: ['trimestre'],
    half: ['semestre'],
    year: ['año'],
    decade: ['década'],
  },
  durationUnits: {
    day: ['día', 'días', 'dia', 'dias'],
    week: ['semana', 'semanas'],
    month: ['mes', 'meses'],
    year: ['año', 'años'],
    decade: ['década', 'décadas'],
  },
  numbers: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
    doce: 12, quince: 15, veinte: 20, treinta: 30, cincuenta: 50, cien: 100,
  },
  ordinals: {
    primer: 1, primero: 1, primera: 1, '1er': 1, '1º': 1, '1.º': 1, '1°': 1,
    segundo: 2, segunda: 2, '2º': 2, '2.º': 2, '2°': 2,
    tercer: 3, tercero: 3, tercera: 3, '3er': 3, '3º': 3, '3.º': 3, '3°': 3,
    cuarto: 4, cuarta: 4, '4º': 4, '4.º': 4, '4°': 4,
    último: -1, última: -1,
  },
  relative: {
    this: { pre: ['este', 'esta'], post: ['en curso'] },
    next: { pre: ['próximo', 'próxima', 'proximo', 'proxima'], post: ['próximo', 'próxima', 'proximo', 'proxima', 'que viene', 'entrante'] },
    last: { pre: ['pasado', 'pasada'], post: ['pasado', 'pasada'] },
  },
  relativeDays: [
    { forms: ['hoy', 'esta mañana', 'esta tarde', 'esta noche'], offset: 0 },
    { forms: ['ayer', 'anoche'], offset: -1 },
    { forms: ['anteayer', 'antier', 'antes de ayer', 'antes de anoche'], offset: -2 },
    { forms: ['mañana'], offset: 1 },
    { forms: ['pasado mañana'], offset: 2 },
  ],
  relativeDayGuards: {
    // "la mañana", "esta mañana", "por la mañana": the morning, not tomorrow. "hoy en día": nowadays.
    mañana: { notBefore: '(?:la|una|esta|cada|toda|media|de|por)[^\\S\\n]+', notAfter: '[^\\S\\n]+(?:siguiente)' },
    hoy: { notAfter: '[^\\S\\n]+(?:en[^\\S\\n]+día|por[^\\S\\n]+hoy)' },
  },
  relations: [
    { forms: ['para'], relation: 'by', tense: 'future' },
    { forms: ['desde', 'desde el', 'desde la'], relation: 'since', opens: true, tense: 'past' },
    { forms: ['desde hace'], relation: 'since', shift: -1, durationOnly: true },
    { forms: ['hasta', 'hasta el', 'hasta la'], relation: 'until', joins: true },
    { forms: ['a partir de', 'a partir del'], relation: 'from' },
    { forms: ['antes de', 'antes del'], relation: 'before' },
    { forms: ['después de', 'después del', 'tras', 'luego de', 'luego del'], relation: 'after' },
    { forms: ['durante', 'a lo largo de', 'a lo largo del', 'en el transcurso de', 'en el transcurso del', 'en el curso de'], relation: 'during', licensesUnit: true },
    { forms: ['en lo que va de', 'en lo que va del', 'lo que va de', 'lo que va del'], relation: 'at', licensesUnit: true },
    { forms: ['en', 'hacia', 'en torno a', 'alrededor de'], relation: 'at' },
    { forms: ['hace'], relation: 'at', shift: -1, durationOnly: true },
    { forms: ['dentro de'], relation: 'at', shift: 1, durationOnly: true },
    { forms: ['a', 'al'], relation: 'at', joins: true, licensesYear: false },
    { forms: ['de', 'del', 'entre'], relation: 'at', opens: true, rangeOnly: true, licensesYear: false },
    { forms: ['y', 'o'], relation: 'at', joins: true, rangeOnly: true, licensesYear: false },
  ],
  determiners: ['el', 'la', 'los', 'las'],
  modifiers: { early: ['principios', 'comienzos', 'inicios', 'primeros de'], mid: ['mediados'], late: ['finales', 'fines'] },
  modifierLinks: ['de', 'del'],
  agoWords: ['atrás'],
  yearWords: ['año'],
  holidays: [
    { forms: ['Navidad', 'el día de Navidad'], month: 12, day: 25 },
    { forms: ['Nochebuena'], month: 12, day: 24 },
    { forms: ['Nochevieja'], month: 12, day: 31 },
    { forms: ['Año Nuevo', 'el día de Año Nuevo'], month: 1, day: 1 },
    { forms: ['el día de Reyes', 'Reyes'], month: 1, day: 6 },
    { forms: ['San Valentín'], month: 2, day: 14 },
    { forms: ['Halloween'], month: 10, day: 31 },
  ],
  relativeYears: [
    { forms: ['del año pasado', 'del año anterior', 'del pasado año'], offset: -1 },
    { forms: ['del año', 'de este año', 'del año en curso', 'del presente año'], offset: 0 },
    { forms: ['del próximo año', 'del año que viene'], offset: 1 },
  ],
  spanDirections: { next: ['próximos', 'próximas'], past: ['últimos', 'últimas', 'pasados', 'pasadas'] },
  templates: {
    dates: [
      '(?:{WD},?{S})?{DAY}(?:º|°|\\.º)?{S}de{S}{MONTH}(?:{S}(?:de|del){S}{YEAR})?',
    ],
    spans: ['(?:en|durante|a{S}lo{S}largo{S}de){S}(?:los|las){S}{DIR}{S}{NUM}{S}{DUNIT}'],
    weekdayDays: ['{WD}{S}{DAY}(?!{S}de{S})'],
    dayRanges: [
      '{DAY}(?:{S}(?:al|y|a){S}(?:el{S})?|{S?}[-–]{S?}){DAY2}{S}de{S}{MONTH}(?:{S}(?:de|del){S}{YEAR})?',
    ],
    monthYearLink: '{S}(?:(?:de|del){S})?',
    seasonYearLink: '{S}(?:(?:de|del){S})?',
    periodYearLink: '{S}(?:(?:de|del){S})?',
    quarters: ['{ORD}{S}trimestre', 'T{QN}', 'Q{QN}'],
    halves: ['{ORD}{S}semestre', '{ORD}{S}mitad', 'S{HN}'],
    decades: ['años{S}{DEC}', 'años{S}{DECW}', 'década{S}de{S}(?:los{S})?{DEC}'],
  },
  decadeWords: {
    veinte: 1920, treinta: 1930, cuarenta: 1940, cincuenta: 1950, sesenta: 1960, setenta: 1970, ochenta: 1980, noventa: 1990,
  },
  numericOrder: 'dmy',
  bareYears: false,
  countedNouns: [
    'euros', 'dólares', 'dolares', 'pesos', 'personas', 'habitantes', 'empleados', 'trabajadores', 'empleos', 'puestos', 'km',
    'kilómetros', 'metros', 'toneladas', 'ejemplares', 'coches', 'autos', 'vehículos', 'unidades', 'puntos', 'votos', 'muertos',
    'víctimas', 'heridos', 'alumnos', 'estudiantes', 'hogares', 'viviendas', 'empresas', 'clientes', 'usuarios', 'visitantes',
    'participantes', 'soldados', 'hombres', 'mujeres', 'niños', 'páginas', 'plazas', 'camas', 'hectáreas', 'litros', 'barriles',
    'mw', 'gw', 'chips', 'servidores', 'veces', 'horas', 'minutos', 'días', 'años', 'meses', 'semanas', 'acciones', 'casos',
    'pacientes', 'vuelos', 'pasajeros', 'tiendas', 'millones', 'milliones',
  ],
  quantityWords: [
    'más de', 'menos de', 'cerca de', 'casi', 'unos', 'unas', 'al menos', 'como mucho', 'aproximadamente',
    'número', 'nº', 'página', 'modelo', 'versión', 'vuelo',
  ],
  caseSensitive: ['primavera', 'verano', 'otoño', 'invierno'],
  tense: {
    past:
      `${B}(?:ha|han|había|habían|hubo|habría)[^\\S\\n]+\\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|cho|cha)${E}` +
      `|${B}(?:fue|fueron|era|eran|estuvo|tuvo|dijo|hizo|puso|\\p{L}{3,}(?:ó|aron|ieron|ió|aba|aban))${E}`,
    future:
      `${B}(?:va[^\\S\\n]+a|van[^\\S\\n]+a|iba[^\\S\\n]+a|iban[^\\S\\n]+a|prevé|prevén|previsto|prevista|previstos|previstas|planea|` +
      `planean|espera|esperan|irá|irán|será|serán|habrá|habrán|hará|harán|podrá|podrán|tendrá|tendrán|dirá|dirán|\\p{L}{3,}(?:rá|rán|ré|remos|ría|rían))${E}`,
  },
};
