import * as Plot from '@observablehq/plot';
import { formatObserved } from '../formats/format.ts';
import { formatPeriod } from '../../shared/dates.ts';
import { pick, type Locale } from '../../shared/locales.ts';
import { quoteHref } from '../../shared/addresses.ts';
import { type ObservationRow } from '../../schemas/index.ts';
import { BLUE, DEFAULT_WIDTH, INK, LABEL_SIZE, type ChartOptions, type ChartText } from './options.ts';
import { LABEL_TEXT, rowBoxes, VALUE_TEXT } from './rows.ts';
import { finish, hatchPattern, legend, rectSwatch } from './svg.ts';
import { OBSERVATION_COLUMNS, type ChartData, type ChartTable, type DataCell } from './table.ts';
import { textWidth } from './text.ts';
import { shownDocNumber } from '../words/doc-number.ts';

const HATCH = 'observation-hatch';

interface Bar {
  row: ObservationRow;
  label: string;
  text: string;
  exact: boolean;
}

function indicatorName(row: ObservationRow, locale: Locale): string {
  return pick(locale, row.indicator_zh, row.indicator_en);
}

/** The observations of one indicator in period order, labelled; fails loudly on none or on a mix of indicators. */
function bars(rows: ObservationRow[], locale: Locale, placeName: ChartOptions['placeName']): Bar[] {
  if (rows.length === 0) throw new Error('observationBars: no observations to chart');
  const indicators = new Set(rows.map((r) => r.indicator_id));
  if (indicators.size > 1)
    throw new Error(`observationBars: one indicator per chart, got ${[...indicators].join(', ')}`);
  const places = new Set(rows.map((r) => r.jurisdiction)).size > 1;
  if (places && !placeName) throw new Error('observationBars: rows from several places need options.placeName');
  return [...rows]
    .sort(
      (a, b) =>
        a.period_start.localeCompare(b.period_start) ||
        a.period_end.localeCompare(b.period_end) ||
        a.jurisdiction.localeCompare(b.jurisdiction),
    )
    .map((row) => {
      const period = formatPeriod(row.period_start, row.period_end, locale);
      return {
        row,
        label: places ? `${placeName!(row.jurisdiction)} · ${period}` : period,
        text: formatObserved(row, locale),
        exact: row.qualifier === 'exact',
      };
    });
}

/**
 * Bars of one indicator's observations by period, each labelled with its figure as the source words it. A figure the
 * source gives as approximate or as a lower bound (近, 余, 以上) is drawn hatched, not solid.
 */
export function observationBars(
  rows: ObservationRow[],
  { document, locale, t, width = DEFAULT_WIDTH, placeName }: ChartOptions,
): SVGSVGElement {
  const data = bars(rows, locale, placeName);
  const valueSpace = Math.max(...data.map((d) => textWidth(d.text, LABEL_SIZE, true))) + 10;
  const { boxes, bottom } = rowBoxes(
    data.map((d) => d.label),
    width,
    { top: 4 },
  );
  const hatched = data.some((d) => !d.exact);
  const note = t.charts.hatchNote;
  const key = hatched
    ? legend(document, [{ label: note, swatch: rectSwatch(`url(#${HATCH})`, BLUE) }], 0, bottom + 16, width)
    : null;
  const height = key ? bottom + 16 + key.height + 4 : bottom + 8;
  const xMax = Math.max(...data.map((d) => d.row.value), 0);
  const rects = data.map((d, i) => ({ ...d, ...boxes[i]! }));

  const svg = Plot.plot({
    document,
    width,
    height,
    margin: 0,
    x: { domain: [0, xMax === 0 ? 1 : xMax], range: [1, width - valueSpace], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect(rects, {
        x1: 0,
        x2: (d) => d.row.value,
        y1: 'y1',
        y2: 'y2',
        fill: (d) => (d.exact ? BLUE : `url(#${HATCH})`),
        stroke: BLUE,
        strokeWidth: 1,
      }),
      Plot.ruleX(rects, { x: 0, y1: (d) => d.y1 - 3, y2: (d) => d.y2 + 3, stroke: INK }),
      Plot.text(rects, { ...LABEL_TEXT, x: 0, dx: -1, y: 'labelY', text: (d) => d.lines.join('\n'), fill: INK }),
      Plot.text(rects, {
        x: (d) => d.row.value,
        ...VALUE_TEXT,
      }),
    ],
  });
  if (key) svg.append(key.g);
  const name = indicatorName(data[0]!.row, locale);
  const desc = t.charts.barsDesc(
    name,
    data.map((d) => t.charts.labelled(d.label, d.text)),
  );
  return finish(svg, name, desc, hatched ? [hatchPattern(document, HATCH, BLUE)] : []);
}

/** The observations behind observationBars, with each figure's source document. */
export function observationBarsTable(
  rows: ObservationRow[],
  { locale, t, placeName }: ChartText & Pick<ChartOptions, 'placeName'>,
): ChartTable {
  const data = bars(rows, locale, placeName);
  return {
    caption: indicatorName(data[0]!.row, locale),
    columns: [
      { label: t.statPeriod, numeric: false },
      { label: t.value, numeric: true },
      { label: t.asWritten, numeric: false, lang: 'zh-CN' },
      { label: t.charts.sourceDoc, numeric: false },
    ],
    rows: data.map((d) => [d.label, d.text, d.row.mention_text, shownDocNumber(d.row.doc_number, locale)]),
    links: {
      column: 3,
      hrefs: data.map((d) => quoteHref(locale, d.row.document_id, d.row.quote_start, d.row.quote_end)),
    },
  };
}

/** An observation as a chart's data row: its figure as a number, period, place and source sentence. */
export function observationRecord(
  row: ObservationRow,
  locale: Locale,
  placeName: (jurisdiction: string) => string,
): Record<string, DataCell> {
  return {
    indicator_id: row.indicator_id,
    indicator: indicatorName(row, locale),
    value: row.value,
    unit: pick(locale, row.unit, row.unit_en),
    qualifier: row.qualifier,
    period_start: row.period_start,
    period_end: row.period_end,
    jurisdiction: row.jurisdiction,
    place: placeName(row.jurisdiction),
    document_id: row.document_id,
    doc_number: row.doc_number,
    quote: row.quote,
  };
}

/** The observations drawn, in the chart's order, as numbers. */
export function observationBarsData(
  rows: ObservationRow[],
  { locale, placeName }: ChartText & { placeName: (jurisdiction: string) => string },
): ChartData {
  return {
    columns: OBSERVATION_COLUMNS,
    rows: bars(rows, locale, placeName).map((d) => observationRecord(d.row, locale, placeName)),
  };
}
