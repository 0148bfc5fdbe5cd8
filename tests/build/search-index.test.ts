// The search index: a long page is indexed in parts (Pagefind is super-linear in a page's size), each part findable
// and pointing at the page; short pages are indexed whole, and what is outside data-pagefind-body is left out.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, LARGE_PAGE, splitText } from '../../src/build/search-index.ts';
import { searchableText } from '../../src/build/page-facts.ts';

const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body><nav>导航菜单</nav>` +
  `<main data-pagefind-body>${body}</main></body></html>`;

/**
 * Every record of the written index, in every bundle (a page heavier than a bundle's budget is a bundle of its own),
 * as Pagefind stores it (gzip, a signature, then JSON).
 */
function records(): { url: string; content: string; meta: { title: string } }[] {
  const bundles = readdirSync(join(dist, 'pagefind')).filter((d) => d.startsWith('bundle-'));
  const dirs = [join(dist, 'pagefind/fragment'), ...bundles.map((b) => join(dist, 'pagefind', b, 'fragment'))];
  return dirs
    .flatMap((dir) => readdirSync(dir).map((f) => join(dir, f)))
    .map((f) => {
      const text = gunzipSync(readFileSync(f)).toString('utf8');
      const r = JSON.parse(text.replace(/^pagefind_dcd/, ''));
      // Pagefind separates the Chinese words it segments with zero-width spaces.
      return { ...r, content: r.content.replaceAll('\u200b', '') };
    });
}

describe('the search index', () => {
  it(
    'indexes a long page in parts, each pointing at the page, every passage findable',
    { timeout: 300_000 },
    async () => {
      const line = '上海市知识产权局开展专利行政执法检查，受理维权援助申请。';
      const lines = Array.from({ length: Math.ceil((LARGE_PAGE * 3) / line.length) }, () => `<p>${line}</p>`);
      lines.push('<p>独一无二的结尾段落</p>');
      mkdirSync(join(dist, 'sources/long'), { recursive: true });
      writeFileSync(join(dist, 'sources/long/index.html'), page('zh-CN', `<h1>长文件</h1>${lines.join('\n')}`));
      mkdirSync(join(dist, 'about'), { recursive: true });
      writeFileSync(join(dist, 'about/index.html'), page('zh-CN', '<h1>关于</h1><p>本站说明</p>'));
      const { pages, parts } = await buildSearchIndex(dist);
      expect(pages).toBe(2);
      expect(parts).toBeGreaterThan(10);
      const all = records();
      const long = all.filter((r) => r.url.startsWith('/sources/long/'));
      const urls = ['/sources/long/', ...Array.from({ length: parts - 1 }, (_, i) => `/sources/long/#part-${i + 2}`)];
      expect(long.map((r) => r.url).sort()).toEqual(urls.sort());
      for (const r of long) expect(r.meta.title).toMatch(new RegExp(`^长文件 \\(\\d+/${parts}\\)$`));
      expect(long.some((r) => r.content.includes('独一无二的结尾段落'))).toBe(true);
      expect(all.find((r) => r.url === '/about/')!.content).toContain('本站说明');
      for (const r of all) expect(r.content).not.toContain('导航菜单');
    },
  );

  it('reads the text Pagefind would, and cuts it at line breaks', () => {
    const html = page(
      'en',
      '<h1>Title</h1><p>one</p><div data-pagefind-ignore>skip</div><script>x()</script><p>two</p>',
    );
    expect(searchableText(html)).toEqual({ text: '\nTitle\none\n\ntwo', title: 'Title', language: 'en' });
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i} of the text`).join('\n');
    const parts = splitText(text);
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts.slice(0, -1)) expect(p.endsWith('\n')).toBe(true);
  });
});
