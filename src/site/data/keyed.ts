// Pages Astro's incremental build may take from its cache (experimental.incrementalBuild): a path whose `cacheKey`
// and page code are as in the last build is not rendered again. A key is only sound if it covers everything the page
// shows, so a keyed route works this way round: its getStaticPaths gives each page, as props, every row the page
// shows (a slice of the collection, not the collection), and the page reads nothing else: no siteData() in its body
// or its components (tests/site/data/keyed.test.ts reads every keyed route for it). The key is a digest of those
// props and of what every page's frame shows (BaseLayout's footer: the collection's two dates). Adding a document
// then renders again only the pages whose rows it touches, and a new data release or a newer latest document, which
// every footer names, renders every page again, as it must.
import { createHash } from 'node:crypto';
import { LOCALES, langParam, type Locale } from '../../shared/locales.ts';
import type { SiteData } from './data.ts';
import { collectionDates } from '../views/dates.ts';

/**
 * The same value always gives the same text: maps and sets as their entries, bytes by their own digest. A function
 * (a chart's drawing, say) would vanish from the text while its rows still decide the page: refused, not skipped.
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (typeof v === 'function')
      throw new Error(`a keyed page's props hold a function (at "${key}"): give the page its rows, not code`);
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    if (v instanceof Uint8Array) return { bytes: createHash('sha256').update(v).digest('hex') };
    if (v === undefined) return null;
    return v;
  });
}

/** A digest of the values, for a cache key. */
export function digest(...values: unknown[]): string {
  return createHash('sha256').update(canonical(values)).digest('base64url');
}

/** What every page's frame shows from the data (the footer's two dates): part of every key. */
export const frameKey = (data: SiteData): string => digest(collectionDates(data));

/**
 * getStaticPaths entries of a keyed page in both languages: `props` gives, per item and language, every value the
 * page shows; the key is their digest with the frame's.
 */
export function keyedPaths<T, P extends Record<string, string>, Q extends Record<string, unknown>>(
  data: SiteData,
  items: readonly T[],
  page: (item: T, locale: Locale) => { params: P; props: Q },
) {
  const frame = frameKey(data);
  return LOCALES.flatMap((locale) =>
    items.map((item) => {
      const { params, props } = page(item, locale);
      return {
        params: { ...params, lang: langParam(locale) },
        props: { ...props, locale },
        cacheKey: digest(frame, locale, props),
      };
    }),
  );
}
