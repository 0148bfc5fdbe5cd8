// Every chart the site draws, by a stable, readable id: the address of its downloads (/charts/<id>.svg, .png, .csv)
// and of its embed page (/embed/<id>/). Each entry is built from the same rows and table functions as the page that
// shows it (tests compare every CSV with the table on its page).
import { FUNNEL_STAGES, mediationFunnel, mediationFunnelTable } from '../../charts/mediation-funnel.ts';
import { observationBars, observationBarsTable } from '../../charts/observation-bars.ts';
import type { ChartOptions } from '../../charts/options.ts';
import { rateBars, rateBarsTable } from '../../charts/rate-bars.ts';
import { statusBars, statusBarsTable } from '../../charts/status-bars.ts';
import type { ChartTable } from '../../charts/table.ts';
import { targetProgress, targetProgressTable } from '../../charts/target-progress.ts';
import { timeline, timelineTable } from '../../charts/timeline.ts';
import { pick, type Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/ui.ts';
import { siteData, type SiteData } from '../site/data.ts';
import { formatOptionalPeriod, formatPeriod } from '../site/format.ts';
import { href, indicatorHref, planHref } from '../site/paths.ts';
import { derivedFor, planTasks } from '../site/related.ts';
import { latestDocumentDate } from './dates.ts';

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
  draw: (options: Omit<ChartOptions, 'locale'>) => Element;
  table: ChartTable;
}

type Draw<R> = (rows: R, options: ChartOptions) => Element;

function spec<R>(
  base: Omit<ChartSpec, 'draw' | 'table'>,
  chart: Draw<R>,
  table: (rows: R, locale: Locale) => ChartTable,
  rows: R,
): ChartSpec {
  return {
    ...base,
    draw: (options) => chart(rows, { ...options, locale: base.locale }),
    table: table(rows, base.locale),
  };
}

/** "沪知局函〔2023〕54号，2022年；…": the documents and periods a chart draws on, each once. */
export function sourceOf(
  rows: readonly { doc_number: string; period_start: string; period_end: string }[],
  locale: Locale,
): string {
  const comma = locale === 'zh' ? '，' : ', ';
  const parts = rows.map((r) => `${r.doc_number}${comma}${formatPeriod(r.period_start, r.period_end, locale)}`);
  return [...new Set(parts)].join(locale === 'zh' ? '；' : '; ');
}

function overviewCharts(data: SiteData, locale: Locale): ChartSpec[] {
  const t = ui(locale);
  const sep = locale === 'zh' ? '；' : '; ';
  const statusInput = { assessments: data.assessments, documents: data.documents };
  const timelineInput = { documents: data.documents, tasks: data.tasks, latestData: latestDocumentDate(data) };
  const home = href(locale, '');
  return [
    spec(
      {
        id: 'plans-status',
        locale,
        title: t.statusChartTitle,
        subtitle: t.notPublishedNote,
        source: data.plans.map((p) => p.doc_number).join(sep),
        page: `${home}#chart-status`,
        datasets: 'assessments',
      },
      statusBars,
      statusBarsTable,
      statusInput,
    ),
    spec(
      {
        id: 'documents-timeline',
        locale,
        title: t.timelineTitle,
        subtitle: t.timelineNote,
        source: data.documents.map((d) => d.doc_number).join(sep),
        page: `${home}#chart-timeline`,
        datasets: 'documents, tasks',
      },
      timeline,
      timelineTable,
      timelineInput,
    ),
  ];
}

function targetCharts(data: SiteData, locale: Locale): ChartSpec[] {
  const comma = locale === 'zh' ? '，' : ', ';
  return data.plans.flatMap((doc) => {
    // In the plan page's order (its tasks'), which numbers the figures.
    const planTargets = planTasks(data, doc.id).flatMap((v) => (v.target ? [v.target] : []));
    return planTargets.map((target, i) => {
      const indicator = data.indicatorById.get(target.indicator_id)!;
      const input = {
        target,
        indicator,
        observations: data.observations.filter((o) => o.indicator_id === indicator.id),
      };
      return spec(
        {
          id: `progress-${target.id}`,
          locale,
          title: pick(locale, indicator.name_zh, indicator.name_en),
          subtitle: pick(locale, doc.title_zh, doc.title_en),
          source: `${doc.doc_number}${comma}${formatOptionalPeriod(doc.period_start, doc.period_end, locale)}`,
          page: `${planHref(locale, doc.id)}#chart-target-${i}`,
          datasets: 'targets, observations',
        },
        targetProgress,
        targetProgressTable,
        input,
      );
    });
  });
}

function indicatorCharts(data: SiteData, locale: Locale): ChartSpec[] {
  const t = ui(locale);
  const funnelIds: readonly string[] = FUNNEL_STAGES.map((s) => s.indicator);
  const funnelRows = data.observations.filter((o) => data.indicatorById.get(o.indicator_id)?.topic === 'mediation');
  const funnelSources = funnelRows.filter((o) => funnelIds.includes(o.indicator_id));
  const obsById = new Map(data.observations.map((o) => [o.id, o]));
  const out: ChartSpec[] = [];
  for (const indicator of data.observedIndicators) {
    const name = pick(locale, indicator.name_zh, indicator.name_en);
    const page = indicatorHref(locale, indicator.id);
    const observations = data.observations.filter((o) => o.indicator_id === indicator.id);
    const unit = `${t.unit}${t.colon}${pick(locale, indicator.unit, indicator.unit_en)}`;
    const base = {
      locale,
      title: name,
      subtitle: unit,
      source: sourceOf(observations, locale),
      datasets: 'observations',
    };
    const obs = { ...base, id: `observations-${indicator.id}`, page: `${page}#chart-observations` };
    out.push(spec(obs, observationBars, observationBarsTable, observations));
    const rates = derivedFor(data, indicator).filter((d) => d.kind === 'rate');
    if (rates.length) {
      const inputs = rates.flatMap((d) => d.inputs.split(' ').map((i) => obsById.get(i)!)).filter(Boolean);
      const rate = {
        ...base,
        id: `rates-${indicator.id}`,
        title: t.rateChartTitle,
        subtitle: name,
        datasets: 'derived',
      };
      out.push(
        spec(
          { ...rate, source: sourceOf(inputs, locale), page: `${page}#chart-rates` },
          rateBars,
          rateBarsTable,
          rates,
        ),
      );
    }
  }
  // The funnel is the same chart on every mediation page: one id, shown first on the first stage's page.
  const first = data.observedIndicators.find((i) => funnelIds.includes(i.id));
  if (first) {
    const funnel = {
      id: 'mediation-funnel',
      locale,
      title: t.funnelTitle,
      subtitle: t.derivedIntro,
      source: sourceOf(funnelSources, locale),
      page: `${indicatorHref(locale, first.id)}#chart-funnel`,
      datasets: 'observations, derived',
    };
    out.push(spec(funnel, mediationFunnel, mediationFunnelTable, { observations: funnelRows, derived: data.derived }));
  }
  return out;
}

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
  if (!found) throw new Error(`no chart "${id}" in src/lib/exports/catalog.ts: add it there or fix the page's chartId`);
  return found;
}
