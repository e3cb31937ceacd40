/** The project's corpus for the benchmark scripts: every `corpus/<lang>/<id>.txt` with its metadata, in a fixed order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusArticle {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
  readonly published: string;
  /** White-space separated words, as the benchmarks count them. */
  readonly words: number;
}

const ROOT = join(import.meta.dirname, '..');

/** Words as the benchmarks count them: runs of non-space characters. */
export const countWords = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length;

/** Every corpus article, sorted by language then file name. */
export function loadCorpus(root: string = ROOT): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const lang of readdirSync(join(root, 'corpus')).sort()) {
    for (const file of readdirSync(join(root, 'corpus', lang)).filter((f) => f.endsWith('.txt')).sort()) {
      const id = file.slice(0, -4);
      const meta = JSON.parse(readFileSync(join(root, 'corpus', lang, `${id}.meta.json`), 'utf8')) as { published: string };
      const text = readFileSync(join(root, 'corpus', lang, file), 'utf8');
      out.push({ id, lang, text, published: meta.published, words: countWords(text) });
    }
  }
  return out;
}
