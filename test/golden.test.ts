import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSpanProblems, FACT_TYPES, IsoDateSchema } from '@faits/document';

const root = join(import.meta.dirname, '..');

interface GoldenFile {
  id: string;
  lang: string;
  published: string;
  facts: { id: string; type: string; start: number; end: number; text: string }[];
}

async function goldenFiles(): Promise<{ path: string; lang: string }[]> {
  const out: { path: string; lang: string }[] = [];
  for (const lang of await readdir(join(root, 'golden'), { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const file of await readdir(join(root, 'golden', lang.name))) {
      if (file.endsWith('.json')) out.push({ path: join(root, 'golden', lang.name, file), lang: lang.name });
    }
  }
  return out;
}

describe('golden annotations', async () => {
  const files = await goldenFiles();

  it('there is at least the seed article', () => {
    expect(files.map((f) => f.path)).toContainEqual(expect.stringMatching(/fr-0001-xai-supercalculateur\.json$/u));
  });

  for (const file of files) {
    describe(file.path.slice(root.length + 1), async () => {
      const gold = JSON.parse(await readFile(file.path, 'utf8')) as GoldenFile;
      const text = await readFile(join(root, 'corpus', file.lang, `${gold.id}.txt`), 'utf8');
      const meta = JSON.parse(await readFile(join(root, 'corpus', file.lang, `${gold.id}.meta.json`), 'utf8')) as GoldenFile;

      it('matches its corpus metadata', () => {
        expect(gold.lang).toBe(file.lang);
        expect(meta.id).toBe(gold.id);
        expect(gold.published).toBe(meta.published);
        expect(IsoDateSchema.safeParse(meta.published).success).toBe(true);
      });

      it('every span, at any depth, matches the article text', () => {
        const problems = collectSpanProblems({ id: gold.id, text, diagnostics: [], facts: gold.facts as never });
        expect(problems).toEqual([]);
      });

      it('fact ids are unique and types are known', () => {
        expect(new Set(gold.facts.map((f) => f.id)).size).toBe(gold.facts.length);
        for (const fact of gold.facts) expect(FACT_TYPES).toContain(fact.type);
      });
    });
  }
});

describe('the seed article annotation says what the text says', async () => {
  const gold = JSON.parse(await readFile(join(root, 'golden/fr/fr-0001-xai-supercalculateur.json'), 'utf8')) as {
    facts: Record<string, unknown>[];
  };
  const byText = (text: string) => gold.facts.find((f) => f['text'] === text);

  it('"100 000 puces Nvidia" is 100000 chips sold by Nvidia', () => {
    expect(byText('100 000 puces Nvidia')).toMatchObject({
      type: 'quantity', start: 447, end: 467, value: 100000, unit: 'chip', item: { start: 455, end: 460, text: 'puces' },
      vendor: { canonical: 'Nvidia', text: 'Nvidia' },
    });
  });

  it('"d’ici l’automne 2025" is by autumn 2025 as an interval (elision with U+2019)', () => {
    expect(byText('d’ici l’automne 2025')).toMatchObject({
      type: 'date', start: 495, end: 515, relation: 'by', value: { start: '2025-09-22', end: '2025-12-20' }, modality: 'forecast',
    });
  });
});
