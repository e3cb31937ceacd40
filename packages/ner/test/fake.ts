import type { TokenClassifier, WordEncoding } from '../src/index.ts';

/**
 * A fake token classifier for unit tests: a deterministic WordPiece-like tokenizer (pieces of at most
 * `chunk` code points, `##` on continuing pieces, `[UNK]` for words holding a character of `unknown`)
 * and logits from a gold table of word tags. It records every call.
 */
export const FAKE_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;

export interface FakeOptions {
  /** Word → tag of its first piece, e.g. `{ Elon: 'B-PER', Musk: 'I-PER' }`. Continuing pieces get `I-`. */
  readonly gold: Readonly<Record<string, string>>;
  readonly maxPieces?: number;
  /** Code points per piece. Default 4. */
  readonly chunk?: number;
  /** Logit of the chosen label (others are 0). Default 6. */
  readonly logit?: number;
  /** Pieces closer than this to either end of a sequence are seen as `O` (no context). Default 0. */
  readonly blindEdge?: number;
  /** Words holding one of these characters become `[UNK]`. */
  readonly unknown?: RegExp;
  /** Lower-case and strip accents, as an uncased BERT does. */
  readonly uncased?: boolean;
  /** Milliseconds each classify() call waits (to observe concurrency). */
  readonly delayMs?: number;
}

export interface FakeClassifier extends TokenClassifier {
  /** Every classify() call: the sequences it got. */
  readonly calls: (readonly (readonly number[])[])[];
  /** Most calls in flight at once. */
  readonly maxInFlight: () => number;
  readonly disposed: () => boolean;
  /** The piece string of an id. */
  piece(id: number): string;
}

const UNK = 1;

export function createFakeClassifier(options: FakeOptions): FakeClassifier {
  const chunk = options.chunk ?? 4;
  const logit = options.logit ?? 6;
  const blind = options.blindEdge ?? 0;
  const normalize = (s: string): string => (options.uncased === true ? s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : s);
  // Ids are per (word, piece index), so that the gold label of a piece is known from its id alone.
  const strings: string[] = ['[PAD]', '[UNK]'];
  const goldOf: string[] = ['O', 'O'];
  const ids = new Map<string, number>();
  const calls: (readonly (readonly number[])[])[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let disposed = false;
  const labelIndex = (tag: string): number => {
    const i = (FAKE_LABELS as readonly string[]).indexOf(tag);
    if (i < 0) throw new Error(`fake: unknown tag ${tag}`);
    return i;
  };
  return {
    labels: FAKE_LABELS,
    maxPieces: options.maxPieces ?? 510,
    subwordPrefix: '##',
    unknownId: UNK,
    normalize,
    encodeWord(word: string): WordEncoding {
      if (options.unknown?.test(word) === true) return { ids: [UNK], pieces: ['[UNK]'] };
      const chars = [...normalize(word)];
      if (chars.length === 0) return { ids: [], pieces: [] };
      const out: number[] = [];
      const pieces: string[] = [];
      const tag = options.gold[word] ?? 'O';
      for (let i = 0; i * chunk < chars.length; i += 1) {
        const piece = (i === 0 ? '' : '##') + chars.slice(i * chunk, (i + 1) * chunk).join('');
        const key = `${word}\u0000${i}`;
        let id = ids.get(key);
        if (id === undefined) {
          id = strings.length;
          strings.push(piece);
          goldOf.push(i === 0 || tag === 'O' ? tag : `I-${tag.slice(2)}`);
          ids.set(key, id);
        }
        out.push(id);
        pieces.push(piece);
      }
      return { ids: out, pieces };
    },
    async classify(sequences) {
      if (disposed) throw new Error('fake: used after dispose');
      calls.push(sequences.map((s) => [...s]));
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (options.delayMs !== undefined) await new Promise((r) => setTimeout(r, options.delayMs));
      inFlight -= 1;
      return sequences.map((seq) => {
        const out = new Float32Array(seq.length * FAKE_LABELS.length);
        seq.forEach((id, q) => {
          let tag = goldOf[id] ?? 'O';
          if (Math.min(q, seq.length - 1 - q) < blind) tag = 'O';
          // A sequence that starts inside an entity: the first piece looks like its beginning.
          if (tag.startsWith('I-')) {
            const prev = q > 0 ? goldOf[seq[q - 1] as number] ?? 'O' : 'O';
            if (prev === 'O' || prev.slice(2) !== tag.slice(2)) tag = `B-${tag.slice(2)}`;
          }
          out[q * FAKE_LABELS.length + labelIndex(tag)] = logit;
        });
        return out;
      });
    },
    async dispose() {
      disposed = true;
    },
    calls,
    maxInFlight: () => maxInFlight,
    disposed: () => disposed,
    piece: (id) => strings[id] ?? '?',
  };
}
