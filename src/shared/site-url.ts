// The site's public address, when the host has set one (SITE_URL at build time): citations, share cards, feeds and
// embed snippets then carry full addresses; without it they stay root-relative (or say nothing).
import { BuildError } from './errors.ts';

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
