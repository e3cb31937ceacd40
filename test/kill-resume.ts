import { spawn } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'pipelines/article/src/bin.ts');

const SENTENCES = [
  'Nvidia a vendu 3,5 millions de GPU au troisième trimestre 2024.',
  'Mistral AI lève 600 millions d’euros auprès de ses investisseurs.',
  'The company plans to cut 1,200 jobs by the end of 2025.',
  'Infineon will bis Ende 2025 rund 1.400 Stellen streichen.',
  'Telefónica invertirá 1.500 millones de euros en España.',
];

function runCli(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['--conditions=@faits/source', '--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.resume();
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done };
}

async function waitForBytes(path: string, min: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const size = await stat(path).then((s) => s.size, () => 0);
    if (size >= min) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface RoundResult { readonly records: number; readonly killedAfterBytes: number; readonly linesAfterKill?: number; readonly signal: string; readonly ok: boolean; readonly problem?: string }

/**
 * One round: a batch of `records` lines is killed (SIGKILL or SIGINT) at a random point of its output, then resumed
 * with --resume; OUT must hold every id exactly once, in input order, every line complete JSON.
 */
export async function killAndResume(records: number, signal: 'SIGKILL' | 'SIGINT', seed: number): Promise<RoundResult> {
  const dir = await mkdtemp(join(tmpdir(), 'faits-resume-'));
  const input = join(dir, 'in.jsonl');
  const out = join(dir, 'out.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < records; i += 1) {
    lines.push(JSON.stringify({ id: `r${i}`, text: `${SENTENCES[i % SENTENCES.length]} (${i})`, published: '2024-05-26' }));
  }
  await writeFile(input, `${lines.join('\n')}\n`);
  const args = ['extract', '--jsonl', input, '--out', out, '--pipeline', 'light'];
  const first = runCli(args);
  // a pseudo-random point: somewhere in the first ~60% of the expected output
  const x = Math.sin(seed * 9301 + 49297) * 233280;
  const fraction = 0.05 + 0.55 * (x - Math.floor(x));
  const target = Math.floor(records * 1400 * fraction);
  await waitForBytes(out, target, 60_000);
  const killedAfterBytes = await stat(out).then((s) => s.size, () => 0);
  first.child.kill(signal);
  await first.done;
  const linesAfterKill = (await readFile(out, 'utf8')).split('\n').length - 1;
  const second = runCli([...args, '--resume']);
  const code = await second.done;
  const text = await readFile(out, 'utf8');
  const outLines = text.split('\n');
  if (outLines.pop() !== '') return { records, killedAfterBytes, signal, ok: false, problem: 'OUT does not end with a newline' };
  const ids: string[] = [];
  for (const line of outLines) {
    try {
      ids.push((JSON.parse(line) as { id: string }).id);
    } catch {
      return { records, killedAfterBytes, signal, ok: false, problem: `a line is not complete JSON: ${line.slice(0, 60)}` };
    }
  }
  const expected = Array.from({ length: records }, (_, i) => `r${i}`);
  if (code !== 0) return { records, killedAfterBytes, signal, ok: false, problem: `resume exited ${code}` };
  if (ids.length !== records || ids.some((id, i) => id !== expected[i])) {
    const dup = ids.length - new Set(ids).size;
    return { records, killedAfterBytes, signal, ok: false, problem: `${ids.length} lines for ${records} records (${dup} duplicated)` };
  }
  return { records, killedAfterBytes, linesAfterKill, signal, ok: true };
}
