import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '@faits/pipeline-article';

// `faits enqueue|worker|collect|status` load @faits/queue with a dynamic import from pipelines/article (plain `extract`
// never loads BullMQ); in the workspace it resolves through the root's devDependencies.

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await main(args, { stdin: Readable.from([]), stdout: new PassThrough(), stderr });
  return { code, err };
}

describe('faits CLI → @faits/queue', () => {
  it('faits status reaches runQueueCommand: no server → E_QUEUE_UNAVAILABLE, exit 1', async () => {
    const { code, err } = await run(['status', '--redis', 'redis://127.0.0.1:1']);
    expect(err).toMatch(/^faits: E_QUEUE_UNAVAILABLE: Cannot reach the Redis server at redis:\/\/127\.0\.0\.1:1/u);
    expect(code).toBe(1);
  });

  it('faits --help lists the four queue commands', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    expect(await main(['--help'], { stdin: Readable.from([]), stdout, stderr: new PassThrough() })).toBe(0);
    for (const command of ['enqueue --jsonl', 'worker [--redis URL]', 'collect --out', 'status [--redis URL]']) expect(out).toContain(`faits ${command}`);
  });
});
