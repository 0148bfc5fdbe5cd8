import * as Plot from '@observablehq/plot';
import { formatPercent, formatObserved } from '../formats/format.ts';
import { formatPeriod } from '../../shared/dates.ts';
import { pick, type Locale } from '../../shared/locales.ts';
import type { DerivedRow, FunnelSpec, ObservationRow } from '../../schemas/index.ts';
import {
  BLUE,
  DEFAULT_WIDTH,
  FONT_SIZE,
  INK,
  LABEL_SIZE,
  LINE,
  MUTED,
  type ChartOptions,
  type ChartText,
} from './options.ts';
import { finish } from './svg.ts';
import { OBSERVATION_COLUMNS, type ChartData, type ChartTable } from './table.ts';
import { observationRecord } from './observation-bars.ts';
import { wrapText } from './text.ts';
import { shownDocNumber } from '../words/doc-number.ts';

/** A funnel as data/figures.json declares it, the observations of its stages and the rates derived from them. */
export interface FunnelData {
  spec: FunnelSpec;
  observations: ObservationRow[];
  derived: DerivedRow[];
}

interface Funnel {
  title: string;
  period: string;
  stages: { name: string; row: ObservationRow; text: string }[];
  /** Each stage over the one before, then the last over the first: derived rows, never computed here. */
  rates: { label: string; row: DerivedRow }[];
}

/** The derived rate whose inputs are exactly these two observations; fails loudly when the pipeline made none. */
function rateOf(derived: DerivedRow[], numerator: ObservationRow, denominator: ObservationRow): DerivedRow {
  const row = derived.find((d) => d.kind === 'rate' && d.inputs === `${numerator.id} ${denominator.id}`);
  if (!row) throw new Error(`funnel: no derived rate of ${numerator.id} over ${denominator.id}`);
  return row;
}

/** The latest place and period that has every stage; fails loudly when none has. */
function funnel({ spec, observations: rows, derived }: FunnelData, locale: Locale): Funnel {
  const periods = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    const key = `${row.period_end} ${row.period_start} ${row.jurisdiction}`;
    periods.set(key, [...(periods.get(key) ?? []), row]);
  }
  const complete = [...periods.entries()]
    .filter(([, group]) => spec.stages.every((s) => group.some((r) => r.indicator_id === s.indicator)))
    .sort(([a], [b]) => a.localeCompare(b));
  const group = complete.at(-1)?.[1];
  if (!group) throw new Error(`funnel ${spec.id}: no period has all of its stages`);
  const stages = spec.stages.map((s) => {
    const row = group.find((r) => r.indicator_id === s.indicator)!;
    return { name: pick(locale, s.name_zh, s.name_en), row, text: formatObserved(row, locale) };
  });
  const steps = [
    ...stages.slice(1).map((s, i) => [s.row, stages[i]!.row] as const),
    [stages.at(-1)!.row, stages[0]!.row] as const,
  ];
  const period = formatPeriod(group[0]!.period_start, group[0]!.period_end, locale);
  return {
    title: pick(locale, spec.title_zh, spec.title_en),
    period,
    stages,
    rates: steps.map(([num, den], i) => ({
      label: pick(locale, spec.rates[i]!.label_zh, spec.rates[i]!.label_en),
      row: rateOf(derived, num, den),
    })),
  };
}

/** The rate as the source states it, beside the computed one, where the source states it. */
function statedText(d: DerivedRow, locale: Locale): string | null {
  return d.reported_value === null ? null : formatPercent(d.reported_value, locale, d.reported_decimals ?? 1);
}

/** The rates of a funnel as sentences, in the order the chart places them. */
function rateNotes(f: Funnel, { locale, t }: ChartText): string[] {
  return f.rates.map(({ label, row }) =>
    t.charts.rateNote(label, formatPercent(row.value, locale, 1), statedText(row, locale)),
  );
}

/**
 * Successive stages of one process as a funnel of centred bars, with the rate of each stage over the one before
 * written between the bars and the rate of the last over the first below them, as the pipeline derived them.
 */
export function mediationFunnel(
  rows: FunnelData,
  { document, locale, t, width = DEFAULT_WIDTH }: ChartOptions,
): SVGSVGElement {
  const f = funnel(rows, locale);
  const notes = rateNotes(f, { locale, t });
  const max = f.stages[0]!.row.value;
  const bar = 26;
  const layout: { stage: Funnel['stages'][number]; labelY: number; y1: number; y2: number }[] = [];
  const connectors: { text: string; y: number }[] = [];
  let y = 4;
  f.stages.forEach((stage, i) => {
    layout.push({ stage, labelY: y, y1: y + LINE + 2, y2: y + LINE + 2 + bar });
    y += LINE + 2 + bar + 5;
    const lines = wrapText(`${i < f.stages.length - 1 ? '↓ ' : ''}${notes[i]!}`, width - 8, FONT_SIZE);
    connectors.push({ text: lines.join('\n'), y });
    y += lines.length * LINE + 14;
  });

  const svg = Plot.plot({
    document,
    width,
    height: y - 8,
    margin: 0,
    x: { domain: [-max / 2, max / 2], range: [4, width - 4], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.rect(layout, {
        x1: (d) => -d.stage.row.value / 2,
        x2: (d) => d.stage.row.value / 2,
        y1: 'y1',
        y2: 'y2',
        fill: BLUE,
      }),
      Plot.text(layout, {
        x: 0,
        y: 'labelY',
        text: (d) => `${d.stage.name}  ${d.stage.text}`,
        lineAnchor: 'top',
        fontSize: LABEL_SIZE,
        fontWeight: 'bold',
        fill: INK,
      }),
      Plot.text(connectors, {
        x: 0,
        y: 'y',
        text: 'text',
        lineAnchor: 'top',
        lineHeight: LINE / FONT_SIZE,
        fontSize: FONT_SIZE,
        fill: MUTED,
      }),
    ],
  });
  const counts = f.stages.map((s) => `${s.name} ${s.text}`);
  return finish(svg, t.charts.funnelCaption(f.title, f.period), t.charts.funnelDesc(counts, notes));
}

/** The counts and rates behind mediationFunnel. */
export function mediationFunnelTable(rows: FunnelData, { locale, t }: ChartText): ChartTable {
  const f = funnel(rows, locale);
  const source = (id: string | null) => {
    const stated = rows.observations.find((o) => o.id === id);
    return stated ? shownDocNumber(stated.doc_number, locale) : '';
  };
  return {
    caption: t.charts.funnelCaption(f.title, f.period),
    columns: [
      { label: t.charts.item, numeric: false },
      { label: t.value, numeric: true },
      { label: t.charts.sourceDoc, numeric: false },
    ],
    rows: [
      ...f.stages.map((s) => [s.name, s.text, shownDocNumber(s.row.doc_number, locale)]),
      ...f.rates.map(({ label, row }) => [label, formatPercent(row.value, locale, 1), t.charts.computedAbove]),
      ...f.rates
        .filter(({ row }) => row.reported_value !== null)
        .map(({ label, row }) => [
          t.charts.statedRate(label),
          statedText(row, locale)!,
          source(row.reported_observation_id),
        ]),
    ],
  };
}

/**
 * The funnel's stages as observations (value as a number, with its sentence), then its rates as the pipeline derived
 * them (stage "rate", value in percent, with the stated rate where the source states one).
 */
export function mediationFunnelData(
  rows: FunnelData,
  { locale, placeName }: ChartText & { placeName: (jurisdiction: string) => string },
): ChartData {
  const f = funnel(rows, locale);
  return {
    columns: ['stage', ...OBSERVATION_COLUMNS, 'reported_value'],
    rows: [
      ...f.stages.map((s) => ({ stage: s.name, ...observationRecord(s.row, locale, placeName), reported_value: null })),
      ...f.rates.map(({ label, row }) => ({
        stage: label,
        indicator_id: row.indicator_id,
        indicator: pick(locale, row.label_zh, row.label_en),
        value: row.value,
        unit: row.unit,
        qualifier: null,
        period_start: row.period_start,
        period_end: row.period_end,
        jurisdiction: row.jurisdiction,
        place: placeName(row.jurisdiction),
        document_id: null,
        doc_number: null,
        quote: null,
        reported_value: row.reported_value,
      })),
    ],
  };
}
