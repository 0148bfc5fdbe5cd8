// PNG images rendered at build time with resvg: no browser, and the same SVG and fonts give the same bytes on every
// build. Only the Noto CJK faces Debian's fonts-noto-cjk installs are loaded (never the machine's other fonts), so the
// image does not change with what else a build machine has installed.
//
// Each image is drawn with those faces cut down to its own characters (resvg rereads a font file per glyph, so the
// whole 20 MB collections made text cost about 3.5 ms a character), and kept in a cache under node_modules/.cache,
// named by a hash of everything it is a function of: the SVG, the scale, the renderer's version and the font files.
// A fresh checkout starts with none; a rebuild draws only what changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { loadFont, subsetFont } from './font-subset.ts';

/** Where fonts-noto-cjk puts its faces. */
export const FONT_DIR = '/usr/share/fonts/opentype/noto';
const FACES = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'];

let checked: string[] | undefined;

function fontFiles(): string[] {
  checked ??= FACES.map((f) => `${FONT_DIR}/${f}`);
  const missing = checked.filter((f) => !existsSync(f));
  if (missing.length)
    throw new Error(
      `${missing.join(', ')} missing: chart images need the Noto CJK fonts (apt-get install -y fonts-noto-cjk)`,
    );
  return checked;
}

/** Face of Simplified Chinese in each Noto Sans CJK collection (JP, KR, SC, TC, HK, then the Mono faces). */
const SC_FACE = 2;

/**
 * Every character the SVG can draw: all of its markup (a superset of its text) and what its character references
 * stand for (&#x4E2D; is 中).
 */
function charactersOf(svg: string): string {
  const referenced = [...svg.matchAll(/&#(x[0-9a-f]+|\d+);/giu)].map(([, n]) =>
    String.fromCodePoint(n!.startsWith('x') || n!.startsWith('X') ? parseInt(n!.slice(1), 16) : Number(n)),
  );
  return svg + referenced.join('');
}

const options = (scale: number, font: { fontFiles: string[] }) => ({
  fitTo: { mode: 'zoom' as const, value: scale },
  background: '#FFFFFF',
  font: {
    loadSystemFonts: false,
    ...font,
    defaultFontFamily: 'Noto Sans CJK SC',
    sansSerifFamily: 'Noto Sans CJK SC',
  },
});

/**
 * The SVG as a PNG at `scale` times its own size, on white, drawn now (no cache), with the Noto faces cut down to the
 * characters it uses (font-subset.ts): the same bytes as with the whole fonts, some ten times sooner.
 */
export function drawPng(svg: string, scale: number): Uint8Array {
  const text = charactersOf(svg);
  // resvg takes fonts from files: from buffers it is slower and lays out differently. The files go once drawn.
  const dir = mkdtempSync(join(tmpdir(), 'ipt-fonts-'));
  try {
    const files = fontFiles().map((f, i) => {
      const file = join(dir, `${i}.otf`);
      writeFileSync(file, subsetFont(loadFont(f), SC_FACE, text));
      return file;
    });
    return new Uint8Array(new Resvg(svg, options(scale, { fontFiles: files })).render().asPng());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same drawing with the whole font files: the reference drawPng must equal. */
export function drawPngWithWholeFonts(svg: string, scale: number): Uint8Array {
  return new Uint8Array(new Resvg(svg, options(scale, { fontFiles: fontFiles() })).render().asPng());
}

/**
 * Where cached images live: beside the installed packages, never in the repository or the site. IPT_PNG_CACHE names
 * another folder (the benchmark starts each run from an empty one, as a fresh machine does).
 */
export const PNG_CACHE =
  process.env.IPT_PNG_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'ip-plan-tracker', 'png');

let renderer: string | undefined;

/** What an image is a function of besides its SVG and scale: the renderer's version and the font files. */
function rendererKey(): string {
  if (renderer === undefined) {
    const require = createRequire(import.meta.url);
    const version = (
      JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string }
    ).version;
    const fonts = fontFiles().map((f) => {
      const st = statSync(f);
      return `${f}:${st.size}:${st.mtimeMs}`;
    });
    renderer = [version, ...fonts].join('\n');
  }
  return renderer;
}

/** The cache's file for an image. */
export function pngCacheFile(svg: string, scale: number): string {
  const key = createHash('sha256').update(`${rendererKey()}\n${scale}\n`).update(svg).digest('hex');
  return join(PNG_CACHE, `${key}.png`);
}

/** The SVG as a PNG at `scale` times its own size, on white: from the cache when drawn before, else drawn and kept. */
export function renderPng(svg: string, scale: number): Uint8Array {
  const file = pngCacheFile(svg, scale);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = drawPng(svg, scale);
  try {
    mkdirSync(PNG_CACHE, { recursive: true });
    // Written whole under another name, then renamed: a build killed mid-write leaves no half image to reuse.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written (a read-only install) only costs time.
  }
  return png;
}
