/**
 * Reads a lexicon written one entry a line, `value: form, form, form`, into `{ form: value }`.
 * Forms are lower case and may hold spaces ("centres de données"). Empty lines are skipped.
 */
export function lexicon(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rawLine of spec.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`lexicon line without "value:": ${line}`);
    const value = line.slice(0, colon).trim();
    for (const form of line.slice(colon + 1).split(',')) {
      const key = form.trim();
      if (key !== '') out[key] = value;
    }
  }
  return out;
}

/** Splits a list written with spaces or new lines into words. */
export function words(spec: string): string[] {
  return spec.split(/\s+/u).filter((w) => w !== '');
}

/** Splits a list written one phrase per comma. */
export function phrases(spec: string): string[] {
  return spec.split(',').map((p) => p.trim()).filter((p) => p !== '');
}
