// The changelog feed (dist/data/changelog.atom) with absolute links when the public address is known (SITE_URL):
// feed readers resolve root-relative links against the feed's own address, which some get wrong or do not know.
// The data build writes it root-relative, since the host sets the address; the site build knows it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteUrl } from '../shared/site-url.ts';

const FEED = 'data/changelog.atom';

/** The feed with every root-relative href under `site`. */
export function absoluteFeed(feed: string, site: URL): string {
  return feed.replace(/(<link\b[^>]*\shref=")(\/[^"]*)"/g, (_, before: string, path: string) => {
    return `${before}${new URL(path, site).href}"`;
  });
}

export function absoluteFeedLinks(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'absolute-feed-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : siteUrl();
      },
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), FEED);
        if (site && existsSync(file)) writeFileSync(file, absoluteFeed(readFileSync(file, 'utf8'), site));
      },
    },
  };
}
