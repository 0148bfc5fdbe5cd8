import { createHash } from 'node:crypto';
import { Manifest, type ManifestEntry } from '../../schemas/index.ts';
import { DataError, entryName } from './errors.ts';
import { readJson } from './json-input.ts';
import { compact, findQuote, type Compact } from './quotes.ts';
import type { Reader } from './reader.ts';
import { inputs } from '../paths.ts';

const MANIFEST = inputs.manifest;

/** A source document whose bytes matched its manifest entry. */
export interface Source {
  entry: ManifestEntry;
  path: string;
  text: string;
  compact: Compact;
  bytes: number;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Load the manifest and every source it lists; stop on a missing or changed file or a duplicate id. */
export function loadSources(reader: Reader): Source[] {
  const manifest = readJson(reader, MANIFEST, Manifest);
  const seen = new Set<string>();
  return manifest.map((entry, i) => {
    const name = entryName('', i, entry.id);
    if (seen.has(entry.id))
      throw new DataError(MANIFEST, name, `duplicate document id "${entry.id}"`, 'give each document its own id');
    seen.add(entry.id);
    const path = inputs.source(entry.file);
    const bytes = reader.bytes(path);
    if (!bytes)
      throw new DataError(
        path,
        '',
        `source file listed in ${MANIFEST} is missing`,
        'restore the file byte-for-byte (git checkout) or remove its manifest entry',
      );
    const hash = sha256(bytes);
    if (hash !== entry.sha256) {
      throw new DataError(
        path,
        '',
        `bytes changed: sha256 is ${hash}, manifest says ${entry.sha256}`,
        'sources are never edited: restore the original bytes; if this is a new official version, add it as a new document',
      );
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    const source: Source = { entry, path, text, compact: compact(text), bytes: bytes.length };
    if (entry.date_quote && findQuote(source.compact, entry.date_quote).length === 0) {
      throw new DataError(
        MANIFEST,
        name,
        `date_quote "${entry.date_quote}" is not in ${entry.file}`,
        'copy the passage that states the date verbatim from the source',
      );
    }
    return source;
  });
}
