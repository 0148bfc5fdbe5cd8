import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POLICY } from '../../src/shared/policy.ts';
import { headerRules, renderHeaders, unframeablePatterns } from '../../src/build/headers.ts';
import { headersFor, matches, parseHeaders } from '../site/pages/headers.ts';

const root = mkdtempSync(join(tmpdir(), 'ipt-headers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const dir of ['plans/a', 'embed/c1', 'en/embed/c1', 'en/plans/a', 'newsection', '_astro'])
  mkdirSync(join(root, dir), { recursive: true });
for (const f of ['index.html', '404.html', '_headers', 'plans/a/index.html', 'embed/c1/index.html', 'en/index.html'])
  writeFileSync(join(root, f), '');

describe('unframeablePatterns', () => {
  const patterns = unframeablePatterns(root);

  it('cover every path of the built tree, a section it has never seen included, and no embed page', () => {
    for (const path of ['/', '/404.html', '/plans/a/', '/en/', '/en/plans/a/', '/newsection/x/', '/_astro/x.css'])
      expect(
        patterns.some((p) => matches(p, path)),
        path,
      ).toBe(true);
    for (const path of ['/embed/c1/', '/en/embed/c1/'])
      expect(
        patterns.filter((p) => matches(p, path)),
        path,
      ).toEqual([]);
  });
});

describe('the header table with the framing rules of a built tree', () => {
  it('joins rules of one path, and a host then sends framing once: embed pages anyone, the rest no one', () => {
    const rules = parseHeaders(renderHeaders(headerRules(POLICY, unframeablePatterns(root))));
    for (const pattern of new Set(rules.map((r) => r.pattern)))
      expect(rules.filter((r) => r.pattern === pattern).length, pattern).toBe(1);
    const home = headersFor(rules, '/');
    expect(home.filter(([n]) => n === 'X-Frame-Options')).toEqual([['X-Frame-Options', 'DENY']]);
    expect(home).toContainEqual(['Content-Security-Policy', "frame-ancestors 'none'"]);
    expect(home).toContainEqual(['Cache-Control', 'public, max-age=300, must-revalidate']);
    expect(headersFor(rules, '/pagefind/pagefind.js')).toContainEqual(['X-Frame-Options', 'DENY']);
    // A folder's page answers at its folder and at its index.html: framed by neither name.
    for (const path of ['/index.html', '/en/index.html', '/en/']) {
      const headers = headersFor(rules, path);
      expect(
        headers.filter(([n]) => n === 'X-Frame-Options'),
        path,
      ).toEqual([['X-Frame-Options', 'DENY']]);
      expect(headers, path).toContainEqual(['Content-Security-Policy', "frame-ancestors 'none'"]);
    }
    const embed = headersFor(rules, '/en/embed/c1/');
    expect(embed).toContainEqual(['Content-Security-Policy', 'frame-ancestors *']);
    expect(embed.some(([n]) => n === 'X-Frame-Options')).toBe(false);
  });
});
