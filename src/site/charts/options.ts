import type { Locale } from '../../shared/locales.ts';
import type { Strings } from '../words/ui.ts';

/** The language a chart or its table is written in: the locale for numbers and dates, `t` for its words. */
export interface ChartText {
  locale: Locale;
  t: Strings;
}

/** What every chart takes besides its rows. */
export interface ChartOptions extends ChartText {
  /** The document to create elements in: linkedom's at build time (see chartDocument), the browser's in tests. */
  document: Document;
  /** Width in pixels the chart is laid out for; text stays at its size, so render 360 for phones. */
  width?: number;
  /** How a chart that labels places names a jurisdiction id (the site passes the jurisdictions dataset's names). */
  placeName?: (jurisdiction: string) => string;
}

export const DEFAULT_WIDTH = 640;

/** Smallest text any chart draws, in pixels. */
export const FONT_SIZE = 12;

/** Text a reader looks for first: values and labels of marks. */
export const LABEL_SIZE = 13;

/** Line height of wrapped text, in pixels. */
export const LINE = 17;

/** System fonts first, then the CJK faces of each platform, so Chinese never falls back to a box. */
export const FONT_FAMILY =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

/** Okabe–Ito blue: the one data hue of single-series charts. */
export const BLUE = '#0072B2';
export const ORANGE = '#E69F00';
export const VERMILLION = '#D55E00';
export const INK = '#222222';
export const MUTED = '#595959';
export const GRID = '#BBBBBB';
