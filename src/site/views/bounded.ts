// Charts with a row per document or per figure stay a size a reader can take in, however large the collection: past
// CHART_ROWS they draw the latest rows, say so in their note, and leave the rest to the table and the pages that list
// every one. (A timeline of a thousand documents was a PNG 111,000 pixels tall; of ten thousand, it would not draw.)

/** The most rows a chart of documents or figures draws. */
export const CHART_ROWS = 40;

export interface Bounded<T> {
  /** The rows drawn: the latest CHART_ROWS, in the order they were given. */
  rows: T[];
  /** How many there are in all. */
  total: number;
}

/** The `max` latest of `rows` by `date` (ISO dates; later wins, then later in the list), kept in their given order. */
export function latestRows<T>(rows: readonly T[], date: (row: T) => string, max = CHART_ROWS): Bounded<T> {
  if (rows.length <= max) return { rows: [...rows], total: rows.length };
  const order = rows.map((row, i) => ({ row, i, date: date(row) }));
  const kept = new Set(
    [...order]
      .sort((a, b) => b.date.localeCompare(a.date) || b.i - a.i)
      .slice(0, max)
      .map((r) => r.i),
  );
  return { rows: order.filter((r) => kept.has(r.i)).map((r) => r.row), total: rows.length };
}
