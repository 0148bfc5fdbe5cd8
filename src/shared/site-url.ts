// The site's public address, set in one place: every address that leaves the site (embed snippets, og:image and
// og:url, canonical and language alternates, citations, the feed, sitemap.xml, the footers of chart images and
// printed briefings) is written in full under it. A copied embed or citation with a root-relative address points
// nowhere once it is pasted into another page, a chat or a slide.
import { BuildError } from './errors.ts';

/**
 * The address `npm start` serves the built site at (`astro preview --host 127.0.0.1`, Astro's port 4321): what a
 * build gets when the host sets no SITE_URL.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

/**
 * The public address: SITE_URL at build time (astro.config.mjs gives Astro the same as `site`), or DEFAULT_SITE_URL.
 * Read from the environment, not import.meta.env: for a module that reads import.meta.env whole, Astro writes values of
 * the builder's environment into its compiled code, so the code (and Astro's hash of it) changed with the shell a
 * build ran in, and Astro's incremental build rendered again every page that names an address (seen on the benchmark).
 */
export function siteUrl(): URL {
  return new URL(siteFromEnv() || DEFAULT_SITE_URL);
}

/** `path` (root-relative, e.g. "/plans/x/") as a full address under the public address. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}

/**
 * The public address a host sets with SITE_URL, checked: an absolute http(s) address, or none. Anything else stops
 * the build with one message naming the value.
 */
export function siteFromEnv(raw: string | undefined = process.env.SITE_URL): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname)
    throw new BuildError(
      'config',
      `SITE_URL is ${JSON.stringify(raw)}, not an http(s) address`,
      'set it to the site\u2019s public address, e.g. SITE_URL=https://example.org, or leave it unset',
    );
  return url.href;
}
