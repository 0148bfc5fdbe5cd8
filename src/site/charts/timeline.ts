import * as Plot from '@observablehq/plot';
import { formatDate, formatPeriod } from '../../shared/dates.ts';
import { pick } from '../../shared/locales.ts';
import type { DocumentRow, TaskRow } from '../../schemas/index.ts';
import {
  DEFAULT_WIDTH,
  FONT_SIZE,
  GRID,
  INK,
  LINE,
  MUTED,
  VERMILLION,
  type ChartOptions,
  type ChartText,
} from './options.ts';
import { HALO, LABEL_TEXT, rowBoxes } from './rows.ts';
import { finish, legend, svgElement, SWATCH, type LegendItem } from './svg.ts';
import type { ChartData, ChartTable, DataCell } from './table.ts';
import { textWidth } from './text.ts';
import { shownDocNumber } from '../words/doc-number.ts';

/** Documents, the tasks of the plans among them, and the date of the latest data the site shows. */
export interface TimelineInput {
  documents: DocumentRow[];
  tasks: TaskRow[];
  /** The build stamps no date of its own: the caller names the latest data date (ISO), e.g. the latest as_of. */
  latestData: string;
}

const PERIOD_FILL = '#A6D4F0';
const PERIOD_INK = '#004C77';

interface Entry {
  doc: DocumentRow;
  label: string;
  deadlines: { date: string; count: number }[];
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function entries({ documents, tasks }: TimelineInput, { locale, t }: ChartText): Entry[] {
  if (documents.length === 0) throw new Error('timeline: no documents to chart');
  const key = (d: DocumentRow) => d.date_issued ?? d.period_start ?? '9999-12-31';
  return [...documents]
    .sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id))
    .map((doc) => {
      const counts = new Map<string, number>();
      for (const t of tasks)
        if (t.document_id === doc.id && !t.deadline_inferred) counts.set(t.deadline, (counts.get(t.deadline) ?? 0) + 1);
      return {
        doc,
        label: t.charts.titled(pick(locale, doc.title_zh, doc.title_en), shownDocNumber(doc.doc_number, locale)),
        deadlines: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count })),
      };
    });
}

/**
 * Documents on a time line, one row each: the plan period as a bar, the date of issue as a dot, the deadlines the
 * text states as diamonds (with the number of tasks due where more than one), and a dashed line at the latest data date.
 */
export function timeline(
  input: TimelineInput,
  { document, locale, t, width = DEFAULT_WIDTH }: ChartOptions,
): SVGSVGElement {
  const data = entries(input, { locale, t });
  const dates = [
    input.latestData,
    ...data.flatMap((e) => [
      e.doc.date_issued,
      e.doc.period_start,
      e.doc.period_end,
      ...e.deadlines.map((d) => d.date),
    ]),
  ].filter((d): d is string => d !== null);
  const first = Math.min(...dates.map((d) => Number(d.slice(0, 4))));
  const last = Math.max(...dates.map((d) => Number(d.slice(0, 4))));
  const years = Array.from({ length: last - first + 2 }, (_, i) => first + i);
  const domain = [utc(`${first}-01-01`), utc(`${last + 1}-01-01`)];

  const top = 22;
  const { boxes, bottom } = rowBoxes(
    data.map((e) => e.label),
    width,
    { top, bar: 18, gap: 14 },
  );
  const rows = data.map((e, i) => ({ ...e, ...boxes[i]!, mid: (boxes[i]!.y1 + boxes[i]!.y2) / 2 }));
  const periods = rows.filter((r) => r.doc.period_start && r.doc.period_end);
  const issued = rows.filter((r) => r.doc.date_issued);
  const undated = rows.filter((r) => !r.doc.date_issued && !r.doc.period_start);

  const latestLabel = `${t.charts.latestData}${formatDate(input.latestData, locale)}`;
  const x = (iso: string) =>
    1 + ((utc(iso).getTime() - domain[0]!.getTime()) / (domain[1]!.getTime() - domain[0]!.getTime())) * (width - 2);
  const latestX = x(input.latestData);
  // A count sits right of its diamond unless that would run off the chart.
  const deadlines = rows.flatMap((r) =>
    r.deadlines.map((d) => ({
      ...d,
      mid: r.mid,
      right: x(d.date) + 10 + textWidth(String(d.count), FONT_SIZE, true) <= width,
    })),
  );
  const anchor = latestX + textWidth(latestLabel, FONT_SIZE) + 4 > width ? 'end' : 'start';
  const latestY = bottom + 10;

  const items: LegendItem[] = [
    {
      label: t.charts.legendPeriod,
      swatch: (doc) =>
        svgElement(doc, 'rect', { y: 2, width: SWATCH, height: SWATCH - 4, fill: PERIOD_FILL, stroke: PERIOD_INK }),
    },
    {
      label: t.charts.legendIssued,
      swatch: (doc) => svgElement(doc, 'circle', { cx: SWATCH / 2, cy: SWATCH / 2, r: 5, fill: INK }),
    },
    {
      label: t.charts.legendDeadline,
      swatch: (doc) =>
        svgElement(doc, 'path', {
          d: `M${SWATCH / 2},0L${SWATCH},${SWATCH / 2}L${SWATCH / 2},${SWATCH}L0,${SWATCH / 2}Z`,
          fill: VERMILLION,
          stroke: 'white',
        }),
    },
    {
      label: t.charts.legendLatest,
      swatch: (doc) =>
        svgElement(doc, 'line', {
          x1: SWATCH / 2,
          x2: SWATCH / 2,
          y1: 0,
          y2: SWATCH,
          stroke: INK,
          'stroke-dasharray': '4,3',
          'stroke-width': 1.5,
        }),
    },
  ];
  const key = legend(document, items, 0, latestY + LINE + 14, width);

  const svg = Plot.plot({
    document,
    width,
    height: latestY + LINE + 14 + key.height + 4,
    margin: 0,
    x: { type: 'utc', domain, range: [1, width - 1], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.ruleX(years, { x: (y) => utc(`${y}-01-01`), y1: top - 4, y2: bottom + 4, stroke: GRID }),
      Plot.text(years.slice(0, -1), {
        x: (y) => utc(`${y}-07-02`),
        y: 4,
        text: (y) => t.charts.year(y),
        lineAnchor: 'top',
        fontSize: FONT_SIZE,
        fill: MUTED,
      }),
      Plot.rect(periods, {
        x1: (r) => utc(r.doc.period_start!),
        x2: (r) => utc(r.doc.period_end!),
        y1: (r) => r.y1 + 2,
        y2: (r) => r.y2 - 2,
        fill: PERIOD_FILL,
        stroke: PERIOD_INK,
      }),
      Plot.ruleX([utc(input.latestData)], {
        y1: top - 4,
        y2: latestY - 2,
        stroke: INK,
        strokeWidth: 1.5,
        strokeDasharray: '4,3',
      }),
      Plot.dot(issued, { x: (r) => utc(r.doc.date_issued!), y: 'mid', r: 5, fill: INK, stroke: 'white' }),
      Plot.dot(deadlines, {
        x: (d) => utc(d.date),
        y: 'mid',
        r: 7,
        symbol: 'diamond',
        fill: VERMILLION,
        stroke: 'white',
      }),
      Plot.text(
        deadlines.filter((d) => d.count > 1 && d.right),
        {
          ...HALO,
          x: (d) => utc(d.date),
          y: 'mid',
          dx: 10,
          text: (d) => String(d.count),
          textAnchor: 'start',
          fontSize: FONT_SIZE,
          fontWeight: 'bold',
          fill: INK,
        },
      ),
      Plot.text(
        deadlines.filter((d) => d.count > 1 && !d.right),
        {
          ...HALO,
          x: (d) => utc(d.date),
          y: 'mid',
          dx: -10,
          text: (d) => String(d.count),
          textAnchor: 'end',
          fontSize: FONT_SIZE,
          fontWeight: 'bold',
          fill: INK,
        },
      ),
      Plot.text(rows, { ...LABEL_TEXT, x: domain[0], dx: -1, y: 'labelY', text: (d) => d.lines.join('\n'), fill: INK }),
      Plot.text(undated, {
        ...HALO,
        x: domain[0],
        y: 'mid',
        dx: 4,
        text: () => t.charts.undated,
        textAnchor: 'start',
        fontSize: FONT_SIZE,
        fontStyle: 'italic',
        fill: MUTED,
      }),
      Plot.text([input.latestData], {
        ...HALO,
        x: (d) => utc(d),
        y: latestY,
        text: () => latestLabel,
        textAnchor: anchor,
        dx: anchor === 'start' ? -4 : 4,
        lineAnchor: 'top',
        fontSize: FONT_SIZE,
        fontWeight: 'bold',
        fill: INK,
      }),
    ],
  });
  svg.append(key.g);
  const desc = t.charts.timelineDesc(timelineSentences(data, { locale, t }), latestLabel);
  return finish(svg, t.timelineTitle, desc);
}

function timelineSentences(data: Entry[], { locale, t }: ChartText): string[] {
  return data.map((e) => {
    const parts = [
      e.doc.date_issued ? t.charts.issuedOn(formatDate(e.doc.date_issued, locale)) : null,
      e.doc.period_start && e.doc.period_end
        ? t.charts.covering(formatPeriod(e.doc.period_start, e.doc.period_end, locale))
        : null,
      ...e.deadlines.map((d) => t.charts.tasksDue(d.count, formatDate(d.date, locale))),
    ].filter((s): s is string => s !== null);
    return `${e.label}${t.comma}${parts.length > 0 ? parts.join(t.comma) : t.charts.undatedSentence}`;
  });
}

/** The dates behind timeline: one row per document. */
export function timelineTable(input: TimelineInput, text: ChartText): ChartTable {
  const data = entries(input, text);
  const { locale, t } = text;
  const none = '—';
  return {
    caption: t.timelineTitle,
    columns: [
      { label: t.charts.document, numeric: false },
      { label: t.charts.legendIssued, numeric: false },
      { label: t.charts.legendPeriod, numeric: false },
      { label: t.charts.taskDeadlines, numeric: false },
    ],
    rows: data.map((e) => [
      e.label,
      e.doc.date_issued ? formatDate(e.doc.date_issued, locale) : none,
      e.doc.period_start && e.doc.period_end ? formatPeriod(e.doc.period_start, e.doc.period_end, locale) : none,
      e.deadlines.length > 0
        ? e.deadlines.map((d) => t.charts.dueCount(formatDate(d.date, locale), d.count)).join(t.semicolon)
        : none,
    ]),
  };
}

/** Each document's dates, ISO: issued, plan period, and one row per deadline its text states with the tasks due. */
export function timelineData(input: TimelineInput, text: ChartText): ChartData {
  const { locale } = text;
  return {
    columns: [
      'document_id',
      'doc_number',
      'document',
      'date_issued',
      'period_start',
      'period_end',
      'deadline',
      'tasks_due',
    ],
    rows: entries(input, text).flatMap((e): Record<string, DataCell>[] => {
      const doc = {
        document_id: e.doc.id,
        doc_number: e.doc.doc_number,
        document: pick(locale, e.doc.title_zh, e.doc.title_en),
        date_issued: e.doc.date_issued,
        period_start: e.doc.period_start,
        period_end: e.doc.period_end,
      };
      return e.deadlines.length === 0
        ? [{ ...doc, deadline: null, tasks_due: null }]
        : e.deadlines.map((d) => ({ ...doc, deadline: d.date, tasks_due: d.count }));
    }),
  };
}
