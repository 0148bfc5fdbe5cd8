// Python's csv module, as a journalist would use it (Debian's python3), reads the served CSVs with the Chinese intact:
// the Excel CSV with encoding utf-8-sig, the plain CSV with utf-8.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchText } from './served.ts';

const PYTHON = '/usr/bin/python3';
const PHRASE = '上海三级法院';
const SCRIPT = `
import csv, io, json, sys, urllib.request
url, encoding, phrase = sys.argv[1], sys.argv[2], sys.argv[3]
text = urllib.request.urlopen(url).read().decode(encoding)
rows = list(csv.reader(io.StringIO(text, newline="")))
print(json.dumps({"header": rows[0], "rows": len(rows) - 1, "cells": [c for r in rows[1:] for c in r if phrase in c]}, ensure_ascii=False))
`;
import { useSite } from '../../site/pages/use-site.ts';

const site = useSite({ browser: false });

// Asynchronous: the server answering Python runs in this process, so a blocking call would deadlock.
async function python(path: string, encoding: string): Promise<{ header: string[]; rows: number; cells: string[] }> {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: apt-get install -y python3`);
  const { stdout } = await promisify(execFile)(PYTHON, ['-c', SCRIPT, `${site.origin}${path}`, encoding, PHRASE], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
  });
  return JSON.parse(stdout);
}

describe("Python's csv module reads the observations", () => {
  it('from the Excel CSV with utf-8-sig and the plain CSV with utf-8, Chinese intact', async () => {
    const json = JSON.parse(await fetchText(site.origin, '/data/observations.json')) as Record<string, unknown>[];
    const expected = json.flatMap((r) =>
      Object.values(r).filter((v): v is string => typeof v === 'string' && v.includes(PHRASE)),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const [path, encoding] of [
      ['/data/excel/observations.csv', 'utf-8-sig'],
      ['/data/observations.csv', 'utf-8'],
    ] as const) {
      const read = await python(path, encoding);
      expect(read.header[0], path).toBe('id');
      expect(read.header).toContain('quote');
      expect(read.rows, path).toBe(json.length);
      expect(read.cells, path).toEqual(expected);
    }
  });

  it('sees the byte-order mark in the Excel CSV when told plain utf-8 (so the BOM is really there)', async () => {
    expect((await python('/data/excel/observations.csv', 'utf-8')).header[0]).toBe('\uFEFFid');
  });
});
