// Chart and share images are the same bytes on every build and every machine: resvg with only the Noto Sans SC faces
// of the npm package is deterministic, and the cache (node_modules/.cache) hands back exactly what a fresh drawing
// gives, keyed by everything the image depends on. A character the fonts lack is refused, never drawn as a box.
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../src/site/charts/options.ts';
import {
  drawnText,
  drawPng,
  drawPngWithWholeFonts,
  fontFiles,
  missingGlyphs,
  pngCacheFile,
  renderPng,
} from '../../src/exports/png.ts';

// Text in both scripts, bold and regular, as the charts carry it; a per-run marker keeps it out of any earlier cache.
const svg = (marker: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" font-family='${FONT_FAMILY}'>` +
  `<text x="8" y="24" font-size="16" font-weight="700">维权援助工作站 ${marker}</text>` +
  `<text x="8" y="48" font-size="13">Rights-assistance workstations</text></svg>`;

/** sha256 of drawPng(svg('pinned'), 2) with @resvg/resvg-js 2.6.2 and @expo-google-fonts/noto-sans-sc 0.4.3. */
const PINNED = 'abb002eaa0a7e9a5caa9d7b6c0d85fd75957705235f51158e42f5c7c8d8d9fb6';

describe('PNG images', () => {
  it('are drawn to the same bytes twice over, at the stated size', () => {
    const a = drawPng(svg('same'), 2);
    const b = drawPng(svg('same'), 2);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const png = PNG.sync.read(Buffer.from(a));
    expect([png.width, png.height]).toEqual([480, 120]);
  });

  it('are drawn with the fonts of the npm package, never a system font', () => {
    const pkg = join('node_modules', '@expo-google-fonts', 'noto-sans-sc') + sep;
    expect(fontFiles().map((f) => f.slice(f.indexOf(pkg)))).toEqual([
      `${pkg}400Regular${sep}NotoSansSC_400Regular.ttf`,
      `${pkg}700Bold${sep}NotoSansSC_700Bold.ttf`,
    ]);
    // The same bytes on any machine with this renderer and font release (update the hash when either changes, as the
    // cache key does): a drawing that took a system font, or whatever else the machine has, would differ somewhere.
    const sha = createHash('sha256')
      .update(drawPng(svg('pinned'), 2))
      .digest('hex');
    expect(sha).toBe(PINNED);
  });

  it('drawn with fonts cut down to their characters are the same bytes as with the whole fonts', () => {
    // Both weights, both scripts, full-width punctuation and a character given by reference (&#x4E2D; is 中).
    const image =
      `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="90" font-family='${FONT_FAMILY}'>` +
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

describe('characters the fonts lack', () => {
  // 𠮷 (U+20BB7, CJK Extension B) is in Noto Sans CJK but not in the Noto Sans SC of Google Fonts.
  const rare = (text: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><title>标题 𠮷</title>` +
    `<text x="4" y="26" font-size="15">${text}</text></svg>`;

  it('are named, with the text around them, and the SVG is not drawn', () => {
    expect(() => drawPng(rare('上海市吉祥路𠮷家调解中心'), 1)).toThrow(
      /^U\+20BB7 "𠮷" in "上海市吉祥路𠮷家调解中心": this character has no glyph in Noto Sans SC \(@expo-google-fonts\/noto-sans-sc\) and would be drawn as a box\. Fix: /u,
    );
    // Given by reference as well; each missing character once.
    expect(() => drawPng(rare('&#x20BB7;&#134071; &#x2A6A5;'), 1)).toThrow(
      /^U\+20BB7 "𠮷" in "𠮷𠮷 𪚥"; U\+2A6A5 "𪚥" in/u,
    );
  });

  it('count only where drawn: not in the title, the description or the markup', () => {
    expect(drawnText(rare('A&amp;B &lt;中&gt;'))).toBe('A&B <中>');
    expect(PNG.sync.read(Buffer.from(drawPng(rare('维权'), 1))).width).toBe(300);
    expect(missingGlyphs('知识产权 IP “—”·\n\t①')).toEqual([]);
    expect(missingGlyphs('a𠮷b𠮷')).toEqual([{ char: '𠮷', index: 1 }]);
  });
});
