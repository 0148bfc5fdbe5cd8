// What the built site tells browsers about itself: one strict Content-Security-Policy on every page (meta tag) and in
// dist/_headers (with what only a header can carry), plus the other security and cache headers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineContent } from '../../../src/build/csp.ts';
import { POLICY } from '../../../src/shared/policy.ts';
import { headersFor, parseHeaders } from '../pages/headers.ts';
import { DIST, distPages, readDist, urlOf } from './dist-files.ts';

type Policy = Map<string, string[]>;
const parse = (policy: string): Policy =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values];
      }),
  );
const metaPolicy = (html: string) =>
  [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/gi)].map((m) => m[1]!);

/** The _headers file as path pattern → header lines. */
function headerRules(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      current!.set(name!.toLowerCase(), value!);
    }
  }
  return rules;
}

const pages = distPages();
const policies = pages.map((f) => metaPolicy(readDist(f)));
const policy = policies[0]![0]!;
const directives = parse(policy);

describe('Content-Security-Policy', () => {
  it('is set once on every page, the same everywhere, before any stylesheet or script', () => {
    for (const [i, found] of policies.entries()) expect(found, pages[i]).toEqual([policy]);
    for (const f of pages) {
      const html = readDist(f);
      const at = html.indexOf('http-equiv="Content-Security-Policy"');
      for (const tag of ['<link', '<style', '<script'])
        if (html.includes(tag)) expect(at, `${f}: ${tag}`).toBeLessThan(html.indexOf(tag));
    }
  });

  it('loads everything from this site only, and scripts never inline', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const [name, values] of directives) {
      for (const v of values) {
        const allowed = v.startsWith("'") || (name === 'img-src' && v === 'data:');
        expect(allowed, `${name} ${v}`).toBe(true);
      }
    }
    const scripts = directives.get('script-src')!;
    expect(scripts).toContain("'self'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'"])
      expect(scripts).not.toContain(unsafe);
    expect(directives.get('style-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('is the constant policy of the code, and no page carries inline content', () => {
    expect(policy).toBe(POLICY);
    for (const f of pages) expect(inlineContent(readDist(f)), f).toEqual([]);
  });
});

describe('dist/_headers', () => {
  const file = join(DIST, '_headers');
  const rules = existsSync(file) ? headerRules(readFileSync(file, 'utf8')) : new Map<string, Map<string, string>>();

  it('exists', () => {
    expect(existsSync(file)).toBe(true);
  });

  it('sends the pages’ policy for every path, and who may frame it per path: embed pages anyone, others no one', () => {
    const header = parse(rules.get('/*')?.get('content-security-policy') ?? '');
    for (const [name, values] of directives) expect(header.get(name), name).toEqual(values);
    expect([...header.keys()].filter((k) => !directives.has(k))).toEqual([]);
    const all = parseHeaders(readFileSync(file, 'utf8'));
    for (const path of [...distPages().map(urlOf), '/_astro/x.css', '/data/tasks.csv', '/charts/plans-status.png']) {
      const sent = headersFor(all, path);
      const policies = sent.filter(([n]) => n === 'Content-Security-Policy').map(([, v]) => parse(v));
      const ancestors = policies.flatMap((p) => p.get('frame-ancestors') ?? []);
      const frameOptions = sent.filter(([n]) => n === 'X-Frame-Options').map(([, v]) => v);
      if (/^(\/en)?\/embed\//.test(path)) {
        expect(ancestors, path).toEqual(['*']);
        expect(frameOptions, path).toEqual([]);
      } else {
        expect(ancestors, path).toEqual(["'none'"]);
        expect(frameOptions, path).toEqual(['DENY']);
      }
    }
  });

  it('sends nosniff and a referrer policy everywhere', () => {
    expect(rules.get('/*')?.get('x-content-type-options')).toBe('nosniff');
    expect(rules.get('/*')?.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('caches hashed assets for good, and pages and data briefly with revalidation, each path by one rule', () => {
    expect(rules.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/*/', '/data/*', '/pagefind/*'])
      expect(rules.get(path)?.get('cache-control'), path).toMatch(/^public, max-age=\d{1,3}, must-revalidate$/);
    for (const path of ['/charts/*', '/en/charts/*', '/share/*', '/en/share/*'])
      expect(rules.get(path)?.get('cache-control'), path).toMatch(/^public, max-age=\d{1,3}, must-revalidate$/);
    expect([...rules.values()].filter((r) => r.has('cache-control')).length).toBe(9);
    expect(rules.get('/*')?.has('cache-control')).toBe(false);
    const all = parseHeaders(readFileSync(file, 'utf8'));
    for (const path of ['/', '/plans/x/', '/data/tasks.csv', '/charts/x.svg', '/en/share/x.png', '/_astro/x.css'])
      expect(headersFor(all, path).filter(([n]) => n === 'Cache-Control').length, path).toBe(1);
  });

  it('sends CSV downloads as UTF-8 CSV', () => {
    for (const path of ['/data/*.csv', '/charts/*.csv', '/en/charts/*.csv'])
      expect(rules.get(path)?.get('content-type'), path).toBe('text/csv; charset=utf-8');
    expect([...rules.values()].filter((r) => r.has('content-type')).length).toBe(3);
  });
});
