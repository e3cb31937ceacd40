import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertDocument, type Document, type ErrorRecord } from '@faits/document';
import { createPipeline } from '@faits/pipeline-article';
import { evaluate, loadGolden, type EvalReport } from '@faits/score';

export const ROOT = join(import.meta.dirname, '..');
export const THRESHOLDS_PATH = join(ROOT, 'golden/thresholds.json');
export const SNAPSHOT_PATH = join(ROOT, 'test/corpus-metrics.json');

export interface CorpusRun {
  readonly report: EvalReport;
  readonly docs: (Document | ErrorRecord)[];
  /** Per type (and `micro`), lenient and strict F1, rounded: the snapshot that is committed. */
  readonly snapshot: Snapshot;
}

export interface Snapshot {
  readonly documents: number;
  readonly languages: Record<string, { documents: number; microLenientF1: number; microStrictF1: number }>;
  readonly types: Record<string, { lenientF1: number; strictF1: number; possible: number; actual: number }>;
  readonly micro: { lenientF1: number; strictF1: number };
  /** Among facts with confidence ≥ 0.9, the share that are correct (lenient). */
  readonly highConfidencePrecision: { facts: number; correct: number; precision: number };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Runs the article pipeline over every golden article of the corpus and scores it. */
export async function runCorpus(options: { check?: boolean } = {}): Promise<CorpusRun> {
  const gold = loadGolden(join(ROOT, 'golden'), { corpus: true });
  const pipeline = await createPipeline('article');
  const docs: (Document | ErrorRecord)[] = [];
  try {
    for (const g of gold) {
      const meta = JSON.parse(readFileSync(join(ROOT, 'corpus', g.lang, `${g.id}.meta.json`), 'utf8')) as { published: string };
      try {
        const doc = await pipeline.run({ id: g.id, text: g.text ?? '', published: meta.published }, options.check === true ? { check: true } : {});
        if (options.check === true) assertDocument(doc);
        docs.push(doc);
      } catch (error) {
        const e = error as { code?: string; message?: string };
        docs.push({ id: g.id, error: { code: e.code ?? 'E_INTERNAL', message: e.message ?? String(error) } });
      }
    }
  } finally {
    await pipeline.dispose();
  }
  const report = evaluate({ gold, pred: docs });
  return { report, docs, snapshot: snapshotOf(report) };
}

export function snapshotOf(report: EvalReport): Snapshot {
  const types: Snapshot['types'] = {};
  for (const [type, s] of Object.entries(report.overall.types)) {
    if (s === undefined) continue;
    types[type] = { lenientF1: r3(s.lenient.f1), strictF1: r3(s.strict.f1), possible: s.counts.possible, actual: s.counts.actual };
  }
  const languages: Snapshot['languages'] = {};
  for (const [lang, s] of Object.entries(report.languages)) {
    languages[lang] = { documents: s.documents, microLenientF1: r3(s.micro.lenient.f1), microStrictF1: r3(s.micro.strict.f1) };
  }
  let facts = 0;
  let correct = 0;
  for (const doc of report.documents) {
    for (const m of doc.matches) {
      const confidence = (m.pred as { confidence?: number } | undefined)?.confidence;
      if (confidence === undefined || confidence < 0.9) continue;
      if (m.category === 'optional') continue;
      facts += 1;
      if (m.category === 'correct' || m.category === 'partial') correct += 1;
    }
  }
  return {
    documents: report.overall.documents, languages, types,
    micro: { lenientF1: r3(report.overall.micro.lenient.f1), strictF1: r3(report.overall.micro.strict.f1) },
    highConfidencePrecision: { facts, correct, precision: r3(facts === 0 ? 0 : correct / facts) },
  };
}
