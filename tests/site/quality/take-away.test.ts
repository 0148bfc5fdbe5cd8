// What lets a reader take a page away: Open Graph and Twitter meta on every page, a 1200×630 preview image for plan,
// indicator, task and theme pages, citations, embed pages with nothing but the chart, the changelog in the navigation.
// Read from the built pages with a real HTML parser; images decoded with pngjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from '../pages/pages.ts';
import { DIST } from './dist-files.ts';

const pages = builtPages();
// linkedom leaves a textarea's character references as they are written; a browser decodes them.
const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const doc = (path: string) => parseHTML(pageHtml(path)).document;
const meta = (d: Document, key: string) =>
  d.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

describe('share meta', () => {
  it('every page has a title, description, locale and its alternate, for Open Graph and Twitter', () => {
    for (const path of pages) {
      const d = doc(path);
      const en = path.startsWith('/en/');
      expect(meta(d, 'og:title'), path).toBe(d.title);
      expect(meta(d, 'og:description'), path).toBeTruthy();
      expect(meta(d, 'og:locale'), path).toBe(en ? 'en' : 'zh_CN');
      expect(meta(d, 'og:locale:alternate'), path).toBe(en ? 'zh_CN' : 'en');
      expect(meta(d, 'twitter:title'), path).toBe(d.title);
      expect(meta(d, 'twitter:card'), path).toMatch(/^summary(_large_image)?$/);
    }
  });

  it('plan, indicator, task and theme pages point to a 1200×630 PNG preview that exists', () => {
    const previewed = pages.filter((p) => /^(\/en)?\/(plans|indicators|tasks|themes)\/[^/]+\/$/.test(p));
    for (const kind of ['plans', 'indicators', 'tasks', 'themes'])
      expect(previewed.filter((p) => p.includes(`/${kind}/`)).length, kind).toBeGreaterThan(3);
    // Each kind's first image in each language is decoded whole; the others are read to their header (IHDR).
    const decoded = new Set<string>();
    for (const path of previewed) {
      const d = doc(path);
      const image = meta(d, 'og:image')!;
      expect(image, path).toMatch(/^(https?:\/\/[^/]+)?(\/en)?\/share\/[a-z0-9-]+\.png$/);
      expect(meta(d, 'twitter:image')).toBe(image);
      expect(meta(d, 'twitter:card')).toBe('summary_large_image');
      const file = join(DIST, new URL(image, 'http://x').pathname);
      expect(existsSync(file), file).toBe(true);
      const bytes = readFileSync(file);
      const kind = path.replace(/[^/]+\/$/, '');
      if (!decoded.has(kind)) {
        decoded.add(kind);
        const png = PNG.sync.read(bytes);
        expect([png.width, png.height]).toEqual([1200, 630]);
      }
      expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
      expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], file).toEqual([1200, 630]);
    }
  });
});

describe('cite this', () => {
  it('plan, indicator, task and theme pages carry a short and a full citation; every chart one of its own', () => {
    const plan = doc('/plans/shanghai-2023-plan/');
    const [short, full] = [...plan.querySelectorAll('section.cite .copyable')].map((e) => e.textContent ?? '');
    expect(short).toContain('沪知局保〔2023〕4号');
    expect(short).toContain('上海市知识产权局');
    expect(short).toContain('2023年3月15日');
    expect(full).toContain(short!);
    expect(full).toMatch(/数据发布于\d{4}年\d{1,2}月\d{1,2}日/);

    // The figure cited is the indicator's latest, with its document number and sentence.
    const observations = JSON.parse(readFileSync(join(DIST, 'data/observations.json'), 'utf8')) as {
      indicator_id: string;
      period_end: string;
      doc_number: string;
      quote: string;
    }[];
    const latest = observations
      .filter((o) => o.indicator_id === 'rights-assistance-workstations')
      .sort((a, b) => b.period_end.localeCompare(a.period_end))[0]!;
    const ind = doc('/en/indicators/rights-assistance-workstations/');
    const figure = [...ind.querySelectorAll('section.cite .copyable')].map((e) => e.textContent ?? '');
    expect(figure[0]).toContain(latest.doc_number);
    expect(figure[0]).toContain(`“${latest.quote}”`);
    expect(figure[1]).toContain(figure[0]);
    expect(figure[1]).toMatch(/data release of \d{1,2} [A-Z][a-z]+ \d{4}/);

    // A task names its plan's document and itself; a theme names the datasets; both carry the page's own citation.
    const task = [...doc('/en/tasks/sh23-t15/').querySelectorAll('section.cite .copyable')].map((e) => e.textContent);
    expect(task[0]).toContain('沪知局保〔2023〕4号');
    expect(task[0]).toContain('Task 15');
    expect(task[1]).toContain(task[0]!.replace(/\.$/, ''));
    expect(task[1]).toMatch(/data release of \d{1,2} [A-Z][a-z]+ \d{4}/);
    const theme = [...doc('/themes/data-ip/').querySelectorAll('section.cite .copyable')].map((e) => e.textContent);
    expect(theme).toHaveLength(2);
    // Datasets by their Chinese titles in a Chinese citation.
    expect(theme[0]).toContain('数据集：主题、任务主题、进展评估');
    expect(theme[0]).toMatch(/数据发布于\d{4}年\d{1,2}月\d{1,2}日/);

    for (const path of ['/', '/en/', '/plans/shanghai-2023-plan/']) {
      const d = doc(path);
      for (const fig of d.querySelectorAll('figure.chart'))
        expect(fig.querySelectorAll('details.cite .copyable').length, path).toBe(2);
    }
  });
});

describe('embed pages', () => {
  const embeds = pages.filter((p) => /^(\/en)?\/embed\/[a-z0-9-]+\/$/.test(p));

  it('exist for every chart offered for embedding, in both languages', () => {
    const offered = new Set(
      pages.flatMap((p) =>
        [...doc(p).querySelectorAll('.chart-embed textarea')].map(
          (t) => /src="(?:https?:\/\/[^/]+)?([^"]+)"/.exec(unescape(t.textContent ?? ''))![1]!,
        ),
      ),
    );
    expect(offered.size).toBeGreaterThan(10);
    for (const path of offered) expect(embeds, path).toContain(path);
    expect(embeds.some((p) => p.startsWith('/en/'))).toBe(true);
  });

  it('hold the chart, its title, source and a link back, and no script, navigation or search', () => {
    for (const path of embeds) {
      const d = doc(path);
      expect(d.querySelectorAll('script').length, path).toBe(0);
      expect(d.querySelector('nav, header'), path).toBeNull();
      expect(d.querySelector('[data-pagefind-body]'), path).toBeNull();
      expect(d.querySelector('h1')?.textContent, path).toBeTruthy();
      expect(d.querySelector('figure svg[role="img"]'), path).not.toBeNull();
      expect(d.querySelector('.chart-source')?.textContent, path).toMatch(/来源|Source/);
      const back = d.querySelector('.back a')!.getAttribute('href')!;
      expect(back.split('#')[0], path).toMatch(/^(https?:\/\/[^/]+)?(\/en)?\/(plans|indicators)?\/?([^/]+\/)?$/);
    }
  });
});

describe('navigation', () => {
  it('links the changelog from every page’s main navigation', () => {
    for (const path of ['/', '/en/', '/data/']) {
      const links = [...doc(path).querySelectorAll('nav.site-nav a')].map((a) => a.getAttribute('href'));
      expect(links, path).toContain(path.startsWith('/en/') ? '/en/changes/' : '/changes/');
    }
  });
});

describe('CSV links', () => {
  it('put the Excel/WPS twin (with a BOM) first and the plain UTF-8 file second, on every page', () => {
    let seen = 0;
    for (const path of pages) {
      for (const link of doc(path).querySelectorAll('.csv-link')) {
        const [twin, plain] = [...link.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
        expect(twin, path).toBe(plain!.replace(/^\/data\//, '/data/excel/'));
        const bytes = readFileSync(join(DIST, twin!));
        expect([...bytes.subarray(0, 3)], twin).toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.subarray(3).equals(readFileSync(join(DIST, plain!))), twin).toBe(true);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(50);
  });
});
