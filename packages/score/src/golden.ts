import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import {
  checkSpan, DateValueSchema, FaitsError, IsoDateSchema, LangCodeSchema, ModalitySchema, QualifierSchema, SpanSchema,
  TemporalRelationSchema,
} from '@faits/document';

/** The relation predicates of golden/GUIDELINES.md. */
export const RELATION_PREDICATES = [
  'founded', 'cofounded', 'left', 'joined', 'sued', 'owns', 'ceo_of', 'leads', 'develops', 'builds', 'acquires',
  'invests_in', 'partners_with', 'raised', 'announced', 'reported_by',
] as const;

/** Kinds of organization in golden files. */
export const ORGANIZATION_KINDS = ['company', 'media', 'public_body', 'ngo', 'other'] as const;

const Offsets = { start: z.int().nonnegative(), end: z.int().nonnegative(), text: z.string() };

/** A slot filled by a referent: its canonical name, and its span when the text names it. */
const ReferentSlotSchema = z.looseObject({
  canonical: z.string().min(1),
  start: z.int().nonnegative().optional(),
  end: z.int().nonnegative().optional(),
  text: z.string().optional(),
});

const GoldBase = z.looseObject({
  id: z.string().min(1),
  ...Offsets,
  optional: z.boolean().optional(),
  note: z.string().optional(),
  modality: ModalitySchema.optional(),
});

const EntityFields = {
  canonical: z.string().min(1),
  mentions: z.array(SpanSchema).min(1).optional(),
};

const NumberFields = {
  value: z.number(),
  max: z.number().optional(),
  qualifier: QualifierSchema,
  item: SpanSchema.optional(),
  subject: ReferentSlotSchema.optional(),
};

const GoldTimeSchema = z.looseObject({ value: DateValueSchema.unwrap(), ...Offsets });

/** One golden fact (golden/GUIDELINES.md): base fields, then the fields of its type. Unknown fields are kept. */
export const GoldenFactSchema = z.discriminatedUnion('type', [
  GoldBase.extend({
    type: z.literal('organization'),
    ...EntityFields,
    kind: z.enum(ORGANIZATION_KINDS).optional(),
    formerly: z.string().min(1).optional(),
  }),
  GoldBase.extend({
    type: z.literal('person'),
    ...EntityFields,
    role: z.string().min(1).optional(),
    roleText: SpanSchema.optional(),
    roleOrganization: z.string().min(1).optional(),
  }),
  GoldBase.extend({ type: z.literal('location'), ...EntityFields }),
  GoldBase.extend({ type: z.literal('product'), ...EntityFields, developer: z.string().min(1).optional() }),
  GoldBase.extend({
    type: z.literal('quantity'),
    ...NumberFields,
    unit: z.string().min(1),
    vendor: ReferentSlotSchema.optional(),
    comparedTo: SpanSchema.optional(),
  }),
  GoldBase.extend({ type: z.literal('money'), ...NumberFields, currency: z.string().regex(/^[A-Z]{3}$/u, 'an ISO 4217 code') }),
  GoldBase.extend({ type: z.literal('percentage'), ...NumberFields }),
  GoldBase.extend({
    type: z.literal('date'),
    value: DateValueSchema.unwrap(),
    relation: TemporalRelationSchema,
    event: z.string().min(1).optional(),
    eventText: SpanSchema.optional(),
    subject: ReferentSlotSchema.optional(),
  }),
  GoldBase.extend({
    type: z.literal('relation'),
    subject: ReferentSlotSchema,
    predicate: z.enum(RELATION_PREDICATES),
    object: ReferentSlotSchema,
    time: GoldTimeSchema.optional(),
  }),
]);
export type GoldenFact = z.infer<typeof GoldenFactSchema>;

/** A golden file: `golden/<lang>/<id>.json`. */
export const GoldenFileSchema = z
  .looseObject({
    id: z.string().min(1),
    lang: LangCodeSchema,
    published: IsoDateSchema,
    annotation: z.looseObject({ guidelines: z.string().min(1), passes: z.int().positive() }),
    facts: z.array(GoldenFactSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.facts.forEach((fact, i) => {
      if (fact.end < fact.start) ctx.addIssue({ code: 'custom', path: ['facts', i, 'end'], message: `end ${fact.end} is before start ${fact.start}` });
      const first = seen.get(fact.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `duplicate id "${fact.id}" (first at facts.${first})` });
      else seen.set(fact.id, i);
    });
  });
export type GoldenFile = z.infer<typeof GoldenFileSchema>;

/** A golden file as loaded: where it was read, and the article text when the corpus was given. */
export type LoadedGolden = GoldenFile & {
  /** Path of the golden file. */
  readonly path: string;
  /** The article text, from `<corpus>/<lang>/<id>.txt`, when `corpus` was given. */
  readonly text?: string;
};

export interface LoadGoldenOptions {
  /**
   * The corpus folder (`corpus/`), or `true` for `<root>/corpus` beside `<root>/golden`: each article text
   * `<corpus>/<lang>/<id>.txt` is read and every span of its golden file, at any depth, is checked against it.
   */
  readonly corpus?: string | true;
  /** Only these languages (folder names). Default: every `<lang>/` folder. */
  readonly langs?: readonly string[];
}

/**
 * Parses one golden file's JSON value. Throws `FaitsError` `E_INVALID_GOLD` naming the file and the zod path
 * of each problem (`facts.3.value`).
 */
export function parseGolden(value: unknown, file = '(golden)'): GoldenFile {
  const parsed = GoldenFileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 8).map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  const more = parsed.error.issues.length > 8 ? ` (and ${parsed.error.issues.length - 8} more)` : '';
  throw new FaitsError('E_INVALID_GOLD', `${file}: ${issues.join('; ')}${more}`, {
    details: { file, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
  });
}

/** Every `{ start, end }` object at any depth of a fact, with its zod-style path. */
function* spansOf(value: unknown, path: (string | number)[]): Generator<{ path: (string | number)[]; span: { start: number; end: number; text?: string } }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) yield* spansOf(value[i], [...path, i]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record['start'] === 'number' && typeof record['end'] === 'number') {
    const text = record['text'];
    yield { path, span: { start: record['start'], end: record['end'], ...(typeof text === 'string' ? { text } : {}) } };
  }
  for (const [key, child] of Object.entries(record)) {
    if (child !== null && typeof child === 'object') yield* spansOf(child, [...path, key]);
  }
}

/**
 * Checks every span of a golden file against its article text. Throws `E_INVALID_GOLD` naming the file and
 * the path of each span that does not fit (`facts.3.item: [455, 460) holds "puce ", not "puces"`).
 */
export function checkGoldenSpans(gold: GoldenFile, text: string, file = '(golden)'): void {
  const problems: string[] = [];
  gold.facts.forEach((fact, i) => {
    for (const { path, span } of spansOf(fact, ['facts', i])) {
      const problem = checkSpan(text, span);
      if (problem !== undefined) problems.push(`${path.join('.')}: ${problem}`);
    }
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 8).join('; ');
    throw new FaitsError('E_INVALID_GOLD', `${file}: ${problems.length} span(s) do not match the article text: ${shown}`, {
      details: { file, problems },
    });
  }
}

function readJson(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new FaitsError('E_FILE_UNREADABLE', `Cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (cause) {
    throw new FaitsError('E_INVALID_GOLD', `${path}: not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

/**
 * Reads every golden file `<dir>/<lang>/*.json`, validates it (`GoldenFileSchema`), checks that its `lang` and
 * `id` agree with its folder and file name, and, with `corpus`, checks its spans against the article text.
 * Files are returned sorted by language then id.
 *
 * Throws `FaitsError`: `E_FILE_NOT_FOUND` (no such folder, or a missing article text), `E_INVALID_GOLD`
 * (invalid JSON, schema, names or spans: the message names the file and the path).
 */
export function loadGolden(dir: string, options: LoadGoldenOptions = {}): LoadedGolden[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new FaitsError('E_FILE_NOT_FOUND', `No golden folder at ${dir}: it should hold one folder per language (golden/fr/*.json).`);
  }
  const langs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && (options.langs === undefined || options.langs.includes(entry.name)))
    .map((entry) => entry.name)
    .sort();
  const corpus = options.corpus === true ? join(dir, '..', 'corpus') : options.corpus;
  const out: LoadedGolden[] = [];
  const ids = new Map<string, string>();
  for (const lang of langs) {
    const files = readdirSync(join(dir, lang)).filter((name) => name.endsWith('.json')).sort();
    for (const name of files) {
      const path = join(dir, lang, name);
      const shown = relative(process.cwd(), path) || path;
      const gold = parseGolden(readJson(path), shown);
      if (gold.lang !== lang) throw new FaitsError('E_INVALID_GOLD', `${shown}: lang "${gold.lang}" is not its folder "${lang}".`);
      if (`${gold.id}.json` !== basename(name)) throw new FaitsError('E_INVALID_GOLD', `${shown}: id "${gold.id}" is not its file name.`);
      const other = ids.get(gold.id);
      if (other !== undefined) throw new FaitsError('E_INVALID_GOLD', `${shown}: id "${gold.id}" is also used by ${other}.`);
      ids.set(gold.id, shown);
      if (corpus === undefined) {
        out.push({ ...gold, path });
        continue;
      }
      const textPath = join(corpus, lang, `${gold.id}.txt`);
      let text: string;
      try {
        text = readFileSync(textPath, 'utf8');
      } catch (cause) {
        throw new FaitsError('E_FILE_NOT_FOUND', `${shown}: its article text ${textPath} cannot be read.`, { cause });
      }
      checkGoldenSpans(gold, text, shown);
      out.push({ ...gold, path, text });
    }
  }
  return out;
}
