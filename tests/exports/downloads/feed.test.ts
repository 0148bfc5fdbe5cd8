// The Atom feed a reader subscribes to: served, well formed enough to parse, one entry per change, and every
// entry's link, in full under the public address, lands on its anchor on the changelog page; every page's head
// announces the feed by its full address.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from '../../site/pages/pages.ts';
import { fetchText } from './served.ts';
import { useSite } from '../../site/pages/use-site.ts';
import { siteUrl } from '../../../src/shared/site-url.ts';

const SITE = siteUrl().href;

const site = useSite({ browser: false });

describe('the changelog feed', () => {
  it('links every entry to an anchor on /changes/ and /en/changes/', async () => {
    const feed = await fetchText(site.origin, '/data/changelog.atom');
    const changes = JSON.parse(await fetchText(site.origin, '/data/changes.json')) as { id: string }[];
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => body!);
    expect(entries.length).toBe(changes.length);
    for (const lang of ['', '/en']) {
      const { document } = parseHTML(await fetchText(site.origin, `${lang}/changes/`));
      expect(
        document.querySelector('a[href="/data/changelog.atom"]'),
        `${lang}/changes/ links the feed`,
      ).not.toBeNull();
      for (const entry of entries) {
        const link = /<link rel="alternate" href="([^"]+)"\/>/.exec(entry)?.[1];
        expect(link).toMatch(new RegExp(`^${SITE}changes/#[a-z0-9-]+$`));
        const id = link!.split('#')[1]!;
        expect(document.getElementById(id), `${lang}/changes/#${id}`).not.toBeNull();
      }
    }
    const self = /<link rel="alternate" href="([^"]+)"\/>/.exec(feed.split('<entry>')[0]!)?.[1];
    expect(self).toBe(`${SITE}changes/`);
  });

  it('is announced in the head of every page', () => {
    const missing = builtPages().filter(
      (p) =>
        !pageHtml(p).includes(`<link rel="alternate" type="application/atom+xml" href="${SITE}data/changelog.atom"`),
    );
    expect(missing).toEqual([]);
  });
});
