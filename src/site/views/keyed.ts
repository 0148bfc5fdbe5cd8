// Pages Astro's incremental build may take from its cache (experimental.incrementalBuild): a path whose `cacheKey`
// and page code are as in the last build is not rendered again. A key is only sound if it covers everything the page
// shows, so a keyed route works this way round: its getStaticPaths gives each page, as props, every row the page
// shows (a slice of the collection, not the collection), and the page reads nothing else: no siteData() in its body
// or its components (tests/site/views/keyed.test.ts reads every keyed route for it). The key is a digest of those
// props and of what every page's frame shows (BaseLayout's footer: the collection's two dates). Adding a document
// then renders again only the pages whose rows it touches, and a new data release or a newer latest document, which
// every footer names, renders every page again, as it must. A chart on a keyed page is read by its id from the
// catalogue (its drawing, files and downloads): its own key (ChartSpec.key, the rows it draws) stands for it.
import { digest } from '../../shared/digest.ts';
import { LOCALES, langParam, type Locale } from '../../shared/locales.ts';
import type { SiteData } from '../data/data.ts';
import { collectionDates } from './dates.ts';

/** What every page's frame shows from the data (the footer's two dates): part of every key. */
export const frameKey = (data: SiteData): string => digest(collectionDates(data));

/**
 * getStaticPaths entries of a keyed page in both languages: `props` gives, per item and language, every value the
 * page shows; the key is their digest with the frame's. Where the props hold code (a chart's drawing), `key` stands
 * for them: the same props with each chart replaced by its own key (ChartSpec.key, a digest of the rows it draws).
 */
export function keyedPaths<T, P extends Record<string, string>, Q extends Record<string, unknown>>(
  data: SiteData,
  items: readonly T[],
  page: (item: T, locale: Locale) => { params: P; props: Q; key?: unknown },
) {
  const frame = frameKey(data);
  return LOCALES.flatMap((locale) =>
    items.map((item) => {
      const { params, props, key } = page(item, locale);
      return {
        params: { ...params, lang: langParam(locale) },
        props: { ...props, locale },
        cacheKey: digest(frame, locale, key === undefined ? props : key),
      };
    }),
  );
}
