/**
 * The fuzz run: the properties of `test/fuzz-properties.ts` on many generated cases (100,000 by default), split
 * across the properties by their weight. Every case is run (a failing case does not stop the run), failures are
 * counted per property, and the first failing case of each property is shrunk by fast-check to a minimal
 * counterexample, printed with invisible characters escaped.
 *
 *   pnpm fuzz [cases] [--seed N] [--only TEXT]
 *
 * Prints one line per property, then `N passed, M failed` (cases). Exit status 1 when any case failed.
 */
import fc from 'fast-check';
import { PROPERTIES, toAsyncProperty, type AnyFuzzProperty } from '../test/fuzz-properties.ts';

interface Args {
  readonly cases: number;
  readonly seed: number;
  readonly only: string | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  let cases = 100_000;
  let seed = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
  let only: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--only') only = argv[++i];
    else if (/^\d[\d_,]*$/u.test(arg)) cases = Number(arg.replaceAll(/[_,]/gu, ''));
    else {
      process.stderr.write(`Unknown argument ${JSON.stringify(arg)}. Usage: pnpm fuzz [cases] [--seed N] [--only TEXT]\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
    process.stderr.write('cases must be a whole number from 1 up, and --seed a whole number.\n');
    process.exit(2);
  }
  return { cases, seed, only };
}

/** Cases for each property, in proportion to its weight, adding up to `total`. */
function split(properties: readonly AnyFuzzProperty[], total: number): number[] {
  const weights = properties.map((p) => p.weight ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % counts.length, left--) counts[i]! += 1;
  return counts;
}

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{M}\p{Co}\p{Cn}]/gu;

/** JSON with invisible and ambiguous characters (controls, format, spaces other than U+0020, marks) escaped. */
function show(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) {
      const buffer = Buffer.from(v);
      try {
        return { utf8: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
      } catch {
        return { bytes: buffer.toString('hex') };
      }
    }
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (v === undefined) return '<undefined>';
    return v;
  }) ?? String(value);
  return json.replace(INVISIBLE, (c) => (c === ' ' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}

interface PropertyReport {
  readonly property: AnyFuzzProperty;
  readonly cases: number;
  readonly failures: number;
  readonly ms: number;
  readonly slowestMs: number;
}

async function runProperty(property: AnyFuzzProperty, numRuns: number, seed: number): Promise<PropertyReport> {
  let index = 0;
  let failures = 0;
  let firstFailure = -1;
  let slowestMs = 0;
  const kinds = new Map<string, number>();
  // Count every case: the predicate is caught here, so fast-check goes on after a failure.
  const counting = fc.asyncProperty(property.arbitrary, async (value) => {
    const at = index++;
    const t0 = performance.now();
    try {
      await property.predicate(value);
    } catch (error) {
      failures += 1;
      if (firstFailure < 0) firstFailure = at;
      const kind = firstLine(error).replaceAll(/\d+/gu, '#');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    } finally {
      slowestMs = Math.max(slowestMs, performance.now() - t0);
    }
    return true;
  });
  const started = performance.now();
  const details = await fc.check(counting, { numRuns, seed });
  const ms = performance.now() - started;
  if (details.failed) {
    // Only a generator can fail here (the predicate never throws).
    failures += 1;
    kinds.set(`generator error: ${firstLine(details.errorInstance)}`, 1);
  }
  const report = { property, cases: index, failures, ms, slowestMs };
  const status = failures === 0 ? 'ok  ' : 'FAIL';
  process.stdout.write(`${status} ${property.pkg} ${property.fn}: ${index} cases, ${failures} failed, ${(ms / 1000).toFixed(1)} s (slowest case ${slowestMs.toFixed(0)} ms)\n`);
  if (failures > 0) {
    process.stdout.write(`     property: ${property.name}\n`);
    for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 6)) process.stdout.write(`     ${count} × ${kind}\n`);
    if (firstFailure >= 0) {
      // Replay the first failing case and let fast-check shrink it.
      const shrunk = await fc.check(toAsyncProperty(property), { numRuns, seed, path: String(firstFailure) });
      if (shrunk.failed) {
        process.stdout.write(`     minimal counterexample (seed ${seed}, path ${shrunk.counterexamplePath ?? '?'}, ${shrunk.numShrinks} shrinks):\n`);
        process.stdout.write(`       ${show(shrunk.counterexample?.[0])}\n`);
        process.stdout.write(`       → ${firstLine(shrunk.errorInstance)}\n`);
      }
    }
  }
  return report;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const properties = PROPERTIES.filter((p) => args.only === undefined || `${p.pkg} ${p.fn} ${p.name}`.includes(args.only));
  if (properties.length === 0) {
    process.stderr.write(`No property matches ${JSON.stringify(args.only)}.\n`);
    process.exit(2);
  }
  const counts = split(properties, args.cases);
  process.stdout.write(`fuzz: ${args.cases} cases over ${properties.length} properties, seed ${args.seed} (replay: pnpm fuzz ${args.cases} --seed ${args.seed})\n`);
  const started = performance.now();
  const reports: PropertyReport[] = [];
  for (const [i, property] of properties.entries()) {
    reports.push(await runProperty(property, counts[i]!, args.seed + i));
  }
  const cases = reports.reduce((a, r) => a + r.cases, 0);
  const failed = reports.reduce((a, r) => a + r.failures, 0);
  const broken = reports.filter((r) => r.failures > 0).length;
  process.stdout.write(`${properties.length - broken} of ${properties.length} properties held; ${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`${cases - failed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
