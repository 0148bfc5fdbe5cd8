// Drafts what a new document needs: copies its text into data/sources/, appends a manifest entry and writes
// data/annotations/<id>.json with every number, task and evidence passage drafted for a curator to confirm
// (npm run curate). The build refuses the file while any entry is still a draft.
//   npm run draft -- FILE.txt --id ID --jurisdiction J [--kind KIND] [--root DIR]
//   npm run draft -- FILE.txt --id ID --jurisdiction J --dry-run --out PATH [--forget DOC_ID]
// It writes through no symbolic link, writes all three or none, and refuses an empty text or one over 5 MB.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { inputs } from '../src/shared/files.ts';
import { diskReader } from '../src/shared/reader.ts';
import { loadCorpus } from '../src/authoring/draft/corpus.ts';
import { doorProblem } from '../src/authoring/draft/door.ts';
import { draftDocument } from '../src/authoring/draft/draft.ts';
import { linkProblem, MAX_BYTES, writeAll } from '../src/authoring/draft/write.ts';
import { formatJson } from '../src/shared/json.ts';

const USAGE =
  'usage: npm run draft -- FILE.txt --id DOCUMENT-ID --jurisdiction J [--kind KIND] [--dry-run --out PATH] [--forget DOC_ID] [--root DIR]';
const text = { type: 'string' } as const;
const OPTIONS = {
  id: text,
  jurisdiction: text,
  kind: text,
  out: text,
  forget: text,
  root: text,
  'dry-run': { type: 'boolean' },
} as const;
let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>> | undefined;
try {
  parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: OPTIONS });
} catch (e) {
  console.error(`draft: ${(e as Error).message}`);
}
const arg = (name: Exclude<keyof typeof OPTIONS, 'dry-run'>) => parsed?.values[name];
const flag = (name: 'dry-run') => parsed?.values[name] === true;

const file = parsed?.positionals.length === 1 ? parsed.positionals[0] : undefined;
const id = arg('id');
if (!file || !id) {
  console.error(USAGE);
  process.exit(2);
}
const root = resolve(arg('root') ?? resolve(import.meta.dirname, '..'));
const manifestPath = resolve(root, inputs.manifest);
const name = basename(file);
const target = resolve(root, inputs.source(name));
const annotationPath = resolve(root, inputs.annotation(id));
const dryRun = flag('dry-run');
try {
  const forget = arg('forget');
  if (forget && !dryRun) throw new Error('--forget drafts against a reduced corpus: use it with --dry-run --out PATH');
  if (dryRun && !arg('out')) throw new Error('--dry-run needs --out PATH: where to write the draft');
  const corpus = loadCorpus(diskReader(root), forget);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { id: string; file: string }[];
  const problem = doorProblem(
    { file, id, jurisdiction: arg('jurisdiction'), kind: arg('kind'), existing: manifest, forget },
    corpus.catalogue,
  );
  if (problem) throw new Error(problem);
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const size = statSync(file).size;
  if (size > MAX_BYTES)
    throw new Error(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_BYTES / 1024 / 1024} MB a document's text can be: check it is one document saved as plain text, and split a collection into its documents`,
    );
  const out = dryRun ? resolve(arg('out')!) : null;
  for (const path of out ? [out] : [target, annotationPath, manifestPath]) {
    const link = linkProblem(path);
    if (link) throw new Error(link);
  }
  const bytes = readFileSync(file);
  let draft;
  try {
    draft = draftDocument(corpus, { id, file: name, bytes, jurisdiction: arg('jurisdiction')!, kind: arg('kind') });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      throw new Error(`${file} is not valid UTF-8: save it as UTF-8 and draft again`, { cause: e });
    throw e;
  }
  if (out) {
    writeAll([{ path: out, data: formatJson(draft.annotation) }]);
    console.log(`drafted ${id} into ${arg('out')} (nothing else changed)`);
  } else {
    if (existsSync(annotationPath))
      throw new Error(`${annotationPath} already exists: edit it instead of drafting again`);
    if (existsSync(target) && !readFileSync(target).equals(bytes))
      throw new Error(`${inputs.source(name)} exists with other bytes: give the new document another file name`);
    // The source copy, the annotation and then the manifest entry, together or not at all.
    writeAll([
      ...(existsSync(target) ? [] : [{ path: target, data: bytes }]),
      { path: annotationPath, data: formatJson(draft.annotation) },
      { path: manifestPath, data: formatJson([...manifest, draft.entry]) },
    ]);
    console.log(`drafted ${id}: ${inputs.source(name)}, a manifest entry, ${inputs.annotation(id)}`);
  }
  const a = draft.annotation;
  console.log(
    `numeric mentions: ${Object.entries(draft.kinds)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `to review: ${a.observations.length} observations, ${a.not_statistics.length} not statistics, ${a.tasks.length} tasks, ${a.evidence_suggestions.length} evidence suggestions; manifest fields to fill: ${draft.todo.join(', ') || 'none'}`,
  );
  console.log('next: npm run curate (review every draft entry), then npm run build:data');
} catch (e) {
  console.error(`draft: ${(e as Error).message}`);
  process.exit(1);
}
