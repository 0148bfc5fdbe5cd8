import * as Plot from '@observablehq/plot';
import { pick } from '../../shared/locales.ts';
import { STATUS_PALETTE } from '../words/palette.ts';
import { STATUS_ORDER } from '../words/status.ts';
import type { AssessmentRow, DocumentRow, Status } from '../../schemas/index.ts';
import {
  DEFAULT_WIDTH,
  FONT_SIZE,
  INK,
  LABEL_SIZE,
  LINE,
  MUTED,
  type ChartOptions,
  type ChartText,
} from './options.ts';
import { HALO } from './rows.ts';
import { finish, legend, rectSwatch, statusFill, statusPatterns } from './svg.ts';
import type { ChartData, ChartTable } from './table.ts';
import { textWidth, wrapText } from './text.ts';
import { shownDocNumber } from '../words/doc-number.ts';

/** Assessments of plans' tasks, and the documents that name the plans. */
export interface StatusBarsInput {
  assessments: AssessmentRow[];
  documents: DocumentRow[];
}

interface PlanStatus {
  plan: DocumentRow;
  label: string;
  counts: Record<Status, number>;
  total: number;
  summary: string;
}

/** Tasks by status for each plan with assessments, in the order the documents list the plans. */
function plans({ assessments, documents }: StatusBarsInput, { locale, t }: ChartText): PlanStatus[] {
  if (assessments.length === 0) throw new Error('statusBars: no assessments to chart');
  const byId = new Map(documents.map((d) => [d.id, d]));
  const missing = [...new Set(assessments.map((a) => a.plan_id))].filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`statusBars: no document for plan ${missing.join(', ')}`);
  return documents
    .filter((d) => assessments.some((a) => a.plan_id === d.id))
    .map((plan) => {
      const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
      for (const a of assessments) if (a.plan_id === plan.id) counts[a.status] += 1;
      const total = STATUS_ORDER.reduce((sum, s) => sum + counts[s], 0);
      const parts = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `${t.statuses[s]} ${counts[s]}`);
      return {
        plan,
        label: t.charts.titled(pick(locale, plan.title_zh, plan.title_en), shownDocNumber(plan.doc_number, locale)),
        counts,
        total,
        summary: t.charts.statusSummary(total, parts.join(' · ')),
      };
    });
}

/**
 * Each plan's tasks by status, as stacked horizontal bars in STATUS_ORDER on one count scale, so plans with more
 * tasks have longer bars. Each status has a hue and a pattern (legible in black-and-white print); counts are written
 * in segments wide enough and, for every status, in a line under the bar.
 */
export function statusBars(
  input: StatusBarsInput,
  { document, locale, t, width = DEFAULT_WIDTH }: ChartOptions,
): SVGSVGElement {
  const data = plans(input, { locale, t });
  const key = legend(
    document,
    STATUS_ORDER.map((s) => ({
      label: t.statuses[s],
      swatch: rectSwatch(statusFill(s), STATUS_PALETTE[s].ink),
    })),
    0,
    4,
    width,
  );
  const bar = 24;
  let y = 4 + key.height + 16;
  const rows = data.map((d) => {
    const lines = wrapText(d.label, width, FONT_SIZE, true);
    const summary = wrapText(d.summary, width, FONT_SIZE);
    const row = {
      ...d,
      lines,
      summary,
      labelY: y,
      y1: y + lines.length * LINE + 3,
      y2: y + lines.length * LINE + 3 + bar,
    };
    y = row.y2 + 4 + summary.length * LINE + 14;
    return row;
  });
  const max = Math.max(...data.map((d) => d.total));
  const x = (n: number) => 1 + (n / max) * (width - 2);
  const segments = rows.flatMap((r) => {
    let start = 0;
    return STATUS_ORDER.filter((s) => r.counts[s] > 0).map((status) => {
      const seg = { status, count: r.counts[status], x1: start, x2: start + r.counts[status], y1: r.y1, y2: r.y2 };
      start = seg.x2;
      return seg;
    });
  });
  const labelled = segments.filter((s) => x(s.x2) - x(s.x1) >= textWidth(String(s.count), LABEL_SIZE, true) + 8);

  const svg = Plot.plot({
    document,
    width,
    height: y - 14 + 4,
    margin: 0,
    x: { domain: [0, max], range: [1, width - 1], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      ...STATUS_ORDER.map((status) =>
        Plot.rect(
          segments.filter((s) => s.status === status),
          {
            x1: 'x1',
            x2: 'x2',
            y1: 'y1',
            y2: 'y2',
            fill: statusFill(status),
            stroke: STATUS_PALETTE[status].ink,
            strokeWidth: 1,
          },
        ),
      ),
      Plot.text(rows, {
        ...HALO,
        x: 0,
        dx: -1,
        y: 'labelY',
        text: (d) => d.lines.join('\n'),
        lineAnchor: 'top',
        lineHeight: LINE / FONT_SIZE,
        textAnchor: 'start',
        fontSize: FONT_SIZE,
        fontWeight: 'bold',
        fill: INK,
      }),
      Plot.text(labelled, {
        ...HALO,
        x: (d) => (d.x1 + d.x2) / 2,
        y: (d) => (d.y1 + d.y2) / 2,
        text: (d) => String(d.count),
        fontSize: LABEL_SIZE,
        fontWeight: 'bold',
        fill: INK,
      }),
      Plot.text(rows, {
        x: 0,
        dx: -1,
        y: (d) => d.y2 + 4,
        text: (d) => d.summary.join('\n'),
        lineAnchor: 'top',
        lineHeight: LINE / FONT_SIZE,
        textAnchor: 'start',
        fontSize: FONT_SIZE,
        fill: MUTED,
      }),
    ],
  });
  svg.append(key.g);
  const desc = t.charts.statusDesc(data.map((d) => t.charts.labelled(d.label, d.summary)));
  return finish(svg, t.statusChartTitle, desc, statusPatterns(document, STATUS_ORDER));
}

/** The counts behind statusBars: one row per plan, one column per status. */
export function statusBarsTable(input: StatusBarsInput, text: ChartText): ChartTable {
  const data = plans(input, text);
  const { t } = text;
  return {
    caption: t.statusChartTitle,
    columns: [
      { label: t.charts.plan, numeric: false },
      ...STATUS_ORDER.map((s) => ({ label: t.statuses[s], numeric: true })),
      { label: t.total, numeric: true },
    ],
    rows: data.map((d) => [d.label, ...STATUS_ORDER.map((s) => String(d.counts[s])), String(d.total)]),
  };
}

/** Each plan's tasks per status, as numbers: one row per plan and status, statuses with none included. */
export function statusBarsData(input: StatusBarsInput, text: ChartText): ChartData {
  const { locale, t } = text;
  return {
    columns: ['plan_id', 'doc_number', 'plan', 'status', 'status_label', 'tasks'],
    rows: plans(input, text).flatMap((d) =>
      STATUS_ORDER.map((status) => ({
        plan_id: d.plan.id,
        doc_number: d.plan.doc_number,
        plan: pick(locale, d.plan.title_zh, d.plan.title_en),
        status,
        status_label: t.statuses[status],
        tasks: d.counts[status],
      })),
    ),
  };
}
