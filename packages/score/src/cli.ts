import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { FaitsError, readJsonl, toFaitsError } from '@faits/document';
import { EVAL_MODES, evaluate, type EvalMode } from './evaluate.ts';
import { formatDiff, formatTable } from './format.ts';
import { loadGolden } from './golden.ts';
import { renderHtml, type HtmlDocument } from './html.ts';

export const EVAL_USAGE = `faits eval — score predicted facts against golden annotations

Usage:
  faits eval --gold golden/ --pred OUT.jsonl [--corpus corpus/] [--json metrics.json] [--html report.html]
             [--mode strict|lenient] [--diff] [--fields] [--skip-unpredicted]

  --gold DIR          golden files, DIR/<lang>/<id>.json
  --pred FILE|-       the output of \`faits extract --jsonl\`: one Document or error record per line
  --corpus DIR        article texts, DIR/<lang>/<id>.txt: golden spans are checked against them, and the HTML
                      report shows them (otherwise the texts carried by the predictions are shown)
  --json FILE         write the full report (metrics, every match) as JSON
  --html FILE         write a self-contained HTML report
  --mode MODE         headline schema: strict (default) or lenient; both are always computed
  --diff              print missed, spurious, incorrect and partial facts per document after the table
  --fields            add field-by-field correctness to the table
  --skip-unpredicted  skip golden documents with no prediction line (default: their facts are missed)

Exit status: 0 when scored, 2 for bad usage, 1 otherwise (unreadable or invalid golden files, unwritable output).
`;

/** What `runEval` writes to and reads from; `process` fits. */
export interface EvalIo {
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
}

const OPTIONS = {
  gold: { type: 'string' },
  pred: { type: 'string' },
  corpus: { type: 'string' },
  json: { type: 'string' },
  html: { type: 'string' },
  mode: { type: 'string' },
  diff: { type: 'boolean', default: false },
  fields: { type: 'boolean', default: false },
  'skip-unpredicted': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends FaitsError {}

async function readPredictions(path: string, io: EvalIo): Promise<unknown[]> {
  let source: AsyncIterable<Uint8Array | string>;
  if (path === '-') {
    if (io.stdin === undefined) throw new UsageError('E_USAGE', '--pred - reads standard input, which this caller does not give.');
    source = io.stdin;
  } else {
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new FaitsError('E_FILE_UNREADABLE', `${path} is not a file.`);
    } catch (error) {
      if (error instanceof FaitsError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new FaitsError(code === 'ENOENT' ? 'E_FILE_NOT_FOUND' : 'E_FILE_UNREADABLE', `Cannot read the predictions ${path}: ${(error as Error).message}`, { cause: error });
    }
    source = createReadStream(path);
  }
  const values: unknown[] = [];
  for await (const item of readJsonl(source)) {
    if ('error' in item) values.push({ id: null, line: item.line, error: { code: item.error.code, message: item.error.message } });
    else values.push(item.value);
  }
  return values;
}

async function write(path: string, content: string): Promise<void> {
  try {
    await writeFile(path, content, 'utf8');
  } catch (cause) {
    throw new FaitsError('E_OUTPUT_UNWRITABLE', `Cannot write ${path}: ${(cause as Error).message}`, { cause });
  }
}

/**
 * `faits eval`: loads the golden files, reads the predictions, prints the score table (and the diff with
 * `--diff`), writes the JSON and HTML reports when asked. Returns the exit status; never throws.
 */
export async function runEval(argv: readonly string[], io: EvalIo = process): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
    } catch (error) {
      throw new UsageError('E_USAGE', (error as Error).message);
    }
    const { values } = parsed;
    if (values.help) {
      io.stdout.write(EVAL_USAGE);
      return 0;
    }
    if (values.gold === undefined || values.pred === undefined) {
      throw new UsageError('E_USAGE', `--gold and --pred are required.\n\n${EVAL_USAGE}`);
    }
    const mode = (values.mode ?? 'strict') as EvalMode;
    if (!EVAL_MODES.includes(mode)) throw new UsageError('E_INVALID_OPTION', `--mode must be strict or lenient, got "${values.mode}".`);

    const gold = loadGolden(values.gold, values.corpus === undefined ? {} : { corpus: values.corpus });
    if (gold.length === 0) throw new FaitsError('E_FILE_NOT_FOUND', `No golden file in ${values.gold}/<lang>/*.json.`);
    const pred = await readPredictions(values.pred, io);
    const report = evaluate({ gold, pred, mode, ...(values['skip-unpredicted'] ? { unpredicted: 'skip' as const } : {}) });

    io.stdout.write(formatTable(report, { fields: values.fields }));
    if (values.diff) io.stdout.write(`\n${formatDiff(report)}`);
    if (values.json !== undefined) {
      await write(values.json, `${JSON.stringify(report, null, 2)}\n`);
      io.stderr.write(`faits eval: wrote ${values.json}\n`);
    }
    if (values.html !== undefined) {
      const texts = new Map<string, string>();
      for (const g of gold) if (g.text !== undefined) texts.set(g.id, g.text);
      for (const value of pred) {
        if (value === null || typeof value !== 'object') continue;
        const { id, text } = value as { id?: unknown; text?: unknown };
        if (typeof id === 'string' && typeof text === 'string' && !texts.has(id)) texts.set(id, text);
      }
      const docs: HtmlDocument[] = [...texts].map(([id, text]) => ({ id, text }));
      await write(values.html, renderHtml(report, docs));
      io.stderr.write(`faits eval: wrote ${values.html}\n`);
    }
    if (report.problems.length > 0) io.stderr.write(`faits eval: ${report.problems.length} problem(s) in the predictions (listed in the JSON report).\n`);
    return 0;
  } catch (caught) {
    const error = toFaitsError(caught);
    const usage = caught instanceof UsageError || error.code === 'E_USAGE' || error.code === 'E_INVALID_OPTION';
    io.stderr.write(`faits eval: ${error.code}: ${error.message}\n  hint: ${error.hint}\n`);
    return usage ? 2 : 1;
  }
}
