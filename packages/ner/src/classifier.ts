/**
 * What `@faits/ner` needs from a token classifier. The transformers.js implementation lives in
 * `transformers.ts`; tests and other back ends can pass their own.
 */

/** The pieces of one word, without special tokens. */
export interface WordEncoding {
  /** Vocabulary ids, one per piece. */
  readonly ids: readonly number[];
  /** Piece strings as the vocabulary spells them (`##` prefix on continuing pieces). */
  readonly pieces: readonly string[];
}

export interface TokenClassifier {
  /** Label of each output column, e.g. `['O', 'B-PER', 'I-PER', ...]`. */
  readonly labels: readonly string[];
  /** Largest number of content pieces in one sequence (the model window minus `[CLS]` and `[SEP]`). */
  readonly maxPieces: number;
  /** Prefix of continuing pieces (`##` for WordPiece). */
  readonly subwordPrefix: string;
  /** Id of the unknown piece (`[UNK]`), if the vocabulary has one. */
  readonly unknownId?: number;
  /** Splits one word into pieces. Must be deterministic (results are cached per word). */
  encodeWord(word: string): WordEncoding;
  /**
   * The tokenizer's normalization of a short string (lower-casing, accent stripping, control-character
   * removal). Used to align pieces with the text; identity when left out.
   */
  normalize?(text: string): string;
  /**
   * Logits for each piece of each sequence (the classifier adds `[CLS]`/`[SEP]` and padding itself):
   * `result[i]` holds `sequences[i].length × labels.length` numbers, row-major.
   */
  classify(sequences: readonly (readonly number[])[]): Promise<Float32Array[]>;
  /** Frees native memory. The classifier must not be used afterwards. */
  dispose(): Promise<void>;
}
