import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inlineContent, inlineContentError } from '../../src/build/csp.ts';
import { publishSteps } from '../../src/build/integration.ts';
import { POLICY } from '../../src/shared/policy.ts';
import { headerRules, renderHeaders } from '../../src/build/headers.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('inlineContent', () => {
  it('finds real inline scripts, <style> elements, style attributes, event handlers and javascript: links', () => {
    const html = page(
      '<p style="color:red">a</p><button onclick="x()">b</button><a href=" javascript:go()">c</a>' +
        '<svg><style>p{}</style></svg><script>go()</script>',
      '<style>p{color:red}</style>',
    );
    expect(inlineContent(html)).toEqual([
      '<style> element',
      'style attribute on <p> (style="color:red")',
      'event handler on <button> (onclick="x()")',
      'javascript: address on <a> (href=" javascript:go()")',
      '<style> element',
      'inline <script>',
    ]);
  });

  it('lets external scripts, JSON data blocks and stylesheet links through', () => {
    const html = page(
      '<script type="module" src="/s.js"></script><script type="application/ld+json">{"a":1}</script>',
      '<link rel="stylesheet" href="/a.css">',
    );
    expect(inlineContent(html)).toEqual([]);
  });

  it('does not mistake escaped markup in text or attribute values for elements', () => {
    const hostile = `&lt;script&gt;alert(1)&lt;/script&gt; style='color:red' onmouseover='alert(2)'`;
    const html = page(
      `<p title="${hostile.replaceAll("'", '&#39;')}" data-x="&quot; onmouseover=&quot;alert(3)">${hostile}</p>` +
        `<a href="/x/?q=&lt;script&gt;">l</a>`,
    );
    expect(inlineContent(html)).toEqual([]);
  });
});

describe('the policy', () => {
  it('is one constant string with no hash and nothing unsafe but wasm compilation', () => {
    expect(POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  it('stops the build naming each page and what it carries, the first twenty pages listed and the rest counted', () => {
    const pages = Array.from({ length: 25 }, (_, i) => ({ page: `p${i}/index.html`, found: ['inline <script>'] }));
    const message = inlineContentError([{ page: 'ok/index.html', found: [] }, ...pages]).message;
    expect(message).toMatch(
      /^csp: 25 page\(s\) carry inline content the Content-Security-Policy forbids: p0\/index.html: /,
    );
    expect(message).toContain('p19/index.html: inline <script>; and 5 more page(s). Fix: move scripts');
    expect(message).not.toContain('p20/');
    expect(message).not.toContain('ok/index.html');
  });

  it('is carried once by every page, as the layout emits it, and a page without it or with another stops the build', () => {
    const meta = (p: string) => `<meta http-equiv="Content-Security-Policy" content="${p}">`;
    expect(inlineContent(`<html><head>${meta(POLICY)}</head></html>`)).toEqual([]);
    expect(inlineContent('<html><head></head></html>')).toEqual([
      '0 Content-Security-Policy meta tags (one expected: use DocumentHead)',
    ]);
    expect(inlineContent(`<head>${meta(POLICY)}${meta(POLICY)}</head>`)).toEqual([
      '2 Content-Security-Policy meta tags (one expected: use DocumentHead)',
    ]);
    expect(inlineContent(`<head>${meta('default-src *')}</head>`)).toEqual([
      `a Content-Security-Policy other than the site's ("default-src *")`,
    ]);
  });
});

describe('the after-pages hook', () => {
  it('stops the build naming the page with inline content, and writes no _headers', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-hook-'));
    const ok = `<html><head><meta http-equiv="Content-Security-Policy" content="${POLICY}"></head></html>`;
    writeFileSync(join(dist, 'index.html'), ok);
    mkdirSync(join(dist, 'about'));
    writeFileSync(join(dist, 'about/index.html'), ok.replace('</head>', '</head><p style="color:red">x</p>'));
    const hook = publishSteps().hooks['astro:build:done'] as unknown as (o: { dir: URL }) => Promise<void>;
    await expect(hook({ dir: pathToFileURL(`${dist}/`) })).rejects.toThrow(
      /^csp: 1 page\(s\) carry inline content the Content-Security-Policy forbids: about\/index\.html: style attribute on <p> \(style="color:red"\)/,
    );
    expect(existsSync(join(dist, '_headers'))).toBe(false);
  });
});

describe('the header table', () => {
  it('renders one block per path, and a rule added to the table appears in the file', () => {
    const rules = headerRules('P', ['/', '/plans/*']);
    rules.push({ path: '/extra/*', headers: [['X-Frame-Options', 'SAMEORIGIN']] });
    const text = renderHeaders(rules);
    expect(text).toContain('/*\n  Content-Security-Policy: P\n  X-Content-Type-Options: nosniff\n');
    expect(text).toContain('/data/*.csv\n  Content-Type: text/csv; charset=utf-8\n');
    expect(text).toContain('/pagefind/*\n  Cache-Control: public, max-age=300, must-revalidate\n');
    expect(text).toContain('/embed/*\n  Content-Security-Policy: frame-ancestors *\n');
    expect(text).toContain(
      "/\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n  Cache-Control: public",
    );
    expect(text.match(/^\/\n/gm)?.length).toBe(1);
    expect(text.endsWith('/extra/*\n  X-Frame-Options: SAMEORIGIN\n')).toBe(true);
  });
});
