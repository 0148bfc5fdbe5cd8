// Digests of code for the caches' keys (src/shared/digest.ts codeDigest): a changed byte or another file name gives
// another key, a missing file stops the build, and every module that runs outside Astro's module graph (in a worker
// thread, or after the pages) is named in the key of the cache whose entries it makes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeDigest } from '../../src/shared/digest.ts';
import { CODE as FACTS_CODE } from '../../src/build/page-facts.ts';
import { INDEXER_CODE } from '../../src/build/search-index.ts';
import { RENDERER_CODE } from '../../src/exports/png-pool.ts';

const dir = mkdtempSync(join(tmpdir(), 'code-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SRC = resolve(import.meta.dirname, '../../src');

describe('code digests', () => {
  it('change with a byte of a file and with its name, and refuse a missing file', () => {
    const a = join(dir, 'a.ts');
    const b = join(dir, 'b.ts');
    writeFileSync(a, 'export const x = 1;\n');
    writeFileSync(b, 'export const x = 1;\n');
    const before = codeDigest([a]);
    expect(codeDigest([a])).toBe(before);
    expect(codeDigest([b])).not.toBe(before);
    writeFileSync(a, 'export const x = 2;\n');
    expect(codeDigest([a])).not.toBe(before);
    expect(() => codeDigest([join(dir, 'gone.ts')])).toThrow(/ENOENT/);
  });

  it('name every module a worker thread runs, and the code the after-pages caches follow', () => {
    const workers = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.ts') && /new Worker\(/.test(readFileSync(join(SRC, f), 'utf8')))
      .sort();
    expect(workers).toEqual(['build/search-index.ts', 'exports/png-pool.ts']);
    const named = [...RENDERER_CODE, ...INDEXER_CODE].map((f) => f.slice(SRC.length + 1)).sort();
    expect(named).toEqual(
      expect.arrayContaining([
        'build/page-facts.ts',
        'build/search-bundle-worker.ts',
        'build/search-index.ts',
        'exports/png-worker.ts',
        'exports/png.ts',
      ]),
    );
    expect(FACTS_CODE.map((f) => resolve(f).slice(SRC.length + 1)).sort()).toEqual([
      'build/csp.ts',
      'build/page-facts.ts',
      'shared/policy.ts',
    ]);
    for (const f of [...RENDERER_CODE, ...INDEXER_CODE, ...FACTS_CODE]) expect(() => readFileSync(f)).not.toThrow();
  });
});
