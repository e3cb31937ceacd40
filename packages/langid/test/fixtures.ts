import { readFileSync } from 'node:fs';

/** One text of the fixtures: a plain string, or an object with the reason it is a known failure. */
export type FixtureItem = string | { readonly text: string; readonly gap: string };

export interface LanguageFixtures {
  readonly sentences: Readonly<Record<string, readonly FixtureItem[]>>;
  readonly short: Readonly<Record<string, readonly FixtureItem[]>>;
}

export const fixtures = JSON.parse(
  readFileSync(new URL('./fixtures/languages.json', import.meta.url), 'utf8'),
) as LanguageFixtures;

export function textOf(item: FixtureItem): string {
  return typeof item === 'string' ? item : item.text;
}

export function gapOf(item: FixtureItem): string | undefined {
  return typeof item === 'string' ? undefined : item.gap;
}
