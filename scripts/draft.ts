// Drafts what a new document needs: copies its text into data/sources/, appends a manifest entry (with what can be
// read from the text filled in and the rest marked TODO) and writes data/annotations/<id>.json with every count,
// amount and percentage pre-filled. The build refuses the draft until a curator has completed it.
//   npm run draft -- path/to/document.txt --id weifang-2024-plan [--jurisdiction weifang] [--root DIR]
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { draftDocument } from '../src/lib/pipeline/draft.ts';
import { inputs } from '../src/lib/paths.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = process.argv[2];
const id = arg('id');
if (!file || !id || file.startsWith('--')) {
  console.error(
    'usage: npm run draft -- FILE.txt --id DOCUMENT-ID [--jurisdiction shanghai|shanghai-jingan|weifang] [--root DIR]',
  );
  process.exit(2);
}
const root = resolve(arg('root') ?? resolve(import.meta.dirname, '..'));
const manifestPath = resolve(root, inputs.manifest);
const name = basename(file);
const target = resolve(root, inputs.source(name));
const annotationPath = resolve(root, inputs.annotation(id));
try {
  const bytes = readFileSync(file);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { id: string; file: string }[];
  const draft = draftDocument({ id, file: name, bytes, jurisdiction: arg('jurisdiction'), existing: manifest });
  if (existsSync(annotationPath))
    throw new Error(`${annotationPath} already exists: edit it instead of drafting again`);
  if (existsSync(target) && !readFileSync(target).equals(bytes))
    throw new Error(`data/sources/${name} exists with other bytes: give the new document another file name`);
  if (!existsSync(target)) copyFileSync(file, target);
  writeFileSync(manifestPath, `${JSON.stringify([...manifest, draft.entry], null, 2)}\n`);
  writeFileSync(annotationPath, `${JSON.stringify(draft.annotation, null, 2)}\n`);
  console.log(`drafted ${id}: data/sources/${name}, a manifest entry, data/annotations/${id}.json`);
  console.log(
    `numeric mentions: ${Object.entries(draft.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `${draft.annotation.observations.length} draft observations to complete; fields to fill: ${draft.todo.join(', ') || 'none'}`,
  );
  console.log('next: complete the TODOs (see data/README.md), then npm run build:data');
} catch (e) {
  console.error(`draft: ${(e as Error).message}`);
  process.exit(1);
}
