// Every briefing, in both languages, prints on exactly one A4 page in headless Chromium, without the site's
// navigation, and with its footer line (source document numbers and the page's address) on that page.
// IPT_PDF_DIR=/some/dir keeps the PDFs for a look (pdftoppm -png -r 50).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../pages/pages.ts';
import { useSite } from '../pages/use-site.ts';

const site = useSite();

const briefings = builtPages().filter((p) => /^\/(en\/)?briefing\//.test(p));

/** Pages of a PDF: the page objects (/Type /Page, not /Pages). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('briefings print on one A4 page', () => {
  it('has an overview and one briefing per plan in each language', () => {
    expect(briefings).toContain('/briefing/');
    expect(briefings).toContain('/en/briefing/');
    expect(briefings.length).toBeGreaterThanOrEqual(2 * 5);
  });

  it.each(briefings)('%s', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (sel: string) =>
        [...document.querySelectorAll<HTMLElement>(sel)].some(
          (e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed',
        );
      return {
        nav: visible('.site-nav'),
        header: visible('.site-header'),
        siteFooter: visible('.site-footer'),
        footer: document.querySelector('.sheet-footer')?.textContent ?? '',
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(shown.nav).toBe(false);
    expect(shown.header).toBe(false);
    expect(shown.siteFooter).toBe(false);
    expect(shown.footer).toContain(path);
    expect(shown.footer).toMatch(/〔20\d\d〕/);
    // The site's name and the date printed (written by src/site/scripts/today.ts: today, in the page’s language).
    expect(shown.footer).toMatch(/IP Plan Tracker|知识产权保护规划追踪/);
    const now = new Date();
    expect(shown.footer).toMatch(
      path.startsWith('/en/')
        ? new RegExp(`Printed on ${now.getDate()} \\w+ ${now.getFullYear()}`)
        : new RegExp(`打印日期：${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`),
    );
    expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(shown.background);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await context.close();
    if (process.env.IPT_PDF_DIR) {
      mkdirSync(process.env.IPT_PDF_DIR, { recursive: true });
      writeFileSync(join(process.env.IPT_PDF_DIR, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_')}.pdf`), pdf);
    }
    expect(pdfPageCount(pdf)).toBe(1);
  });
});
