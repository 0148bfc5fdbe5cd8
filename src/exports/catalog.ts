// Every chart the site draws, declared once, by a stable, readable id: the address of its downloads (/charts/<id>.svg,
// .png, .csv) and of its embed page (/embed/<id>/). Pages read their charts from here too (overviewCharts, planCharts,
// indicatorCharts), so a chart's id, title, source line, table and data are written in one place and the page, the
// files and the embed cannot disagree.
//
// A chart draws a series or a comparison: an indicator with one figure, or one computed rate, gets a number card on
// its page instead (a single bar compares nothing), and no chart files.
import { mediationFunnel, mediationFunnelData, mediationFunnelTable } from '../site/charts/mediation-funnel.ts';
import { observationBars, observationBarsData, observationBarsTable } from '../site/charts/observation-bars.ts';
import type { ChartOptions, ChartText } from '../site/charts/options.ts';
import { rateBars, rateBarsData, rateBarsTable } from '../site/charts/rate-bars.ts';
import { statusBars, statusBarsData, statusBarsTable } from '../site/charts/status-bars.ts';
import type { ChartData, ChartTable } from '../site/charts/table.ts';
import { targetProgress, targetProgressData, targetProgressTable } from '../site/charts/target-progress.ts';
import { themeMatrix, themeMatrixData, themeMatrixTable, type MatrixInput } from '../site/charts/theme-matrix.ts';
import { timeline, timelineData, timelineTable } from '../site/charts/timeline.ts';
import { formatOptionalPeriod, listed } from '../site/formats/format.ts';
import { formatPeriod } from '../shared/dates.ts';
import { pick, type Locale } from '../shared/locales.ts';
import { chartText } from '../site/charts/figure.ts';
import type { SiteData } from '../site/data/data.ts';
import { siteData } from '../site/data/load.ts';
import { href, indicatorHref, planHref, themePlanHref } from '../shared/addresses.ts';
import { placeName } from '../site/data/places.ts';
import { indicatorView, observationsNote } from '../site/views/indicator.ts';
import { overviewView, timelineNote } from '../site/views/overview.ts';
import { planView } from '../site/views/plan.ts';
import { matrixInput } from '../site/views/theme.ts';
import type { DatasetName } from '../schemas/index.ts';
import { codeDigest, digest } from '../shared/digest.ts';
import { RENDERER_CODE } from './png-pool.ts';
import { scopeLine, type Scoped } from '../site/formats/scope.ts';
import { shownDocNumber, shownDocNumbers } from '../site/words/doc-number.ts';

/** One chart as every export and its page draw it. */
export interface ChartSpec {
  /** Stable and readable: lowercase letters, digits and hyphens. */
  id: string;
  locale: Locale;
  title: string;
  subtitle: string;
  /** The documents (and periods) it draws on, e.g. "沪知局函〔2023〕54号，2020—2022年": its page's source line too. */
  source: string;
  /** Where and when its figures apply, e.g. "上海市 · 2020—2022年": an embed and a file name it (formats/scope.ts). */
  scope: string;
  /** The id of its figure on its page. */
  anchor: string;
  /** The page that shows it, with the figure's fragment. */
  page: string;
  /** The published datasets its rows come from, for its citation. */
  datasets: DatasetName[];
  /** The chart as a file or an embed draws it: links nowhere, since its links are the site's pages'. */
  draw: (options: Pick<ChartOptions, 'document' | 'width'>) => Element;
  /** The chart as its page draws it, with the links its marks carry there. */
  drawOnPage: (options: Pick<ChartOptions, 'document' | 'width'>) => Element;
  /** Its figures as its page's table shows them (formatted). */
  table: ChartTable;
  /** Its figures as its CSV carries them (numbers). */
  data: ChartData;
  /**
   * A digest of everything it is drawn from (the fields above, the rows it draws, the places it names and the code that
   * draws its PNG), standing for it in a page's incremental-build key (src/site/views/keyed.ts): its drawings are code,
   * which a key cannot read.
   */
  key: string;
}

type Draw<R> = (rows: R, options: ChartOptions) => Element;
type Text = ChartText & {
  placeName: (jurisdiction: string) => string;
  /** What placeName reads: the jurisdictions dataset (for a chart's key). */
  places: SiteData['jurisdictions'];
};

interface Kind<R> {
  chart: Draw<R>;
  table: (rows: R, text: Text) => ChartTable;
  data: (rows: R, text: Text) => ChartData;
}

const KINDS = {
  status: { chart: statusBars, table: statusBarsTable, data: statusBarsData },
  themes: { chart: themeMatrix, table: themeMatrixTable, data: themeMatrixData },
  timeline: { chart: timeline, table: timelineTable, data: timelineData },
  target: { chart: targetProgress, table: targetProgressTable, data: targetProgressData },
  observations: { chart: observationBars, table: observationBarsTable, data: observationBarsData },
  rates: { chart: rateBars, table: rateBarsTable, data: rateBarsData },
  funnel: { chart: mediationFunnel, table: mediationFunnelTable, data: mediationFunnelData },
} as const;

type Base = Omit<ChartSpec, 'draw' | 'drawOnPage' | 'table' | 'data' | 'page' | 'key'> & { path: string };

/**
 * Rows as a key reads them: a theme matrix's cell links are made by code (themePlanHref) from its language, which the
 * chart's base names, and the theme and plan ids, which its rows hold; the key says whether it links at all.
 */
const plain = (rows: unknown) =>
  rows && typeof rows === 'object' && 'href' in rows && typeof rows.href === 'function'
    ? { ...rows, href: rows.href('theme', 'plan') !== null }
    : rows;

/** The digest of the PNG drawing's code, read once per build. */
let renderer: string | undefined;

function spec<R>(base: Base, kind: Kind<R>, rows: R, text: Text, onPage: R = rows): ChartSpec {
  const { path, ...rest } = base;
  return {
    ...rest,
    page: `${path}#${base.anchor}`,
    draw: (options) => kind.chart(rows, { ...text, ...options }),
    drawOnPage: (options) => kind.chart(onPage, { ...text, ...options }),
    table: kind.table(rows, text),
    data: kind.data(rows, text),
    // The kind (its drawing code) is the page's code, which Astro's own hash covers; the id names it besides. The PNG's
    // drawing runs in worker threads, outside that hash: its code is named here, as the chart's page shows the PNG's size.
    key: digest(base, plain(rows), plain(onPage), text.places, (renderer ??= codeDigest(RENDERER_CODE))),
  };
}

/** The documents and periods a chart draws on, each once (as the page's caption says it). */
export function sourceOf(
  rows: readonly { doc_number: string; period_start: string; period_end: string }[],
  locale: Locale,
): string {
  const { t } = chartText(locale);
  return listed(
    rows.map(
      (r) => `${shownDocNumber(r.doc_number, locale)}${t.comma}${formatPeriod(r.period_start, r.period_end, locale)}`,
    ),
    locale,
  );
}

function textOf(data: SiteData, locale: Locale): Text {
  return {
    ...chartText(locale),
    placeName: (place: string) => placeName(data.jurisdictionById, place, locale),
    places: data.jurisdictions,
  };
}

export interface OverviewCharts {
  status: ChartSpec;
  /** Null until some plan's tasks carry themes. */
  themes: ChartSpec | null;
  timeline: ChartSpec;
}

function overview(data: SiteData, locale: Locale): OverviewCharts {
  const text = textOf(data, locale);
  const { t } = text;
  const view = overviewView(data);
  const matrix = matrixInput(data);
  const path = href(locale, '');
  const linked: MatrixInput = { ...matrix, href: (theme, plan) => themePlanHref(locale, theme, plan) };
  const scope = (items: readonly Scoped[]) => scopeLine(items, data.jurisdictionById, locale);
  const assessed = new Set(data.latestAssessments.map((a) => a.plan_id));
  return {
    status: spec(
      {
        id: 'plans-status',
        locale,
        title: t.statusChartTitle,
        subtitle: t.notPublishedNote,
        source: listed(shownDocNumbers(view.planNumbers, locale), locale),
        scope: scope(data.plans.filter((p) => assessed.has(p.id))),
        anchor: 'chart-status',
        path,
        datasets: ['assessments'],
      },
      KINDS.status,
      view.status,
      text,
    ),
    themes: matrix.plans.length
      ? spec(
          {
            id: 'themes-by-plan',
            locale,
            title: t.promise.matrixTitle,
            subtitle: t.promise.matrixNote,
            source: listed(
              shownDocNumbers(
                matrix.plans.map((p) => p.doc_number),
                locale,
              ),
              locale,
            ),
            scope: scope(matrix.plans),
            anchor: 'chart-themes',
            path,
            datasets: ['themes', 'task_themes', 'assessments'],
          },
          KINDS.themes,
          // A file of its own links nowhere: its cells' links are the overview's.
          { ...matrix, href: () => null },
          text,
          linked,
        )
      : null,
    timeline: spec(
      {
        id: 'documents-timeline',
        locale,
        title: t.timelineTitle,
        subtitle: timelineNote(view, locale),
        source: listed(shownDocNumbers(view.docNumbers, locale), locale),
        scope: scope(view.timeline.documents),
        anchor: 'chart-timeline',
        path,
        datasets: ['documents', 'tasks'],
      },
      KINDS.timeline,
      view.timeline,
      text,
    ),
  };
}

/**
 * A plan's target charts, in the plan page's order (its tasks'): only for a target with two figures to compare among
 * its baseline, its latest figure and its own value. A target named in words (一批, 全市平均水平) with no figure
 * published yet would be an empty chart; its task states it in words.
 */
function plan(data: SiteData, locale: Locale, planId: string): ChartSpec[] {
  const text = textOf(data, locale);
  const { t } = text;
  const { doc, targets } = planView(data, planId);
  const figures = (v: (typeof targets)[number]) =>
    [v.row.baseline_value, v.latest?.value ?? null, v.row.target_value].filter((x) => x !== null).length;
  return targets
    .filter((v) => figures(v) >= 2)
    .map((v, i) =>
      spec(
        {
          id: `progress-${v.row.id}`,
          locale,
          title: pick(locale, v.indicator.name_zh, v.indicator.name_en),
          subtitle: pick(locale, doc.title_zh, doc.title_en),
          source: `${shownDocNumber(doc.doc_number, locale)}${t.comma}${formatOptionalPeriod(doc.period_start, doc.period_end, locale)}`,
          scope: scopeLine([doc], data.jurisdictionById, locale),
          anchor: `chart-target-${i}`,
          path: planHref(locale, doc.id),
          datasets: ['targets', 'observations'],
        },
        KINDS.target,
        {
          target: v.row,
          indicator: v.indicator,
          baseline: v.baseline ?? null,
          latest: v.latest ?? null,
          deadlineInferred: v.deadlineInferred,
        },
        text,
      ),
    );
}

export interface IndicatorCharts {
  /** Its figures by period and place: null when it has one figure (its page shows a number card). */
  observations: ChartSpec | null;
  /** The rates computed from it: null unless there are two or more to compare. */
  rates: ChartSpec | null;
  /** The funnel it is a stage of, one chart shared by the pages of its stages. */
  funnel: ChartSpec | null;
}

/** The id of a funnel's chart, from its id in data/figures.json. */
const funnelChartId = (funnelId: string) => `funnel-${funnelId}`;

function indicator(data: SiteData, locale: Locale, id: string, funnels: Map<string, ChartSpec>): IndicatorCharts {
  const text = textOf(data, locale);
  const { t } = text;
  const view = indicatorView(data, id);
  const { indicator, derived, rates, rateSources, funnel, chartObservations } = view;
  const name = pick(locale, indicator.name_zh, indicator.name_en);
  const path = indicatorHref(locale, indicator.id);
  const observations =
    chartObservations.length > 1
      ? spec(
          {
            id: `observations-${indicator.id}`,
            locale,
            title: name,
            subtitle: observationsNote(view, locale),
            source: sourceOf(chartObservations, locale),
            scope: scopeLine(chartObservations, data.jurisdictionById, locale),
            anchor: 'chart-observations',
            path,
            datasets: ['observations'],
          },
          KINDS.observations,
          chartObservations,
          text,
        )
      : null;
  const rateChart =
    rates.length > 1
      ? spec(
          {
            id: `rates-${indicator.id}`,
            locale,
            title: t.rateChartTitle,
            subtitle: name,
            source: sourceOf(rateSources, locale),
            scope: scopeLine(rates, data.jurisdictionById, locale),
            anchor: 'chart-rates',
            path,
            datasets: ['derived'],
          },
          {
            ...KINDS.rates,
            // The table names the indicators of a formula rather than their ids.
            table: (rows, text) => rateBarsTable(rows, text, (i) => data.indicatorById.get(i)?.name_en),
          },
          rates,
          text,
        )
      : null;
  let funnelChart: ChartSpec | null = null;
  if (funnel && derived.length) {
    // One chart per funnel, on the page of each of its stages, its address the first such page's.
    const key = funnelChartId(funnel.data.spec.id);
    funnelChart =
      funnels.get(key) ??
      spec(
        {
          id: key,
          locale,
          title: t.funnelTitle,
          subtitle: t.derivedIntro,
          source: sourceOf(funnel.sources, locale),
          scope: scopeLine(funnel.sources, data.jurisdictionById, locale),
          anchor: 'chart-funnel',
          path,
          datasets: ['observations', 'derived'],
        },
        KINDS.funnel,
        funnel.data,
        text,
      );
    funnels.set(key, funnelChart);
  }
  return { observations, rates: rateChart, funnel: funnelChart };
}

interface Catalog {
  byId: Map<string, ChartSpec>;
  overview: OverviewCharts;
  plans: Map<string, ChartSpec[]>;
  indicators: Map<string, IndicatorCharts>;
}

function build(data: SiteData, locale: Locale): Catalog {
  const o = overview(data, locale);
  const plans = new Map(data.plans.map((p) => [p.id, plan(data, locale, p.id)]));
  const funnels = new Map<string, ChartSpec>();
  const indicators = new Map(data.observedIndicators.map((i) => [i.id, indicator(data, locale, i.id, funnels)]));
  const all = [
    o.status,
    o.themes,
    o.timeline,
    ...[...plans.values()].flat(),
    ...[...indicators.values()].flatMap((c) => [c.observations, c.rates]),
    ...funnels.values(),
  ].filter((c): c is ChartSpec => c !== null);
  const byId = new Map<string, ChartSpec>();
  for (const c of all) {
    if (byId.has(c.id)) throw new Error(`two charts have the id "${c.id}": chart ids are addresses, make them unique`);
    byId.set(c.id, c);
  }
  return { byId, overview: o, plans, indicators };
}

const catalogs = new Map<Locale, Promise<Catalog>>();

function catalog(locale: Locale): Promise<Catalog> {
  let found = catalogs.get(locale);
  if (!found) catalogs.set(locale, (found = siteData().then((data) => build(data, locale))));
  return found;
}

/** Every chart of the site in one language, by id; fails on a duplicate id rather than overwrite a chart. */
export async function chartCatalog(locale: Locale): Promise<Map<string, ChartSpec>> {
  return (await catalog(locale)).byId;
}

/** One chart by id; a request for an id the catalogue lacks is a bug in whoever asks. */
export async function chartSpec(locale: Locale, id: string): Promise<ChartSpec> {
  const found = (await chartCatalog(locale)).get(id);
  if (!found) throw new Error(`no chart "${id}" in src/exports/catalog.ts`);
  return found;
}

/** The overview's charts. */
export async function overviewCharts(locale: Locale): Promise<OverviewCharts> {
  return (await catalog(locale)).overview;
}

/** A plan's charts (its targets'), in page order. */
export async function planCharts(locale: Locale, planId: string): Promise<ChartSpec[]> {
  const found = (await catalog(locale)).plans.get(planId);
  if (!found) throw new Error(`no plan "${planId}" in the chart catalogue`);
  return found;
}

/** An indicator's charts. */
export async function indicatorCharts(locale: Locale, indicatorId: string): Promise<IndicatorCharts> {
  const found = (await catalog(locale)).indicators.get(indicatorId);
  if (!found) throw new Error(`no indicator "${indicatorId}" in the chart catalogue`);
  return found;
}
