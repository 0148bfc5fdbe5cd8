// "Cite this": a short and a full citation for a figure (its document number, issuer, date and sentence), a plan (the
// document itself), and a chart or table (the dataset, its data-release date, and its address when SITE_URL is set).
// The wording of each language is in the string tables (t.cite).
import { formatOptionalDate } from '../site/formats/format.ts';
import { formatDate } from '../shared/dates.ts';
import { pick, type Locale } from '../shared/locales.ts';
import { ui } from '../site/words/ui.ts';
import type { DocumentRow, ObservationRow } from '../schemas/index.ts';

export interface Citation {
  short: string;
  full: string;
}

const join = (parts: (string | null)[]) => parts.filter(Boolean).join(' ');

/** The document as its issuer published it: issuer, title, number, date. */
export function documentReference(doc: DocumentRow, locale: Locale): string {
  const date = formatOptionalDate(doc.date_issued, locale);
  const [issuer, title] = pick(locale, [doc.issuer_zh, doc.title_zh], [doc.issuer_en, doc.title_en]);
  return ui(locale).cite.document(issuer, title, doc.doc_number, date);
}

/** This site's dataset(s) at a data release, with the page's address when known. */
function siteReference(locale: Locale, what: string, datasets: string, release: string, url: string | null): string {
  const t = ui(locale);
  return join([t.cite.site(t.siteName, what, datasets, formatDate(release, locale)), url]);
}

/** A plan: the document, then this site's tasks and assessments of it. */
export function planCitation(doc: DocumentRow, locale: Locale, release: string, url: string | null): Citation {
  const title = ui(locale).cite.planWhat(pick(locale, doc.title_zh, doc.title_en));
  return {
    short: documentReference(doc, locale),
    full: join([documentReference(doc, locale), siteReference(locale, title, 'tasks, assessments', release, url)]),
  };
}

/** A task: its plan and its name; then this site's dated assessments of it. */
export function taskCitation(
  doc: DocumentRow,
  label: string,
  locale: Locale,
  release: string,
  url: string | null,
): Citation {
  const t = ui(locale);
  const short = t.cite.task(documentReference(doc, locale), label);
  const what = t.cite.taskWhat(label, pick(locale, doc.title_zh, doc.title_en));
  return { short, full: join([short, siteReference(locale, what, 'tasks, assessments, evidence', release, url)]) };
}

/** A theme: this site's tasks on it across plans, at a data release. */
export function themeCitation(name: string, locale: Locale, release: string, url: string | null): Citation {
  const what = ui(locale).cite.themeWhat(name);
  return {
    short: siteReference(locale, what, 'themes, task_themes, assessments', release, null),
    full: siteReference(locale, what, 'themes, task_themes, assessments', release, url),
  };
}

/** A figure: the sentence it stands in, with its document; then this site's observations of the indicator. */
export function figureCitation(
  o: ObservationRow,
  doc: DocumentRow,
  name: string,
  locale: Locale,
  release: string,
  url: string | null,
): Citation {
  const t = ui(locale);
  const date = formatOptionalDate(doc.date_issued, locale);
  const short = t.cite.figure(pick(locale, doc.issuer_zh, doc.issuer_en), doc.doc_number, date, o.quote);
  const what = t.cite.observationsOf(name);
  return {
    short,
    full: join([documentReference(doc, locale), short, siteReference(locale, what, 'observations', release, url)]),
  };
}

/** A chart: what it shows and the documents it draws on, at a data release. */
export function chartCitation(
  chart: { title: string; source: string; locale: Locale },
  datasets: string,
  release: string,
  url: string | null,
): Citation {
  const { locale } = chart;
  const t = ui(locale);
  const what = t.cite.chart(chart.title);
  const short = siteReference(locale, what, datasets, release, null);
  const sources = `${t.chartSource}${t.colon}${chart.source}${t.stop}`;
  return { short, full: join([short, sources, t.licenceLine, url]) };
}
