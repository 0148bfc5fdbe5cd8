// Debian's Chromium driven by playwright-core, launched the same way everywhere the tests run.
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/lib/chromium.ts';

export { CHROMIUM, CHROMIUM_ARGS };

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}
