import type { Document, Fact } from '@faits/document';

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const oneLine = (s: string): string => s.replace(/\s+/gu, ' ');

function factValue(fact: Fact): string {
  const f = fact as Record<string, unknown>;
  switch (fact.type) {
    case 'organization': case 'person': case 'location': case 'product': {
      const extra = [f['kind'], f['role'] === undefined ? undefined : `role ${String(f['role'])}`].filter((x) => x !== undefined);
      return `${String(f['canonical'] ?? fact.text)}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
    }
    case 'quantity': case 'money': case 'percentage': {
      const parts = [f['qualifier'] !== undefined && f['qualifier'] !== 'exact' ? String(f['qualifier']) : '', String(f['value'])];
      if (f['max'] !== undefined) parts.push(`– ${String(f['max'])}`);
      if (f['currency'] !== undefined) parts.push(String(f['currency']));
      if (f['unit'] !== undefined) parts.push(String(f['unit']));
      const vendor = (f['vendor'] as { canonical?: string; text?: string } | undefined);
      if (vendor !== undefined) parts.push(`vendor ${vendor.canonical ?? vendor.text ?? ''}`);
      return parts.filter((p) => p !== '').join(' ');
    }
    case 'date': {
      const v = f['value'];
      const value = v !== null && typeof v === 'object' ? `${String((v as { start: string }).start)}..${String((v as { end: string }).end)}` : String(v);
      return `${String(f['relation'] ?? 'at')} ${value}${f['event'] === undefined ? '' : ` (${String(f['event'])})`}`;
    }
    case 'relation': {
      const name = (slot: unknown): string => {
        const s = slot as { canonical?: string; text?: string } | undefined;
        return s?.canonical ?? s?.text ?? '?';
      };
      const time = f['time'] as { value?: unknown } | undefined;
      return `${name(f['subject'])} —${String(f['predicate'])}→ ${name(f['object'])}${time?.value === undefined ? '' : ` @ ${String(time.value)}`}`;
    }
  }
}

/** A readable report of a document: language, counts, then facts as a table grouped by type. */
export function formatPretty(doc: Document): string {
  const lines: string[] = [];
  const langs = (doc.languages ?? []).slice(0, 3).map((c) => `${c.lang} ${c.score.toFixed(2)}`).join(', ');
  lines.push(`${doc.id}  lang=${doc.lang ?? 'und'}${langs === '' ? '' : ` (${langs})`}${doc.published === undefined ? '' : `  published=${doc.published}`}`);
  const counts = (['sentences', 'tokens', 'entities', 'numbers', 'dates', 'facts'] as const)
    .filter((k) => doc[k] !== undefined).map((k) => `${k} ${doc[k]?.length ?? 0}`);
  lines.push(counts.join(' · '));
  const facts = doc.facts ?? [];
  const types = [...new Set(facts.map((f) => f.type))];
  for (const type of types) {
    lines.push('', `${type.toUpperCase()}`);
    for (const fact of facts.filter((f) => f.type === type)) {
      const where = `[${fact.start}, ${fact.end})`.padEnd(13);
      const conf = fact.confidence.toFixed(2);
      const modality = fact.modality === undefined || fact.modality === 'asserted' ? '' : ` [${fact.modality}]`;
      lines.push(`  ${where} ${conf}  ${clip(factValue(fact), 60).padEnd(60)}  “${clip(oneLine(fact.text), 50)}”${modality}`);
    }
  }
  if (facts.length === 0 && doc.entities !== undefined) {
    lines.push('', 'ENTITIES');
    for (const e of doc.entities) lines.push(`  [${e.start}, ${e.end})`.padEnd(16) + ` ${e.label.padEnd(7)} ${e.confidence.toFixed(2)}  ${e.text}`);
  }
  if (doc.diagnostics.length > 0) {
    lines.push('', 'DIAGNOSTICS');
    for (const d of doc.diagnostics) lines.push(`  ${d.severity.padEnd(7)} ${d.code}: ${d.message}`);
  }
  return `${lines.join('\n')}\n`;
}
