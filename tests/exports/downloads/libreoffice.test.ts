// LibreOffice (headless, as CI installs it) opens the Excel CSV the way a spreadsheet user would and converts it to
// xlsx; the workbook's shared strings hold the Chinese text exactly, and numbers stay numbers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../site/pages/static-server.ts';
import { fetchBytes, fetchText } from './served.ts';

const PHRASE = '上海三级法院';

let server: StaticServer;
let work: string;
beforeAll(async () => {
  server = await serveStatic();
  work = mkdtempSync(join(tmpdir(), 'ipt-lo-'));
});
afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function soffice(): string {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    return 'soffice';
  } catch {
    throw new Error(
      'LibreOffice (soffice) is missing: apt-get install -y libreoffice-calc-nogui (.ci/run installs it)',
    );
  }
}

const xmlUnescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

describe('LibreOffice opens the Excel CSV', () => {
  it('converts /data/excel/observations.csv to xlsx with the Chinese text exact', { timeout: 180_000 }, async () => {
    const bin = soffice();
    const csv = join(work, 'observations.csv');
    writeFileSync(csv, await fetchBytes(server.origin, '/data/excel/observations.csv'));
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      // Headless LibreOffice takes the character set from the import options (comma, double quote, UTF-8 = 76, from
      // row 1), as its CSV dialog does; Excel and WPS read the byte-order mark instead. The BOM must then be consumed,
      // not kept as text in the first header cell.
      execFileSync(
        bin,
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--infilter=CSV:44,34,76,1',
          '--convert-to',
          'xlsx',
          '--outdir',
          work,
          csv,
        ],
        {
          stdio: 'pipe',
          timeout: 170_000,
        },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const files = unzipSync(readFileSync(join(work, 'observations.xlsx')));
    const shared = strFromU8(files['xl/sharedStrings.xml']!);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const json = JSON.parse(await fetchText(server.origin, '/data/observations.json')) as Record<string, unknown>[];
    const chinese = json.flatMap((r) =>
      Object.values(r).filter((v): v is string => typeof v === 'string' && v.includes(PHRASE)),
    );
    expect(chinese.length).toBeGreaterThan(0);
    // A shared string may be split into runs (LibreOffice starts a new run where the script changes): join them.
    const strings = new Set(
      [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) =>
        [...si!.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map(([, t]) => xmlUnescape(t!)).join(''),
      ),
    );
    for (const text of chinese) expect(strings.has(text), text).toBe(true);
    // The header's first cell is "id": the byte-order mark was read as one, not kept as text.
    expect(strings.has('id')).toBe(true);
    // Numbers stay numbers: every value cell of the value column is a number cell (t="n") holding the JSON value.
    const column = String.fromCharCode(65 + Object.keys(json[0]!).indexOf('value'));
    json.forEach((row, i) => {
      const cell = new RegExp(`<c r="${column}${i + 2}"[^>]*>(.*?)</c>`).exec(sheet);
      expect(cell?.[0], `row ${i + 2}`).toContain('t="n"');
      expect(Number(/<v>(.*?)<\/v>/.exec(cell![1]!)?.[1])).toBe(row.value);
    });
  });
});
