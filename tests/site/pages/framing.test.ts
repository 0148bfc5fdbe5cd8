// Only embed pages may be framed by another site. The built site is served with dist/_headers applied (as Netlify and
// Cloudflare Pages apply it), and a page on a second origin frames an embed page and a plan page: Chromium shows the
// first and refuses the second.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { builtHeaderRules } from './headers.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const EMBED = '/embed/plans-status/';
const EMBED_EN = '/en/embed/plans-status/';
const PLAN = '/plans/shanghai-2023-plan/';

let site: StaticServer;
let other: Server;
let otherOrigin: string;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(undefined, builtHeaderRules());
  other = createServer((_req, res) => {
    const frames = [EMBED, EMBED_EN, PLAN].map((p) => `<iframe src="${site.origin}${p}" title="${p}"></iframe>`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>another site</title>${frames.join('')}</html>`);
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  otherOrigin = `http://localhost:${(other.address() as AddressInfo).port}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => other?.close(ok));
  await site?.close();
});

describe('framing', () => {
  it('lets another origin frame an embed page, in both languages, and not a plan page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(otherOrigin, { waitUntil: 'load' });
      const frameAt = (path: string) => page.frames().find((f) => f.url() === `${site.origin}${path}`);
      for (const path of [EMBED, EMBED_EN]) {
        const frame = frameAt(path);
        expect(frame, path).toBeDefined();
        expect(await frame!.locator('h1').textContent(), path).toBeTruthy();
        expect(await frame!.locator('svg[role="img"]').count()).toBeGreaterThan(0);
      }
      // A refused frame never shows the page: Chromium puts its own error document there instead.
      expect(frameAt(PLAN)).toBeUndefined();
      const titles = await Promise.all(page.frames().map((f) => f.title().catch(() => '')));
      expect(titles.some((t) => t.includes('上海市知识产权行政保护'))).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('sends embed pages frame-ancestors * and no X-Frame-Options; plan pages DENY', async () => {
    const embed = await fetch(`${site.origin}${EMBED}`);
    const plan = await fetch(`${site.origin}${PLAN}`);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('content-security-policy')).not.toContain("frame-ancestors 'none'");
    expect(plan.headers.get('x-frame-options')).toBe('DENY');
    expect(plan.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
