// Site addresses. Every page exists in both languages at the same path, English prefixed with /en/.
import type { Locale } from './locales.ts';
import { dataUrl, published } from './files.ts';

/** The root of a language's half of the site: `/` for Chinese, `/en/` for English. The one place that says so. */
export function localeRoot(locale: Locale): string {
  return locale === 'en' ? '/en/' : '/';
}

/** Address of a site page: `path` without leading or trailing slash ('' for the overview). */
export function href(locale: Locale, path: string): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const prefix = localeRoot(locale);
  return clean ? `${prefix}${clean}/` : prefix;
}

/** The same page in the other language, from the current address. */
export function counterpart(pathname: string, target: Locale): string {
  const bare = pathname.replace(/^\/en(\/|$)/, '/');
  return `${localeRoot(target)}${bare.slice(1)}`;
}

/** Fragment id of a quoted passage on its source page. */
export function quoteId(start: number, end: number): string {
  return `q-${start}-${end}`;
}

/** Link to a quoted passage, highlighted, on its source page. */
export function quoteHref(locale: Locale, documentId: string, start: number, end: number): string {
  return `${href(locale, `sources/${documentId}`)}#${quoteId(start, end)}`;
}

export const planHref = (locale: Locale, id: string) => href(locale, `plans/${id}`);
export const indicatorHref = (locale: Locale, id: string) => href(locale, `indicators/${id}`);
export const sourceHref = (locale: Locale, id: string) => href(locale, `sources/${id}`);
export const taskHref = (locale: Locale, id: string) => href(locale, `tasks/${id}`);
export const themeHref = (locale: Locale, id: string) => href(locale, `themes/${id}`);
/** A plan's part of a theme page. */
export const themePlanHref = (locale: Locale, themeId: string, planId: string) =>
  `${themeHref(locale, themeId)}#${anchors.plan(planId)}`;
/** The stylesheet highlighting the passage a link points to on a source page (one for both languages). */
export const sourceMarksCss = (id: string) => `/sources/${id}/marks.css`;

/** Anchors of rows on plan and indicator pages, the targets of the source viewer's back links. */
export const anchors = {
  task: (id: string) => `task-${id}`,
  target: (id: string) => `target-${id}`,
  observation: (id: string) => `obs-${id}`,
  derived: (id: string) => `derived-${id}`,
  /** A plan's group on a theme page. */
  plan: (id: string) => `plan-${id}`,
  /** A section of a plan page, numbered in order. */
  section: (i: number) => `section-${i + 1}`,
};

/** Stable data file addresses (the data directory is copied to /data/). */
export const dataFile = {
  dataset: (name: string, ext: 'csv' | 'json' = 'csv') => dataUrl(published.dataset(name, ext)),
  excel: (name: string) => dataUrl(published.excel(name)),
  indicator: (id: string) => dataUrl(published.indicator(id)),
  plan: (id: string) => dataUrl(published.plan(id)),
  datapackage: dataUrl(published.datapackage),
  feed: dataUrl(published.feed),
  zip: dataUrl(published.zip),
};
