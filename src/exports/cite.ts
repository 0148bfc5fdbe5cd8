// "Cite this": a short and a full citation for a figure (its document number, issuer, date and sentence), a plan (the
// document itself), and a chart or table (the datasets, by their names in the citation's language, the data-release
// date and the page's full address). The day the reader cites it (the access date) is added on the page, where it is
// known (CiteThis.astro). The wording of each language is in the string tables (t.cite).
import { formatDate } from '../shared/dates.ts';
import { pick, type Locale } from '../shared/locales.ts';
import { ui } from '../site/words/ui.ts';
import { DATASETS, type DatasetName, type DocumentRow, type ObservationRow } from '../schemas/index.ts';
import { shownDocNumber } from '../site/words/doc-number.ts';

export interface Citation {
  short: string;
  full: string;
}

/** Sentences of a citation in a row: spaced in English; in Chinese only an address is set off by a space. */
function join(parts: (string | null)[], locale: Locale): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .reduce((out, p) => (out && (locale === 'en' || /^https?:/.test(p)) ? `${out} ${p}` : `${out}${p}`), '');
}

/** A document's date in a citation: "n.d." in English and 未注明日期 in Chinese when the document states none. */
function citedDate(iso: string | null, locale: Locale): string {
  return iso ? formatDate(iso, locale) : ui(locale).cite.undated;
}

/** Datasets as a citation names them: their Chinese titles in Chinese, their file names in English. */
export function datasetNames(names: readonly DatasetName[], locale: Locale): string {
  const t = ui(locale);
  if (locale === 'en') return names.join(', ');
  return names.map((n) => DATASETS.find((d) => d.name === n)!.title_zh).join(t.listSep);
}

/** The document as its issuer published it: issuer, title, number, date. */
export function documentReference(doc: DocumentRow, locale: Locale): string {
  const [issuer, title] = pick(locale, [doc.issuer_zh, doc.title_zh], [doc.issuer_en, doc.title_en]);
  return ui(locale).cite.document(
    issuer,
    title,
    shownDocNumber(doc.doc_number, locale),
    citedDate(doc.date_issued, locale),
  );
}

/** This site's dataset(s) at a data release, with the page's full address. */
function siteReference(
  locale: Locale,
  what: string,
  datasets: readonly DatasetName[],
  release: string,
  url: string | null,
): string {
  const t = ui(locale);
  return join(
    [t.cite.site(t.siteName, what, datasetNames(datasets, locale), formatDate(release, locale)), url],
    locale,
  );
}

/** A plan: the document, then this site's tasks and assessments of it. */
export function planCitation(doc: DocumentRow, locale: Locale, release: string, url: string): Citation {
  const title = ui(locale).cite.planWhat(pick(locale, doc.title_zh, doc.title_en));
  return {
    short: documentReference(doc, locale),
    full: join(
      [documentReference(doc, locale), siteReference(locale, title, ['tasks', 'assessments'], release, url)],
      locale,
    ),
  };
}

/** A task: its plan and its name; then this site's dated assessments of it. */
export function taskCitation(doc: DocumentRow, label: string, locale: Locale, release: string, url: string): Citation {
  const t = ui(locale);
  const short = t.cite.task(documentReference(doc, locale), label);
  const what = t.cite.taskWhat(label, pick(locale, doc.title_zh, doc.title_en));
  return {
    short,
    full: join([short, siteReference(locale, what, ['tasks', 'assessments', 'evidence'], release, url)], locale),
  };
}

/** A theme: this site's tasks on it across plans, at a data release. */
export function themeCitation(name: string, locale: Locale, release: string, url: string): Citation {
  const what = ui(locale).cite.themeWhat(name);
  const datasets: DatasetName[] = ['themes', 'task_themes', 'assessments'];
  return {
    short: siteReference(locale, what, datasets, release, null),
    full: siteReference(locale, what, datasets, release, url),
  };
}

/** A figure: the sentence it stands in, with its document; then this site's observations of the indicator. */
export function figureCitation(
  o: ObservationRow,
  doc: DocumentRow,
  name: string,
  locale: Locale,
  release: string,
  url: string,
): Citation {
  const t = ui(locale);
  const date = citedDate(doc.date_issued, locale);
  const number = shownDocNumber(doc.doc_number, locale);
  const short = t.cite.figure(pick(locale, doc.issuer_zh, doc.issuer_en), number, date, o.quote);
  const what = t.cite.observationsOf(name);
  return {
    short,
    full: join(
      [documentReference(doc, locale), short, siteReference(locale, what, ['observations'], release, url)],
      locale,
    ),
  };
}

/** A chart: what it shows and the documents it draws on, at a data release. */
export function chartCitation(
  chart: { title: string; source: string; locale: Locale },
  datasets: readonly DatasetName[],
  release: string,
  url: string,
): Citation {
  const { locale } = chart;
  const t = ui(locale);
  const what = t.cite.chart(chart.title);
  const short = siteReference(locale, what, datasets, release, null);
  const sources = `${t.chartSource}${t.colon}${chart.source}${t.stop}`;
  return { short, full: join([short, sources, `${t.licenceLine}${t.stop}`, url], locale) };
}
