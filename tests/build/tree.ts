import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** One hash over every path and byte under a folder ('' when it does not exist): equal means byte for byte equal. */
export function treeHash(dir: string): string {
  if (!existsSync(dir)) return '';
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      h.update(`${relative(dir, full)}\0`);
      if (statSync(full).isDirectory()) walk(full);
      else h.update(readFileSync(full));
    }
  };
  walk(dir);
  return h.digest('hex');
}

/** A copy of the project (sources, data, public/ and the current dist/) in a temp folder. */
export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipt-build-'));
  for (const f of ['src', 'scripts', 'data', 'public', 'dist', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, 'public'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
