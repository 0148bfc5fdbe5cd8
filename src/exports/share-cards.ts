// Preview images for links pasted into chats and social sites (1200×630, the Open Graph size): what the page is, where
// and when it applies ("上海市 · 2023年"), its key numbers, its source. Each kind of page (the overview, plan,
// briefing, indicator, task, theme) contributes cards through one function in CARD_SOURCES; a new kind of page adds
// one function there and gets its cards, its image files and its meta tags.
import { formatObserved } from '../site/formats/format.ts';
import { formatDate, formatPeriod } from '../shared/dates.ts';
import { pick, type Locale } from '../shared/locales.ts';
import { STATUS_PALETTE } from '../site/words/palette.ts';
import { statusLabel } from '../site/words/status.ts';
import { ui } from '../site/words/ui.ts';
import type { SiteData } from '../site/data/data.ts';
import { siteData } from '../site/data/load.ts';
import { href, indicatorHref, planHref, taskHref, themeHref } from '../shared/addresses.ts';
import { scopeLine } from '../site/formats/scope.ts';
import { shownTitle } from '../site/formats/titles.ts';
import { overviewView } from '../site/views/overview.ts';
import { indicatorView } from '../site/views/indicator.ts';
import { latestAmong, latestOfIndicator } from '../site/data/latest.ts';
import { planView } from '../site/views/plan.ts';
import { statusCounts, type StatusCount } from '../site/views/status.ts';
import { taskIds, taskPageView } from '../site/views/task.ts';
import { themeViews } from '../site/views/theme.ts';
import { localeRoot } from '../shared/addresses.ts';
import { shownDocNumber, shownDocNumbers } from '../site/words/doc-number.ts';

/** One figure on a card: a label and its value, with an optional colour swatch. */
export interface CardStat {
  label: string;
  value: string;
  swatch?: { fill: string; ink: string };
}

export interface ShareCard {
  /** File name of the image: stable and readable, like chart ids. */
  slug: string;
  /** The page the card previews. */
  page: string;
  locale: Locale;
  kicker: string;
  /** Where and when the card's figures apply (formats/scope.ts), after the kicker. */
  scope: string;
  title: string;
  /** Several small figures (counts), or one large one. */
  stats: CardStat[];
  large: boolean;
  /** Source line: document numbers and the date of the newest document. */
  source: string;
}

type CardSource = (data: SiteData, locale: Locale) => ShareCard[];

function sourceLine(docNumbers: string[], data: SiteData, locale: Locale): string {
  const t = ui(locale);
  const docs = [...new Set(shownDocNumbers(docNumbers, locale))].join(t.listSep);
  const asOf = formatDate(data.release.latest_document.date, locale);
  return `${t.chartSource}${t.colon}${docs} · ${t.figuresAsOf}${t.colon}${asOf}`;
}

/** Tasks counted by status, each count with its status's colours. */
const countStats = (counts: StatusCount[], locale: Locale): CardStat[] =>
  counts.map(({ status, n }) => ({
    label: statusLabel(status, locale),
    value: String(n),
    swatch: STATUS_PALETTE[status],
  }));

/** The overview, and the briefing index: every plan's tasks counted by status, as the overview's first line. */
const overviewCards: CardSource = (data, locale) => {
  const t = ui(locale);
  const { answer } = overviewView(data);
  const plans = data.curatedPlans;
  const common = {
    locale,
    scope: scopeLine(plans, data.jurisdictionById, locale),
    stats: countStats(answer.counts, locale),
    large: false,
    source: sourceLine(
      plans.map((p) => p.doc_number),
      data,
      locale,
    ),
  };
  return [
    {
      ...common,
      slug: 'overview',
      page: href(locale, ''),
      kicker: t.overviewAnswer(answer.plans, answer.total).replace(/[：:]\s*$/u, ''),
      title: t.siteTagline,
    },
    {
      ...common,
      slug: 'briefing',
      page: href(locale, 'briefing'),
      kicker: t.briefing.label,
      title: t.briefing.overviewTitle,
    },
  ];
};

/** A curated plan, and its briefing: its tasks counted by status (a plan with none curated yet has no card). */
const planCards: CardSource = (data, locale) =>
  data.curatedPlans.flatMap((doc) => {
    const t = ui(locale);
    const card = {
      locale,
      scope: scopeLine([doc], data.jurisdictionById, locale),
      title: shownTitle(doc, data.jurisdictionById, locale),
      stats: countStats(planView(data, doc.id).counts, locale),
      large: false,
      source: sourceLine([doc.doc_number], data, locale),
    };
    return [
      {
        ...card,
        slug: `plan-${doc.id}`,
        page: planHref(locale, doc.id),
        kicker: `${t.nav.plans} · ${shownDocNumber(doc.doc_number, locale)}`,
      },
      {
        ...card,
        slug: `briefing-${doc.id}`,
        page: href(locale, `briefing/${doc.id}`),
        kicker: `${t.briefing.label} · ${shownDocNumber(doc.doc_number, locale)}`,
      },
    ];
  });

const indicatorCards: CardSource = (data, locale) =>
  data.observedIndicators.map((indicator) => {
    const { observations } = indicatorView(data, indicator.id);
    // The figure a reader looks for: of each place's latest, the latest, by the data build's own rule (byRecency).
    const latest = latestAmong(data, latestOfIndicator(data, indicator.id))!;
    return {
      slug: `indicator-${indicator.id}`,
      page: indicatorHref(locale, indicator.id),
      locale,
      kicker: `${ui(locale).nav.indicators} · ${ui(locale).latestFigure}`,
      scope: scopeLine([latest], data.jurisdictionById, locale),
      title: pick(locale, indicator.name_zh, indicator.name_en),
      stats: [
        {
          label: formatPeriod(latest.period_start, latest.period_end, locale),
          value: formatObserved(latest, locale),
        },
      ],
      large: true,
      source: sourceLine(
        observations.map((o) => o.doc_number),
        data,
        locale,
      ),
    };
  });

/** A task: its name and plan, the promise in the site's words, and its status now with the date it is as of. */
const taskCards: CardSource = (data, locale) =>
  taskIds(data).map((id) => {
    const { view, plan } = taskPageView(data, id);
    const t = ui(locale);
    const { status, as_of } = view.assessment;
    return {
      slug: `task-${id}`,
      page: taskHref(locale, id),
      locale,
      kicker: `${view.label[locale]} · ${shownTitle(plan, data.jurisdictionById, locale)}`,
      scope: scopeLine([plan], data.jurisdictionById, locale),
      title: pick(locale, view.task.summary_zh, view.task.summary_en),
      stats: [
        {
          label: `${t.asOf}${t.wordSpace}${formatDate(as_of, locale)}`,
          value: statusLabel(status, locale),
          swatch: STATUS_PALETTE[status],
        },
      ],
      large: false,
      source: sourceLine([plan.doc_number], data, locale),
    };
  });

/** A theme: its name, and its tasks across every plan counted by status. */
const themeCards: CardSource = (data, locale) =>
  themeViews(data)
    .filter((v) => v.total > 0)
    .map((v) => {
      const tasks = v.plans.flatMap((p) => p.tasks);
      return {
        slug: `theme-${v.theme.id}`,
        page: themeHref(locale, v.theme.id),
        locale,
        kicker: `${ui(locale).promise.themesTitle} · ${ui(locale).promise.themesCount(v.total, v.plans.length)}`,
        scope: scopeLine(
          v.plans.map((p) => p.doc),
          data.jurisdictionById,
          locale,
        ),
        title: pick(locale, v.theme.name_zh, v.theme.name_en),
        stats: countStats(statusCounts(tasks.map((x) => x.assessment.status)), locale),
        large: false,
        source: sourceLine(
          v.plans.map((p) => p.doc.doc_number),
          data,
          locale,
        ),
      };
    });

/** Every kind of page that has a preview image. */
const CARD_SOURCES: readonly CardSource[] = [overviewCards, planCards, indicatorCards, taskCards, themeCards];

const cards = new Map<Locale, Promise<Map<string, ShareCard>>>();

/** Every card in one language, by the address of the page it previews. */
export function shareCards(locale: Locale): Promise<Map<string, ShareCard>> {
  let found = cards.get(locale);
  if (!found) {
    found = siteData().then((data) => {
      const all = CARD_SOURCES.flatMap((source) => source(data, locale));
      const slugs = new Set(all.map((c) => c.slug));
      if (slugs.size !== all.length) throw new Error('two share cards have the same slug: make card slugs unique');
      return new Map(all.map((c) => [c.page, c]));
    });
    cards.set(locale, found);
  }
  return found;
}

/**
 * The slug of the card of the page at an address in either language (null: it has none), for a keyed page's props
 * (src/site/views/keyed.ts), which hand it to the layout.
 */
export async function cardSlugs(): Promise<(locale: Locale, page: string) => string | null> {
  const cards = { zh: await shareCards('zh'), en: await shareCards('en') };
  return (locale, page) => cards[locale].get(page)?.slug ?? null;
}

/** Address of a card's image. */
export const cardAddress = (locale: Locale, slug: string) => `${localeRoot(locale)}share/${slug}.png`;
