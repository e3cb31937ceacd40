/**
 * The packages as a user gets them: built, packed with `pnpm pack`, installed with plain npm into a folder outside
 * the workspace (no TypeScript loader, no workspace links, no source condition), then used three ways: a plain ESM
 * script, a TypeScript file type-checked against the shipped .d.ts, and the `faits` binary through `npx`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, packAll, sizeTable, type PackedPackage } from '../scripts/pack.ts';

const SEED = join(ROOT, 'corpus/fr/fr-0001-xai-supercalculateur.txt');
const CONSUMER = join(ROOT, 'test/consumer');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const TYPES_NODE = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;

let work: string;
let app: string;
let packs: PackedPackage[];

const run = (command: string, args: readonly string[], cwd = app) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NODE_OPTIONS: '' } });

beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'faits-pack-')));
  packs = packAll(join(work, 'tarballs'));
  process.stdout.write(`${sizeTable(packs)}\n`);
  app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  const dependencies = Object.fromEntries(packs.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({
    name: 'faits-consumer', private: true, type: 'module', dependencies,
    devDependencies: { '@types/node': TYPES_NODE },
    // @xenova/transformers 2.17.2 asks for sharp 0.32, whose install script downloads libvips from GitHub;
    // sharp 0.34 ships its binary as an npm package. The same override is given in packages/ner/README.md.
    overrides: { sharp: '^0.34.0' },
  }, null, 2)}\n`);
  for (const file of ['extract.mjs', 'check.ts', 'tsconfig.json']) copyFileSync(join(CONSUMER, file), join(app, file));
  copyFileSync(SEED, join(app, 'seed.txt'));
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stdout}\n${install.stderr}`);
}, 600_000);

afterAll(() => {
  // a 300 MB node_modules: removing it takes more than the default 10 s hook timeout on a busy machine
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
}, 300_000);

describe('packed packages installed outside the workspace', () => {
  it('packs every public package with dist/, a README and no TypeScript sources or tests', () => {
    expect(packs.map((p) => p.name)).toEqual(expect.arrayContaining([
      '@faits/claims', '@faits/dates', '@faits/document', '@faits/langid', '@faits/ner', '@faits/ner-model',
      '@faits/numbers', '@faits/pipeline-article', '@faits/score', '@faits/tokenize',
    ]));
    for (const pack of packs) {
      const files = execFileSync('tar', ['-tzf', pack.tarball], { encoding: 'utf8' }).trim().split('\n');
      expect(files, pack.name).toContain('package/dist/index.js');
      expect(files, pack.name).toContain('package/dist/index.d.ts');
      expect(files, pack.name).toContain('package/README.md');
      expect(files.filter((f) => /\/(src|test)\/|\.test\.|\.tmp\./.test(f)), pack.name).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules', pack.name, 'package.json'), 'utf8')) as Record<string, unknown>;
      expect(JSON.stringify(manifest), pack.name).not.toMatch(/workspace:|catalog:|@faits\/source/);
      expect(manifest['engines'], pack.name).toEqual({ node: '>=20.11' });
    }
  });

  it('ships the model inside @faits/ner-model: the int8 and fp32 ONNX files and the tokenizer', () => {
    const model = join(app, 'node_modules/@faits/ner-model/model');
    for (const file of ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx', 'onnx/model.onnx']) {
      expect(existsSync(join(model, file)), file).toBe(true);
    }
    const size = packs.find((p) => p.name === '@faits/ner-model')?.unpacked ?? 0;
    expect(size).toBeGreaterThan(9e6);
  });

  it('a plain ESM script extracts the dates, numbers and entities of a French sentence', () => {
    const result = run(process.execPath, ['extract.mjs']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = "Ce supercalculateur, qui reliera 100 000 puces Nvidia, devrait être opérationnel d'ici l'automne 2025.";
    const out = JSON.parse(result.stdout) as {
      dates: { start: number; end: number; text: string; relation: string; grain: string; value: { start: string; end: string } }[];
      numbers: { start: number; end: number; text: string; value: number; kind: string; number: { text: string } }[];
      entities: { start: number; end: number; text: string; label: string }[];
    };
    expect(out.dates).toHaveLength(1);
    const [date] = out.dates;
    expect(date).toMatchObject({ text: "d'ici l'automne 2025", relation: 'by', grain: 'season' });
    expect(text.slice(date?.start, date?.end)).toBe("d'ici l'automne 2025");
    expect(date?.value.start.startsWith('2025-09')).toBe(true);
    expect(date?.value.end.startsWith('2025-12')).toBe(true);
    const chips = out.numbers.find((n) => n.value === 100_000);
    expect(chips).toMatchObject({ kind: 'quantity', number: { text: '100 000' } });
    expect(text.slice(chips?.start, chips?.end)).toBe(chips?.text);
    const nvidia = out.entities.find((e) => e.text === 'Nvidia');
    expect(nvidia).toMatchObject({ start: 47, end: 53, label: 'ORG' });
  });

  it('a TypeScript project type-checks against the shipped .d.ts, and a wrong use is reported', () => {
    const ok = run(process.execPath, [TSC, '-p', 'tsconfig.json']);
    expect(`${ok.stdout}${ok.stderr}`).toBe('');
    expect(ok.status).toBe(0);
    // The same check must fail on a type error: the types are real, not `any`.
    writeFileSync(join(app, 'wrong.ts'), "import { extractNumbers } from '@faits/numbers';\nexport const n: string = extractNumbers('1', { lang: 'fr' });\n");
    const wrong = run(process.execPath, [TSC, '-p', 'tsconfig.json']);
    rmSync(join(app, 'wrong.ts'));
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/wrong\.ts\(2,14\): error TS2322/);
  });

  it('`npx faits extract` runs the whole pipeline on the seed article with the bundled model, no path given', () => {
    const result = run('npx', ['--no', '--', 'faits', 'extract', 'seed.txt', '--published', '2024-05-26']);
    expect(result.status, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      lang: string; text: string;
      entities: { start: number; end: number; text: string; label: string }[];
      facts: { type: string; start: number; end: number; text: string; value?: unknown }[];
    };
    expect(doc.lang).toBe('fr');
    expect(doc.text).toBe(readFileSync(SEED, 'utf8'));
    for (const item of [...doc.entities, ...doc.facts]) expect(doc.text.slice(item.start, item.end)).toBe(item.text);
    expect(doc.entities.some((e) => e.text === 'xAI' && e.label === 'ORG')).toBe(true);
    expect(doc.facts).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'quantity', text: '100 000 puces Nvidia', value: 100_000 }),
      expect.objectContaining({ type: 'date', text: 'd’ici l’automne 2025' }),
      expect.objectContaining({ type: 'organization', text: 'Nvidia' }),
    ]));
  });

  it('`npx faits --version` and a bad command give the documented exit statuses', () => {
    const version = run('npx', ['--no', '--', 'faits', '--version']);
    expect(version.stdout).toMatch(/^faits \d+\.\d+\.\d+\n$/);
    const bad = run('npx', ['--no', '--', 'faits', 'nonsense']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/E_USAGE/);
  });
});
