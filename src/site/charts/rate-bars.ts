import { formulaText } from '../formats/derived-format.ts';
import * as Plot from '@observablehq/plot';
import { formatPercent } from '../formats/format.ts';
import { formatPeriod } from '../../shared/dates.ts';
import { pick } from '../../shared/locales.ts';
import type { DerivedRow } from '../../schemas/index.ts';
import {
  BLUE,
  DEFAULT_WIDTH,
  FONT_SIZE,
  INK,
  LABEL_SIZE,
  MUTED,
  type ChartOptions,
  type ChartText,
} from './options.ts';
import { HALO, LABEL_TEXT, rowBoxes, VALUE_TEXT } from './rows.ts';
import { finish, legend, rectSwatch, svgElement, SWATCH } from './svg.ts';
import type { ChartData, ChartTable } from './table.ts';
import { textWidth } from './text.ts';

interface Rate {
  row: DerivedRow;
  label: string;
  /** The computed rate at the stated rate's precision (2 decimals where nothing is stated). */
  computed: string;
  reported: string | null;
  text: string;
}

function rates(rows: DerivedRow[], { locale, t }: ChartText): Rate[] {
  const data = rows.filter((r) => r.kind === 'rate');
  if (data.length === 0) throw new Error('rateBars: no derived rows of kind "rate" to chart');
  return data.map((row) => {
    const decimals = row.reported_decimals ?? 2;
    const computed = formatPercent(row.value, locale, decimals);
    const reported = row.reported_value === null ? null : formatPercent(row.reported_value, locale, decimals);
    const differs = row.agrees === false ? t.charts.differs : '';
    const text = reported === null ? computed : t.charts.rateWithStated(computed, reported, differs);
    return {
      row,
      label: `${pick(locale, row.label_zh, row.label_en)} · ${formatPeriod(row.period_start, row.period_end, locale)}`,
      computed,
      reported,
      text,
    };
  });
}

/**
 * Rates computed from the sources' own counts, as horizontal bars against a 100% rule. A rate above 100% (closures
 * that include cases filed in earlier years) is drawn past the rule, never clipped; where the source states the rate
 * itself, a tick marks the stated value and the label gives both.
 */
export function rateBars(
  rows: DerivedRow[],
  { document, locale, t, width = DEFAULT_WIDTH }: ChartOptions,
): SVGSVGElement {
  const data = rates(rows, { locale, t });
  const valueSpace = Math.max(...data.map((d) => textWidth(d.text, LABEL_SIZE, true))) + 10;
  const top = 20;
  const { boxes, bottom } = rowBoxes(
    data.map((d) => d.label),
    width,
    { top },
  );
  const bars = data.map((d, i) => ({ ...d, ...boxes[i]! }));
  const xMax = Math.max(100, ...data.map((d) => Math.max(d.row.value, d.row.reported_value ?? 0)));
  const stated = data.some((d) => d.reported !== null);
  const key = legend(
    document,
    [
      {
        label: t.charts.rateLegend,
        swatch: rectSwatch(BLUE, BLUE),
      },
      ...(stated
        ? [
            {
              label: t.charts.statedLegend,
              swatch: (doc: Document) =>
                svgElement(doc, 'line', {
                  x1: SWATCH / 2,
                  x2: SWATCH / 2,
                  y1: -2,
                  y2: SWATCH + 2,
                  stroke: INK,
                  'stroke-width': 3,
                }),
            },
          ]
        : []),
    ],
    0,
    bottom + 16,
    width,
  );

  const svg = Plot.plot({
    document,
    width,
    height: bottom + 16 + key.height + 4,
    margin: 0,
    x: { domain: [0, xMax], range: [1, width - valueSpace], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect(bars, { x1: 0, x2: (d) => d.row.value, y1: 'y1', y2: 'y2', fill: BLUE }),
      Plot.ruleX(bars, { x: 0, y1: (d) => d.y1 - 3, y2: (d) => d.y2 + 3, stroke: INK }),
      Plot.ruleX([100], { y1: top - 2, y2: bottom + 4, stroke: INK, strokeDasharray: '4,3' }),
      Plot.text([100], {
        x: 100,
        y: top - 6,
        text: () => '100%',
        textAnchor: 'middle',
        lineAnchor: 'bottom',
        fontSize: FONT_SIZE,
        fill: MUTED,
      }),
      Plot.ruleX(
        bars.filter((d) => d.row.reported_value !== null),
        { x: (d) => d.row.reported_value, y1: (d) => d.y1 - 4, y2: (d) => d.y2 + 4, stroke: INK, strokeWidth: 3 },
      ),
      Plot.text(bars, { ...LABEL_TEXT, x: 0, dx: -1, y: 'labelY', text: (d) => d.lines.join('\n'), fill: INK }),
      Plot.text(bars, {
        ...HALO,
        x: (d) => Math.max(d.row.value, d.row.reported_value ?? 0),
        ...VALUE_TEXT,
      }),
    ],
  });
  svg.append(key.g);
  const desc = t.charts.rateDesc(data.map((d) => t.charts.labelled(d.label, d.text)));
  return finish(svg, t.rateChartTitle, desc);
}

/** The rates behind rateBars, with the formula each is computed by. */
export function rateBarsTable(
  rows: DerivedRow[],
  text: ChartText,
  nameOf: (indicatorId: string) => string | undefined = () => undefined,
): ChartTable {
  const data = rates(rows, text);
  const { locale, t } = text;
  return {
    caption: t.rateChartTitle,
    columns: [
      { label: t.charts.rate, numeric: false },
      { label: t.computed, numeric: true },
      { label: t.charts.stated, numeric: true },
      { label: t.formula, numeric: false },
    ],
    rows: data.map((d) => [d.label, d.computed, d.reported ?? '—', formulaText(d.row, locale, nameOf)]),
  };
}

/** The rates drawn as numbers: computed (with the range its rounded inputs allow), stated, and how. */
export function rateBarsData(rows: DerivedRow[], text: ChartText): ChartData {
  const { locale } = text;
  return {
    columns: [
      'derived_id',
      'label',
      'value',
      'value_low',
      'value_high',
      'unit',
      'reported_value',
      'agrees',
      'period_start',
      'period_end',
      'jurisdiction',
      'formula',
      'inputs',
    ],
    rows: rates(rows, text).map(({ row }) => ({
      derived_id: row.id,
      label: pick(locale, row.label_zh, row.label_en),
      value: row.value,
      value_low: row.value_low,
      value_high: row.value_high,
      unit: row.unit,
      reported_value: row.reported_value,
      agrees: row.agrees,
      period_start: row.period_start,
      period_end: row.period_end,
      jurisdiction: row.jurisdiction,
      formula: pick(locale, row.formula_zh, row.formula_en),
      inputs: row.inputs,
    })),
  };
}
