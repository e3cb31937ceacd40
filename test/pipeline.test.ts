import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '@faits/document';
import { runCorpus, SNAPSHOT_PATH, THRESHOLDS_PATH, type CorpusRun } from './corpus-eval.ts';

let run: CorpusRun;
beforeAll(async () => {
  run = await runCorpus({ check: true });
}, 600_000);

describe('the article pipeline over the golden corpus', () => {
  it('every article gives a Document whose spans all match its text (checked after every stage)', () => {
    const errors = run.docs.filter((d) => 'error' in d);
    expect(errors).toEqual([]);
    expect(run.docs.length).toBeGreaterThanOrEqual(20);
  });

  it('per-type F1 does not fall under golden/thresholds.json', () => {
    const thresholds = JSON.parse(readFileSync(THRESHOLDS_PATH, 'utf8')) as {
      types: Record<string, { lenientF1: number; strictF1: number }>;
      micro: { lenientF1: number; strictF1: number };
    };
    const below: string[] = [];
    for (const [type, t] of Object.entries(thresholds.types)) {
      const got = run.snapshot.types[type];
      if (got === undefined || got.lenientF1 < t.lenientF1) below.push(`${type} lenient ${got?.lenientF1 ?? 'none'} < ${t.lenientF1}`);
      if (got === undefined || got.strictF1 < t.strictF1) below.push(`${type} strict ${got?.strictF1 ?? 'none'} < ${t.strictF1}`);
    }
    if (run.snapshot.micro.lenientF1 < thresholds.micro.lenientF1) below.push(`micro lenient ${run.snapshot.micro.lenientF1}`);
    if (run.snapshot.micro.strictF1 < thresholds.micro.strictF1) below.push(`micro strict ${run.snapshot.micro.strictF1}`);
    expect(below).toEqual([]);
  });

  it('the committed metrics snapshot is the current one (run `pnpm eval:corpus` to update it)', () => {
    const committed = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as unknown;
    expect(run.snapshot).toEqual(committed);
  });

  it('the seed article: every golden fact found with its span and values, no spurious fact with confidence ≥ 0.5', () => {
    const seed = run.report.documents.find((d) => d.id === 'fr-0001-xai-supercalculateur');
    expect(seed?.status).toBe('scored');
    const wrong = (seed?.matches ?? []).filter((m) => {
      if (m.category === 'correct' || m.category === 'optional') return false;
      if (m.category === 'spurious') return ((m.pred as { confidence?: number } | undefined)?.confidence ?? 1) >= 0.5;
      return true;
    });
    expect(wrong.map((m) => `${m.category} ${m.type} ${String((m.gold ?? m.pred)?.['text'])}`)).toEqual([]);
  });

  it('the seed article: language, the quantity and the forecast date with their spans and values', () => {
    const seed = run.docs.find((d) => d.id === 'fr-0001-xai-supercalculateur') as Document;
    expect(seed.lang).toBe('fr');
    expect(seed.facts?.find((f) => f.type === 'quantity' && f.start === 447)).toMatchObject({
      end: 467, text: '100 000 puces Nvidia', value: 100000, unit: 'chip', item: { text: 'puces' }, vendor: { canonical: 'Nvidia' },
    });
    expect(seed.facts?.find((f) => f.type === 'date' && f.start === 495)).toMatchObject({
      end: 515, text: 'd’ici l’automne 2025', relation: 'by', value: { start: '2025-09-22', end: '2025-12-20' }, modality: 'forecast',
    });
  });
});
