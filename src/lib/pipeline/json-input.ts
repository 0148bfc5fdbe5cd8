import type { z } from 'zod';
import { DataError } from './errors.ts';
import type { Reader } from './reader.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Read a UTF-8 text file, or stop with a message naming it. */
export function readText(reader: Reader, path: string, fix: string): string {
  const bytes = reader.bytes(path);
  if (!bytes) throw new DataError(path, '', 'file is missing', fix);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DataError(path, '', 'file is not valid UTF-8', 'save it as UTF-8');
  }
}

/** Parse a JSON input file against its schema, naming the file and the first offending entry on failure. */
export function readJson<S extends z.ZodType>(reader: Reader, path: string, schema: S): z.infer<S> {
  const text = readText(reader, path, 'restore it from git, or create it');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataError(
      path,
      '',
      `malformed JSON (${(e as Error).message})`,
      'correct the JSON syntax (a validator or `node -e "JSON.parse(...)"` points at the place)',
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    const id = idAt(raw, issue.path);
    throw new DataError(
      path,
      `${where || '(top level)'}${id ? ` (in "${id}")` : ''}`,
      issue.message,
      'make the entry match the schema in src/schemas/ (unknown keys are refused; see data/README.md)',
    );
  }
  return parsed.data;
}

/** The `id` of the nearest enclosing entry on a path, so messages can name it. */
function idAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = raw;
  let found: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string')
      found = (node as { id: string }).id;
  }
  return found;
}
