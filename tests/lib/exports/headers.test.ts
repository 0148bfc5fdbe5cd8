import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathRules, unframeablePatterns, withPathRules } from '../../../src/lib/exports/headers.ts';
import { headersFor, matches, parseHeaders } from '../../browser/headers.ts';

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

describe('withPathRules', () => {
  it('adds lines to a rule the file has, appends the others, and a host then sends each framing rule once', () => {
    const base = "/*\n  Content-Security-Policy: default-src 'self'\n/\n  Cache-Control: public, max-age=300\n";
    const out = withPathRules(base, pathRules(root));
    const rules = parseHeaders(out);
    expect(rules.filter((r) => r.pattern === '/').length).toBe(1);
    const home = headersFor(rules, '/');
    expect(home).toContainEqual(['X-Frame-Options', 'DENY']);
    expect(home).toContainEqual(['Cache-Control', 'public, max-age=300']);
    const embed = headersFor(rules, '/en/embed/c1/');
    expect(embed).toContainEqual(['Content-Security-Policy', 'frame-ancestors *']);
    expect(embed.some(([n]) => n === 'X-Frame-Options')).toBe(false);
  });
});
