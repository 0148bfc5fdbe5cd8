// Every address that leaves the site is a full one, under the one public address (src/shared/site-url.ts): a
// page's canonical and language alternates, og:url and og:image, embed snippets, citations, the feed, sitemap.xml,
// the footers of chart images and printed briefings. The overview and every briefing have a share image, and share
// cards and embeds name their place and period.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from './pages.ts';
import { DIST } from './static-server.ts';
import { DEFAULT_SITE_URL } from '../../../src/shared/site-url.ts';

// The build under test ran without SITE_URL unless the environment says otherwise.
const SITE = new URL(process.env.SITE_URL || DEFAULT_SITE_URL).href;
const PAGES = builtPages();
const isEmbed = (p: string) => /^(\/en)?\/embed\//.test(p);
const doc = (path: string) => parseHTML(pageHtml(path)).document;
const attr = (d: Document, sel: string, name: string) => d.querySelector(sel)?.getAttribute(name) ?? null;

describe('addresses that leave the site', () => {
  it.each(PAGES.filter((p) => !isEmbed(p)))('%s: canonical, alternates and og:url are full', (path) => {
    const d = doc(path);
    const other = path.startsWith('/en/') ? path.slice(3) : `/en${path}`;
    expect(attr(d, 'link[rel=canonical]', 'href')).toBe(new URL(path, SITE).href);
    expect(attr(d, 'meta[property="og:url"]', 'content')).toBe(new URL(path, SITE).href);
    const alternates = [...d.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => l.getAttribute('href'));
    expect(alternates).toEqual([new URL(path, SITE).href, new URL(other, SITE).href]);
    expect(attr(d, 'link[type="application/atom+xml"]', 'href')).toMatch(new RegExp(`^${SITE}`));
    const image = attr(d, 'meta[property="og:image"]', 'content');
    if (image) {
      expect(image.startsWith(SITE)).toBe(true);
      expect(existsSync(join(DIST, new URL(image).pathname))).toBe(true);
    }
  });

  it.each(['/', '/en/', '/briefing/', '/en/briefing/', ...PAGES.filter((p) => /^(\/en)?\/briefing\/[^/]+\/$/.test(p))])(
    '%s has a share image',
    (path) => {
      const image = attr(doc(path), 'meta[property="og:image"]', 'content');
      expect(image).toMatch(new RegExp(`^${SITE}(en/)?share/[a-z0-9-]+\\.png$`));
    },
  );

  it('embed snippets, citations and briefing footers carry full addresses', () => {
    const plan = doc('/plans/shanghai-2023-plan/');
    // A textarea's markup is escaped in the page: the snippet a reader copies is the unescaped text.
    const snippet = (plan.querySelector('textarea.snippet')?.innerHTML ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(snippet).toMatch(new RegExp(`<iframe src="${SITE}embed/[a-z0-9-]+/"`));
    const citations = [...plan.querySelectorAll('.cite dd')].map((dd) => dd.textContent ?? '');
    expect(citations.some((c) => c.includes(`${SITE}plans/shanghai-2023-plan/`))).toBe(true);
    for (const path of ['/briefing/', '/en/briefing/shanghai-2023-plan/'])
      expect(doc(path).querySelector('.sheet-footer .url')?.textContent).toBe(new URL(path, SITE).href);
  });

  it('chart images name the chart’s full address and where and when it applies', () => {
    const svg = readFileSync(join(DIST, 'charts/plans-status.svg'), 'utf8');
    expect(svg).toContain(`${SITE}#chart-status`);
    expect(svg).toMatch(/上海市.*· 2023/u);
    const embed = doc('/embed/plans-status/');
    expect(embed.querySelector('.scope')?.textContent).toMatch(/上海市.*· 2023/u);
  });

  it('the feed links in full', () => {
    const feed = readFileSync(join(DIST, 'data/changelog.atom'), 'utf8');
    const hrefs = [...feed.matchAll(/<link\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(1);
    for (const h of hrefs) expect(h.startsWith(SITE), h).toBe(true);
  });

  it('sitemap.xml lists every page but the embeds, in full; robots.txt names it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(listed.sort()).toEqual(
      PAGES.filter((p) => !isEmbed(p))
        .map((p) => new URL(p, SITE).href)
        .sort(),
    );
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });
});
