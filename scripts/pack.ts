/**
 * Builds every public package, packs it with `pnpm pack` (workspace:* and catalog: ranges become real versions,
 * publishConfig.exports replaces the workspace exports) and reports the sizes.
 *
 *   pnpm pack:all [DEST]      # default DEST: out/packs
 *
 * The packing test (test/pack.test.ts) installs these tarballs into a folder outside the workspace.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '..');

export interface PackedPackage {
  readonly name: string;
  readonly tarball: string;
  /** Size of the .tgz, bytes. */
  readonly packed: number;
  /** Sum of the file sizes inside, bytes. */
  readonly unpacked: number;
  readonly files: number;
}

/** `pnpm build` then `pnpm pack` of every package under packages/ and pipelines/ into `dest` (emptied first). */
export function packAll(dest: string, options: { readonly build?: boolean } = {}): PackedPackage[] {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const run = (args: string[]): string => execFileSync('pnpm', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (options.build !== false) run(['build']);
  run(['-r', '--filter', './packages/*', '--filter', './pipelines/*', 'pack', '--pack-destination', dest]);
  return readdirSync(dest).filter((f) => f.endsWith('.tgz')).sort().map((file) => {
    const tarball = join(dest, file);
    // GNU tar's verbose listing: "-rw-r--r-- 0/0 1234 date time package/dist/x.js"
    const listing = execFileSync('tar', ['-tzvf', tarball], { encoding: 'utf8' }).trim().split('\n');
    const unpacked = listing.reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[2] ?? 0), 0);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as { name: string };
    return { name: manifest.name, tarball, packed: statSync(tarball).size, unpacked, files: listing.length };
  });
}

const kb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);

/** A Markdown table of the sizes. */
export function sizeTable(packs: readonly PackedPackage[]): string {
  const rows = packs.map((p) => `| ${p.name} | ${kb(p.packed)} | ${kb(p.unpacked)} | ${p.files} |`);
  const total = packs.reduce((s, p) => ({ packed: s.packed + p.packed, unpacked: s.unpacked + p.unpacked }), { packed: 0, unpacked: 0 });
  return ['| package | tarball | unpacked | files |', '|---|---:|---:|---:|', ...rows, `| all | ${kb(total.packed)} | ${kb(total.unpacked)} | |`].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dest = resolve(process.argv[2] ?? join(ROOT, 'out', 'packs'));
  const packs = packAll(dest);
  process.stdout.write(`${sizeTable(packs)}\n\nTarballs in ${dest}\n`);
}
