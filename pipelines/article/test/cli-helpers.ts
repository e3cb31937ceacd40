/** Running the `faits` command line in-process, for the CLI and worker-pool tests. */
import { PassThrough, Readable, Writable } from 'node:stream';
import { expect } from 'vitest';
import { main } from '@faits/pipeline-article';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `faits ARGS` with `stdin` as standard input; collects standard output (unless `stdout` is given) and error. */
export async function runCli(args: readonly string[], options: { readonly stdin?: string | Buffer; readonly stdout?: Writable } = {}): Promise<CliRun> {
  const stdout = options.stdout ?? new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  if (options.stdout === undefined) stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(args, { stdin: Readable.from([Buffer.from(options.stdin ?? '')]), stdout, stderr });
  return { code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') };
}

/**
 * Runs `faits ARGS` (a batch writing to standard output) into a pipe that closes after three lines, as `| head -3`
 * does, and checks the outcome: exit 1, E_OUTPUT_UNWRITABLE naming EPIPE, and only whole lines written.
 */
export async function expectClosedPipeHandled(args: readonly string[]): Promise<void> {
  const written: string[] = [];
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (written.length >= 3) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        return;
      }
      written.push(chunk.toString('utf8'));
      callback();
    },
  });
  const result = await runCli(args, { stdout });
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/E_OUTPUT_UNWRITABLE: Cannot write the output: write EPIPE/u);
  expect(written.length).toBeGreaterThan(0);
  for (const line of written) expect(line.endsWith('\n')).toBe(true);
}
