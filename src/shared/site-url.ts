// The site's public address, set in one place: every address that leaves the site (embed snippets, og:image and
// og:url, canonical and language alternates, citations, the feed, sitemap.xml, the footers of chart images and
// printed briefings) is written in full under it. A copied embed or citation with a root-relative address points
// nowhere once it is pasted into another page, a chat or a slide.

/**
 * The address `npm start` serves the built site at (`astro preview --host 127.0.0.1`, Astro's port 4321): what a
 * build for a local reading gets when the host sets no SITE_URL.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

/** The public address: SITE_URL at build time (Astro passes it on as `site`), or DEFAULT_SITE_URL. */
export function siteUrl(): URL {
  // import.meta.env exists inside Astro and Vite; a script run by Node alone (the build's integrations) has only
  // the environment.
  const configured = (import.meta.env?.SITE as string | undefined) || process.env.SITE_URL;
  return new URL(configured || DEFAULT_SITE_URL);
}

/** `path` (root-relative, e.g. "/plans/x/") as a full address under the public address. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}
