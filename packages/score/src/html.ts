import { createHash } from 'node:crypto';
import { FACT_TYPES } from '@faits/document';
import type { EvalReport, ReportMatch, Summary } from './evaluate.ts';
import { formatFields, formatValue } from './format.ts';
import { MATCH_CATEGORIES, type FactRecord } from './match.ts';
import type { Prf, Scores } from './metrics.ts';

/** An article to show: its id (as in the report) and its text (the one the spans index). */
export interface HtmlDocument {
  readonly id: string;
  readonly text: string;
}

export interface RenderHtmlOptions {
  /** Page title. Default `faits eval`. */
  readonly title?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const TO_ESCAPE = /[&<>"']/gu;

/** Text or attribute value made safe for HTML: `& < > " '` as character references. */
export function escapeHtml(value: string): string {
  return value.replace(TO_ESCAPE, (c) => ESCAPES[c] as string);
}

const CATEGORY_LABEL: Readonly<Record<ReportMatch['category'], string>> = {
  correct: 'correct', partial: 'partial', incorrect: 'incorrect', missed: 'missed', spurious: 'spurious',
  optional: 'optional (not counted)',
};

const STYLE = `
:root { font-family: system-ui, sans-serif; color: #1d1d1f; background: #fafafa; }
body { margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 4rem; }
h1 { margin: 0.2rem 0; font-size: 1.6rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 0.4rem; }
h2 small { font-weight: normal; color: #555; }
table { border-collapse: collapse; font-size: 0.85rem; margin: 0.3rem 0; }
th, td { border: 1px solid #ddd; padding: 0.15rem 0.45rem; }
table.scores td { text-align: right; font-variant-numeric: tabular-nums; }
table.scores tr.total th, table.scores tr.total td { font-weight: 600; background: #f0f0f0; }
table.scores thead th { background: #eee; }
.controls { position: sticky; top: 0; background: #fafafa; border-bottom: 1px solid #ccc; padding: 0.5rem 0; z-index: 2; }
.controls fieldset { display: inline-block; border: 1px solid #ccc; margin: 0.2rem 0.4rem 0.2rem 0; padding: 0.2rem 0.6rem; }
.controls label { margin-right: 0.7rem; white-space: nowrap; font-size: 0.9rem; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em; margin-right: 0.2em; border: 1px solid #999; }
pre.text { white-space: pre-wrap; word-wrap: break-word; font-family: Georgia, serif; font-size: 1rem; line-height: 1.7;
  background: #fff; border: 1px solid #ddd; padding: 0.8rem 1rem; }
span.m.on { border-radius: 2px; cursor: help; }
span.m.focus { outline: 2px solid #000; }
.c-correct { background: #b9e6c4; }
.c-partial { background: #ffe28a; }
.c-incorrect { background: #dcc2f5; }
.c-missed { background: #f7a8a8; }
.c-spurious { background: #a9d0ff; }
.c-optional { background: #e2e2e2; }
span.m.on.c-missed { text-decoration: underline wavy #b00000; }
span.m.on.c-spurious { text-decoration: underline dashed #0044aa; }
table.matches { width: 100%; }
table.matches td { vertical-align: top; }
table.matches td.cat { white-space: nowrap; }
.fields { color: #444; font-size: 0.8rem; }
.note { color: #555; font-size: 0.9rem; }
`;

const SCRIPT = `(function () {
  'use strict';
  var CATS = ${JSON.stringify(MATCH_CATEGORIES)};
  function checked(cls) {
    var out = {};
    document.querySelectorAll('input.' + cls).forEach(function (i) { out[i.value] = i.checked; });
    return out;
  }
  function apply() {
    var types = checked('f-type');
    var cats = checked('f-cat');
    document.querySelectorAll('article.doc').forEach(function (doc) {
      var info = {};
      doc.querySelectorAll('tr.match').forEach(function (row) {
        var visible = types[row.dataset.type] === true && cats[row.dataset.cat] === true;
        row.hidden = !visible;
        info[row.dataset.mark] = { visible: visible, cat: row.dataset.cat, len: Number(row.dataset.len), tip: row.dataset.tip };
      });
      doc.querySelectorAll('span.m').forEach(function (seg) {
        var best = null;
        var tips = [];
        seg.dataset.m.split(' ').forEach(function (id) {
          var m = info[id];
          if (!m || !m.visible) return;
          tips.push(m.tip);
          if (best === null || m.len < best.len) best = m;
        });
        CATS.forEach(function (c) { seg.classList.remove('c-' + c); });
        if (best === null) {
          seg.classList.remove('on');
          seg.removeAttribute('title');
        } else {
          seg.classList.add('on', 'c-' + best.cat);
          seg.title = tips.join('\\n\\n');
        }
      });
    });
  }
  document.addEventListener('change', function (e) {
    if (e.target.matches('input.f-type, input.f-cat')) apply();
  });
  document.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-set]');
    if (!b) return;
    var on = b.dataset.set === 'all';
    document.querySelectorAll('input.' + b.dataset.group).forEach(function (i) { i.checked = on; });
    apply();
  });
  function focus(row, on) {
    var doc = row.closest('article.doc');
    doc.querySelectorAll('span.m').forEach(function (seg) {
      if (seg.dataset.m.split(' ').indexOf(row.dataset.mark) >= 0) seg.classList.toggle('focus', on);
    });
  }
  document.addEventListener('mouseover', function (e) {
    var row = e.target.closest && e.target.closest('tr.match');
    if (row) focus(row, true);
  });
  document.addEventListener('mouseout', function (e) {
    var row = e.target.closest && e.target.closest('tr.match');
    if (row) focus(row, false);
  });
  apply();
})();`;

const SCRIPT_HASH = createHash('sha256').update(SCRIPT, 'utf8').digest('base64');

const num = (x: number): string => x.toFixed(3);

function prfCells(prefix: string, p: Prf): string {
  return (['precision', 'recall', 'f1'] as const).map((k) => `<td data-k="${prefix}.${k}">${num(p[k])}</td>`).join('');
}

function scoreRow(label: string, scores: Scores, total = false): string {
  const c = scores.counts;
  const counts = (['correct', 'incorrect', 'partial', 'missed', 'spurious', 'possible', 'actual'] as const)
    .map((k) => `<td data-k="${k}">${c[k]}</td>`).join('');
  return `<tr data-type="${escapeHtml(label)}"${total ? ' class="total"' : ''}><th>${escapeHtml(label)}</th>${counts}${prfCells('strict', scores.strict)}${prfCells('lenient', scores.lenient)}</tr>`;
}

function scoreTable(scope: string, title: string, summary: Summary): string {
  const rows: string[] = [];
  for (const type of FACT_TYPES) {
    const scores = summary.types[type];
    if (scores !== undefined) rows.push(scoreRow(type, scores));
  }
  rows.push(scoreRow('micro', summary.micro, true));
  const m = summary.macro;
  rows.push(`<tr data-type="macro" class="total"><th>macro (${m.types} types)</th><td colspan="7"></td>${prfCells('strict', m.strict)}${prfCells('lenient', m.lenient)}</tr>`);
  const d = summary.dates;
  const dates = d.pairs === 0 ? '' : `<p class="note" data-scope="${escapeHtml(scope)}">Dates, scored apart by overlap in days: ${d.pairs} paired value(s), ${d.sameValue} same, ${d.overlapping} overlapping, ${d.disjoint} disjoint; mean overlap (Jaccard) <span data-k="dates.meanOverlap">${num(d.meanOverlap)}</span>.</p>`;
  return `<h2>${escapeHtml(title)} <small>${summary.documents} document(s)</small></h2>
<table class="scores" data-scope="${escapeHtml(scope)}"><thead><tr><th>type</th><th title="correct">COR</th><th title="incorrect">INC</th><th title="partial">PAR</th><th title="missed">MIS</th><th title="spurious">SPU</th><th title="possible = COR+INC+PAR+MIS">POS</th><th title="actual = COR+INC+PAR+SPU">ACT</th><th>P strict</th><th>R strict</th><th>F1 strict</th><th>P lenient</th><th>R lenient</th><th>F1 lenient</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>${dates}`;
}

function factLine(fact: FactRecord | undefined): string {
  if (fact === undefined) return '<td class="none">—</td>';
  return `<td><q>${escapeHtml(fact.text)}</q> <small>[${fact.start}, ${fact.end})</small><div class="fields">${escapeHtml(formatFields(fact))}</div></td>`;
}

function tipOf(match: ReportMatch): string {
  const lines = [`${match.category.toUpperCase()} ${match.type}`];
  if (match.gold !== undefined) lines.push(`gold: “${match.gold.text}” [${match.gold.start}, ${match.gold.end}) ${formatFields(match.gold)}`);
  if (match.pred !== undefined) lines.push(`pred: “${match.pred.text}” [${match.pred.start}, ${match.pred.end}) ${formatFields(match.pred)}`);
  for (const d of match.differs ?? []) lines.push(`${d.field}: gold ${formatValue(d.gold)} / pred ${formatValue(d.pred)}`);
  return lines.join('\n');
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly match: number;
}

/** The text cut at every mark boundary, each piece listing the matches that cover it. */
function highlight(text: string, matches: readonly ReportMatch[], lengths: readonly number[]): string {
  const marks: Mark[] = [];
  matches.forEach((m, k) => {
    const spans = [m.gold, m.pred].filter((f): f is FactRecord => f !== undefined);
    const seen = new Set<string>();
    for (const s of spans) {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key) || !(s.start >= 0 && s.end > s.start && s.end <= text.length)) continue;
      seen.add(key);
      marks.push({ start: s.start, end: s.end, match: k });
    }
  });
  const events: [number, number, number][] = []; // position, +1 start / -1 end, match
  for (const m of marks) events.push([m.start, 1, m.match], [m.end, -1, m.match]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const active = new Map<number, number>();
  const out: string[] = [];
  let pos = 0;
  let e = 0;
  while (e < events.length) {
    const at = (events[e] as [number, number, number])[0];
    if (at > pos) {
      const piece = escapeHtml(text.slice(pos, at));
      if (active.size === 0) out.push(piece);
      else {
        const ids = [...active.keys()].sort((a, b) => a - b);
        const top = ids.reduce((best, id) => ((lengths[id] as number) < (lengths[best] as number) ? id : best), ids[0] as number);
        // the title (every covering fact's fields) is set by the page's script from the rows' data-tip
        out.push(`<span class="m on c-${escapeHtml((matches[top] as ReportMatch).category)}" data-m="${ids.join(' ')}">${piece}</span>`);
      }
      pos = at;
    }
    while (e < events.length && (events[e] as [number, number, number])[0] === at) {
      const [, kind, match] = events[e] as [number, number, number];
      const n = (active.get(match) ?? 0) + kind;
      if (n <= 0) active.delete(match);
      else active.set(match, n);
      e += 1;
    }
  }
  out.push(escapeHtml(text.slice(pos)));
  return out.join('');
}

function documentSection(doc: EvalReport['documents'][number], index: number, text: string | undefined): string {
  const c = doc.counts;
  const lengths = doc.matches.map((m) => {
    const f = (m.gold ?? m.pred) as FactRecord;
    return f.end - f.start;
  });
  const status = doc.status === 'scored' ? '' : ` · <strong>${escapeHtml(doc.status)}${doc.error === undefined ? '' : `: ${escapeHtml(doc.error.code)} ${escapeHtml(doc.error.message)}`}</strong>`;
  const body = text === undefined
    ? '<p class="note">The article text is not available (give --corpus, or predictions that carry their text).</p>'
    : `<pre class="text">${highlight(text, doc.matches, lengths)}</pre>`;
  const rows = doc.matches.map((m, k) => {
    const differs = (m.differs ?? []).map((d) => `${d.field}: ${formatValue(d.gold)} → ${formatValue(d.pred)}`).join('; ');
    return `<tr class="match" data-mark="${k}" data-type="${escapeHtml(m.type)}" data-cat="${escapeHtml(m.category)}" data-len="${lengths[k] as number}" data-tip="${escapeHtml(tipOf(m))}">`
      + `<td class="cat"><span class="swatch c-${escapeHtml(m.category)}"></span>${escapeHtml(m.category)}</td><td>${escapeHtml(m.type)}</td>${factLine(m.gold)}${factLine(m.pred)}`
      + `<td class="fields">${escapeHtml(differs)}${m.dateOverlap === undefined ? '' : ` <small>(overlap ${num(m.dateOverlap)})</small>`}</td></tr>`;
  });
  return `<article class="doc" id="doc-${index}" data-id="${escapeHtml(doc.id)}">
<h2>${escapeHtml(doc.id)} <small>${escapeHtml(doc.lang)}${status} · <span data-k="doc.counts">COR ${c.correct} · INC ${c.incorrect} · PAR ${c.partial} · MIS ${c.missed} · SPU ${c.spurious}</span></small></h2>
${body}
<table class="matches"><thead><tr><th>category</th><th>type</th><th>golden</th><th>predicted</th><th>fields that differ</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</article>`;
}

/**
 * One self-contained HTML page (inline CSS and JS, no external resource, a Content-Security-Policy that allows
 * only its own script): the score tables, a legend and filters by type and category, then each article's text
 * with golden and predicted facts highlighted by category (hover for the fields), and the list of matches.
 * Every article text and field value is HTML-escaped.
 */
export function renderHtml(report: EvalReport, docs: readonly HtmlDocument[], options: RenderHtmlOptions = {}): string {
  const title = options.title ?? 'faits eval';
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const langs = Object.keys(report.languages);
  const tables = langs.map((lang) => scoreTable(lang, `Language ${lang}`, report.languages[lang] as Summary));
  if (langs.length !== 1) tables.push(scoreTable('all', 'All languages', report.overall));
  const present = new Set(report.documents.flatMap((d) => d.matches.map((m) => m.type)));
  const typeBoxes = FACT_TYPES.filter((t) => present.has(t))
    .map((t) => `<label><input type="checkbox" class="f-type" value="${t}" checked> ${t}</label>`).join('');
  const catBoxes = MATCH_CATEGORIES
    .map((c) => `<label><input type="checkbox" class="f-cat" value="${c}" checked><span class="swatch c-${c}"></span>${escapeHtml(CATEGORY_LABEL[c])}</label>`).join('');
  const h = report.headline;
  const notes: string[] = [];
  if (report.skipped.length > 0) notes.push(`<p class="note">Skipped: ${report.skipped.map((s) => `${escapeHtml(s.id)} (${escapeHtml(s.reason)})`).join(', ')}.</p>`);
  if (report.errors.length > 0) {
    notes.push(`<p class="note">Error records: ${report.errors.map((e) => `${escapeHtml(e.id ?? `line ${e.line ?? '?'}`)} ${escapeHtml(e.code)}: ${escapeHtml(e.message)} (${e.missed} golden fact(s) missed)`).join('; ')}.</p>`);
  }
  if (report.problems.length > 0) {
    notes.push(`<details class="note"><summary>${report.problems.length} problem(s) in the predictions</summary><ul>${report.problems.map((p) => `<li>${escapeHtml(p.message)}</li>`).join('')}</ul></details>`);
  }
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="headline">${report.overall.documents} document(s) · mode <strong data-k="mode">${escapeHtml(h.mode)}</strong> · micro P <span data-k="headline.precision">${num(h.precision)}</span> · R <span data-k="headline.recall">${num(h.recall)}</span> · F1 <span data-k="headline.f1">${num(h.f1)}</span> · a partial match counts ${report.partialWeight} in the lenient scores</p>
</header>
<section id="scores">
${tables.join('\n')}
${notes.join('\n')}
</section>
<section class="controls" aria-label="filters">
<fieldset><legend>Fact types</legend>${typeBoxes} <button type="button" data-set="all" data-group="f-type">all</button> <button type="button" data-set="none" data-group="f-type">none</button></fieldset>
<fieldset><legend>Legend and categories</legend>${catBoxes}</fieldset>
</section>
<section id="documents">
${report.documents.map((d, i) => documentSection(d, i, texts.get(d.id))).join('\n')}
</section>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
