import { FACT_TYPES } from '@faits/document';
import type { EvalReport, ReportMatch, Summary } from './evaluate.ts';
import type { FactRecord, FieldCheck } from './match.ts';
import type { Scores } from './metrics.ts';

const NOT_SHOWN = new Set(['id', 'type', 'start', 'end', 'text', 'mentions', 'confidence', 'source', 'entity', 'note']);

/** A field value in a few characters: a slot by its name, a span by its text, a date interval as a..b. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.length}]`;
  if (typeof value === 'object') {
    const r = value as Record<string, unknown>;
    if (typeof r['canonical'] === 'string') return r['canonical'];
    if ('value' in r) return formatValue(r['value']);
    if (typeof r['start'] === 'string' && typeof r['end'] === 'string') return `${r['start']}..${r['end']}`;
    if (typeof r['text'] === 'string') return JSON.stringify(r['text']);
  }
  return JSON.stringify(value);
}

/** `key=value` for every field of a fact worth showing. */
export function formatFields(fact: FactRecord): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(fact)) {
    if (NOT_SHOWN.has(key) || value === undefined) continue;
    parts.push(`${key}=${formatValue(value)}`);
  }
  return parts.join(' ');
}

function formatCheck(check: FieldCheck): string {
  if (check.status === 'missing') return `${check.field}: gold ${formatValue(check.gold)}, pred none`;
  if (check.status === 'extra') return `${check.field}: gold none, pred ${formatValue(check.pred)}`;
  return `${check.field}: gold ${formatValue(check.gold)} ≠ pred ${formatValue(check.pred)}`;
}

const num = (x: number): string => x.toFixed(3);

function pad(s: string, width: number, right = false): string {
  return right ? s.padStart(width) : s.padEnd(width);
}

const HEAD = `${pad('type', 16)}${['COR', 'INC', 'PAR', 'MIS', 'SPU', 'POS', 'ACT'].map((h) => pad(h, 6, true)).join('')}  │ ${['P', 'R', 'F1'].map((h) => pad(`${h} str`, 7, true)).join('')} │ ${['P', 'R', 'F1'].map((h) => pad(`${h} len`, 7, true)).join('')}`;

function row(label: string, scores: Scores): string {
  const c = scores.counts;
  const counts = [c.correct, c.incorrect, c.partial, c.missed, c.spurious, c.possible, c.actual].map((n) => pad(String(n), 6, true)).join('');
  const s = [scores.strict.precision, scores.strict.recall, scores.strict.f1].map((x) => pad(num(x), 7, true)).join('');
  const l = [scores.lenient.precision, scores.lenient.recall, scores.lenient.f1].map((x) => pad(num(x), 7, true)).join('');
  return `${pad(label, 16)}${counts}  │ ${s} │ ${l}`;
}

function section(title: string, summary: Summary, fields: boolean): string[] {
  const lines = [`${title} — ${summary.documents} document(s)`, HEAD, '─'.repeat(HEAD.length)];
  for (const type of FACT_TYPES) {
    const scores = summary.types[type];
    if (scores !== undefined) lines.push(row(type, scores));
  }
  lines.push('─'.repeat(HEAD.length));
  lines.push(row('micro', summary.micro));
  const m = summary.macro;
  lines.push(`${pad(`macro (${m.types} types)`, 16)}${' '.repeat(42)}  │ ${[m.strict.precision, m.strict.recall, m.strict.f1].map((x) => pad(num(x), 7, true)).join('')} │ ${[m.lenient.precision, m.lenient.recall, m.lenient.f1].map((x) => pad(num(x), 7, true)).join('')}`);
  const d = summary.dates;
  if (d.pairs > 0) {
    lines.push(`dates: ${d.pairs} paired value(s): ${d.sameValue} same, ${d.overlapping} overlapping, ${d.disjoint} disjoint; mean overlap (days, Jaccard) ${num(d.meanOverlap)}`);
  }
  if (fields) {
    lines.push('fields (correct / golden, on paired facts; + extra):');
    for (const type of FACT_TYPES) {
      const perField = summary.fields[type];
      if (perField === undefined) continue;
      const parts = Object.entries(perField).map(([name, f]) => `${name} ${f.correct}/${f.gold}${f.extra > 0 ? ` +${f.extra}` : ''}`);
      lines.push(`  ${pad(type, 14)}${parts.join(', ')}`);
    }
  }
  return lines;
}

export interface FormatTableOptions {
  /** Add field-by-field correctness per type. Default false. */
  readonly fields?: boolean;
}

/**
 * The scores as a plain-text table: per language, then over all languages when there are several; one line per
 * type with COR/INC/PAR/MIS/SPU/POS/ACT and strict and lenient P/R/F1, then micro and macro lines.
 */
export function formatTable(report: EvalReport, options: FormatTableOptions = {}): string {
  const fields = options.fields === true;
  const h = report.headline;
  const lines: string[] = [
    `faits eval: ${report.overall.documents} document(s), mode ${report.mode} (partial matches count ${report.partialWeight} in lenient)`,
    `headline (micro, ${h.mode}): P ${num(h.precision)}  R ${num(h.recall)}  F1 ${num(h.f1)}`,
    '',
  ];
  const langs = Object.keys(report.languages);
  for (const lang of langs) lines.push(...section(lang, report.languages[lang] as Summary, fields), '');
  if (langs.length > 1) lines.push(...section('all languages', report.overall, fields), '');
  if (report.skipped.length > 0) lines.push(`skipped: ${report.skipped.map((s) => `${s.id} (${s.reason})`).join(', ')}`);
  if (report.errors.length > 0) {
    lines.push(`error records: ${report.errors.map((e) => `${e.id ?? `line ${e.line ?? '?'}`} ${e.code} (${e.missed} golden fact(s) missed)`).join(', ')}`);
  }
  const unpredicted = report.documents.filter((d) => d.status === 'unpredicted');
  if (unpredicted.length > 0) lines.push(`no prediction (facts counted missed): ${unpredicted.map((d) => d.id).join(', ')}`);
  if (report.problems.length > 0) lines.push(`problems in the predictions: ${report.problems.length} (see the JSON report)`);
  return `${lines.join('\n').trimEnd()}\n`;
}

function describe(match: ReportMatch): string {
  const fact = (match.gold ?? match.pred) as FactRecord;
  return `[${fact.start}, ${fact.end}) ${JSON.stringify(fact.text)}`;
}

export interface FormatDiffOptions {
  /** Categories to list. Default: incorrect, partial, missed, spurious. */
  readonly categories?: readonly ReportMatch['category'][];
}

/**
 * What went wrong, per document: missed and spurious facts with their text and fields, incorrect and partial
 * pairs with the fields that differ.
 */
export function formatDiff(report: EvalReport, options: FormatDiffOptions = {}): string {
  const wanted = new Set(options.categories ?? ['incorrect', 'partial', 'missed', 'spurious']);
  const lines: string[] = [];
  for (const doc of report.documents) {
    const shown = doc.matches.filter((m) => wanted.has(m.category));
    if (shown.length === 0 && doc.status === 'scored') continue;
    const c = doc.counts;
    lines.push(`== ${doc.id} (${doc.lang}) ${doc.status === 'scored' ? '' : `[${doc.status}${doc.error === undefined ? '' : `: ${doc.error.code}`}] `}COR ${c.correct} INC ${c.incorrect} PAR ${c.partial} MIS ${c.missed} SPU ${c.spurious}`);
    for (const m of shown) {
      const head = `  ${pad(m.category.toUpperCase(), 10)}${pad(m.type, 13)}${describe(m)}`;
      if (m.category === 'missed' || m.category === 'spurious' || m.category === 'optional') {
        const fact = (m.gold ?? m.pred) as FactRecord;
        lines.push(`${head}  ${formatFields(fact)}`.trimEnd());
      } else {
        const pred = m.pred as FactRecord;
        const where = m.gold !== undefined && (m.gold.start !== pred.start || m.gold.end !== pred.end) ? ` ← pred [${pred.start}, ${pred.end}) ${JSON.stringify(pred.text)}` : '';
        lines.push(`${head}${where}`);
        for (const check of m.differs ?? []) if (check.field !== 'span') lines.push(`${' '.repeat(25)}${formatCheck(check)}`);
      }
    }
  }
  return lines.length === 0 ? 'no differences\n' : `${lines.join('\n')}\n`;
}
