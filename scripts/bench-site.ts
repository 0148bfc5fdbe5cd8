// Site benchmark: page weight per page type (HTML, CSS, JS, gzipped), Lighthouse scores with Debian's Chromium
// (mobile settings), and the whole build (datasets, Astro, CSP, Pagefind) on synthetic corpora of 10, 100, 1,000 and
// 10,000 documents; and, asked for, the incremental build (one document added to a built corpus).
//   npm run bench:site                  all three parts (needs a built dist/)
//   npm run bench:site -- weight        one part: weight | lighthouse | scale | incremental
//   npm run bench:site -- scale 1000    the scale part at the sizes given
//   npm run bench:site -- incremental 1000
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { syntheticProject, type Template } from '../src/authoring/bench/corpus.ts';
import { Manifest } from '../src/schemas/index.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const node = join(root, 'node_modules/.bin/node');
const dist = join(root, 'dist');
// `npm run bench:site -- [weight|lighthouse|scale] [SIZE…]`: one part, and for scale the sizes given.
const { positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: {} });
const part = positionals[0];

/** One page of each type, as a reader reaches it. */
const PAGE_TYPES: Record<string, string> = {
  overview: '/',
  plan: '/plans/shanghai-2023-plan/',
  indicator: '/indicators/court-ip-cases-accepted/',
  source: '/sources/shanghai-2023-reply-0994/',
  data: '/data/',
  briefing: '/briefing/shanghai-2023-plan/',
  search: '/search/',
  task: '/tasks/sh23-t04/',
  theme: '/themes/patent-rulings/',
  embed: '/embed/plans-status/',
  'overview (en)': '/en/',
};

const kb = (n: number) => +(n / 1024).toFixed(1);
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

function pageFile(path: string): string {
  return join(dist, path, 'index.html');
}

/** Bytes of a page and of the CSS and JS it loads (external files counted once per page, as a first visit). */
function weigh(path: string) {
  const html = readFileSync(pageFile(path), 'utf8');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => readFileSync(join(dist, m[1]!)));
  const css = [
    ...refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
    ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!)),
  ];
  const scripts = refs(/<script[^>]+src="([^"]+)"/g);
  // Modules a script imports on use (the search index's loader), counted as shipped by the page.
  const imported = scripts.flatMap((b) =>
    [...b.toString().matchAll(/import\(['"](\/[^'"]+)['"]\)/g)].map((m) => readFileSync(join(dist, m[1]!))),
  );
  const js = [
    ...scripts,
    ...imported,
    ...[...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!)),
  ];
  const sum = (bs: Buffer[]) => bs.reduce((n, b) => n + b.length, 0);
  const sumGz = (bs: Buffer[]) => bs.reduce((n, b) => n + gz(b), 0);
  return {
    html_kb: kb(Buffer.byteLength(html)),
    html_gz_kb: kb(gz(html)),
    css_gz_kb: kb(sumGz(css)),
    js_kb: kb(sum(js)),
    js_gz_kb: kb(sumGz(js)),
    total_gz_kb: kb(gz(html) + sumGz(css) + sumGz(js)),
  };
}

function allPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else if (n === 'index.html') out.push(`/${relative(dir, d)}${relative(dir, d) ? '/' : ''}`);
    }
  };
  walk(dir);
  return out;
}

function weights() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: npm run build first');
  console.log('Page weight per page type (KB; gz = gzip -9)');
  console.table(
    Object.fromEntries(
      Object.entries(PAGE_TYPES)
        .filter(([, p]) => existsSync(pageFile(p)))
        .map(([t, p]) => [t, weigh(p)]),
    ),
  );
  const all = allPages(dist).map((p) => ({ page: p, ...weigh(p) }));
  const heaviest = (k: keyof ReturnType<typeof weigh>) => all.reduce((a, b) => (b[k] > a[k] ? b : a));
  console.log(
    `pages: ${all.length}; heaviest HTML gz: ${heaviest('html_gz_kb').page} ${heaviest('html_gz_kb').html_gz_kb} KB; most JS gz: ${heaviest('js_gz_kb').page} ${heaviest('js_gz_kb').js_gz_kb} KB`,
  );
}

async function lighthouseScores() {
  const server = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows: Record<string, Record<string, number>> = {};
  try {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      if (!existsSync(pageFile(path))) continue;
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const c = result!.lhr.categories;
      rows[type] = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
      const failing = Object.values(result!.lhr.audits).filter(
        (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary',
      );
      if (failing.length) rows[type]!.failing = failing.length;
      for (const audit of failing) {
        const items = ((audit.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? [])
          .map((i) => i.node?.snippet)
          .filter(Boolean);
        console.log(`${type}: failing audit ${audit.id}${items.length ? `: ${items.slice(0, 3).join(' ')}` : ''}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  console.log('Lighthouse (mobile, default throttling)');
  console.table(rows);
}

function templates(): Template[] {
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(root, 'data/sources/manifest.json'), 'utf8')));
  return manifest.map((entry) => ({ entry, text: readFileSync(join(root, 'data/sources', entry.file), 'utf8') }));
}

/** Resident memory (MB) of a process and every process under it, read from ps. */
function treeRss(pid: number): number {
  const rows = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, parent] of rows)
      if (tree.has(parent) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
  }
  return rows.filter(([p]) => tree.has(p)).reduce((n, [, , rss]) => n + rss, 0) / 1024;
}

/**
 * Run a command under GNU time and return wall seconds, CPU seconds and peak memory (MB). The peak is the larger of
 * time's (the command's own process) and the whole process tree's, sampled every quarter second: Pagefind's indexer
 * and the image workers run beside the command, and time counts neither.
 */
async function timed(cwd: string, args: string[], count = false) {
  const child = spawn('/usr/bin/time', ['-f', 'TIME %e %M %U %S', ...args], {
    cwd,
    // Every image drawn, as on a fresh machine: a cache of its own, empty, not the project's.
    env: { ...process.env, IPT_PNG_CACHE: join(cwd, 'png-cache') },
    stdio: ['ignore', count ? 'pipe' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-1 << 20)));
  // Astro's log marks each path taken from the incremental cache "(cached)" or "(restored)".
  let rendered = 0;
  let cached = 0;
  let partial = '';
  child.stdout?.on('data', (b: Buffer) => {
    const lines = (partial + b.toString()).split('\n');
    partial = lines.pop()!;
    for (const l of lines)
      if (/\((cached|restored)\)/.test(l)) cached++;
      else if (/\(\+[\d.]+m?s\)/.test(l)) rendered++;
  });
  let tree = 0;
  const sampler = setInterval(() => (tree = Math.max(tree, treeRss(child.pid!))), 250);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${stderr.slice(-2000)}`);
  const [, secs, kbytes, user, sys] = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(stderr)!;
  // CPU seconds beside wall seconds: on a machine shared with other work, wall time measures the queue too.
  return {
    rendered,
    cached,
    seconds: Number(secs),
    cpu: +(Number(user) + Number(sys)).toFixed(1),
    peak_mb: Math.round(Math.max(Number(kbytes) / 1024, tree)),
  };
}

/**
 * A copy of the project in a folder of its own with `size` synthetic documents added: the site's pages (the
 * overview's headline figures among them) need the real indicators, so the synthetic documents, manifest entries and
 * indicators are added to them. Called again on the same folder with a larger size, it adds the documents after the
 * first `size` (the corpus is deterministic: the first ones stay byte for byte as they were).
 */
function corpus(size: number, dir = mkdtempSync(join(tmpdir(), `bench-site-${size}-`))): string {
  if (!existsSync(join(dir, 'src'))) {
    for (const f of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(join(root, f), join(dir, f), { recursive: true });
    cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  }
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  const synthetic = syntheticProject(templates(), size);
  const merged = (path: string) => [
    ...(JSON.parse(readFileSync(join(root, path), 'utf8')) as unknown[]),
    ...(JSON.parse(synthetic[path]!) as unknown[]),
  ];
  synthetic['data/sources/manifest.json'] = JSON.stringify(merged('data/sources/manifest.json'), null, 2);
  synthetic['data/indicators.json'] = JSON.stringify(merged('data/indicators.json'), null, 2);
  for (const [path, content] of Object.entries(synthetic)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function scale(sizes: number[]) {
  const rows = [];
  for (const size of sizes) {
    const dir = corpus(size);
    // The curator's check alone, then the whole build as `npm run build` runs it (datasets, pages, data files,
    // images, policy, search index, swap), one process with its peak memory.
    const data = await timed(dir, [node, 'scripts/build-data.ts']);
    const site = await timed(dir, [node, 'scripts/build.ts']);
    const pages = allPages(join(dir, 'dist')).length;
    rows.push({
      documents: `5 + ${size}`,
      check_s: data.seconds,
      check_mb: data.peak_mb,
      build_s: site.seconds,
      build_cpu_s: site.cpu,
      build_mb: site.peak_mb,
      pages,
      pages_per_s: Math.round(pages / site.seconds),
    });
    console.log(JSON.stringify(rows.at(-1)));
    // IPT_BENCH_KEEP=1 keeps the built project to look into (its path is printed).
    if (process.env.IPT_BENCH_KEEP) console.log(`kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  console.log('Full build on synthetic corpora');
  console.table(rows);
}

/** Every file of a built site by its sha256. */
function checksums(dir: string): Map<string, string> {
  return new Map(
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );
}

/**
 * Astro's incremental build with the search index's cache: a corpus of `size` documents built, then one document
 * added and built again (the time that counts), then that site built clean (no caches) and compared file by file.
 */
async function incremental(sizes: number[]) {
  const rows = [];
  for (const size of sizes) {
    const dir = corpus(size);
    const first = await timed(dir, [node, 'scripts/build.ts']);
    const again = await timed(dir, [node, 'scripts/build.ts']);
    corpus(size + 1, dir);
    const added = await timed(dir, [node, 'scripts/build.ts'], true);
    const before = checksums(join(dir, 'dist'));
    rmSync(join(dir, '.cache'), { recursive: true, force: true });
    const clean = await timed(dir, [node, 'scripts/build.ts']);
    const after = checksums(join(dir, 'dist'));
    const differ = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
    rows.push({
      documents: `5 + ${size} (+1)`,
      first_s: first.seconds,
      first_mb: first.peak_mb,
      unchanged_s: again.seconds,
      added_one_s: added.seconds,
      added_one_mb: added.peak_mb,
      rendered: added.rendered,
      from_cache: added.cached,
      clean_s: clean.seconds,
      files: after.size,
      differ_from_clean: differ.length,
    });
    console.log(JSON.stringify(rows.at(-1)));
    if (differ.length) console.log(`differ: ${differ.slice(0, 20).join(' ')}`);
    if (process.env.IPT_BENCH_KEEP) console.log(`kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  console.log('Incremental build: one document added to a built corpus');
  console.table(rows);
}

if (!part || part === 'weight') weights();
if (!part || part === 'lighthouse') await lighthouseScores();
const sizes = positionals
  .slice(1)
  .map(Number)
  .filter((n) => n > 0);
if (!part || part === 'scale') await scale(sizes.length ? sizes : [10, 100, 1000, 10000]);
if (part === 'incremental') await incremental(sizes.length ? sizes : [1000]);
