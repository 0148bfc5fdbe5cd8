// Excel/WPS twins of the per-plan and per-indicator CSVs the data build writes: the same bytes after a UTF-8
// byte-order mark, without which Excel and WPS open Chinese text as mojibake on double-click. Every CSV a page links
// to thereby has a twin at /data/excel/<same path>.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir } from '../shared/files.ts';
import { withBom } from '../shared/csv.ts';

/** Address of the Excel twin of a CSV under /data/. */
export function excelTwin(csvHref: string): string {
  if (!csvHref.startsWith('/data/') || !csvHref.endsWith('.csv'))
    throw new Error(`${csvHref} is not a CSV under /data/: only those have Excel twins`);
  return csvHref.replace(/^\/data\//, '/data/excel/');
}

/** The twin's content for the published CSV at `path` (relative to /data/). */
export function twinOf(path: string): string {
  return withBom(readFileSync(resolve(dataDir(), path), 'utf8'));
}

/** The GET response of a twin endpoint. */
export function twinResponse(path: string): Response {
  return new Response(twinOf(path), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
