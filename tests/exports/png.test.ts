// Chart and share images are the same bytes on every build: resvg with only the Noto CJK faces is deterministic, and
// the cache (node_modules/.cache) hands back exactly what a fresh drawing gives, keyed by everything the image depends on.
import { existsSync, rmSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawPng, drawPngWithWholeFonts, pngCacheFile, renderPng } from '../../src/exports/png.ts';

// Text in both scripts, bold and regular, as the charts carry it; a per-run marker keeps it out of any earlier cache.
const svg = (marker: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" font-family="Noto Sans CJK SC">` +
  `<text x="8" y="24" font-size="16" font-weight="700">维权援助工作站 ${marker}</text>` +
  `<text x="8" y="48" font-size="13">Rights-assistance workstations</text></svg>`;

describe('PNG images', () => {
  it('are drawn to the same bytes twice over, at the stated size', () => {
    const a = drawPng(svg('same'), 2);
    const b = drawPng(svg('same'), 2);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const png = PNG.sync.read(Buffer.from(a));
    expect([png.width, png.height]).toEqual([480, 120]);
  });

  it('drawn with fonts cut down to their characters are the same bytes as with the whole fonts', () => {
    // Both weights, both scripts, full-width punctuation and a character given by reference (&#x4E2D; is 中).
    const image =
      `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="90" font-family="system-ui, Noto Sans CJK SC">` +
      `<text x="8" y="24" font-size="16" font-weight="700">维权援助工作站：超过24家（截至2023年12月31日）</text>` +
      `<text x="8" y="50" font-size="13">Target: more than 24 workstations · 来源：沪知局函〔2023〕54号</text>` +
      `<text x="8" y="76" font-size="13">&#x4E2D;&#22269; &amp; “quotes”</text></svg>`;
    for (const scale of [1, 2])
      expect(Buffer.from(drawPng(image, scale)).equals(Buffer.from(drawPngWithWholeFonts(image, scale)))).toBe(true);
  });

  it('come from the cache exactly as drawn, and a changed SVG or scale is drawn anew', () => {
    const marker = `${process.pid}-${Date.now()}`;
    const mine = [svg(marker), svg(`x${marker}`)].flatMap((s) => [1, 2].map((n) => pngCacheFile(s, n)));
    try {
      expect(mine.filter((f) => existsSync(f))).toEqual([]);
      const first = renderPng(svg(marker), 2);
      expect(existsSync(pngCacheFile(svg(marker), 2))).toBe(true);
      expect(Buffer.from(renderPng(svg(marker), 2)).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(first).equals(Buffer.from(drawPng(svg(marker), 2)))).toBe(true);
      // Another SVG is another file, with other bytes; so is another scale.
      const other = renderPng(svg(`x${marker}`), 2);
      expect(existsSync(pngCacheFile(svg(`x${marker}`), 2))).toBe(true);
      expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
      expect(PNG.sync.read(Buffer.from(renderPng(svg(marker), 1))).width).toBe(240);
    } finally {
      for (const f of mine) rmSync(f, { force: true });
    }
  });
});
