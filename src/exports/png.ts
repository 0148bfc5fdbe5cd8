// PNG images rendered at build time with resvg: no browser, and the same SVG and fonts give the same bytes on every
// build and every machine. The fonts are Noto Sans SC, regular and bold, from an npm package (OFL-1.1), found through
// the package, never at a system path; resvg loads no system font, so the image does not change with what a build
// machine has installed, and a machine without any CJK font draws the same images.
//
// Each image is drawn with those faces cut down to its own characters (resvg rereads a font file per glyph, so the
// whole 10 MB faces made a chart cost 0.2–0.5 s), and kept in a cache under node_modules/.cache, named by a hash of
// everything it is a function of: the SVG, the scale, the renderer's version and the font files' bytes.
// A fresh checkout starts with none; a rebuild draws only what changed.
//
// A character neither face has a glyph for would be drawn as a box: drawPng refuses the SVG instead, naming the
// character and the text around it (png-pool.ts adds the image's address).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { codePointsOf, loadFont, subsetFont } from './font-subset.ts';

/** The npm package the fonts come from, and the faces of it the images use (regular and bold). */
export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FACES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'];

/** The faces' family name, as resvg matches it. */
export const FONT_FAMILY_NAME = 'Noto Sans SC';

const require = createRequire(import.meta.url);
let files: string[] | undefined;

/** The font files, resolved inside the installed package. */
export function fontFiles(): string[] {
  if (!files) {
    try {
      files = FACES.map((f) => require.resolve(`${FONT_PACKAGE}/${f}`));
    } catch {
      throw new Error(
        `${FONT_PACKAGE} is not installed: chart and share images are drawn with its fonts (run npm install)`,
      );
    }
  }
  return files;
}

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

/**
 * The characters the SVG draws: the text between its tags, references decoded (&#x4E2D; is 中, &amp; is &), without
 * its markup, comments, title and description (read by screen readers, not drawn) and style sheets.
 */
export function drawnText(svg: string): string {
  const body = svg.replace(/<!--[\s\S]*?-->|<(title|desc|style|script)\b[^>]*>[\s\S]*?<\/\1>/gu, '');
  const text = [...body.matchAll(/>([^<]+)</gu)].map(([, t]) => t).join('');
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu,
    (_, hex?: string, dec?: string, name?: string) =>
      hex || dec
        ? String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec))
        : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name!.toLowerCase()]!,
  );
}

/** A character as a message names it: its code point and itself, U+4E2D "中". */
export const nameCharacter = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} "${c}"`;

/**
 * Each character of `text` that either face lacks (a glyph in one weight only would be drawn from the other), once,
 * with where it first occurs; control characters (line breaks, tabs) draw nothing and are skipped.
 */
export function missingGlyphs(text: string): { char: string; index: number }[] {
  const faces = fontFiles().map((f) => codePointsOf(f, 0));
  const seen = new Set<string>();
  const missing: { char: string; index: number }[] = [];
  let index = 0;
  for (const char of text) {
    if (!seen.has(char) && !/\p{Cc}/u.test(char)) {
      seen.add(char);
      if (faces.some((cmap) => !cmap.has(char.codePointAt(0)!))) missing.push({ char, index });
    }
    index += char.length;
  }
  return missing;
}

/** Refuse an SVG that draws a character the fonts have no glyph for: one line naming each, with the text around it. */
function checkGlyphs(svg: string): void {
  const text = drawnText(svg);
  const missing = missingGlyphs(text);
  if (!missing.length) return;
  const where = missing.map(
    ({ char, index }) =>
      `${nameCharacter(char)} in "${text.slice(Math.max(0, index - 12), index + char.length + 12).replace(/\s+/gu, ' ')}"`,
  );
  throw new Error(
    `${where.join('; ')}: ${missing.length > 1 ? 'these characters have' : 'this character has'} no glyph in ` +
      `${FONT_FAMILY_NAME} (${FONT_PACKAGE}) and would be drawn as a box. Fix: write the text without it, or add ` +
      `a font that has it to FACES in src/exports/png.ts`,
  );
}

const options = (scale: number, font: { fontFiles: string[] }) => ({
  fitTo: { mode: 'zoom' as const, value: scale },
  background: '#FFFFFF',
  font: {
    loadSystemFonts: false,
    ...font,
    defaultFontFamily: FONT_FAMILY_NAME,
    sansSerifFamily: FONT_FAMILY_NAME,
  },
});

/**
 * The SVG as a PNG at `scale` times its own size, on white, drawn now (no cache), with the Noto faces cut down to the
 * characters it uses (font-subset.ts): the same bytes as with the whole fonts, some fifty times sooner. An SVG with a
 * character the fonts lack is refused (checkGlyphs).
 */
export function drawPng(svg: string, scale: number): Uint8Array {
  checkGlyphs(svg);
  const text = charactersOf(svg);
  // resvg takes fonts from files: from buffers it is slower and lays out differently. The files go once drawn.
  const dir = mkdtempSync(join(tmpdir(), 'ipt-fonts-'));
  try {
    const files = fontFiles().map((f, i) => {
      const file = join(dir, `${i}.ttf`);
      writeFileSync(file, subsetFont(loadFont(f), 0, text));
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

const versionOf = (pkg: string) =>
  `${pkg}@${(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version}`;

/**
 * What an image is a function of besides its SVG and scale: this module's code, the renderer's and the font package's
 * versions and the font files' bytes (hashed once per process, some 50 ms), so a changed drawing, another font release
 * or a changed file draws anew.
 */
function rendererKey(): string {
  renderer ??= [
    // This module's own code draws too (options, the fonts' cut): its bytes, so a change to it draws anew.
    createHash('sha256')
      .update(readFileSync(new URL(import.meta.url)))
      .digest('hex'),
    versionOf('@resvg/resvg-js'),
    versionOf(FONT_PACKAGE),
    ...fontFiles().map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')),
  ].join('\n');
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
