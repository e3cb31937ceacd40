import { lexicon, words } from './lexicon.ts';
import type { NumberLanguageData } from './types.ts';

/** Spanish (long scale: "mil millones" = 10^9, "billón" = 10^12). */
export const es: NumberLanguageData = {
  code: 'es',
  decimal: ',',
  smallWords: {
    cero: 0, uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17,
    dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22,
    veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26,
    veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50,
    sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  },
  hundredWords: [],
  hundredsValues: {
    cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
    cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
    setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  },
  scaleWords: {
    mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12,
  },
  scaleAbbrevs: {
    k: { value: 1e3, when: 'attached' }, M: { value: 1e6, when: 'money' }, MM: { value: 1e6, when: 'money' },
    'mill.': { value: 1e6, when: 'always' }, 'mills.': { value: 1e6, when: 'always' },
  },
  wordConnectors: ['y'],
  articleOnes: ['un', 'una'],
  ambiguousWords: ['uno'],
  approxNouns: { decena: 10, docena: 12, veintena: 20, treintena: 30, centenar: 100, millar: 1000 },

  hedges: {
    'al menos': 'at_least', 'por lo menos': 'at_least', 'como mínimo': 'at_least', 'no menos de': 'at_least',
    'más de': 'more_than', 'más del': 'more_than', 'poco más de': 'more_than', 'poco más del': 'more_than', 'algo más de': 'more_than', 'por encima de': 'more_than',
    'menos de': 'less_than', 'menos del': 'less_than', 'poco menos de': 'less_than', 'poco menos del': 'less_than', 'algo menos de': 'less_than', 'por debajo de': 'less_than',
    'como máximo': 'at_most', 'a lo sumo': 'at_most', 'no más de': 'at_most',
    'cerca de': 'about', 'cerca del': 'about', 'alrededor de': 'about', 'alrededor del': 'about', 'unos': 'about', 'unas': 'about', 'aproximadamente': 'about',
    'casi': 'about', 'en torno a': 'about', 'en torno al': 'about', 'aprox.': 'about', 'más o menos': 'about',
    'prácticamente': 'about', 'unos aproximadamente': 'about',
    'hasta': 'up_to', 'hasta el': 'up_to', 'hasta un': 'up_to', 'al menos el': 'at_least', 'al menos un': 'at_least',
  },
  postHedges: { 'o más': 'at_least', 'aproximadamente': 'about' },
  rangeOpeners: { entre: ['y'], de: ['a'], desde: ['hasta'] },
  changeOpeners: ['de', 'desde'],
  factorPrefixes: ['multiplicado por', 'multiplicada por', 'multiplicados por', 'multiplicadas por'],
  rangeConnectors: [],
  numberArticles: ['un', 'el'],
  ofWords: ['de'],

  percentWords: ['por ciento', 'por cien'],
  pointWords: {
    'puntos porcentuales': 'percentage_point', 'punto porcentual': 'percentage_point',
    'puntos básicos': 'basis_point', 'punto básico': 'basis_point',
  },
  currencyWords: lexicon(`
    EUR: euro, euros
    USD: dólar, dólares, dolar, dolares, dólares estadounidenses, dólares americanos
    CAD: dólares canadienses
    AUD: dólares australianos
    GBP: libra, libras, libras esterlinas, libra esterlina
    JPY: yen, yenes
    CNY: yuan, yuanes, renminbi
    CHF: francos suizos, franco suizo
    RUB: rublo, rublos
    INR: rupia, rupias
    MXN: pesos mexicanos
    ARS: pesos argentinos
    CLP: pesos chilenos
    COP: pesos colombianos
    BRL: reales
    PEN: soles
  `),
  factorWords: ['veces'],
  comparatives: words('más menos mayor mayores superior superiores inferior inferiores'),
  nouns: lexicon(`
    chip: chip, chips, semiconductores, microchips
    GPU: gpu, gpus, procesadores gráficos, tarjetas gráficas
    CPU: cpu, cpus
    processor: procesador, procesadores
    server: servidor, servidores
    supercomputer: supercomputadora, supercomputadoras, superordenador, superordenadores
    data_center: centro de datos, centros de datos
    job: empleo, empleos, puesto de trabajo, puestos de trabajo, puestos, trabajos
    employee: empleado, empleados, empleadas, plantilla
    worker: trabajador, trabajadores, trabajadoras, obreros
    civil_servant: funcionario, funcionarios
    user: usuario, usuarios, usuarias, internautas
    subscriber: suscriptor, suscriptores, abonados
    subscription: suscripciones
    customer: cliente, clientes
    share: acción, acciones
    shareholder: accionistas
    investor: inversores, inversionistas
    person: persona, personas, individuos
    inhabitant: habitantes
    resident: residentes, vecinos
    student: estudiantes, universitarios
    pupil: alumnos, alumnas
    child: niños, niñas, menores, hijos, hijas
    family: familias
    household: hogares
    car: coches, autos, automóviles, carros
    vehicle: vehículos
    home: viviendas
    house: casas
    apartment: pisos, apartamentos
    store: tiendas, sucursales, establecimientos
    restaurant: restaurantes
    factory: fábricas, plantas
    site: sedes, sitios
    country: países, estados
    city: ciudades, municipios
    company: empresas, compañías, firmas, sociedades
    startup: startups, empresas emergentes
    bank: bancos, entidades
    subsidiary: filiales
    day: día, días
    week: semana, semanas
    month: mes, meses
    year: año, años
    hour: hora, horas
    minute: minuto, minutos
    second: segundo, segundos
    passenger: pasajeros, viajeros
    visitor: visitantes
    tourist: turistas
    death: muertos, fallecidos, muertes
    victim: víctimas
    injured: heridos
    case: casos, contagios
    patient: pacientes
    doctor: médicos
    bed: camas
    member: miembros, afiliados
    soldier: soldados, militares, efectivos
    refugee: refugiados
    migrant: migrantes, inmigrantes
    vote: votos
    voter: votantes, electores
    seat: escaños
    copy: ejemplares
    unit: unidades
    device: dispositivos, aparatos
    phone: teléfonos, móviles
    smartphone: smartphones, teléfonos inteligentes
    computer: ordenadores, computadoras
    robot: robots
    satellite: satélites
    rocket: cohetes
    flight: vuelos
    aircraft: aviones
    train: trenes
    ship: barcos, buques
    barrel: barriles
    download: descargas
    view: visitas, visualizaciones, reproducciones
    follower: seguidores
    account: cuentas
    app: aplicaciones
    message: mensajes
    project: proyectos
    contract: contratos
    order: pedidos
    patent: patentes
    model: modelos
    parameter: parámetros
    token: tokens
    engineer: ingenieros, ingenieras
    researcher: investigadores, investigadoras
    scientist: científicos, científicas
    developer: desarrolladores
    partner: socios
    supplier: proveedores
    product: productos
    game: juegos, videojuegos
    film: películas
    book: libros
    article: artículos
    point: puntos
    dose: dosis
    vaccine: vacunas
    test: pruebas, tests
    tree: árboles
    layoff: despidos
    hire: contrataciones
    hospital: hospitales
    school: escuelas, colegios
    agency: agencias
    cluster: clústeres
    qubit: cúbits, qubits
    language: idiomas, lenguas
    time: veces
    cent: céntimos, centavos
  `),
  unitWords: lexicon(`
    t: tonelada, toneladas
    kg: kilo, kilos, kilogramo, kilogramos
    g: gramo, gramos
    km: kilómetro, kilómetros
    m: metro, metros
    m²: metros cuadrados, metro cuadrado
    km²: kilómetros cuadrados
    m³: metros cúbicos
    ha: hectárea, hectáreas
    l: litro, litros
    MW: megavatio, megavatios, megawatts
    GW: gigavatio, gigavatios
    kW: kilovatio, kilovatios
    kWh: kilovatios hora, kilovatio hora
    MWh: megavatios hora
    TWh: teravatios hora
    TB: terabytes, teraoctetos
    GB: gigabytes
    MB: megabytes
    PFLOPS: petaflops
    TFLOPS: teraflops
    nm: nanómetros
    °: grados
  `),
  pluralNoun: /s$/u,
  preAdjectives: words(`nuevos nuevas nuevo nueva otros otras primeros primeras últimos últimas grandes pequeños
    pequeñas jóvenes antiguos antiguas principales mejores`),
  vendor: 'after',

  months: words(`enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    ene feb abr jun jul ago sep sept oct nov dic`),
  weekdays: words('lunes martes miércoles miercoles jueves viernes sábado sabado domingo'),
  ordinalSuffixes: words('º ª o a er era ro ra do da to ta vo va no na mo ma'),
  labels: [...words(`nº n.º núm. número numero versión artículo art. página pág. capítulo tomo vol. volumen episodio
    temporada nivel fase etapa línea ruta carretera puerta sala rango clase lote categoría años top serie modelo
    teléfono tel. tlf.`), 'llame al', 'llamar al'],
  timeWords: words('a las hacia'),
  hourWords: ['h', 'hs'],
  stopwords: words(`el la los las lo un una unos unas de del al a en por para con sin sobre entre hacia hasta desde
    contra según durante tras ante bajo y o u e ni pero sino que quien quienes cual cuales cuyo donde cuando como
    este esta estos estas ese esa esos esas aquel su sus mi mis tu tus nuestro nuestra nuestros vuestro se le les
    me te nos es son era eran fue fueron será serán ha han había habían habrá sido ser estar está están estaba
    estaban hay muy más menos también ya aún todavía solo sólo todos todas todo toda cada otro otra otros otras
    mismo misma mismos varios varias algunos algunas muchos muchas pocos pocas así pues porque aunque si no sí casi
    aproximadamente respectivamente además mientras entonces luego después antes`),
  pronounOne: { words: ['uno'], before: words('el cada ninguno alguno'), after: words('de del') },
};
