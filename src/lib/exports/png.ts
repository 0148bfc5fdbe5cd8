// PNG images rendered at build time with resvg: no browser, and the same SVG and fonts give the same bytes on every
// build. Only the Noto CJK faces Debian's fonts-noto-cjk installs are loaded (never the machine's other fonts), so the
// image does not change with what else a build machine has installed.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

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

/** The SVG as a PNG at `scale` times its own size, on white. */
export function renderPng(svg: string, scale: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
