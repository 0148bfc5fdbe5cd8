import type { z } from 'zod';
import { DataError } from './errors.ts';
import type { Reader } from './reader.ts';
import { checkJsonCharacters, decodeText, duplicateKey, lineCol, MAX_JSON_DEPTH, tooDeep } from './text-checks.ts';

/** Read a UTF-8 text file, or stop with a message naming it and saying what it is instead. */
export function readText(reader: Reader, path: string, fix: string): string {
  const bytes = reader.bytes(path);
  if (!bytes) throw new DataError(path, '', 'file is missing', fix);
  return decodeText(path, bytes);
}

/** JSON.parse, or a message saying where the JSON breaks (and whether it just stops: a truncated file). */
function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position ? Number(position[1]) : text.length;
    const truncated = at >= text.trimEnd().length;
    throw new DataError(
      path,
      '',
      truncated
        ? `the JSON stops before it is complete (at ${lineCol(text, at)}): the file is truncated`
        : `invalid JSON at ${lineCol(text, at)} (${message.replace(/ in JSON at position.*$/, '')})`,
      truncated
        ? 'restore the rest of the file (git checkout or git diff shows what was lost)'
        : 'correct the JSON syntax there (a missing comma or quote, or a trailing comma, is the usual cause)',
    );
  }
}

/**
 * A JSON input file, parsed, before any schema: UTF-8, no forbidden character (text-checks.ts), nested no deeper than
 * MAX_JSON_DEPTH (what reads it next, the schema or a walk over it, recurses: 200,000 brackets would overflow the
 * stack), valid JSON, each key once per object. Each failure is one message naming the file and where.
 */
export function readJsonValue(reader: Reader, path: string): { text: string; raw: unknown } {
  const text = readText(reader, path, 'restore it from git, or create it');
  checkJsonCharacters(path, text);
  const deep = tooDeep(text);
  if (deep !== -1)
    throw new DataError(
      path,
      '',
      `the JSON nests more than ${MAX_JSON_DEPTH} brackets deep (at ${lineCol(text, deep)}); no input of this project nests more than a few`,
      'restore the file (git checkout); each file is a list of flat entries (see data/README.md)',
    );
  const raw = parseJson(path, text);
  const dup = duplicateKey(text);
  if (dup)
    throw new DataError(
      path,
      dup.path || '(top level)',
      `the key "${dup.key}" appears twice in one object (at ${lineCol(text, dup.at)}); JSON keeps only the last`,
      'keep one of the two: merge them, or remove the one that is wrong',
    );
  return { text, raw };
}

/** Parse a JSON input file against its schema, naming the file and the first offending entry on failure. */
export function readJson<S extends z.ZodType>(reader: Reader, path: string, schema: S): z.infer<S> {
  return matchSchema(path, readJsonValue(reader, path).raw, schema);
}

/** A parsed JSON input (readJsonValue) against its schema, naming the file and the first offending entry on failure. */
export function matchSchema<S extends z.ZodType>(path: string, raw: unknown, schema: S): z.infer<S> {
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
