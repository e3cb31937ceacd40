import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FaitsError, JsonlWriter, readJsonl, type JsonlLine } from '@faits/document';

async function collect(chunks: (string | Uint8Array)[]): Promise<JsonlLine[]> {
  const out: JsonlLine[] = [];
  async function* source(): AsyncGenerator<string | Uint8Array> {
    yield* chunks;
  }
  for await (const line of readJsonl(source())) out.push(line);
  return out;
}

describe('readJsonl', () => {
  it('reads lines split across chunks, with a BOM and CRLF line ends', async () => {
    const lines = await collect(['\uFEFF{"id":"a","te', 'xt":"é"}\r\n{"id":"b"', ',"text":"x"}\r\n']);
    expect(lines).toEqual([{ line: 1, value: { id: 'a', text: 'é' } }, { line: 2, value: { id: 'b', text: 'x' } }]);
  });

  it('a malformed JSON line is an error item with E_INVALID_JSON, and reading goes on', async () => {
    const lines = await collect(['{"id":"a","text":"x"}\n{not json\n{"id":"c","text":"y"}']);
    expect(lines).toHaveLength(3);
    const bad = lines[1];
    expect(bad && 'error' in bad ? bad.error.code : undefined).toBe('E_INVALID_JSON');
    expect(lines[2]).toEqual({ line: 3, value: { id: 'c', text: 'y' } });
  });

  it('invalid UTF-8 is reported as E_INVALID_ENCODING for that line only', async () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"a","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"b","text":"ok"}\n')]);
    const lines = await collect([new Uint8Array(bytes)]);
    expect(lines).toHaveLength(2);
    const first = lines[0];
    expect(first && 'error' in first ? first.error.code : undefined).toBe('E_INVALID_ENCODING');
    expect(lines[1]).toEqual({ line: 2, value: { id: 'b', text: 'ok' } });
  });

  it('a multi-byte character split between two chunks is decoded whole (astral characters)', async () => {
    const bytes = Buffer.from('{"t":"🚀"}\n');
    const lines = await collect([new Uint8Array(bytes.subarray(0, 8)), new Uint8Array(bytes.subarray(8))]);
    expect(lines).toEqual([{ line: 1, value: { t: '🚀' } }]);
  });

  it('a surrogate pair split between two string chunks (astral characters) is decoded whole', async () => {
    const lines = await collect(['{"t":"\ud83d', '\ude80"}\n']);
    expect(lines).toEqual([{ line: 1, value: { t: '🚀' } }]);
  });

  it('blank lines are skipped but still counted in line numbers', async () => {
    const lines = await collect(['\n  \n{"a":1}\n']);
    expect(lines).toEqual([{ line: 3, value: { a: 1 } }]);
  });
});

describe('JsonlWriter', () => {
  it('waiting for drain many times leaves no listener behind (memory stays flat on a slow output)', async () => {
    const lines: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString('utf8'));
        setImmediate(callback);
      },
    });
    const before = slow.listenerCount('error');
    const writer = new JsonlWriter(slow);
    for (let i = 0; i < 500; i += 1) await writer.write({ id: `a${i}`, text: 'x'.repeat(40) });
    expect(slow.listenerCount('error')).toBe(before + 1); // the writer's own, nothing per wait
    expect(slow.listenerCount('drain')).toBe(0);
    await writer.close();
    expect(lines.join('').split('\n').filter((l) => l !== '')).toHaveLength(500);
  });

  it('writes one line per value, line breaks in strings escaped', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const writer = new JsonlWriter(sink);
    await writer.write({ id: 'a', text: 'l1\nl2' });
    await writer.write({ id: 'b' });
    await writer.close();
    expect(Buffer.concat(chunks).toString('utf8')).toBe('{"id":"a","text":"l1\\nl2"}\n{"id":"b"}\n');
  });

  it('a failing output (disk full) becomes E_OUTPUT_UNWRITABLE', async () => {
    const failing = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
      },
    });
    const writer = new JsonlWriter(failing);
    let error: unknown;
    try {
      await writer.write({ id: 'a' });
      await writer.write({ id: 'b' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FaitsError);
    expect((error as FaitsError).code).toBe('E_OUTPUT_UNWRITABLE');
    expect((error as FaitsError).message).toMatch(/ENOSPC/u);
  });
});
