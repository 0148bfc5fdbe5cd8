// Search index benchmark: the time of Pagefind's index of a built site without the cache, with the cache full and
// nothing changed, and after one page was added (a copy of a source page under a new path, its text edited), each
// with the bundles indexed and copied from the cache; and whether the cached runs wrote the same bytes as clean ones.
//   node scripts/bench-search.ts --site /tmp/bench-site-1000-XXXX/dist [--work /tmp] [--add sources/synthetic-0500a]
// The site is copied into a folder of the work folder's (the system's temp folder unless given), never changed itself;
// --add is the page's folder in the site (sources/synthetic-9999 unless given).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/build/search-index.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    site: { type: 'string' },
    work: { type: 'string', default: tmpdir() },
    add: { type: 'string', default: 'sources/synthetic-9999' },
  },
});
if (!values.site || !existsSync(join(values.site, 'index.html'))) {
  console.error('usage: node scripts/bench-search.ts --site DIST [--work DIR] [--add FOLDER]   (DIST: a built site)');
  process.exit(2);
}
// A folder of its own inside the work folder, deleted at the end: the copy of the site and the cache.
const work = mkdtempSync(join(values.work, 'search-bench-'));
const dist = join(work, 'dist');
const cache = join(work, 'cache');
cpSync(values.site, dist, { recursive: true });
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });

/** Every file of dist/pagefind/ and its SHA-256, to compare two runs' output byte for byte. */
function output(): Map<string, string> {
  const dir = join(dist, 'pagefind');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return new Map(
    files.map((d) => {
      const path = join(d.parentPath, d.name);
      return [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}
const same = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([f, h]) => b.get(f) === h);

async function run(label: string, cacheDir?: string): Promise<Map<string, string>> {
  const started = performance.now();
  const r = await buildSearchIndex(dist, undefined, cacheDir);
  const s = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${label.padEnd(34)} ${s.padStart(5)} s   ${r.bundles} bundles: ${r.indexed} indexed, ${r.cached} cached`,
  );
  return output();
}

const clean = await run('clean, no cache');
const cold = await run('empty cache (fills it)', cache);
const warm = await run('full cache, nothing changed', cache);
console.log(`  same bytes as clean: empty cache ${same(clean, cold)}, full cache ${same(clean, warm)}`);

// One page added: the last synthetic source page copied to the folder --add names, its title and text changed a little.
const source = readdirSync(join(dist, 'sources'))
  .filter((d) => d.startsWith('synthetic-'))
  .sort()
  .at(-1)!;
const html = readFileSync(join(dist, 'sources', source, 'index.html'), 'utf8')
  .replace(/(<h1[^>]*>)/, '$1新增 ')
  .replace(/(<main[^>]*data-pagefind-body[^>]*>)/, '$1<p>新增的一份文件，用来测量搜索索引的增量构建。</p>');
mkdirSync(join(dist, values.add), { recursive: true });
writeFileSync(join(dist, values.add, 'index.html'), html);
const added = await run('one page added, cache', cache);
const addedClean = await run('one page added, no cache');
console.log(`  same bytes as clean: ${same(added, addedClean)}`);
rmSync(work, { recursive: true, force: true });
