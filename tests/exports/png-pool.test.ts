// The worker pool that draws PNGs while pages render: the same bytes as a drawing on the main thread, the cache
// written by the workers, one clear message naming the image for an SVG that cannot be drawn (a character the fonts
// lack among them), and a process that ends by itself once its images are drawn (idle workers do not hold it open;
// busy ones do).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pool from '../../src/exports/png-pool.ts';
import * as png from '../../src/exports/png.ts';

const svg = (marker: string, width = 200) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40" font-family="sans-serif">` +
  `<text x="4" y="26" font-size="15" font-weight="700">知识产权 ${marker}</text></svg>`;

let cache: string;

beforeAll(() => {
  // The workers take their cache folder from the environment they start with (at the first request).
  cache = mkdtempSync(join(tmpdir(), 'ipt-png-pool-'));
  process.env.IPT_PNG_CACHE = cache;
});
afterAll(() => {
  delete process.env.IPT_PNG_CACHE;
  rmSync(cache, { recursive: true, force: true });
});

describe('PNG worker pool', () => {
  it('draws each image to the bytes of a main-thread drawing, requested ahead or not, and caches it', async () => {
    const marker = `${process.pid}-${Date.now()}`;
    const images = Array.from({ length: 6 }, (_, i) => svg(`${marker}-${i}`, 160 + 20 * i));
    // Half asked for ahead (as a page asks for its share card), all then taken as their endpoints take them.
    for (const s of images.slice(0, 3)) void pool.requestPng(s, 2);
    const drawn = await Promise.all(images.map((s, i) => pool.takePng(s, 2, `/charts/c${i}.png`)));
    for (const [i, s] of images.entries()) {
      expect(Buffer.from(drawn[i]!).equals(Buffer.from(png.drawPng(s, 2)))).toBe(true);
      expect(PNG.sync.read(Buffer.from(drawn[i]!)).width).toBe(2 * (160 + 20 * i));
    }
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(images.length);
  });

  it('rejects an SVG that cannot be drawn with a message naming the image, and keeps drawing the next', async () => {
    await expect(
      pool.takePng('<svg xmlns="http://www.w3.org/2000/svg" width="10"', 1, '/charts/x.png'),
    ).rejects.toThrow(/^drawing \/charts\/x\.png: \S/);
    // Asked for ahead by its page, then taken by its endpoint: the endpoint's address is in the message.
    void pool.requestPng(svg('𠮷'), 1);
    await expect(pool.takePng(svg('𠮷'), 1, '/en/share/plan-x.png')).rejects.toThrow(
      /^drawing \/en\/share\/plan-x\.png: U\+20BB7 "𠮷" in "知识产权 𠮷": this character has no glyph in Noto Sans SC/u,
    );
    const next = await pool.takePng(svg('after-a-failure'), 1, '/charts/y.png');
    expect(PNG.sync.read(Buffer.from(next)).height).toBe(40);
  });

  it('lets the process end once its images are drawn', () => {
    const script = `
      const { takePng } = await import('./src/exports/png-pool.ts');
      const png = await takePng(${JSON.stringify(svg('exit'))}, 1, '/charts/exit.png');
      console.log('drawn ' + String(png.length > 100));`; // a string: console.log colours a boolean under FORCE_COLOR
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, IPT_PNG_CACHE: cache },
    });
    // A worker left holding the process would time out here (signal SIGTERM); one unreferenced too early would end it
    // before the image came (no output).
    expect(r.signal).toBeNull();
    expect(r.stdout.trim()).toBe('drawn true');
    expect(r.status).toBe(0);
  });
});
