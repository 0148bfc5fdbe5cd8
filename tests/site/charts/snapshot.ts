import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Locale } from '../../../src/shared/locales.ts';
import { ui } from '../../../src/site/words/ui.ts';
import type { ChartOptions, ChartText } from '../../../src/site/charts/options.ts';
import { chartDocument, chartToString } from '../../../src/site/charts/render.ts';

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/charts');

/** Chart options for a test: a fresh linkedom document. */
export function options(locale: Locale, width?: number): ChartOptions {
  return { document: chartDocument(), ...text(locale), ...(width === undefined ? {} : { width }) };
}

/** The language of a chart's table in a test. */
export function text(locale: Locale): ChartText {
  return { locale, t: ui(locale) };
}

/**
 * Compare normalised chart markup with tests/fixtures/charts/<name>.svg, as Observable Plot's own tests do; with
 * UPDATE_SNAPSHOTS=1 write the file instead. A missing snapshot fails, so a new chart cannot pass unreviewed.
 */
export function expectSnapshot(name: string, el: Element): void {
  const actual = `${chartToString(el)}\n`;
  const file = join(SNAPSHOTS, `${name}.svg`);
  if (process.env.UPDATE_SNAPSHOTS) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`no snapshot ${file}: run UPDATE_SNAPSHOTS=1 npx vitest run tests/site/charts, then review it`);
  expect(
    actual,
    `${name}.svg differs from its snapshot; if the change is intended, rerun with UPDATE_SNAPSHOTS=1`,
  ).toBe(readFileSync(file, 'utf8'));
}

/** Text content of every <text> of a chart, lines joined: what a reader sees. */
export function texts(el: Element): string[] {
  return [...el.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

/** Smallest font size set anywhere in the chart. */
export function minFontSize(el: Element): number {
  const sizes = [el, ...el.querySelectorAll('[font-size]')]
    .map((e) => Number.parseFloat(e.getAttribute('font-size') ?? 'NaN'))
    .filter((n) => !Number.isNaN(n));
  return Math.min(...sizes);
}
