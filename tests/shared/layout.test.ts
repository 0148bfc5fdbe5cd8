// The layout's one rule, checked on the code: data flows one way (pipeline → site and exports → build), so no two
// folders import each other, at any depth, and nothing outside src/authoring imports it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|js|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

/** Every import from one file of src/ to another, as paths relative to the project root. */
const edges = files(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => ({
    from: relative(ROOT, file),
    to: relative(ROOT, normalize(join(dirname(file), m[1]!))),
  })),
);

/** The folder of `path` `depth` levels down from the root (`src/site/views` at 3). */
const folder = (path: string, depth: number) => path.split('/').slice(0, depth).join('/');

describe('the layout', () => {
  for (const depth of [2, 3, 4])
    it(`has no two folders importing each other, ${depth} levels down`, () => {
      const pairs = new Map<string, string>();
      for (const { from, to } of edges) {
        const a = folder(dirname(from), depth);
        const b = folder(dirname(to), depth);
        if (a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`)) continue;
        pairs.set(`${a} → ${b}`, `${from} → ${to}`);
      }
      const cycles = [...pairs.keys()]
        .filter((k) => {
          const [a, b] = k.split(' → ');
          return a! < b! && pairs.has(`${b} → ${a}`);
        })
        .map((k) => `${k}: ${pairs.get(k)} and back: ${pairs.get(k.split(' → ').reverse().join(' → '))}`);
      expect(cycles).toEqual([]);
    });

  it('keeps authoring to itself: nothing else in src/ imports it', () => {
    const into = edges.filter((e) => !e.from.startsWith('src/authoring/') && e.to.startsWith('src/authoring/'));
    expect(into).toEqual([]);
  });

  it('keeps the pipeline pure: it imports no site, export, build or Astro code', () => {
    const out = edges.filter(
      (e) => e.from.startsWith('src/pipeline/') && /^src\/(site|exports|build|pages|components|layouts)\//.test(e.to),
    );
    expect(out).toEqual([]);
    for (const file of files(join(SRC, 'pipeline')))
      expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/from ['"]astro/);
  });
});
