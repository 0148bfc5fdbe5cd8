import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, withBom } from '../../src/shared/csv.ts';

describe('toCsv', () => {
  const rows = [
    { text: '=HYPERLINK("http://x")', n: -3, ok: true, none: null },
    { text: '+86 电话', n: 1.5, ok: false, none: null },
    { text: '-12 件', n: 0, ok: true, none: null },
    { text: '@SUM(A1)', n: 2, ok: true, none: null },
    { text: '\t制表符', n: 2, ok: true, none: null },
    { text: '\r回车', n: 2, ok: true, none: null },
    { text: '\n换行\n第二行', n: 2, ok: true, none: null },
    { text: '普通，含逗号与"引号"', n: 135565, ok: true, none: null },
  ];
  const csv = toCsv(['text', 'n', 'ok', 'none'], rows);

  it('is RFC 4180: CRLF line ends, header row, quoted fields doubled quotes', () => {
    expect(csv.startsWith('text,n,ok,none\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"普通，含逗号与""引号"""');
  });

  it('never lets a text cell start a formula, and leaves numbers alone', () => {
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data.slice(1);
    for (const [text] of parsed) expect(text).not.toMatch(/^[=+\-@\t\r\n]/);
    expect(parsed.map((r) => r[0])).toEqual(
      rows
        .map((r) => `'${r.text}`)
        .slice(0, 7)
        .concat(['普通，含逗号与"引号"']),
    );
    expect(parsed.map((r) => r[1])).toEqual(['-3', '1.5', '0', '2', '2', '2', '2', '135565']);
    expect(csv).toContain('\r\n"\'=HYPERLINK(""http://x"")",-3,true,\r\n');
  });

  it('round-trips through papaparse', () => {
    const back = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(back).toHaveLength(rows.length);
    expect(back[7]).toEqual({ text: '普通，含逗号与"引号"', n: '135565', ok: 'true', none: '' });
  });

  it('adds a byte-order mark for Excel only in the Excel variant', () => {
    expect(withBom(csv).charCodeAt(0)).toBe(0xfeff);
    expect(withBom(csv).slice(1)).toBe(csv);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });
});
