/**
 * ISO 639-3 codes that franc 6.2.0 knows, mapped to ISO 639-1 where one exists. Individual languages of a
 * macrolanguage map to the macrolanguage's code (`cmn` → `zh`, `arb` → `ar`, `pes` and `prs` → `fa`,
 * `quz`/`quy`/`qug` → `qu`). Languages without an ISO 639-1 code (Cebuano, Ilocano, Scots, ...) are left out:
 * Faits cannot name them, so their weight goes to `und`.
 */
export const FRANC_TO_ISO1: Readonly<Record<string, string>> = Object.freeze({
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr',
  pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', fuf: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl',
  srp: 'sr', ckb: 'ku', yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs',
  run: 'rn', plt: 'mg', qug: 'qu', quz: 'qu', quy: 'qu', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu', swe: 'sv',
  lin: 'ln', som: 'so', uig: 'ug', hat: 'ht', sna: 'sn', xho: 'xh', afr: 'af', fin: 'fi', slk: 'sk', tuk: 'tk',
  dan: 'da', nob: 'nb', nno: 'nn', als: 'sq', sag: 'sg', cat: 'ca', sot: 'st', glg: 'gl', lit: 'lt', tsn: 'tn',
  knc: 'kr', kng: 'kg', lug: 'lg', bam: 'bm', wol: 'wo', ewe: 'ee', slv: 'sl', ayr: 'ay', epo: 'eo', ven: 've',
  ssw: 'ss', lvs: 'lv', src: 'sc', tso: 'ts', ekk: 'et', ndo: 'ng',
  rus: 'ru', ukr: 'uk', koi: 'kv', bel: 'be', bul: 'bg', kaz: 'kk', tat: 'tt', tgk: 'tg', kir: 'ky', mkd: 'mk',
  khk: 'mn',
  arb: 'ar', urd: 'ur', pes: 'fa', prs: 'fa', pbu: 'ps',
  hin: 'hi', mar: 'mr', npi: 'ne',
  mya: 'my', amh: 'am', tir: 'ti', heb: 'he', ydd: 'yi',
  cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa',
  tha: 'th', sin: 'si', ell: 'el', khm: 'km', hye: 'hy', bod: 'bo', kat: 'ka', lao: 'lo', iii: 'ii',
});
