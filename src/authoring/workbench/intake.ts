// Taking in a new document from the start page: the same checks and draft as `npm run draft`, on the text the curator
// chose in the browser, byte for byte. The text is filed as data/sources/<id>.txt (an id is already a safe, unique
// file name), with a manifest entry and an annotation file of drafted entries.
import { sha256 } from '../../pipeline/sources/sources.ts';
import { inputs } from '../../shared/files.ts';
import { loadCorpus } from '../draft/corpus.ts';
import { doorProblem } from '../draft/door.ts';
import { formatJson } from '../../shared/json.ts';
import { draftDocument } from '../draft/draft.ts';
import { OpError } from './ops.ts';
import type { Workspace } from './workspace.ts';

export interface IntakeInput {
  /** The document's text, base64 of its bytes as the curator's file holds them. */
  content: string;
  id: string;
  jurisdiction: string;
  /** A kind from data/document-kinds.json, or empty to let the draft read it from the text. */
  kind?: string;
}

/** The files a new document adds, in the order they are written: its text, the manifest, its annotation file. */
export function intake(ws: Workspace, input: IntakeInput): [string, string | Uint8Array][] {
  const bytes = Buffer.from(input.content, 'base64');
  if (!bytes.length) throw new OpError('the file is empty: choose the document’s text file');
  if (!input.jurisdiction)
    throw new OpError('choose the document’s place (not listed? add it under 新增辖区 / Add a place first)');
  const id = input.id.trim();
  const file = `${id}.txt`;
  const corpus = loadCorpus(ws.reader());
  const manifest = ws.json<{ id: string; file: string; sha256: string }[]>(inputs.manifest);
  const problem = doorProblem(
    { file, id, jurisdiction: input.jurisdiction || undefined, kind: input.kind || undefined, existing: manifest },
    corpus.catalogue,
  );
  if (problem) throw new OpError(problem);
  const same = manifest.find((e) => e.sha256 === sha256(bytes));
  if (same) throw new OpError(`this text is already document "${same.id}": open it from the list`);
  if (ws.bytes(inputs.source(file)) || ws.bytes(inputs.annotation(id)))
    throw new OpError(`${inputs.source(file)} or ${inputs.annotation(id)} already exists: choose another id`);
  let draft;
  try {
    draft = draftDocument(corpus, {
      id,
      file,
      bytes,
      jurisdiction: input.jurisdiction,
      kind: input.kind || undefined,
    });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      throw new OpError('the file is not UTF-8 text: save it as UTF-8 (.txt) and choose it again', { cause: e });
    throw e;
  }
  return [
    [inputs.source(file), bytes],
    [inputs.manifest, formatJson([...manifest, draft.entry])],
    [inputs.annotation(id), formatJson(draft.annotation)],
  ];
}
