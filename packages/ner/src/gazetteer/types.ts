import type { EntityLabel } from '@faits/document';

export const GAZETTEER_KINDS = Object.freeze(['company', 'media', 'public_body', 'ngo', 'product', 'other'] as const);
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/**
 * One way of writing a name. A plain string is matched with the entry's case rule; an object can set its
 * own rule and require a context (regular expression sources, tested case-insensitively):
 * `before` must match the text just before the name (it is anchored at the end: write `...\s+$`),
 * `after` the text just after it (anchored at the start: `^\s*...`). When both are given, either one is
 * enough. `notBefore` / `notAfter` veto a match.
 */
export interface GazetteerAliasRule {
  readonly text: string;
  /** Match this exact spelling only (letter case and accents). */
  readonly exact?: boolean;
  readonly before?: string;
  readonly after?: string;
  readonly notBefore?: string;
  readonly notAfter?: string;
}
export type GazetteerAlias = string | GazetteerAliasRule;

export interface GazetteerEntry {
  /** The name to report, e.g. `Nvidia` for `NVIDIA`. It is also an alias. */
  readonly canonical: string;
  readonly kind: GazetteerKind;
  /** Entity label. Default: `PRODUCT` for products, `ORG` otherwise. */
  readonly label?: EntityLabel;
  /** Other spellings, in any language. */
  readonly aliases: readonly GazetteerAlias[];
  /**
   * Canonical name of the owner or successor, when the name is a distinct one (Google → Alphabet,
   * Instagram → Meta, Twitter → X, ChatGPT → OpenAI). A distinct name keeps its own canonical name.
   */
  readonly parent?: string;
  /**
   * Case rule for plain-string aliases and the canonical name: `true` matches the exact spelling only
   * (for names that are also common words: Apple, Meta, Amazon, Orange); `false` (default) ignores
   * letter case and accents (Nvidia = NVIDIA = nvidia).
   */
  readonly exact?: boolean;
}

/** Shorthand for data files: an entry from a canonical name, a kind and its aliases. */
export function entry(
  canonical: string,
  kind: GazetteerKind,
  aliases: readonly GazetteerAlias[] = [],
  options: { readonly exact?: boolean; readonly label?: EntityLabel; readonly parent?: string } = {},
): GazetteerEntry {
  return {
    canonical,
    kind,
    aliases,
    ...(options.exact === undefined ? {} : { exact: options.exact }),
    ...(options.label === undefined ? {} : { label: options.label }),
    ...(options.parent === undefined ? {} : { parent: options.parent }),
  };
}
