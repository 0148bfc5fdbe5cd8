import * as Plot from '@observablehq/plot';
import { formatPercent, formatPeriod, formatObserved } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { DerivedRow, ObservationRow } from '../schemas/index.ts';
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
import type { ChartTable } from './table.ts';
import { wrapText } from './text.ts';

/** The stages of mediation, in order, by the indicator that counts each. */
export const FUNNEL_STAGES = [
  { indicator: 'wipo-mediation-cases-entrusted', zh: '受托调解', en: 'Entrusted' },
  { indicator: 'wipo-mediation-cases-concluded', zh: '调解结案', en: 'Concluded' },
  { indicator: 'wipo-mediation-cases-settled', zh: '调解成功', en: 'Settled' },
] as const;

/** The counts of the funnel and the rates the pipeline derived from them (src/lib/pipeline/derive.ts). */
export interface FunnelData {
  observations: ObservationRow[];
  derived: DerivedRow[];
}

interface Funnel {
  period: string;
  stages: { name: string; row: ObservationRow; text: string }[];
  /** Concluded of entrusted, settled of concluded, settled of entrusted: derived rows, never computed here. */
  conclusion: DerivedRow;
  successOfConcluded: DerivedRow;
  successOfEntrusted: DerivedRow;
}

/** The derived rate whose inputs are exactly these two observations; fails loudly when the pipeline made none. */
function rateOf(derived: DerivedRow[], numerator: ObservationRow, denominator: ObservationRow): DerivedRow {
  const row = derived.find((d) => d.kind === 'rate' && d.inputs === `${numerator.id} ${denominator.id}`);
  if (!row) throw new Error(`mediationFunnel: no derived rate of ${numerator.id} over ${denominator.id}`);
  return row;
}

/** The latest period that has all three stages; fails loudly when none has. */
function funnel({ observations: rows, derived }: FunnelData, locale: Locale): Funnel {
  const periods = new Map<string, ObservationRow[]>();
  for (const row of rows) {
    const key = `${row.period_end} ${row.period_start} ${row.jurisdiction}`;
    periods.set(key, [...(periods.get(key) ?? []), row]);
  }
  const complete = [...periods.entries()]
    .filter(([, group]) => FUNNEL_STAGES.every((s) => group.some((r) => r.indicator_id === s.indicator)))
    .sort(([a], [b]) => a.localeCompare(b));
  const group = complete.at(-1)?.[1];
  if (!group)
    throw new Error(`mediationFunnel: no period has all of ${FUNNEL_STAGES.map((s) => s.indicator).join(', ')}`);
  const stages = FUNNEL_STAGES.map((s) => {
    const row = group.find((r) => r.indicator_id === s.indicator)!;
    return { name: s[locale], row, text: formatObserved(row, locale) };
  });
  const [entrusted, concluded, settled] = stages.map((s) => s.row) as [ObservationRow, ObservationRow, ObservationRow];
  return {
    period: formatPeriod(group[0]!.period_start, group[0]!.period_end, locale),
    stages,
    conclusion: rateOf(derived, concluded, entrusted),
    successOfConcluded: rateOf(derived, settled, concluded),
    successOfEntrusted: rateOf(derived, settled, entrusted),
  };
}

/** The rate as the source states it, beside the computed one, where the source states it. */
function statedText(d: DerivedRow, locale: Locale): string | null {
  return d.reported_value === null ? null : formatPercent(d.reported_value, locale, d.reported_decimals ?? 1);
}

/** The three rates of a funnel as sentences, in the order the chart places them. */
function rateNotes(f: Funnel, { locale, t }: ChartText): [string, string, string] {
  const pct = (d: DerivedRow) => formatPercent(d.value, locale, 1);
  const stated = statedText(f.successOfConcluded, locale);
  return [
    t.charts.conclusionNote(pct(f.conclusion)),
    t.charts.successConcludedNote(pct(f.successOfConcluded), stated),
    t.charts.successEntrustedNote(pct(f.successOfEntrusted)),
  ];
}

/**
 * WIPO mediation as a funnel: cases entrusted, concluded and settled, as centred bars, with the conclusion rate and
 * both success rates (of concluded and of entrusted cases), as the pipeline derived them, written between the bars.
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
    const lines = wrapText(`${i < 2 ? '↓ ' : ''}${notes[i]!}`, width - 8, FONT_SIZE);
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
  return finish(svg, t.charts.funnelCaption(f.period), t.charts.funnelDesc(counts, notes));
}

/** The counts and rates behind mediationFunnel. */
export function mediationFunnelTable(rows: FunnelData, { locale, t }: ChartText): ChartTable {
  const f = funnel(rows, locale);
  const pct = (d: DerivedRow) => formatPercent(d.value, locale, 1);
  const stated = statedText(f.successOfConcluded, locale);
  const rates: [string, string][] = [
    [t.charts.conclusionRow, pct(f.conclusion)],
    [t.charts.successConcludedRow, pct(f.successOfConcluded)],
    [t.charts.successEntrustedRow, pct(f.successOfEntrusted)],
  ];
  return {
    caption: t.charts.funnelCaption(f.period),
    columns: [
      { label: t.charts.item, numeric: false },
      { label: t.value, numeric: true },
      { label: t.charts.sourceDoc, numeric: false },
    ],
    rows: [
      ...f.stages.map((s) => [s.name, s.text, s.row.doc_number]),
      ...rates.map(([label, value]) => [label, value, t.charts.computedAbove]),
      ...(stated
        ? [
            [
              t.charts.statedSuccess,
              stated,
              rows.observations.find((o) => o.id === f.successOfConcluded.reported_observation_id)?.doc_number ?? '',
            ],
          ]
        : []),
    ],
  };
}
