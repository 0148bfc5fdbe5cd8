// The site's public address, when the host has set one (SITE_URL at build time): citations, share cards, feeds and
// embed snippets then carry full addresses; without it they stay root-relative (or say nothing).

/** The public address Astro was configured with, if any. */
export function siteUrl(): URL | null {
  const site = import.meta.env.SITE as string | undefined;
  return site ? new URL(site) : null;
}

/** `path` as a full address under the public address, or null when there is none. */
export function absoluteUrl(path: string): string | null {
  const site = siteUrl();
  return site ? new URL(path, site).href : null;
}
