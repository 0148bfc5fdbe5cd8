import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineContent, policyFor, withHeader, withMeta } from '../../src/integrations/csp.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>t</title><link rel="stylesheet" href="/a.css">' +
  '<script type="module" src="/s.js"></script><script>go()</script><style>p{color:red}</style></head>' +
  '<body><p style="color: &quot;x&quot;">a &lt;script&gt;b()&lt;/script&gt;</p><script type="application/ld+json">{}</script></body></html>';

describe('inlineContent', () => {
  it('finds inline scripts, <style> elements and style attributes, not external scripts, data blocks or escaped text', () => {
    expect(inlineContent(PAGE)).toEqual({
      scripts: ['go()'],
      styles: ['p{color:red}'],
      styleAttributes: ['color: "x"'],
      eventHandlers: [],
    });
  });

  it('reports inline event handlers', () => {
    expect(inlineContent('<button onclick="x()">b</button>').eventHandlers).toEqual(['onclick="x()"']);
  });
});

describe('policyFor', () => {
  it('is the base policy when pages have no inline content', () => {
    expect(policyFor([inlineContent('<p>x</p>')])).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });

  it('allows inline content by hash, each hash once, never with unsafe-inline', () => {
    const policy = policyFor([inlineContent(PAGE), inlineContent(PAGE)]);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('go()')};`);
    expect(policy).toContain(`style-src 'self' ${hash('p{color:red}')} 'unsafe-hashes' ${hash('color: "x"')};`);
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe('withMeta and withHeader', () => {
  it('puts the policy right after <meta charset>, before anything it governs', () => {
    const out = withMeta(PAGE, "default-src 'self'");
    expect(out).toContain(
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>`,
    );
    expect(() => withMeta('<html><head></head></html>', 'x')).toThrow(/meta charset/);
  });

  it('fills in the Content-Security-Policy line of _headers (frame-ancestors is added per path)', () => {
    const headers = '/*\n  Content-Security-Policy: (written by the build)\n  X-Content-Type-Options: nosniff\n';
    expect(withHeader(headers, "default-src 'self'")).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n",
    );
    expect(() => withHeader('/*\n  X-Frame-Options: DENY\n', 'x')).toThrow(/Content-Security-Policy/);
  });
});
