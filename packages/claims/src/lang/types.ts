/** What claims needs to know of a language. Patterns are regex sources, compiled once with flags `giu`. */
export interface ClaimsLanguage {
  readonly code: string;
  /** Relation cues: `pattern` is matched in a sentence; `inverse` when the object comes before the cue. */
  readonly relations: readonly RelationCue[];
  /** Role words before or after a person name ("PDG Sam Altman", "Sam Altman, PDG de"). */
  readonly roles: readonly { readonly pattern: string; readonly role: string }[];
  /** Words that make the entity slot of a relation point at an earlier referent. */
  readonly personPronouns: string;
  readonly orgAnaphora: string;
  /** Appositions that give a former name: "X, l’ancien Twitter". */
  readonly formerly: string;
  /** Attribution cues ("selon", "rapporte"): facts stated before them, or after a leading one, are reported. */
  readonly reportedLeading: string;
  readonly reportedTrailing: string;
  readonly forecast: string;
  readonly hedged: string;
  readonly negation: string;
  /** Event words that a date dates, to normalized English names. */
  readonly events: readonly { readonly pattern: string; readonly event: string }[];
  /** Artifacts named by a common noun ("Ce supercalculateur") that facts may be about. */
  readonly artifacts: readonly { readonly pattern: string; readonly canonical: string }[];
  /** Words that join a product to its maker: "ChatGPT de OpenAI". */
  readonly productOf: string;
}

export interface RelationCue {
  readonly pattern: string;
  readonly predicate: string;
  /** Object before the cue, subject after ("appartenant à Musk"). */
  readonly inverse?: boolean;
  /** The object is an artifact noun, not an entity ("construit un superordinateur"). */
  readonly artifactObject?: boolean;
  /** The subject is the statement before the cue ("..., rapporte The Information"). */
  readonly statementSubject?: boolean;
  /** Labels the object may have. */
  readonly objectLabels?: readonly string[];
  /** How far after the cue the object may start, in code units (default 60; 3 for a statement's source). */
  readonly reach?: number;
  /** The object is an amount of money from the numbers layer ("raised $30bn"). */
  readonly moneyObject?: boolean;
}
