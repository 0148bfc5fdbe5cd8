import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, distPages, readDist, urlOf } from './dist-files.ts';
import { siteUrl } from '../../../src/shared/site-url.ts';

const SITE = siteUrl().href;

const pages = distPages();
const idsByPage = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsByPage.get(file);
  if (!ids) {
    const { document } = parseHTML(readDist(file));
    ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
    idsByPage.set(file, ids);
  }
  return ids;
}

/** The dist file a root-relative URL path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const full = join(DIST, clean);
  if (existsSync(full) && statSync(full).isFile()) return clean.replace(/^\//, '');
  const index = join(full, 'index.html');
  if (existsSync(index)) return join(clean, 'index.html').replace(/^\//, '');
  return undefined;
}

describe('every internal link and anchor in dist/ resolves', () => {
  it.each(pages)('%s', (file) => {
    const { document } = parseHTML(readDist(file));
    const broken: string[] = [];
    const base = new URL(urlOf(file), 'http://site.invalid');
    for (const el of document.querySelectorAll('a[href], link[href], img[src], script[src], source[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      // Canonical and alternate links, the feed and a briefing's printed address are in full, under the public address.
      const url = new URL(raw.startsWith(SITE) ? new URL(raw).pathname + new URL(raw).hash : raw, base);
      // An inline resource (the favicon) is part of the page itself.
      if (url.protocol === 'data:') continue;
      if (url.origin !== base.origin) {
        broken.push(`${raw} (another host)`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${raw} (no such file)`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${raw} (no such anchor)`);
    }
    expect(broken).toEqual([]);
  });
});
