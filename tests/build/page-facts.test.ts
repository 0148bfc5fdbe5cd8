// What the after-pages steps read of each page (src/build/page-facts.ts), kept between builds by the page's bytes:
// the same facts with the cache as without, a forbidden page still found on the run that takes it from the cache,
// an edited page read afresh, and a cache written by other code ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFacts } from '../../src/build/page-facts.ts';
import { POLICY } from '../../src/shared/policy.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-facts-'));
const dist = join(dir, 'dist');
const cache = join(dir, 'cache', 'pages.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="${POLICY}">` +
  `<title>t</title></head><body><main data-pagefind-body><h1>标题</h1>${body}</main></body></html>`;
const write = (file: string, html: string) => {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), html);
};
write('index.html', page('<p>知识产权 patent</p>'));
write('a/index.html', page('<p style="color:red">x</p>'));
write('b/index.html', '<!doctype html><html><head><title>t</title></head><body><p>plain</p></body></html>');

describe('page facts', () => {
  const fresh = pageFacts(dist);

  it('name what the policy forbids, whether search indexes a page and its weight', () => {
    expect(fresh.get('index.html')).toMatchObject({ forbidden: [], searchable: true });
    expect(fresh.get('index.html')!.weight).toBe('\n标题\n知识产权 patent'.length + 6 * 10);
    expect(fresh.get('a/index.html')!.forbidden).toEqual(['style attribute on <p> (style="color:red")']);
    expect(fresh.get('b/index.html')).toMatchObject({ searchable: false, weight: 0 });
    expect(fresh.get('b/index.html')!.forbidden).toEqual([
      '0 Content-Security-Policy meta tags (one expected: use DocumentHead)',
    ]);
  });

  it('are the same taken from the cache, the forbidden page still found', () => {
    expect(pageFacts(dist, cache)).toEqual(fresh);
    expect(JSON.parse(readFileSync(cache, 'utf8')).pages).toHaveProperty(fresh.get('a/index.html')!.hash);
    expect(pageFacts(dist, cache)).toEqual(fresh);
  });

  it('read an edited page afresh', () => {
    write('a/index.html', page('<p>fixed</p>'));
    expect(pageFacts(dist, cache).get('a/index.html')!.forbidden).toEqual([]);
  });

  it('take nothing from a cache another version of the code wrote', () => {
    const html = page('<script>alert(1)</script>');
    write('c/index.html', html);
    const hash = createHash('sha256').update(html).digest('hex');
    writeFileSync(cache, JSON.stringify({ version: 'other code', pages: { [hash]: [[], true, 1] } }));
    expect(pageFacts(dist, cache).get('c/index.html')!.forbidden).toEqual(['inline <script>']);
  });

  it('use an entry of its own version, which is how a page is skipped', () => {
    // The same version, a made-up verdict: taken as it is, so the cache is really read (and why its key is the code).
    const version = JSON.parse(readFileSync(cache, 'utf8')).version as string;
    const html = page('<p>d</p>');
    write('d/index.html', html);
    const hash = createHash('sha256').update(html).digest('hex');
    writeFileSync(cache, JSON.stringify({ version, pages: { [hash]: [['made up'], true, 7] } }));
    expect(pageFacts(dist, cache).get('d/index.html')).toMatchObject({ forbidden: ['made up'], weight: 7 });
  });
});
