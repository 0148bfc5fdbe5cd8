import * as Plot from '@observablehq/plot';
import { pick } from '../../shared/locales.ts';
import { STATUS_PALETTE } from '../words/palette.ts';
import { STATUS_ORDER } from '../words/status.ts';
import type { DocumentRow, Status, ThemeRow } from '../../schemas/index.ts';
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
import { finish, legend, rectSwatch, statusFill, statusPatterns } from './svg.ts';
import type { ChartData, ChartTable } from './table.ts';
import { wrapText } from './text.ts';
import { shownDocNumber } from '../words/doc-number.ts';

/** Themes and plans, and the latest status of every task tagged with a theme, per theme and plan. */
export interface MatrixInput {
  themes: ThemeRow[];
  plans: DocumentRow[];
  cells: { theme_id: string; plan_id: string; statuses: Status[] }[];
  /** Where a cell links: the plan's part of the theme's page (null: no links, as in a file of its own). */
  href: (themeId: string, planId: string) => string | null;
}

interface Cell {
  theme: ThemeRow;
  plan: DocumentRow;
  counts: Record<Status, number>;
  total: number;
  summary: string;
}

/** A plan as a column head: its place and year, which tell the four apart where a title would not fit. */
function planLabel(plan: DocumentRow, { locale }: ChartText): string {
  const year = (plan.date_issued ?? plan.period_start ?? '').slice(0, 4);
  return `${pick(locale, plan.jurisdiction_zh, plan.jurisdiction_en)} ${year}`.trim();
}

/** Themes by name in the reader's language (pinyin order in Chinese), so a reader finds a row by its name. */
export function byName(themes: readonly ThemeRow[], locale: ChartText['locale']): ThemeRow[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-CN' : 'en');
  return [...themes].sort((a, b) =>
    collator.compare(pick(locale, a.name_zh, a.name_en), pick(locale, b.name_zh, b.name_en)),
  );
}

function cells({ themes, plans, cells }: MatrixInput, { t, locale }: ChartText): Cell[][] {
  if (themes.length === 0 || plans.length === 0) throw new Error('themeMatrix: no themes or no plans to chart');
  const known = new Set(plans.map((p) => p.id));
  const stray = cells.find((c) => !known.has(c.plan_id) || !themes.some((th) => th.id === c.theme_id));
  if (stray) throw new Error(`themeMatrix: cell ${stray.theme_id} × ${stray.plan_id} names an unknown theme or plan`);
  return byName(themes, locale).map((theme) =>
    plans.map((plan) => {
      const statuses = cells.find((c) => c.theme_id === theme.id && c.plan_id === plan.id)?.statuses ?? [];
      const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
      for (const s of statuses) counts[s] += 1;
      const parts = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `${t.statuses[s]} ${counts[s]}`);
      return {
        theme,
        plan,
        counts,
        total: statuses.length,
        summary: statuses.length ? t.charts.statusSummary(statuses.length, parts.join(' · ')) : t.promise.matrixNone,
      };
    }),
  );
}

const CELL = 40;
const BAR = 8;

/**
 * Themes as rows and plans as columns: each cell writes how many of the plan's tasks are on the theme and draws their
 * latest statuses as one stacked bar in STATUS_ORDER, with each status's hue and pattern, and links to the plan's part
 * of the theme page. On a phone each theme's name sits above its row, so four columns keep the full width.
 */
export function themeMatrix(
  input: MatrixInput,
  { document, locale, t, width = DEFAULT_WIDTH }: ChartOptions,
): SVGSVGElement {
  const grid = cells(input, { locale, t });
  const side = width >= 520 ? 180 : 0;
  const colW = (width - side) / input.plans.length;
  const key = legend(
    document,
    STATUS_ORDER.map((s) => ({ label: t.statuses[s], swatch: rectSwatch(statusFill(s), STATUS_PALETTE[s].ink) })),
    0,
    4,
    width,
  );
  const heads = input.plans.map((p, i) => ({
    lines: wrapText(planLabel(p, { locale, t }), colW - 6, FONT_SIZE, true),
    x: side + i * colW + 3,
  }));
  let y = 4 + key.height + 14;
  const headY = y;
  y += Math.max(...heads.map((h) => h.lines.length)) * LINE + 6;
  const rows = grid.map((row) => {
    const lines = wrapText(
      pick(locale, row[0]!.theme.name_zh, row[0]!.theme.name_en),
      side ? side - 8 : width,
      FONT_SIZE,
      true,
    );
    const labelY = y;
    const top = side ? y : y + lines.length * LINE + 2;
    y = Math.max(top + CELL, side ? y + lines.length * LINE + 4 : 0) + 6;
    return { row, lines, labelY, top };
  });
  const boxes = rows.flatMap(({ row, top }) =>
    row.map((c, i) => ({ ...c, x1: side + i * colW + 2, x2: side + (i + 1) * colW - 2, y1: top, y2: top + CELL })),
  );
  const filled = boxes.filter((b) => b.total > 0);
  const segments = filled.flatMap((b) => {
    let x = b.x1 + 4;
    const unit = (b.x2 - b.x1 - 8) / b.total;
    return STATUS_ORDER.filter((s) => b.counts[s] > 0).map((status) => {
      const seg = { status, x1: x, x2: x + b.counts[status] * unit, y1: b.y2 - BAR - 4, y2: b.y2 - 4 };
      x = seg.x2;
      return seg;
    });
  });
  const svg = Plot.plot({
    document,
    width,
    height: y - 6 + 2,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect(boxes, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: (d) => (d.total ? '#FFFFFF' : '#F3F4F6'),
        stroke: (d) => (d.total ? MUTED : '#D0D7DE'),
        strokeWidth: 1,
        href: (d) => (d.total ? input.href(d.theme.id, d.plan.id) : null),
      }),
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
            strokeWidth: 0.75,
          },
        ),
      ),
      Plot.text(boxes, {
        x: (d) => d.x1 + 6,
        y: (d) => d.y1 + 13,
        text: (d) => (d.total ? String(d.total) : '–'),
        textAnchor: 'start',
        fontSize: LABEL_SIZE,
        fontWeight: 'bold',
        fill: (d) => (d.total ? INK : MUTED),
      }),
      Plot.text(rows, {
        x: 0,
        y: 'labelY',
        text: (d) => d.lines.join('\n'),
        lineAnchor: 'top',
        lineHeight: LINE / FONT_SIZE,
        textAnchor: 'start',
        fontSize: FONT_SIZE,
        fontWeight: 'bold',
        fill: INK,
      }),
      Plot.text(heads, {
        x: 'x',
        y: headY,
        text: (d) => d.lines.join('\n'),
        lineAnchor: 'top',
        lineHeight: LINE / FONT_SIZE,
        textAnchor: 'start',
        fontSize: FONT_SIZE,
        fontWeight: 'bold',
        fill: INK,
      }),
    ],
  });
  svg.append(key.g);
  // Plot wraps each linked cell in an <a>, in data order: each gets the name a keyboard or screen reader announces.
  const linked = filled.filter((b) => input.href(b.theme.id, b.plan.id) !== null);
  const anchors = [...svg.querySelectorAll('a')];
  if (anchors.length !== linked.length) throw new Error('themeMatrix: a linked cell lost its link');
  anchors.forEach((a, i) => {
    const c = linked[i]!;
    a.setAttribute(
      'aria-label',
      t.charts.labelled(
        `${pick(locale, c.theme.name_zh, c.theme.name_en)} · ${planLabel(c.plan, { locale, t })}`,
        c.summary,
      ),
    );
  });
  const desc = t.promise.matrixDesc(
    grid.map((row) =>
      t.charts.labelled(
        pick(locale, row[0]!.theme.name_zh, row[0]!.theme.name_en),
        row.map((c) => t.charts.labelled(planLabel(c.plan, { locale, t }), c.summary)).join(t.semicolon),
      ),
    ),
  );
  const chart = finish(svg, t.promise.matrixTitle, desc, statusPatterns(document, STATUS_ORDER));
  // Not one image like the other charts: an image's parts are presentational, and these links must be reachable. So
  // it is a named group of links, every other mark hidden from assistive technology (the desc and table say it all).
  // Without links (a file of its own) it is one image like the others.
  if (!anchors.length) return chart;
  chart.setAttribute('role', 'group');
  for (const g of chart.querySelectorAll(':scope > g'))
    if (!g.querySelector('a')) g.setAttribute('aria-hidden', 'true');
  return chart;
}

/** The counts behind themeMatrix: one row per theme, one column per plan (tasks and their statuses). */
export function themeMatrixTable(input: MatrixInput, text: ChartText): ChartTable {
  const { t, locale } = text;
  return {
    caption: t.promise.matrixTitle,
    columns: [
      { label: t.promise.theme, numeric: false },
      ...input.plans.map((p) => ({
        label: t.charts.titled(pick(locale, p.title_zh, p.title_en), shownDocNumber(p.doc_number, locale)),
        numeric: false,
      })),
    ],
    rows: cells(input, text).map((row) => [
      pick(locale, row[0]!.theme.name_zh, row[0]!.theme.name_en),
      ...row.map((c) => c.summary),
    ]),
  };
}

/** Tasks per theme, plan and status, as numbers: one row per cell and status, statuses with none left out. */
export function themeMatrixData(input: MatrixInput, text: ChartText): ChartData {
  const { t, locale } = text;
  return {
    columns: ['theme_id', 'theme', 'plan_id', 'doc_number', 'status', 'status_label', 'tasks'],
    rows: cells(input, text).flatMap((row) =>
      row.flatMap((c) =>
        STATUS_ORDER.filter((s) => c.counts[s] > 0).map((status) => ({
          theme_id: c.theme.id,
          theme: pick(locale, c.theme.name_zh, c.theme.name_en),
          plan_id: c.plan.id,
          doc_number: c.plan.doc_number,
          status,
          status_label: t.statuses[status],
          tasks: c.counts[status],
        })),
      ),
    ),
  };
}
