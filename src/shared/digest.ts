// A digest of plain values (rows, texts, bytes), the same for the same values: the incremental build's keys
// (src/site/views/keyed.ts) and a chart's key (src/exports/catalog.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The same value always gives the same text: maps and sets as their entries, bytes by their own digest. A function
 * (a chart's drawing, say) would vanish from the text while its rows still decide the page: refused, not skipped.
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (typeof v === 'function')
      throw new Error(`a digest was asked of a function (at "${key}"): give it the rows the function uses`);
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    if (v instanceof Uint8Array) return { bytes: createHash('sha256').update(v).digest('hex') };
    if (v === undefined) return null;
    return v;
  });
}

/** A digest of the values, for a cache key. */
export function digest(...values: unknown[]): string {
  return createHash('sha256').update(canonical(values)).digest('base64url');
}

/**
 * A digest of source files' bytes, for the key of a cache whose entries are made by code the key must follow: code
 * that runs where Astro's module graph does not see it (a worker thread, the after-pages hook), so that a change to
 * it makes every entry new. A file that is not there stops the build: a key must not quietly lose a part.
 */
export function codeDigest(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const file of files) h.update(`${file.split('/').at(-1)}\0`).update(readFileSync(file));
  return h.digest('base64url');
}
