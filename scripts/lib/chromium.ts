// Debian's Chromium, launched the same way by the tests (tests/site/pages/browser.ts) and the site benchmark.
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless run on a machine with no network but loopback: nothing phones home, nothing waits for it. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
