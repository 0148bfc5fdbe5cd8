// Clones of the real documents, for scale runs and tests: every id of every clone renamed, the texts identical. Many
// figures are then stated by several documents on the same day, as a national collection's restatements are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputs } from '../../shared/files.ts';

/** The project's data/ with `copies` clones of each document added: path → bytes, for a memory reader. */
export function clonedProject(root: string, copies: number): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else files[path] = readFileSync(join(root, path));
    }
  };
  walk('data');
  const manifest = JSON.parse(readFileSync(join(root, inputs.manifest), 'utf8')) as { id: string; file: string }[];
  const annotations = new Map(manifest.map((m) => [m.id, readFileSync(join(root, inputs.annotation(m.id)), 'utf8')]));
  // Every id a document or its annotation defines (documents, tasks, observations, targets…); indicators, themes and
  // places are shared by all documents and keep theirs.
  const ids = new Set([
    ...manifest.map((m) => m.id),
    ...[...annotations.values()].flatMap((a) => [...a.matchAll(/"id": "([^"]+)"/g)].map((x) => x[1]!)),
  ]);
  const entries = [...manifest];
  for (let i = 1; i <= copies; i++)
    for (const m of manifest) {
      let text = annotations.get(m.id)!;
      for (const id of ids) text = text.split(`"${id}"`).join(`"${id}-c${i}"`);
      const file = m.file.replace(/\.txt$/, `-c${i}.txt`);
      files[inputs.annotation(`${m.id}-c${i}`)] = text;
      files[inputs.source(file)] = files[inputs.source(m.file)]!;
      entries.push({ ...m, id: `${m.id}-c${i}`, file });
    }
  files[inputs.manifest] = JSON.stringify(entries, null, 2);
  return files;
}
