// No served CSV can run as a formula in a spreadsheet: a text cell never starts with = + - @ tab CR or LF unless the
// pipeline escaped it with a leading apostrophe, and number columns hold plain numbers (a negative stays a number).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/shared/csv.ts';
import { DIST } from '../../site/pages/static-server.ts';
import { fetchText, parseCsv, servedCsvPaths } from './served.ts';
import { useSite } from '../../site/pages/use-site.ts';

const site = useSite({ browser: false });

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;
const DANGEROUS = /^[=+\-@\t\r\n]/;

/** Column types of each dataset, from the published datapackage.json. */
const types = new Map<string, Map<string, string>>(
  (
    JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8')) as {
      resources: { name: string; schema: { fields: { name: string; type: string }[] } }[];
    }
  ).resources.map((r) => [r.name, new Map(r.schema.fields.map((f) => [f.name, f.type]))]),
);

/**
 * Cells a spreadsheet would run as formulas. A cell of a number column must be a plain number; elsewhere a cell that
 * starts like a formula is allowed only as a plain number (negative numbers in tables without a schema).
 */
function unsafeCells(rows: string[][], columnTypes: Map<string, string> | undefined): string[] {
  const [header, ...body] = rows;
  const out: string[] = [];
  body.forEach((row, r) =>
    row.forEach((cell, c) => {
      const type = columnTypes?.get(header![c]!);
      const numeric = type === 'number' || type === 'integer';
      if (numeric && cell !== '' && !NUMBER.test(cell))
        out.push(`row ${r + 1} ${header![c]}: ${JSON.stringify(cell)} in a number column`);
      if (!numeric && DANGEROUS.test(cell) && (type !== undefined || !NUMBER.test(cell)))
        out.push(`row ${r + 1} ${header![c]}: ${JSON.stringify(cell)}`);
    }),
  );
  return out;
}

describe('spreadsheet safety of every served CSV', () => {
  it('catches an unescaped formula and accepts what the pipeline writes (the check can fail)', () => {
    const hostile = [
      { text: '=HYPERLINK("http://x")', n: -3 },
      { text: '@SUM(A1)', n: 2.5 },
      { text: '-1+1', n: 0 },
      { text: '\tx', n: 1 },
    ];
    const types = new Map([
      ['text', 'string'],
      ['n', 'number'],
    ]);
    const plain = [['text', 'n'], ...hostile.map((h) => [h.text, String(h.n)])];
    expect(unsafeCells(plain, types)).toHaveLength(4);
    const written = parseCsv(toCsv(['text', 'n'], hostile), 'fixture');
    expect(unsafeCells(written, types)).toEqual([]);
    expect(written.slice(1).map((r) => r[1])).toEqual(['-3', '2.5', '0', '1']);
    expect(written[1]![0]).toBe(`'=HYPERLINK("http://x")`);
  });

  const paths = servedCsvPaths();
  it('finds the CSVs to check', () => {
    expect(paths.filter((p) => p.startsWith('/data/indicators/')).length).toBeGreaterThan(10);
    expect(paths.filter((p) => p.startsWith('/data/plans/')).length).toBeGreaterThan(1);
    expect(paths.filter((p) => p.startsWith('/data/excel/')).length).toBe(types.size);
  });

  it.each(paths)('%s', async (path) => {
    const text = await fetchText(site.origin, path);
    const name = /^\/data\/(?:excel\/)?([a-z]+)\.csv$/.exec(path)?.[1];
    const rows = parseCsv(path.startsWith('/data/excel/') ? text.replace(/^\uFEFF/, '') : text, path);
    expect(rows.length).toBeGreaterThan(1);
    expect(unsafeCells(rows, name ? types.get(name) : undefined)).toEqual([]);
  });
});
