// Incremental-build keys (src/site/views/keyed.ts): a keyed page's key changes exactly when what it shows changes, and
// a keyed route's page reads nothing but its props (else a key could miss what the page shows and a stale page be
// published). The build itself is compared with a clean one in tests/build/real-build.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyedPaths } from '../../../src/site/views/keyed.ts';
import { digest } from '../../../src/shared/digest.ts';
import { sourcePage } from '../../../src/site/views/source.ts';
import { DATA, dataWith } from '../site-fixture.ts';

const PAGES = join(import.meta.dirname, '../../../src/pages');
const routes = (readdirSync(PAGES, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => /\.(astro|ts)$/.test(f))
  .map((f) => ({ file: relative(PAGES, join(PAGES, f)), text: readFileSync(join(PAGES, f), 'utf8') }));
const keyed = routes.filter((r) => /\bcacheKey\b|\bkeyedPaths\(/.test(r.text));

/** The route's code outside getStaticPaths: what runs per page. */
function perPage(text: string): string {
  const start = text.indexOf('export async function getStaticPaths');
  if (start < 0) return text;
  // getStaticPaths ends at the first line that closes a top-level block after it.
  const end = text.indexOf('\n}\n', start);
  return text.slice(0, start) + text.slice(end + 3);
}

describe('keyed routes', () => {
  it('are the routes with most pages: sources, their marks, plans and the data files', () => {
    expect(keyed.map((r) => r.file).sort()).toEqual(
      expect.arrayContaining([
        '[...lang]/plans/[id].astro',
        '[...lang]/sources/[id].astro',
        'data/[...file].ts',
        'sources/[id]/marks.css.ts',
      ]),
    );
  });

  it.each(keyed.map((r) => [r.file, r.text]))('%s reads only its props per page, not the collection', (_f, text) => {
    const code = perPage(text);
    expect(code).not.toMatch(/siteData\(/);
    expect(code).not.toMatch(/pipelineOutput\(/);
  });

  it.each(keyed.filter((r) => r.text.includes('<BaseLayout')).map((r) => [r.file, r.text]))(
    '%s gives the layout its share card from its props (the layout would look it up in the collection)',
    (_f, text) => {
      expect(text).toMatch(/<BaseLayout[^>]*\scard=\{card\}/);
    },
  );

  it('the check of a route finds a read of the collection outside getStaticPaths', () => {
    const text = [
      'export async function getStaticPaths() {',
      '  const data = await siteData();',
      '  return [];',
      '}',
      'const data = await siteData();',
    ].join('\n');
    expect(perPage(text)).toMatch(/siteData\(/);
    expect(perPage(text.split('\n').slice(0, 4).join('\n') + '\n')).not.toMatch(/siteData\(/);
  });
});

describe('keys', () => {
  it('are the same for the same values, maps, sets and bytes included, and differ when one differs', () => {
    const a = { m: new Map([['x', 1]]), s: new Set(['y']), b: new Uint8Array([1, 2]), n: null };
    const b = { m: new Map([['x', 1]]), s: new Set(['y']), b: new Uint8Array([1, 2]), n: null };
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest({ ...b, m: new Map([['x', 2]]) }));
    expect(digest(a)).not.toBe(digest({ ...b, s: new Set(['z']) }));
    expect(digest(a)).not.toBe(digest({ ...b, b: new Uint8Array([1, 3]) }));
    expect(digest('1')).not.toBe(digest(1));
  });

  it('refuse a function, whose rows a key would not see', () => {
    expect(() => digest({ chart: { draw: () => 1 } })).toThrow(/function \(at "draw"\)/);
  });

  const sourceKeys = (data: typeof DATA) =>
    new Map(
      keyedPaths(data, data.documents, (d, locale) => ({
        params: { id: d.id },
        props: { page: sourcePage(data, d.id, locale) },
      })).map((p) => [`${p.props.locale}/${p.params.id}`, p.cacheKey]),
    );

  it('of a source page change with its own figures only', () => {
    const before = sourceKeys(DATA);
    const changed = DATA.observations[0]!;
    const after = sourceKeys(
      dataWith({
        observations: DATA.observations.map((o) => (o === changed ? { ...o, value: (o.value ?? 0) + 1 } : o)),
      }),
    );
    expect(before.size).toBe(DATA.documents.length * 2);
    const differ = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(differ.sort()).toEqual([`en/${changed.document_id}`, `zh/${changed.document_id}`]);
  });

  it('of every page change when the data release, which every footer names, moves', () => {
    const before = sourceKeys(DATA);
    const later = { ...DATA.changes.at(-1)!, id: 'later', date: '2099-01-01' };
    const after = sourceKeys(dataWith({ changes: [...DATA.changes, later] }));
    expect([...before.keys()].filter((k) => before.get(k) === after.get(k))).toEqual([]);
  });
});
