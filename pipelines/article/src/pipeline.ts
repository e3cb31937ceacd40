import {
  composeStages, createDocument, FaitsError, type ComposedPipeline, type CreateDocumentInput, type Document, type Stage,
} from '@faits/document';
import { datesStage } from '@faits/dates';
import { langidStage, normalizeLanguage } from '@faits/langid';
import { nerStage, type NerOptions } from '@faits/ner';
import { numbersStage } from '@faits/numbers';
import { tokenizeStage } from '@faits/tokenize';
import { claimsStage } from '@faits/claims';
import { PIPELINES, PipelineConfigSchema, STAGE_NAMES, type PipelineConfig, type StageName } from './config.ts';

interface LoadedStage {
  readonly stage: Stage;
  readonly dispose?: () => Promise<void>;
}

const FACTORIES: Readonly<Record<StageName, (config: PipelineConfig) => Promise<LoadedStage>>> = {
  langid: async () => ({ stage: langidStage }),
  tokenize: async () => ({ stage: tokenizeStage }),
  ner: async (config) => {
    const stage = await nerStage((config.ner ?? {}) as NerOptions);
    return { stage, dispose: () => stage.dispose() };
  },
  numbers: async () => ({ stage: numbersStage }),
  dates: async () => ({ stage: datesStage }),
  claims: async () => ({ stage: claimsStage }),
};

export interface Pipeline {
  readonly config: PipelineConfig;
  readonly stages: readonly Stage[];
  /** Runs every stage on one input. Throws `FaitsError` for bad input (empty, binary, too large, bad date, bad language). */
  run(input: CreateDocumentInput, options?: { readonly check?: boolean }): Promise<Document>;
  /** Frees the model and anything else native. */
  dispose(): Promise<void>;
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<\?xml)/iu;
const HTML_TAG = /<\/?(?:p|div|span|a|br|html|body|head|script|style|table|tr|td|li|ul|h[1-6]|img|meta|link)\b[^>]*>/giu;

/** Markup given as text: a document that opens like HTML, or where tags are frequent. */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  const sample = text.slice(0, 20_000);
  const tags = sample.match(HTML_TAG)?.length ?? 0;
  return tags >= 5 && tags * 200 > sample.length;
}

function withHtmlWarning(doc: Document): Document {
  return {
    ...doc,
    diagnostics: [...doc.diagnostics, {
      code: 'LOOKS_LIKE_HTML', severity: 'warning', source: 'pipeline.article',
      message: 'The text looks like HTML: tags and scripts are read as words, and facts may come from markup.',
      hint: 'Give the article text, not the page: strip the markup first (offsets are into the text as given).',
    }],
  };
}

/** Resolves `--pipeline NAME` or a config object into a validated config. */
export function resolveConfig(config: string | unknown): PipelineConfig {
  if (typeof config === 'string') {
    const found = PIPELINES[config];
    if (found === undefined) {
      throw new FaitsError('E_INVALID_OPTION', `Unknown pipeline "${config}". Valid values: ${Object.keys(PIPELINES).join(', ')}.`);
    }
    return found;
  }
  const parsed = PipelineConfigSchema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : `${issue.path.join('.') || '(root)'}: ${issue.message}`;
    throw new FaitsError('E_INVALID_OPTION', `Invalid pipeline config: ${where}. Stage names: ${STAGE_NAMES.join(', ')}.`);
  }
  return parsed.data;
}

/**
 * Builds a pipeline from a config (a shipped name such as `article`, or a JSON-able object). Stages are
 * composed by what they require and provide: an impossible order throws `E_STAGE_ORDER` here, before any text.
 */
export async function createPipeline(config: string | PipelineConfig = 'article'): Promise<Pipeline> {
  const resolved = resolveConfig(config);
  const loaded: LoadedStage[] = [];
  try {
    for (const name of resolved.stages) loaded.push(await FACTORIES[name](resolved));
  } catch (error) {
    await Promise.all(loaded.map((l) => l.dispose?.()));
    throw error;
  }
  let composed: ComposedPipeline;
  try {
    composed = composeStages(loaded.map((l) => l.stage));
  } catch (error) {
    await Promise.all(loaded.map((l) => l.dispose?.()));
    throw error;
  }
  const maxChars = resolved.maxChars;
  return {
    config: resolved,
    stages: composed.stages,
    async run(input, options = {}) {
      const lang = input.lang === undefined ? undefined : normalizeLanguage(input.lang);
      const doc = createDocument({ ...input, lang }, maxChars === undefined ? {} : { maxChars });
      return composed.run(looksLikeHtml(doc.text) ? withHtmlWarning(doc) : doc, options);
    },
    async dispose() {
      await Promise.all(loaded.map((l) => l.dispose?.()));
    },
  };
}
