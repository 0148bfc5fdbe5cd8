// The changelog feed with absolute links: feed readers resolve root-relative links against the feed's own address,
// which some get wrong or do not know. The pipeline writes it root-relative; the site build knows the public address.

/** The feed with every root-relative href under `site`. */
export function absoluteFeed(feed: string, site: URL): string {
  return feed.replace(/(<link\b[^>]*\shref=")(\/[^"]*)"/g, (_, before: string, path: string) => {
    return `${before}${new URL(path, site).href}"`;
  });
}
