import * as Plot from '@observablehq/plot';
import { amountGoal, formatDate, formatObserved, formatValue, type Locale } from '../i18n/format.ts';
import type { Comparator, IndicatorRow, ObservationRow, TargetRow } from '../schemas/index.ts';
import { BLUE, DEFAULT_WIDTH, FONT_SIZE, INK, LABEL_SIZE, MUTED, ORANGE, type ChartOptions } from './options.ts';
import { HALO, LABEL_TEXT, rowBoxes, VALUE_TEXT } from './rows.ts';
import { finish, hatchPattern } from './svg.ts';
import type { ChartTable } from './table.ts';
import { textWidth } from './text.ts';

/** A target, the indicator it is measured on, and the observations of that indicator in the plan's jurisdiction. */
export interface TargetProgressInput {
  target: TargetRow;
  indicator: IndicatorRow;
  observations: ObservationRow[];
}

const TARGET_HATCH = 'target-hatch';
const BASELINE_GREY = '#8C8C8C';

const PHRASE: Record<Comparator, { zh: string; en: string; zhRef: string; enRef: string }> = {
  gt: { zh: '超过', en: 'more than', zhRef: '高于', enRef: 'above' },
  gte: { zh: '不少于', en: 'at least', zhRef: '不低于', enRef: 'at least' },
  lt: { zh: '低于', en: 'less than', zhRef: '低于', enRef: 'below' },
  lte: { zh: '不超过', en: 'at most', zhRef: '不高于', enRef: 'at most' },
  eq: { zh: '达到', en: 'exactly', zhRef: '达到', enRef: 'equal to' },
};

interface Progress {
  name: string;
  baseline: { value: number; text: string; date: string | null } | null;
  latest: { row: ObservationRow; text: string; date: string } | null;
  /** The target as a phrase: 超过24家, at least 50%, above the city-wide average. */
  goal: string;
  deadline: string;
}

function progress({ target, indicator, observations }: TargetProgressInput, locale: Locale): Progress {
  if (indicator.id !== target.indicator_id)
    throw new Error(`targetProgress: indicator ${indicator.id} is not the target's (${target.indicator_id})`);
  const value = (v: number) => formatValue(v, target.unit, indicator.unit_en, 'exact', locale);
  const base = observations.find((o) => o.id === target.baseline_observation_id);
  const latest = observations
    .filter(
      (o) =>
        o.indicator_id === target.indicator_id &&
        o.id !== target.baseline_observation_id &&
        (!base || (o.jurisdiction === base.jurisdiction && o.period_end >= base.period_end)),
    )
    .sort((a, b) => a.period_end.localeCompare(b.period_end) || a.id.localeCompare(b.id))
    .at(-1);
  const phrase = PHRASE[target.comparator];
  const zh = locale === 'zh';
  const goal = target.amount_zh
    ? amountGoal(target, locale)
    : target.target_value !== null
      ? zh
        ? `${phrase.zh}${value(target.target_value)}`
        : `${phrase.en} ${value(target.target_value)}`
      : zh
        ? `${phrase.zhRef}${target.reference_zh}`
        : `${phrase.enRef} ${target.reference_en}`;
  return {
    name: zh ? indicator.name_zh : indicator.name_en,
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
    goal,
    deadline: formatDate(target.deadline, locale),
  };
}

function labels(
  p: Progress,
  locale: Locale,
): { noFigure: string; referenceOnly: string; baseline: string; latest: string; target: string } {
  const zh = locale === 'zh';
  const when = (date: string | null) => (date ? (zh ? `（${date}）` : ` (${date})`) : '');
  return {
    noFigure: zh ? '规划发布后暂无公开数据' : 'No published figure since the plan',
    referenceOnly: zh ? '目标以参照水平表述，没有数值' : 'The target names a reference level, not a figure',
    baseline: zh ? `基线${when(p.baseline?.date ?? null)}` : `Baseline${when(p.baseline?.date ?? null)}`,
    latest: zh ? `最新${when(p.latest?.date ?? null)}` : `Latest${when(p.latest?.date ?? null)}`,
    target: zh ? `目标：${p.goal}（截至${p.deadline}）` : `Target: ${p.goal} (by ${p.deadline})`,
  };
}

/**
 * Where a quantitative target stands: the baseline, the latest published figure and the target, on one zero-based
 * scale, with the target value as a dashed line through all three. With no figure after the plan, it shows the
 * baseline and the target and says so; with a target named only as a reference level, it states it in words.
 */
export function targetProgress(
  input: TargetProgressInput,
  { document, locale, width = DEFAULT_WIDTH }: ChartOptions,
): SVGSVGElement {
  const p = progress(input, locale);
  const { target } = input;
  const l = labels(p, locale);
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
  const zh = locale === 'zh';
  const title = zh ? `${p.name}：目标与进展` : `${p.name}: target and progress`;
  const parts = [
    p.baseline ? `${l.baseline} ${p.baseline.text}` : null,
    `${l.latest} ${p.latest ? p.latest.text : l.noFigure}`,
    l.target,
  ].filter((s): s is string => s !== null);
  const desc = zh ? `进展图：${parts.join('；')}。` : `Progress chart: ${parts.join('; ')}.`;
  return finish(svg, title, desc, [hatchPattern(document, TARGET_HATCH, ORANGE)]);
}

/** The baseline, latest figure and target behind targetProgress. */
export function targetProgressTable(input: TargetProgressInput, locale: Locale): ChartTable {
  const p = progress(input, locale);
  const zh = locale === 'zh';
  const none = zh ? '暂无公开数据' : 'No published figure';
  return {
    caption: zh ? `${p.name}：目标与进展` : `${p.name}: target and progress`,
    columns: [
      { label: zh ? '项目' : 'Item', numeric: false },
      { label: zh ? '数值' : 'Value', numeric: true },
      { label: zh ? '日期' : 'Date', numeric: false },
      { label: zh ? '来源文号' : 'Source', numeric: false },
    ],
    rows: [
      ...(p.baseline
        ? [[zh ? '基线' : 'Baseline', p.baseline.text, p.baseline.date ?? '—', input.target.doc_number]]
        : []),
      [zh ? '最新' : 'Latest', p.latest?.text ?? none, p.latest?.date ?? '—', p.latest?.row.doc_number ?? '—'],
      [zh ? '目标' : 'Target', p.goal, zh ? `截至${p.deadline}` : `By ${p.deadline}`, input.target.doc_number],
    ],
  };
}
