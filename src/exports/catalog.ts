// Every chart the site draws, by a stable, readable id: the address of its downloads (/charts/<id>.svg, .png, .csv)
// and of its embed page (/embed/<id>/). Each entry is built from the same view models (src/site/views/) and
// table functions as the page that shows it (tests compare every CSV with the table on its page).
import { mediationFunnel, mediationFunnelTable } from '../site/charts/mediation-funnel.ts';
import { observationBars, observationBarsTable } from '../site/charts/observation-bars.ts';
import type { ChartOptions, ChartText } from '../site/charts/options.ts';
import { rateBars, rateBarsTable } from '../site/charts/rate-bars.ts';
import { statusBars, statusBarsTable } from '../site/charts/status-bars.ts';
import type { ChartTable } from '../site/charts/table.ts';
import { targetProgress, targetProgressTable } from '../site/charts/target-progress.ts';
import { themeMatrix, themeMatrixTable } from '../site/charts/theme-matrix.ts';
import { timeline, timelineTable } from '../site/charts/timeline.ts';
import { formatOptionalPeriod, listed } from '../site/formats/format.ts';
import { formatPeriod } from '../shared/dates.ts';
import { pick, type Locale } from '../shared/locales.ts';
import { chartText } from '../site/charts/figure.ts';
import type { SiteData } from '../site/data/data.ts';
import { siteData } from '../site/data/load.ts';
import { href, indicatorHref, planHref } from '../shared/addresses.ts';
import { placeName } from '../site/data/places.ts';
import { indicatorView, observationsNote } from '../site/views/indicator.ts';
import { overviewView, timelineNote } from '../site/views/overview.ts';
import { planView } from '../site/views/plan.ts';
import { matrixInput } from '../site/views/theme.ts';

/** One chart as every export draws it. */
export interface ChartSpec {
  /** Stable and readable: lowercase letters, digits and hyphens. */
  id: string;
  locale: Locale;
  title: string;
  subtitle: string;
  /** The documents (and periods) it draws on, e.g. "沪知局函〔2023〕54号，2020—2022年". */
  source: string;
  /** The page that shows it, with the figure's fragment. */
  page: string;
  /** The published datasets its rows come from, for its citation. */
  datasets: string;
  draw: (options: Pick<ChartOptions, 'document' | 'width'>) => Element;
  table: ChartTable;
}

type Draw<R> = (rows: R, options: ChartOptions) => Element;
type Places = Pick<ChartOptions, 'placeName'>;

function spec<R>(
  base: Omit<ChartSpec, 'draw' | 'table'>,
  chart: Draw<R>,
  table: (rows: R, text: ChartText & Places) => ChartTable,
  rows: R,
  places: Places = {},
): ChartSpec {
  const text = { ...chartText(base.locale), ...places };
  return { ...base, draw: (options) => chart(rows, { ...text, ...options }), table: table(rows, text) };
}

/** The documents and periods a chart draws on, each once (as the page's caption says it). */
export function sourceOf(
  rows: readonly { doc_number: string; period_start: string; period_end: string }[],
  locale: Locale,
): string {
  const { t } = chartText(locale);
  return listed(
    rows.map((r) => `${r.doc_number}${t.comma}${formatPeriod(r.period_start, r.period_end, locale)}`),
    locale,
  );
}

function overviewCharts(data: SiteData, locale: Locale): ChartSpec[] {
  const { t } = chartText(locale);
  const view = overviewView(data);
  const matrix = matrixInput(data);
  const home = href(locale, '');
  return [
    spec(
      {
        id: 'plans-status',
        locale,
        title: t.statusChartTitle,
        subtitle: t.notPublishedNote,
        source: listed(view.planNumbers, locale),
        page: `${home}#chart-status`,
        datasets: 'assessments',
      },
      statusBars,
      statusBarsTable,
      view.status,
    ),
    ...(matrix.plans.length
      ? [
          spec(
            {
              id: 'themes-by-plan',
              locale,
              title: t.promise.matrixTitle,
              subtitle: t.promise.matrixNote,
              source: listed(
                matrix.plans.map((p) => p.doc_number),
                locale,
              ),
              page: `${home}#chart-themes`,
              datasets: 'themes, task_themes, assessments',
            },
            themeMatrix,
            themeMatrixTable,
            // A file of its own links nowhere: its cells' links are the overview's.
            { ...matrix, href: () => null },
          ),
        ]
      : []),
    spec(
      {
        id: 'documents-timeline',
        locale,
        title: t.timelineTitle,
        subtitle: timelineNote(view, locale),
        source: listed(view.docNumbers, locale),
        page: `${home}#chart-timeline`,
        datasets: 'documents, tasks',
      },
      timeline,
      timelineTable,
      view.timeline,
    ),
  ];
}

function targetCharts(data: SiteData, locale: Locale): ChartSpec[] {
  const { t } = chartText(locale);
  return data.plans.flatMap((p) => {
    const { doc, targets } = planView(data, p.id);
    // In the plan page's order (its tasks'), which numbers the figures.
    return targets.map((v, i) =>
      spec(
        {
          id: `progress-${v.row.id}`,
          locale,
          title: pick(locale, v.indicator.name_zh, v.indicator.name_en),
          subtitle: pick(locale, doc.title_zh, doc.title_en),
          source: `${doc.doc_number}${t.comma}${formatOptionalPeriod(doc.period_start, doc.period_end, locale)}`,
          page: `${planHref(locale, doc.id)}#chart-target-${i}`,
          datasets: 'targets, observations',
        },
        targetProgress,
        targetProgressTable,
        {
          target: v.row,
          indicator: v.indicator,
          baseline: v.baseline ?? null,
          latest: v.latest ?? null,
          deadlineInferred: v.deadlineInferred,
        },
      ),
    );
  });
}

function indicatorCharts(data: SiteData, locale: Locale): ChartSpec[] {
  const { t } = chartText(locale);
  const places = { placeName: (place: string) => placeName(data.jurisdictionById, place, locale) };
  const out: ChartSpec[] = [];
  const funnels = new Set<string>();
  for (const { id } of data.observedIndicators) {
    const view = indicatorView(data, id);
    const { indicator, derived, rates, rateSources, funnel } = view;
    const name = pick(locale, indicator.name_zh, indicator.name_en);
    const page = indicatorHref(locale, indicator.id);
    const base = {
      locale,
      title: name,
      subtitle: `${t.unit}${t.colon}${pick(locale, indicator.unit, indicator.unit_en)}`,
      datasets: 'observations',
    };
    const obs = {
      ...base,
      subtitle: observationsNote(view, locale),
      source: sourceOf(view.chartObservations, locale),
      id: `observations-${indicator.id}`,
      page: `${page}#chart-observations`,
    };
    out.push(spec(obs, observationBars, observationBarsTable, view.chartObservations, places));
    if (rates.length) {
      const rate = {
        ...base,
        source: sourceOf(rateSources, locale),
        id: `rates-${indicator.id}`,
        title: t.rateChartTitle,
        subtitle: name,
        datasets: 'derived',
      };
      const at = { source: sourceOf(rateSources, locale), page: `${page}#chart-rates` };
      // The same table the page draws, formulas naming indicators rather than ids.
      const named = (id: string) => data.indicatorById.get(id)?.name_en;
      out.push(spec({ ...rate, ...at }, rateBars, (rows, text) => rateBarsTable(rows, text, named), rates));
    }
    // A funnel is the same chart on the page of each of its stages (in their derived section): one id, pointing to
    // the first page that shows it.
    if (funnel && derived.length && !funnels.has(funnel.data.spec.id)) {
      funnels.add(funnel.data.spec.id);
      const base = {
        id: funnelChartId(funnel.data.spec.id),
        locale,
        title: t.funnelTitle,
        subtitle: t.derivedIntro,
        source: sourceOf(funnel.sources, locale),
        page: `${page}#chart-funnel`,
        datasets: 'observations, derived',
      };
      out.push(spec(base, mediationFunnel, mediationFunnelTable, funnel.data));
    }
  }
  return out;
}

/** The id of a funnel's chart, from its id in data/figures.json. */
export const funnelChartId = (funnelId: string) => `funnel-${funnelId}`;

const catalogs = new Map<Locale, Promise<Map<string, ChartSpec>>>();

/** Every chart of the site in one language, by id; fails on a duplicate id rather than overwrite a chart. */
export function chartCatalog(locale: Locale): Promise<Map<string, ChartSpec>> {
  let found = catalogs.get(locale);
  if (!found) {
    found = siteData().then((data) => {
      const all = [...overviewCharts(data, locale), ...targetCharts(data, locale), ...indicatorCharts(data, locale)];
      const byId = new Map<string, ChartSpec>();
      for (const c of all) {
        if (byId.has(c.id))
          throw new Error(`two charts have the id "${c.id}": chart ids are addresses, make them unique`);
        byId.set(c.id, c);
      }
      return byId;
    });
    catalogs.set(locale, found);
  }
  return found;
}

/** One chart by id; a page asking for an id the catalogue lacks is a bug in that page. */
export async function chartSpec(locale: Locale, id: string): Promise<ChartSpec> {
  const found = (await chartCatalog(locale)).get(id);
  if (!found) throw new Error(`no chart "${id}" in src/exports/catalog.ts: add it there or fix the page's chartId`);
  return found;
}
