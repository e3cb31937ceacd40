/**
 * Generators for the property and fuzz tests (`test/fuzz.test.ts`, `scripts/fuzz.ts`): random Unicode with the
 * cases news text and broken input bring (astral characters, combining marks, RTL, control characters, lone
 * surrogates, NUL, no-break spaces U+00A0 / U+202F), numbers with every grouping separator, news words in
 * French, English, German and Spanish, and JSONL lines that are valid, malformed, badly encoded or blank.
 */
import fc from 'fast-check';
import { GAZETTEER } from '@faits/ner';

const cp = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

/** Characters outside the BMP: two UTF-16 code units each (emoji, math letters, CJK extension B, any plane). */
export const astralArb: fc.Arbitrary<string> = fc.oneof(
  cp(0x1f300, 0x1faff),
  cp(0x1d400, 0x1d7ff),
  cp(0x20000, 0x2a6df),
  cp(0x10000, 0x10ffff),
  fc.constantFrom('👍🏽', '👨‍👩‍👧', '🇫🇷', '1️⃣', '🚀', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'),
);

/** A base letter (or none: a mark with no base) followed by combining marks, or a decomposed word. */
export const combiningArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('e', 'a', 'o', 'E', 'n', 'c', ''), fc.array(cp(0x300, 0x36f), { minLength: 1, maxLength: 3 }))
    .map(([base, marks]) => base + marks.join('')),
  fc.constantFrom('e\u0301te\u0301', 'Ame\u0301lie', 'franc\u0327ais', 'Mu\u0308nchen', 'man\u0303ana', '\u0915\u094d\u0937'),
);

/** Hebrew and Arabic letters and digits, and the bidi controls. */
export const rtlArb: fc.Arbitrary<string> = fc.oneof(
  cp(0x5d0, 0x5ea),
  cp(0x627, 0x64a),
  cp(0x660, 0x669),
  fc.constantFrom('\u200f', '\u200e', '\u202b', '\u202e', '\u202c', '\u2067', '\u2069', 'שלום', 'مرحبا', 'إسرائيل', '١٢٣', '٢٠٢٥'),
);

/** C0 and C1 controls (NUL included), line and paragraph separators, zero-width and format characters, non-characters. */
export const controlArb: fc.Arbitrary<string> = fc.oneof(
  cp(0, 0x1f),
  cp(0x7f, 0x9f),
  fc.constantFrom('\u2028', '\u2029', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\ufffe', '\uffff', '\u0085', '\u00ad'),
);

/** One half of a surrogate pair, alone: not a valid code point. */
export const loneSurrogateArb: fc.Arbitrary<string> = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const cjkArb: fc.Arbitrary<string> = fc.oneof(cp(0x4e00, 0x9fff), cp(0x3040, 0x30ff), fc.constantFrom('東京', '北京市', 'ソニー', '。', '！', '？'));

/** Separators between pieces: spaces of every kind (U+00A0, U+202F, U+2009), tabs, line breaks, nothing. */
export const separatorArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: fc.constantFrom('\u00a0', '\u202f', '\u2009', '\t', '  ', '\u3000') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '\r', ' \n ', '\u2028') },
  { weight: 1, arbitrary: fc.constant('') },
);

export const punctuationArb: fc.Arbitrary<string> = fc.constantFrom(
  '.', ',', ';', ':', '!', '?', '…', '...', '«', '»', '« ', ' »', '“', '”', '‘', '’', "'", '"', '(', ')', '[', ']', '-', '–',
  '—', '/', '%', '‰', '€', '$', '£', '¥', '@', '#', '&', '*', '+', '=', '. -', ' —', 'https://www.example.com/a?b=1&c=(2).',
  'www.barrons.com', 'contact@xai.com', 'U.S.', 'z. B.', 'EE. UU.', 'p. ex.', 'e.g.', 'etc.', 'M.', 'Dr.', 'Mme', 'J.-C.',
);

const NEWS_WORDS = [
  // fr
  "l'entreprise", 'l’entreprise', "d'ici", 'd’ici', "qu'il", 'aujourd’hui', 'L’État', 'Le', 'la', 'les', 'des', 'du', 'a annoncé',
  'milliards', 'd’euros', 'puces', 'supercalculateur', 'salariés', 'emplois', 'selon', 'l’automne', 'fin', 'début', 'mi-',
  'en mars', 'mardi', 'la semaine prochaine', 'au moins', 'plus de', 'près de', 'environ', 'jusqu’à', 'cent mille',
  'quatre-vingt-dix', 'vingt et un', 'fois', 'pour cent', 'a fondé', 'directeur général', 'PDG', 'président', 'hier',
  // en
  'The', 'company', 'said', 'billion', 'million', 'on Tuesday', 'last year', 'next week', 'Inc.', 'Mr.', 'chips', 'jobs',
  'more than', 'about', 'up to', 'at least', 'twenty-one', 'percent', 'founded', 'CEO', 'chief executive', 'acquired', 'in May',
  'early 2025', 'Q3 2025', 'H1', 'tenfold', 'times',
  // de
  'Die', 'Firma', 'Millionen', 'Milliarden', 'Euro', 'Mitarbeiter', 'rund', 'etwa', 'Anfang', 'Mitte', 'Ende', 'März',
  'Grafikchips', 'Nvidia-Chips', 'Prozent', 'usw.', 'einundzwanzig', 'zweihundert', 'im dritten Quartal', 'Mrd.', 'Mio.',
  'gründete', 'Vorstandschef',
  // es
  'La', 'empresa', 'millones', 'de', 'dólares', 'Sra.', 'más de', 'cerca de', 'empleados', 'el martes pasado', 'principios',
  'mediados', 'finales', 'doscientos', 'veintiuno', 'por ciento', 'mil millones', 'fundó', 'consejero delegado',
] as const;

/** News words in fr/en/de/es, and names from the bundled gazetteer. */
export const newsWordArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...GAZETTEER.map((e) => e.canonical)) },
  { weight: 1, arbitrary: fc.constantFrom('Elon Musk', 'Jensen Huang', 'Sam Altman', 'Memphis', 'Paris', 'PARIS', 'Berlin', 'Madrid') },
);

const GROUP_SEPARATORS = [' ', '\u00a0', '\u202f', '\u2009', '.', ',', "'", '’', ''] as const;
const NUMBER_PREFIXES = ['', '', '', '$', '€', 'US$ ', 'CHF ', '£', 'plus de ', 'environ ', 'at least ', 'rund ', 'más de ', 'entre ', 'de ', '-', '−', '+'] as const;
const NUMBER_SUFFIXES = [
  '', '', '', '%', ' %', '\u202f%', ' €', '€', ' millions', ' milliards', ' Mrd.', ' Md€', 'k', 'x', ' fois', ' percent',
  ' Prozent', ' por ciento', ' millones de dólares', ' puces Nvidia', ' emplois', ' salariés', ' Nvidia chips', ' MW', 'bn',
  ' et 4 000', ' à 10 %', '-10 %', ' points de pourcentage', 'e', 'er', '.',
] as const;

/** Groups the digits of a whole number by three with `separator`. */
export function groupDigits(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** Numbers as news write them: digits grouped by spaces, points, commas or apostrophes, decimals, signs, units, scales. */
export const numberTextArb: fc.Arbitrary<string> = fc
  .record({
    digits: fc.oneof(fc.nat({ max: 999 }), fc.nat({ max: 10_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })).map(String),
    group: fc.constantFrom(...GROUP_SEPARATORS),
    decimal: fc.option(fc.tuple(fc.constantFrom('.', ','), fc.nat({ max: 999 })), { nil: undefined }),
    prefix: fc.constantFrom(...NUMBER_PREFIXES),
    suffix: fc.constantFrom(...NUMBER_SUFFIXES),
  })
  .map(({ digits, group, decimal, prefix, suffix }) =>
    `${prefix}${groupDigits(digits, group)}${decimal === undefined ? '' : `${decimal[0]}${decimal[1]}`}${suffix}`);

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] as const;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const;
export const MONTH_NAMES: Readonly<Record<'fr' | 'en' | 'de' | 'es', readonly string[]>> = { fr: MONTHS_FR, en: MONTHS_EN, de: MONTHS_DE, es: MONTHS_ES };

/** Date expressions, including impossible ones ("31 février", day 0, month 13) and far years. */
export const dateTextArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({ d: fc.integer({ min: 0, max: 40 }), m: fc.integer({ min: 0, max: 11 }), y: fc.integer({ min: 0, max: 12_000 }), lang: fc.constantFrom('fr', 'en', 'de', 'es') as fc.Arbitrary<'fr' | 'en' | 'de' | 'es'> })
    .map(({ d, m, y, lang }) => {
      const month = MONTH_NAMES[lang][m] ?? 'mai';
      if (lang === 'en') return `${month} ${d}, ${y}`;
      if (lang === 'de') return `${d}. ${month} ${y}`;
      if (lang === 'es') return `${d} de ${month} de ${y}`;
      return `${d} ${month} ${y}`;
    }),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('-', '/', '.'))
    .map(([y, m, d, sep]) => {
      const pad = (n: number, w: number): string => String(n).padStart(w, '0');
      return sep === '-' ? `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` : `${pad(d, 2)}${sep}${pad(m, 2)}${sep}${pad(y, 4)}`;
    }),
  fc.constantFrom(
    'd’ici l’automne 2025', "d'ici l'automne 2025", 'fin 2025', 'début 2024', 'mi-2023', 'T3 2025', 'Q3 2025', 'H1 2024',
    'la semaine prochaine', 'mardi', 'en mars', 'l’hiver 2024-2025', 'entre 2015 et 2018', 'du 9 au 10 juillet', 'last year',
    'next Tuesday', 'early 2025', 'mid-2024', 'late 2023', 'im dritten Quartal', 'Anfang 2025', 'Ende März', 'el martes pasado',
    'finales de 2025', 'a principios de mayo', 'les années 1990', 'the 1990s', '31 février 2024', '29 février 2023', '26 juin 2012. -',
    'PARIS, 26 juin 2012 —', 'May 20, 2024 –', 'BERLIN, 20. Mai 2024 –', 'le 1er mai', 'en 2024', 'depuis 2019', 'avant 2030',
  ),
);

/** Any code point, lone surrogates included (fast-check's `binary` unit), a few at a time. */
export const anyCharsArb: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 6 });

/** One piece of text: mostly news words and numbers, then the hard characters. */
export const pieceArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: newsWordArb },
  { weight: 4, arbitrary: numberTextArb },
  { weight: 3, arbitrary: dateTextArb },
  { weight: 4, arbitrary: punctuationArb },
  { weight: 2, arbitrary: astralArb },
  { weight: 2, arbitrary: combiningArb },
  { weight: 2, arbitrary: rtlArb },
  { weight: 2, arbitrary: controlArb },
  { weight: 1, arbitrary: loneSurrogateArb },
  { weight: 1, arbitrary: fc.constant('\u0000') },
  { weight: 1, arbitrary: cjkArb },
  { weight: 2, arbitrary: anyCharsArb },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** News-like text: pieces joined by separators of every kind, sometimes glued. */
export const newsTextArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(pieceArb, separatorArb), { maxLength: 60, size: '+1' })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Text dense in numbers (grouped digits, units, currencies, scale words, ranges) between news words. */
export const numberHeavyTextArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: numberTextArb }, { weight: 3, arbitrary: newsWordArb }, { weight: 1, arbitrary: punctuationArb }, { weight: 1, arbitrary: pieceArb }), separatorArb), { maxLength: 30 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Text dense in date expressions (valid and impossible dates, relative expressions, ranges) between news words. */
export const dateHeavyTextArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: dateTextArb }, { weight: 3, arbitrary: newsWordArb }, { weight: 1, arbitrary: numberTextArb }, { weight: 1, arbitrary: pieceArb }), separatorArb), { maxLength: 30 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

/** Any text the functions may be given: news-like, raw random code units, white space only, empty, or long. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: newsTextArb },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(' ', '\u00a0', '\u202f', '\t', '\n', '\r', '\u2028', '\ufeff', '\u3000'), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(newsTextArb, fc.integer({ min: 2, max: 40 })).map(([t, n]) => t.repeat(n)) },
);

/** A text with at least one non-white-space character and no NUL: what `createDocument` accepts. */
export const documentTextArb: fc.Arbitrary<string> = textArb.map((t) => {
  const clean = t.replaceAll('\u0000', '');
  return clean.trim() === '' ? `${clean}x` : clean;
});

/** A valid calendar date, YYYY-MM-DD, 1900-2100. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Strings that are not YYYY-MM-DD calendar dates. */
export const badDateArb: fc.Arbitrary<string> = fc.constantFrom(
  '2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-1-1', '20240101', '2024/05/20', 'tomorrow', '', ' 2024-05-20', '2024-05-20T00:00:00Z',
);

// ---------------------------------------------------------------------------------------------------------------------
// JSONL

/** What one JSONL line should give, seen by `readJsonl`. */
export type LineExpect =
  | { readonly kind: 'blank' }
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'error'; readonly code: 'E_INVALID_JSON' | 'E_INVALID_ENCODING' };

export interface JsonlLineCase {
  /** The line's bytes, without its line end. */
  readonly bytes: Uint8Array;
  readonly expect: LineExpect;
}

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const concatBytes = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

/** White space that `String.prototype.trim` removes (so a line of it is blank): no line feed. */
const BLANK_CHARS = [' ', '\t', '\u00a0', '\u202f', '\u3000', '\ufeff', '\u000b', '\u000c', '\u2028'] as const;
/** White space JSON allows around a value. */
const JSON_SPACE = [' ', '\t'] as const;

function isValidJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** Byte sequences that are not UTF-8: stray continuation, truncated sequences, an encoded surrogate, overlong, > U+10FFFF. */
const BAD_UTF8: readonly (readonly number[])[] = [[0xff], [0xfe], [0x80], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98]];

/** A record for `faits extract --jsonl`, valid or not. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a1', 'a2', 'a3', 'b', 'dup', 'fr-0001') },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

const langFieldArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'FR', 'fr-FR', 'en_GB', 'French', 'français', 'deu', 'spa') },
  { weight: 1, arbitrary: fc.constantFrom('xx', 'zh', 'klingon', '', 'und', 'f r') },
  { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
);

export const validRecordArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: idArb,
    text: textArb,
    lang: langFieldArb,
    published: fc.oneof({ weight: 4, arbitrary: isoDateArb }, { weight: 1, arbitrary: badDateArb }),
    source: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: ['id', 'text'] },
);

export const recordArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: validRecordArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(validRecordArb, fc.dictionary(fc.constantFrom('title', 'url', 'extra', 'Text', 'ID', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 2 }))
      .map(([record, extra]) => ({ ...extra, ...record })),
  },
  { weight: 1, arbitrary: fc.record({ id: idArb }) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({ id: fc.oneof(fc.integer(), fc.constant(null), fc.boolean()), text: fc.string({ maxLength: 10 }) }),
      fc.record({ id: idArb, text: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 })) }),
      fc.record({ id: idArb, text: fc.string({ maxLength: 10 }), lang: fc.oneof(fc.integer(), fc.constant(null)) }),
      fc.record({ id: idArb, text: fc.string({ maxLength: 10 }), published: fc.oneof(fc.integer(), fc.constant(null), fc.constant(20240520)) }),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Text that is not JSON and not blank, with no line feed and no trailing carriage return. */
const malformedTextArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom('{', '{"id": "a", "text": }', '{"id":1,}', "{'id':'a'}", 'undefined', 'NaN', '{"a":1} x', '[1,2', '\u00a0{}', '{}\u0085', '"unterminated', '{"text": "\u0000"}', 'nul\u0000l'),
    newsTextArb.map((t) => `{"id":"x","text":"${t}`),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  )
  .map((s) => s.replaceAll('\n', ' ').replace(/\r+$/u, ''))
  .filter((s) => s.trim() !== '' && !isValidJson(s));

/**
 * One JSONL line for `readJsonl`: a JSON value (padded with JSON white space), malformed text, bytes that are not
 * UTF-8, or a blank line. `value` lines hold any JSON value; `records` switches to batch input records.
 */
export function jsonlLineArb(values: fc.Arbitrary<unknown>): fc.Arbitrary<JsonlLineCase> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(values, fc.constantFrom('', ...JSON_SPACE), fc.constantFrom('', ...JSON_SPACE))
        .map(([value, before, after]): JsonlLineCase => ({ bytes: utf8(before + JSON.stringify(value) + after), expect: { kind: 'value', value: JSON.parse(JSON.stringify(value)) as unknown } })),
    },
    { weight: 2, arbitrary: malformedTextArb.map((s): JsonlLineCase => ({ bytes: utf8(s), expect: { kind: 'error', code: 'E_INVALID_JSON' } })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 6 }), fc.constantFrom(...BAD_UTF8), fc.string({ maxLength: 6 }))
        .map(([a, bad, b]): JsonlLineCase => ({ bytes: concatBytes(utf8(a.replaceAll('\n', ' ')), new Uint8Array(bad), utf8(b.replaceAll('\n', ' '))), expect: { kind: 'error', code: 'E_INVALID_ENCODING' } })),
    },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.constantFrom(...BLANK_CHARS), maxLength: 4 }).map((s): JsonlLineCase => ({ bytes: utf8(s), expect: { kind: 'blank' } })),
    },
  );
}

export interface JsonlInput {
  readonly lines: readonly JsonlLineCase[];
  /** CRLF (true) or LF after each line. */
  readonly crlf: readonly boolean[];
  readonly bom: boolean;
  readonly finalNewline: boolean;
  /** Cut points into the byte stream (any byte, inside a UTF-8 sequence too). */
  readonly cuts: readonly number[];
}

/** A JSONL file: lines, LF or CRLF line ends, maybe a BOM, maybe no final newline, cut into random chunks. */
export function jsonlInputArb(values: fc.Arbitrary<unknown>, maxLines = 12): fc.Arbitrary<JsonlInput> {
  return fc
    .array(fc.tuple(jsonlLineArb(values), fc.boolean()), { maxLength: maxLines })
    .chain((pairs) =>
      fc.record({
        lines: fc.constant(pairs.map(([line]) => line)),
        crlf: fc.constant(pairs.map(([, crlf]) => crlf)),
        bom: fc.boolean(),
        finalNewline: fc.boolean(),
        cuts: fc.array(fc.nat({ max: 4096 }), { maxLength: 8 }),
      }));
}

/** The bytes of a JSONL input. */
export function jsonlBytes(input: JsonlInput): Uint8Array {
  const parts: Uint8Array[] = [];
  if (input.bom) parts.push(new Uint8Array([0xef, 0xbb, 0xbf]));
  input.lines.forEach((line, i) => {
    parts.push(line.bytes);
    const last = i === input.lines.length - 1;
    if (!last || input.finalNewline) parts.push(utf8(input.crlf[i] === true ? '\r\n' : '\n'));
  });
  return concatBytes(...parts);
}

/** The bytes cut at the given points into chunks that are views into one buffer (non-zero byteOffset). */
export function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of points) {
    if (point > from) chunks.push(bytes.subarray(from, point));
    from = Math.max(from, point);
  }
  if (from < bytes.length) chunks.push(bytes.subarray(from));
  return chunks;
}

export async function* asyncChunks(chunks: readonly (Uint8Array | string)[]): AsyncGenerator<Uint8Array | string> {
  for (const chunk of chunks) {
    await Promise.resolve();
    yield chunk;
  }
}
