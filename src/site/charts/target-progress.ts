import * as Plot from '@observablehq/plot';
import { formatObserved, formatValue } from '../formats/format.ts';
import { formatDate } from '../../shared/dates.ts';
import { pick } from '../../shared/locales.ts';
import type { IndicatorRow, ObservationRow, TargetRow } from '../../schemas/index.ts';
import {
  BLUE,
  DEFAULT_WIDTH,
  FONT_SIZE,
  INK,
  LABEL_SIZE,
  MUTED,
  ORANGE,
  type ChartOptions,
  type ChartText,
} from './options.ts';
import { HALO, LABEL_TEXT, rowBoxes, VALUE_TEXT } from './rows.ts';
import { finish, hatchPattern } from './svg.ts';
import { OBSERVATION_COLUMNS, type ChartData, type ChartTable, type DataCell } from './table.ts';
import { observationRecord } from './observation-bars.ts';
import { textWidth } from './text.ts';
import { shownDocNumber } from '../words/doc-number.ts';

/**
 * A target, the indicator it is measured on, its baseline observation and the latest observation the data build
 * chose for it (the assessment's latest_observation_id): the chart draws them and chooses nothing.
 */
export interface TargetProgressInput {
  target: TargetRow;
  indicator: IndicatorRow;
  baseline: ObservationRow | null;
  latest: ObservationRow | null;
  /** The target's deadline is the plan period's end (its task states none), and says so. */
  deadlineInferred?: boolean;
}

const TARGET_HATCH = 'target-hatch';
const BASELINE_GREY = '#8C8C8C';

interface Progress {
  name: string;
  baseline: { value: number; text: string; date: string | null } | null;
  latest: { row: ObservationRow; text: string; date: string } | null;
  /** The target as a phrase (see targetGoal). */
  goal: string;
  deadline: string;
}

function progress(
  { target, indicator, baseline: base, latest, deadlineInferred }: TargetProgressInput,
  { locale, t }: ChartText,
): Progress {
  if (indicator.id !== target.indicator_id)
    throw new Error(`targetProgress: indicator ${indicator.id} is not the target's (${target.indicator_id})`);
  if (latest && latest.indicator_id !== target.indicator_id)
    throw new Error(`targetProgress: latest observation ${latest.id} is not of the target's indicator`);
  const value = (v: number) => formatValue(v, target.unit, indicator.unit_en, 'exact', locale);
  return {
    name: pick(locale, indicator.name_zh, indicator.name_en),
    baseline:
      target.baseline_value === null
        ? null
        : {
            value: target.baseline_value,
            text: value(target.baseline_value),
            date: base ? formatDate(base.period_end, locale) : null,
          },
    latest: latest
      ? {
          row: latest,
          text: formatObserved(latest, locale),
          date: formatDate(latest.period_end, locale),
        }
      : null,
    goal: targetGoal(target, indicator, { locale, t }),
    deadline: `${formatDate(target.deadline, locale)}${deadlineInferred ? t.charts.periodEnd : ''}`,
  };
}

/**
 * A target as a phrase, the one wording every page and chart uses: 超过24家, at least 50%, above the city-wide
 * average (a reference level where the target names no figure).
 */
export function targetGoal(target: TargetRow, indicator: IndicatorRow, text: ChartText): string {
  // A batch (一批) names no figure: the words stay the plan's, never a number to reach.
  if (target.amount_zh) return text.t.amountGoal(pick(text.locale, target.amount_zh, target.amount_en));
  return text.t.goal(targetComparator(target, text), targetLevel(target, indicator, text));
}

/** The comparator of a target in words: 不少于 before a figure, 不低于 before a reference level. */
export function targetComparator(target: TargetRow, { t }: ChartText): string {
  return (target.target_value !== null ? t.comparators : t.comparatorsRef)[target.comparator];
}

/**
 * The level a target names: a figure with its unit, or a reference level in words. The figure goes without its
 * qualifier: the comparator says it already (不少于50%, never 不少于50%以上).
 */
export function targetLevel(target: TargetRow, indicator: IndicatorRow, { locale }: ChartText): string {
  return target.target_value !== null
    ? formatValue(target.target_value, target.unit, indicator.unit_en, 'exact', locale)
    : pick(locale, target.reference_zh, target.reference_en);
}

function labels(
  p: Progress,
  t: ChartText['t'],
): { noFigure: string; referenceOnly: string; baseline: string; latest: string; target: string } {
  const when = (date: string | null) => (date ? t.charts.when(date) : '');
  return {
    noFigure: t.charts.noFigure,
    referenceOnly: t.charts.referenceOnly,
    baseline: `${t.baseline}${when(p.baseline?.date ?? null)}`,
    latest: `${t.latest}${when(p.latest?.date ?? null)}`,
    target: t.charts.targetLine(p.goal, p.deadline),
  };
}

/**
 * Where a quantitative target stands: the baseline, the latest published figure and the target, on one zero-based
 * scale, with the target value as a dashed line through all three. With no figure after the plan, it shows the
 * baseline and the target and says so; with a target named only as a reference level, it states it in words.
 */
export function targetProgress(
  input: TargetProgressInput,
  { document, locale, t, width = DEFAULT_WIDTH }: ChartOptions,
): SVGSVGElement {
  const p = progress(input, { locale, t });
  const { target } = input;
  const l = labels(p, t);
  const rows = [
    ...(p.baseline
      ? [{ key: 'baseline', label: l.baseline, value: p.baseline.value, text: p.baseline.text, note: '' }]
      : []),
    {
      key: 'latest',
      label: l.latest,
      value: p.latest?.row.value ?? null,
      text: p.latest?.text ?? '',
      note: p.latest ? '' : l.noFigure,
    },
    {
      key: 'target',
      label: l.target,
      value: target.target_value,
      text: '',
      note: target.target_value === null ? l.referenceOnly : '',
    },
  ];
  const numbers = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const percent = target.unit === '%';
  const xMax = Math.max(percent && numbers.every((v) => v <= 100) ? 100 : 0, ...numbers.map((v) => v * 1.15), 1);
  const valueSpace = Math.max(0, ...rows.map((r) => textWidth(r.text, LABEL_SIZE, true))) + 10;
  const { boxes, bottom } = rowBoxes(
    rows.map((r) => r.label),
    width,
    { top: 4 },
  );
  const placed = rows.map((r, i) => ({ ...r, ...boxes[i]! }));
  const bars = placed.filter((r) => r.key !== 'target' && r.value !== null);
  const goal = placed.find((r) => r.key === 'target')!;
  const tv = target.target_value;
  const band =
    tv === null
      ? []
      : [
          {
            ...goal,
            x1: target.comparator === 'lt' || target.comparator === 'lte' ? 0 : tv,
            x2: target.comparator === 'lt' || target.comparator === 'lte' ? tv : target.comparator === 'eq' ? tv : xMax,
          },
        ];

  const svg = Plot.plot({
    document,
    width,
    height: bottom + 8,
    margin: 0,
    x: { domain: [0, xMax], range: [1, width - valueSpace], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect(bars, {
        x1: 0,
        x2: 'value',
        y1: 'y1',
        y2: 'y2',
        fill: (d) => (d.key === 'latest' ? BLUE : BASELINE_GREY),
      }),
      Plot.rect(band, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: `url(#${TARGET_HATCH})`,
        stroke: ORANGE,
        strokeWidth: 1.5,
      }),
      Plot.ruleX(bars, { x: 0, y1: (d) => d.y1 - 3, y2: (d) => d.y2 + 3, stroke: INK }),
      Plot.ruleX(tv === null ? [] : [tv], {
        y1: boxes[0]!.y1 - 4,
        y2: goal.y2 + 4,
        stroke: INK,
        strokeDasharray: '4,3',
      }),
      Plot.text(placed, { ...LABEL_TEXT, x: 0, dx: -1, y: 'labelY', text: (d) => d.lines.join('\n'), fill: INK }),
      Plot.text(
        placed.filter((r) => r.note !== ''),
        {
          ...HALO,
          x: 0,
          y: (d) => (d.y1 + d.y2) / 2,
          text: 'note',
          textAnchor: 'start',
          fontSize: FONT_SIZE,
          fontStyle: 'italic',
          fill: MUTED,
        },
      ),
      Plot.text(bars, {
        ...HALO,
        x: 'value',
        ...VALUE_TEXT,
      }),
    ],
  });
  const parts = [
    p.baseline ? `${l.baseline} ${p.baseline.text}` : null,
    `${l.latest} ${p.latest ? p.latest.text : l.noFigure}`,
    l.target,
  ].filter((s): s is string => s !== null);
  return finish(svg, t.charts.targetTitle(p.name), t.charts.progressDesc(parts), [
    hatchPattern(document, TARGET_HATCH, ORANGE),
  ]);
}

/** The baseline, latest figure and target behind targetProgress. */
export function targetProgressTable(input: TargetProgressInput, text: ChartText): ChartTable {
  const p = progress(input, text);
  const { t, locale } = text;
  const source = (n: string) => shownDocNumber(n, locale);
  return {
    caption: t.charts.targetTitle(p.name),
    columns: [
      { label: t.charts.item, numeric: false },
      { label: t.value, numeric: true },
      { label: t.charts.date, numeric: false },
      { label: t.charts.sourceDoc, numeric: false },
    ],
    rows: [
      ...(p.baseline ? [[t.baseline, p.baseline.text, p.baseline.date ?? '—', source(input.target.doc_number)]] : []),
      [
        t.latest,
        p.latest?.text ?? t.charts.noPublished,
        p.latest?.date ?? '—',
        p.latest ? source(p.latest.row.doc_number) : '—',
      ],
      [t.target, p.goal, t.charts.by(p.deadline), source(input.target.doc_number)],
    ],
  };
}

/**
 * The baseline, the latest figure and the target as numbers, each with its source sentence. The target's value is
 * empty where the plan names no figure (一批, a reference level): its words are in `goal`.
 */
export function targetProgressData(
  input: TargetProgressInput,
  text: ChartText & { placeName: (jurisdiction: string) => string },
): ChartData {
  const { locale, placeName } = text;
  const { target, indicator, baseline, latest } = input;
  const p = progress(input, text);
  const extra = { comparator: null, goal: null };
  const rows: Record<string, DataCell>[] = [];
  if (baseline) rows.push({ role: 'baseline', ...observationRecord(baseline, locale, placeName), ...extra });
  if (latest) rows.push({ role: 'latest', ...observationRecord(latest, locale, placeName), ...extra });
  rows.push({
    role: 'target',
    indicator_id: indicator.id,
    indicator: p.name,
    value: target.target_value,
    unit: pick(locale, target.unit, indicator.unit_en),
    qualifier: target.qualifier,
    period_start: null,
    period_end: target.deadline,
    jurisdiction: null,
    place: null,
    document_id: target.document_id,
    doc_number: target.doc_number,
    quote: target.quote,
    comparator: target.comparator,
    goal: p.goal,
  });
  return { columns: ['role', ...OBSERVATION_COLUMNS, 'comparator', 'goal'], rows };
}
