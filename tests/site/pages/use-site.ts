// The built site served on 127.0.0.1, and Debian's Chromium when a test file needs one: started before the file's
// tests, closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface Site {
  readonly origin: string;
  readonly browser: Browser;
}

export function useSite({ browser: withBrowser = true } = {}): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic();
    if (withBrowser) browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      if (!server) throw new Error('the site is served only while the tests run');
      return server.origin;
    },
    get browser() {
      if (!browser) throw new Error('this file asked for no browser: useSite({ browser: true })');
      return browser;
    },
  };
}
