// Every chart's downloads, fetched from the served site and read back by real parsers: the SVG by Chromium's XML
// parser (title and source inside), the PNG by pngjs (twice the SVG's size), the CSVs by papaparse (the figures as
// numbers, each with its unit, period, place and sentence, as OWID's downloads carry them; every figure of a sentence
// is the one the page's table shows; the Excel twin with a byte-order mark); and the sizes the page lists are the
// files' sizes.
import { parseHTML } from 'linkedom';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/site/data/downloads.ts';
import { builtPages, pageHtml } from '../../site/pages/pages.ts';
import { useSite } from '../../site/pages/use-site.ts';
import { fetchBytes, parseCsv } from './served.ts';

interface ChartOnPage {
  page: string;
  title: string;
  source: string;
  table: string[][];
  links: { text: string; href: string; size: string }[];
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function chartsOn(page: string): ChartOnPage[] {
  const { document } = parseHTML(pageHtml(page));
  return [...document.querySelectorAll('figure.chart')].flatMap((fig) => {
    const downloads = fig.querySelector('.chart-downloads');
    if (!downloads) return [];
    const head = [...fig.querySelectorAll('.chart-table thead th')].map(text);
    const body = [...fig.querySelectorAll('.chart-table tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map(text),
    );
    return [
      {
        page,
        title: text(fig.querySelector('.chart-title')),
        source: text(fig.querySelector('.chart-source')),
        table: [head, ...body],
        links: [...downloads.querySelectorAll('.file')].map((f) => ({
          text: text(f.querySelector('a')),
          href: f.querySelector('a')!.getAttribute('href')!,
          size: text(f.querySelector('.muted')),
        })),
      },
    ];
  });
}

const charts = builtPages().flatMap(chartsOn);
const site = useSite();

describe('chart downloads', () => {
  it('are offered under every chart of the overview, plan and indicator pages, with stable readable ids', () => {
    expect(charts.length).toBeGreaterThan(20);
    for (const page of ['/', '/en/', '/plans/shanghai-2023-plan/'])
      expect(charts.filter((c) => c.page === page).length, page).toBeGreaterThan(0);
    for (const c of charts) {
      expect(
        c.links.map((l) => l.text.slice(0, 3)),
        c.page,
      ).toEqual(['SVG', 'PNG', 'CSV', 'CSV']);
      for (const l of c.links)
        expect(l.href, c.page).toMatch(/^(\/en)?\/charts\/(excel\/)?[a-z0-9]+(-[a-z0-9]+)*\.(svg|png|csv)$/);
    }
  });

  it(
    'list each file with its size, and the SVG holds the title and source and parses as XML',
    { timeout: 120_000 },
    async () => {
      const page = await site.browser.newPage();
      try {
        await page.goto(`${site.origin}/404.html`);
        for (const c of charts) {
          const [svgLink, pngLink, excelLink, csvLink] = c.links as [ChartOnPage['links'][0], ...ChartOnPage['links']];
          const svgBytes = await fetchBytes(site.origin, svgLink.href);
          expect(svgLink.size, svgLink.href).toBe(formatBytes(svgBytes.length));
          const svg = new TextDecoder().decode(svgBytes);
          const parsed = await page.evaluate((source) => {
            const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
            const root = doc.documentElement;
            return {
              error: doc.querySelector('parsererror')?.textContent ?? null,
              root: root.localName,
              title: root.querySelector(':scope > title')?.textContent ?? '',
              text: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' '),
              width: Number(root.getAttribute('width')),
              height: Number(root.getAttribute('height')),
              fonts: root.getAttribute('font-family') ?? '',
            };
          }, svg);
          expect(parsed.error, svgLink.href).toBeNull();
          expect(parsed.root).toBe('svg');
          expect(parsed.title, svgLink.href).toBe(c.title);
          // The page's source line ("来源：沪知局…") is in the image, with the licence and the site's name.
          expect(parsed.text.replace(/\s+/g, ' '), svgLink.href).toContain(c.source);
          expect(parsed.text).toContain('CC0 1.0');
          expect(parsed.text).toMatch(/知识产权保护规划追踪|IP Plan Tracker/);
          expect(parsed.fonts).toContain('Noto Sans CJK SC');

          const pngBytes = await fetchBytes(site.origin, pngLink!.href);
          expect(pngLink!.size).toBe(formatBytes(pngBytes.length));
          const png = PNG.sync.read(Buffer.from(pngBytes));
          expect([png.width, png.height], pngLink!.href).toEqual([parsed.width * 2, parsed.height * 2]);

          const excel = await fetchBytes(site.origin, excelLink!.href);
          const csv = await fetchBytes(site.origin, csvLink!.href);
          expect(excelLink!.size).toBe(formatBytes(excel.length));
          expect(csvLink!.size).toBe(formatBytes(csv.length));
          expect([...excel.slice(0, 3)], excelLink!.href).toEqual([0xef, 0xbb, 0xbf]);
          expect(csv[0], csvLink!.href).not.toBe(0xef);
          expect(Buffer.from(excel.slice(3)).equals(Buffer.from(csv))).toBe(true);
          const [head, ...rows] = parseCsv(new TextDecoder().decode(csv), csvLink!.href);
          expect(rows.length, csvLink!.href).toBeGreaterThan(1);
          // Figures are numbers: the value (or count of tasks) column parses as one in every row that has it.
          const figure = head!.findIndex((h) => h === 'value' || h === 'tasks' || h === 'tasks_due');
          expect(figure, `${csvLink!.href} has a column of figures`).toBeGreaterThanOrEqual(0);
          const figures = rows.map((r) => r[figure]!).filter((v) => v !== '');
          expect(figures.length).toBeGreaterThan(0);
          for (const v of figures) expect(Number.isFinite(Number(v)), `${csvLink!.href}: “${v}”`).toBe(true);
          // A figure with its sentence is one the page's table shows (grouping commas aside).
          const quote = head!.indexOf('quote');
          const table = c.table
            .flat()
            .join(' ')
            .replace(/(\d),(\d)/g, '$1$2');
          if (quote >= 0)
            for (const r of rows.filter((r) => r[quote] && r[figure]))
              expect(table, `${csvLink!.href}: ${r[figure]}`).toContain(String(Number(r[figure])));
        }
      } finally {
        await page.close();
      }
    },
  );
});
