// The published data files as a reader gets them: fetched over HTTP from the built site (dist/), never read from disk.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DIST } from '../../site/pages/static-server.ts';

/** Fetch a path from the served site; fails on anything but 200. */
export async function fetchBytes(origin: string, path: string): Promise<Uint8Array> {
  const res = await fetch(`${origin}${path}`);
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function fetchText(origin: string, path: string): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await fetchBytes(origin, path));
}

/** A CSV as rows of cells (header first), parsed strictly: any parse error fails. */
export function parseCsv(text: string, path: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (parsed.errors.length)
    throw new Error(`${path}: ${parsed.errors.map((e) => `${e.message} (row ${e.row})`).join('; ')}`);
  return parsed.data;
}

/** Addresses of every CSV under /data/, found from the files the build wrote. */
export function servedCsvPaths(): string[] {
  const out: string[] = [];
  for (const dir of ['', 'excel', 'indicators', 'plans']) {
    for (const name of readdirSync(join(DIST, 'data', dir)))
      if (name.endsWith('.csv')) out.push(`/data/${dir ? `${dir}/` : ''}${name}`);
  }
  return out.sort();
}
