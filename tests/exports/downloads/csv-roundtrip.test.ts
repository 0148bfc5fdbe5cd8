// Every dataset's CSV, read back with papaparse, holds exactly what its JSON holds: header = schema keys in order,
// one row per JSON row, every cell the JSON value as text. The Excel CSV is the same bytes after a byte-order mark.
import { describe, expect, it } from 'vitest';
import { FORMULA_START } from '../../../src/shared/csv.ts';
import { DATASETS } from '../../../src/schemas/index.ts';
import { fetchText, parseCsv } from './served.ts';
import { useSite } from '../../site/pages/use-site.ts';

const site = useSite({ browser: false });

/** The text a JSON value becomes in the CSV: empty for null, an apostrophe before a formula-like string. */
function asCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  return String(value);
}

describe('dataset CSVs round-trip through papaparse', () => {
  it.each(DATASETS.map((d) => d.name))('%s', async (name) => {
    const spec = DATASETS.find((d) => d.name === name)!;
    const csvText = await fetchText(site.origin, `/data/${name}.csv`);
    const json = JSON.parse(await fetchText(site.origin, `/data/${name}.json`)) as Record<string, unknown>[];
    expect(csvText.charCodeAt(0)).not.toBe(0xfeff);
    const [header, ...rows] = parseCsv(csvText, name);
    const keys = Object.keys(spec.schema.shape);
    expect(header).toEqual(keys);
    expect(json.length).toBeGreaterThan(0);
    expect(rows.length).toBe(json.length);
    const mismatches: string[] = [];
    rows.forEach((row, i) => {
      expect(row.length).toBe(keys.length);
      keys.forEach((k, j) => {
        if (row[j] !== asCell(json[i]![k]))
          mismatches.push(`row ${i + 1} ${k}: CSV ${JSON.stringify(row[j])} ≠ JSON ${JSON.stringify(json[i]![k])}`);
      });
    });
    expect(mismatches).toEqual([]);
    const excel = await fetchText(site.origin, `/data/excel/${name}.csv`);
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(excel.slice(1)).toBe(csvText);
  });
});
