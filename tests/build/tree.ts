import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { syntheticProject } from '../../src/authoring/bench/corpus.ts';
import { Manifest } from '../../src/schemas/index.ts';
import { inputs } from '../../src/shared/files.ts';

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

/**
 * Add to a copy of the project one more document (the benchmark's synthetic kind: a real source with new digits, its
 * first figure curated, under an indicator of its own), as a curator adds one; returns how to take it out again.
 * It stays in the copy: never published.
 */
export function addDocument(dir: string): () => void {
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const manifest = Manifest.parse(JSON.parse(read(inputs.manifest)));
  const templates = manifest.map((entry) => ({ entry, text: read(inputs.source(entry.file)) }));
  const synthetic = syntheticProject(templates.slice(0, 1), 1);
  const before = { [inputs.manifest]: read(inputs.manifest), [inputs.indicators]: read(inputs.indicators) };
  const merged = (f: string) =>
    JSON.stringify([...(JSON.parse(before[f]!) as unknown[]), ...(JSON.parse(synthetic[f]!) as unknown[])], null, 2);
  const added = Object.keys(synthetic).filter((f) => !(f in before) && f !== inputs.changelog);
  for (const f of added) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), synthetic[f]!);
  }
  for (const f of Object.keys(before)) writeFileSync(join(dir, f), merged(f));
  return () => {
    for (const f of added) rmSync(join(dir, f));
    for (const [f, text] of Object.entries(before)) writeFileSync(join(dir, f), text);
  };
}
