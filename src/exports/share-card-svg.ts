// A share card drawn as SVG (then a PNG by resvg): the site's band, what the page is, its figures, its source.
import { BLUE, FONT_FAMILY, INK, MUTED } from '../site/charts/options.ts';
import { textWidth, wrapText } from '../site/charts/text.ts';
import { HTML_LANG } from '../shared/locales.ts';
import { ui } from '../site/words/ui.ts';
import type { ShareCard } from './share-cards.ts';
import { escapeMarkup } from '../shared/markup.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const X = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * X;

const xml = escapeMarkup;

/** At most `max` lines; the last one ends in an ellipsis when text was cut. */
function clamp(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, -1)}…`;
  return kept;
}

function text(x: number, y: number, size: number, fill: string, body: string, bold = false): string {
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${bold ? ' font-weight="700"' : ''}>${xml(body)}</text>`;
}

function stats(card: ShareCard, top: number): string {
  if (card.large) {
    const [s] = card.stats;
    if (!s) return '';
    // As large as fits on one line, up to 100 px.
    const size = Math.min(100, Math.floor(TEXT_WIDTH / textWidth(s.value, 1, true)));
    return text(X, top + 96, size, BLUE, s.value, true) + text(X, top + 150, 30, MUTED, s.label);
  }
  const perRow = 3;
  const cell = TEXT_WIDTH / perRow;
  return card.stats
    .map((s, i) => {
      const x = X + (i % perRow) * cell;
      const y = top + Math.floor(i / perRow) * 86;
      const swatch = s.swatch
        ? `<rect x="${x}" y="${y + 8}" width="30" height="30" fill="${s.swatch.fill}" stroke="${s.swatch.ink}" stroke-width="2"/>`
        : '';
      return `${swatch}${text(x + 44, y + 36, 28, INK, s.label)}${text(x + 44, y + 78, 38, INK, s.value, true)}`;
    })
    .join('');
}

/** The card's SVG, 1200×630. */
export function shareCardSvg(card: ShareCard): string {
  const t = ui(card.locale);
  const titleLines = clamp(wrapText(card.title, TEXT_WIDTH, 52, true), 3);
  const titleTop = 222;
  const title = titleLines.map((l, i) => text(X, titleTop + i * 66, 52, INK, l, true)).join('');
  const statsTop = titleTop + (titleLines.length - 1) * 66 + 36;
  const source = clamp(wrapText(card.source, TEXT_WIDTH, 24), 1)[0]!;
  return `<svg xmlns="http://www.w3.org/2000/svg" lang="${HTML_LANG[card.locale]}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${xml(FONT_FAMILY)}">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#FFFFFF"/>
<rect width="${CARD_WIDTH}" height="88" fill="#0B5CAD"/>
${text(X, 58, 32, '#FFFFFF', t.siteName, true)}
${text(X, 148, 30, MUTED, clamp(wrapText(`${card.kicker} · ${card.scope}`, TEXT_WIDTH, 30), 1)[0]!)}
${title}
${stats(card, statsTop)}
<rect x="0" y="${CARD_HEIGHT - 70}" width="${CARD_WIDTH}" height="70" fill="#F3F6FA"/>
${text(X, CARD_HEIGHT - 26, 24, MUTED, source)}
</svg>
`;
}
