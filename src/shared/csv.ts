import Papa from 'papaparse';

/**
 * Text cells that a spreadsheet would run as a formula start with one of these; such cells get a leading
 * apostrophe (and quotes). Numbers are written as numbers and never escaped, so -3 stays -3.
 */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

type Cell = string | number | boolean | null;

/** RFC 4180 CSV (CRLF line ends, header row, columns in the given order), safe to open in a spreadsheet. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const data = rows.map((r) => columns.map((c) => (r[c] ?? null) as Cell));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

/** The same CSV with a UTF-8 byte-order mark, so Excel and WPS open Chinese text correctly on double-click. */
export function withBom(csv: string): string {
  return `\uFEFF${csv}`;
}
