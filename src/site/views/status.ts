// How many tasks stand where: the one count every card, table and briefing shows.
import { rollup } from 'd3';
import { STATUS_ORDER } from '../words/status.ts';
import type { Status } from '../../schemas/index.ts';

export interface StatusCount {
  status: Status;
  n: number;
}

/** Tasks per status in STATUS_ORDER, statuses with none left out. */
export function statusCounts(statuses: Iterable<Status>): StatusCount[] {
  const n = rollup(
    [...statuses],
    (v) => v.length,
    (s) => s,
  );
  return STATUS_ORDER.filter((s) => n.has(s)).map((status) => ({ status, n: n.get(status)! }));
}
