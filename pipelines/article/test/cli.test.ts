import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertDocument, type Document } from '@faits/document';
import { expectClosedPipeHandled, runCli, type CliRun } from './cli-helpers.ts';

const SEED = join(import.meta.dirname, '../../../corpus/fr/fr-0001-xai-supercalculateur.txt');

const run = (args: string[], stdin: string | Buffer = ''): Promise<CliRun> => runCli(args, { stdin });

const tmp = () => mkdtemp(join(tmpdir(), 'faits-cli-'));

describe('faits extract (one file)', () => {
  it('the seed article gives a valid French Document with tokens and sentences', async () => {
    const { code, out } = await run(['extract', SEED, '--pipeline', 'light', '--published', '2024-05-26', '--check']);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Document;
    assertDocument(doc);
    expect(doc.id).toBe('fr-0001-xai-supercalculateur');
    expect(doc.lang).toBe('fr');
    expect(doc.text).toBe(await readFile(SEED, 'utf8'));
    expect(doc.sentences?.length).toBeGreaterThan(10);
    const token = doc.tokens?.find((t) => t.text === '100 000');
    expect(token).toMatchObject({ start: 447, end: 454, text: '100 000', kind: 'number' });
  });

  it('reads standard input with -', async () => {
    const { code, out } = await run(['extract', '-', '--pipeline', 'light', '--format', 'jsonl'], 'Le PDG de xAI a annoncé 6 milliards de dollars.');
    expect(code).toBe(0);
    expect(out.endsWith('\n')).toBe(true);
    expect((JSON.parse(out) as Document).lang).toBe('fr');
  });

  it('empty input is an error with a code and a hint, exit 1', async () => {
    const { code, err } = await run(['extract', '-', '--pipeline', 'light'], '   \n');
    expect(code).toBe(1);
    expect(err).toMatch(/E_EMPTY_TEXT/u);
    expect(err).toMatch(/hint:/u);
  });

  it('binary input (NUL bytes) is E_BINARY_INPUT, invalid UTF-8 is E_INVALID_ENCODING', async () => {
    expect((await run(['extract', '-', '--pipeline', 'light'], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).err).toMatch(/E_BINARY_INPUT/u);
    const latin1 = Buffer.from('Café à Paris', 'latin1');
    const result = await run(['extract', '-', '--pipeline', 'light'], latin1);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/E_INVALID_ENCODING/u);
  });

  it('a BOM is removed and reported; offsets count from after it', async () => {
    const { code, out } = await run(['extract', '-', '--pipeline', 'light'], '\uFEFFNvidia vend 100 000 puces.');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Document;
    expect(doc.text.startsWith('Nvidia')).toBe(true);
    expect(doc.diagnostics.map((d) => d.code)).toContain('BOM_REMOVED');
  });

  it('bad usage exits 2: unknown command, unknown --lang, bad --published, unknown option, missing file is 1', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const lang = await run(['extract', SEED, '--lang', 'xx']);
    expect(lang.code).toBe(2);
    expect(lang.err).toMatch(/E_UNKNOWN_LANGUAGE/u);
    expect((await run(['extract', SEED, '--published', '26/05/2024'])).code).toBe(2);
    expect((await run(['extract', SEED, '--nope'])).code).toBe(2);
    expect((await run(['extract', SEED, '--pipeline', 'nope'])).code).toBe(2);
    const folder = await run(['extract', await tmp()]);
    expect(folder.code).toBe(1);
    expect(folder.err).toMatch(/E_FILE_UNREADABLE/u);
    const missing = await run(['extract', '/nonexistent/file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/E_FILE_NOT_FOUND/u);
  });
});

describe('faits extract --jsonl (batch)', () => {
  it('a good line, a malformed JSON line and an empty text give three lines, two of them error records, exit 0', async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    await writeFile(input, [
      JSON.stringify({ id: 'a1', text: 'xAI lève 6 milliards de dollars auprès d’investisseurs.', published: '2024-05-27' }),
      '{"id": "a2", "text": "oops',
      JSON.stringify({ id: 'a3', text: '' }),
    ].join('\n'));
    const { code, out } = await run(['extract', '--jsonl', input, '--pipeline', 'light']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a1', lang: 'fr' });
    expect(lines[1]).toMatchObject({ id: null, line: 2, error: { code: 'E_INVALID_JSON' } });
    expect(lines[2]).toMatchObject({ id: 'a3', line: 3, error: { code: 'E_EMPTY_TEXT' } });
  });

  it('records with no text, a wrong type, duplicate ids and unknown fields each get an answer, in input order', async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'out.jsonl');
    await writeFile(input, [
      JSON.stringify({ id: 'b1' }),
      JSON.stringify({ id: 'b2', text: 42 }),
      JSON.stringify({ id: 'b3', text: 'Nvidia a vendu 3,5 millions de GPU en 2023.', extra: true }),
      JSON.stringify({ id: 'b3', text: 'Encore.' }),
      JSON.stringify({ id: 'b5', text: 'Meta investit 10 milliards.', lang: 'klingon' }),
      '[1, 2]',
    ].join('\r\n'));
    const result = await run(['extract', '--jsonl', input, '--out', out, '--pipeline', 'light', '--concurrency', '3']);
    expect(result.code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['id'], (l['error'] as { code?: string } | undefined)?.code ?? 'ok'])).toEqual([
      ['b1', 'E_INVALID_RECORD'], ['b2', 'E_INVALID_RECORD'], ['b3', 'ok'], ['b3', 'E_DUPLICATE_ID'],
      ['b5', 'E_UNKNOWN_LANGUAGE'], [null, 'E_INVALID_RECORD'],
    ]);
    expect((lines[2] as Document).diagnostics.map((d) => d.code)).toContain('UNKNOWN_INPUT_FIELD');
  });

  it('--resume skips the ids already in OUT and drops a line cut short', async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'out.jsonl');
    const records = ['c1', 'c2', 'c3', 'c4'].map((id, i) => JSON.stringify({ id, text: `Article ${i} : Google investit ${i + 1} milliards.` }));
    await writeFile(input, records.join('\n'));
    expect((await run(['extract', '--jsonl', input, '--out', out, '--pipeline', 'light'])).code).toBe(0);
    const full = (await readFile(out, 'utf8')).split('\n');
    // keep c1, c2 and half of c3's line, as a killed process would leave it
    await writeFile(out, `${full[0]}\n${full[1]}\n${(full[2] ?? '').slice(0, 40)}`);
    const resumed = await run(['extract', '--jsonl', input, '--out', out, '--pipeline', 'light', '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.err).toMatch(/2 skipped/u);
    const ids = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['c1', 'c2', 'c3', 'c4']);
  });
});

describe('faits extract --jsonl: output that cannot be written', () => {
  it('an --out in a folder that does not exist is E_OUTPUT_UNWRITABLE, exit 1', async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    await writeFile(input, `${JSON.stringify({ id: 'a', text: 'Nvidia vend 100 000 puces.' })}\n`);
    const result = await run(['extract', '--jsonl', input, '--out', join(dir, 'missing', 'out.jsonl'), '--pipeline', 'light']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/E_OUTPUT_UNWRITABLE/u);
  });

  it('a closed pipe (EPIPE) on standard output ends with exit 1 and a clear message, no half line', async () => {
    const dir = await tmp();
    const input = join(dir, 'in.jsonl');
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `p${i}`, text: `Article ${i}: Meta investit ${i} milliards.` }));
    await writeFile(input, `${lines.join('\n')}\n`);
    await expectClosedPipeHandled(['extract', '--jsonl', input, '--pipeline', 'light']);
  });
});

describe('faits detect', () => {
  it('ranks languages with scores', async () => {
    const { code, out } = await run(['detect', '-'], 'The supercomputer will link 100,000 Nvidia chips and should be running by the fall of 2025.');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { lang: string; languages: { lang: string; score: number }[] };
    expect(result.lang).toBe('en');
    expect(result.languages[0]?.lang).toBe('en');
  });
});
