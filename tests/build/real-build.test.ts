// `npm run build` itself, in a copy of the project: killed with SIGKILL mid-build, then failing in the CSP step, it
// leaves public/data/ and dist/ byte for byte as they were; then, with hostile text in every kind of text field of the
// data, it succeeds with the same constant policy, the text escaped, and nothing of the killed build published.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineContent, POLICY } from '../../src/build/csp.ts';
import { STAGING_ROOT } from '../../src/build/atomic.ts';
import { projectCopy, treeHash } from './tree.ts';

const HOSTILE = `<script>alert(document.domain)</script> style='background:red' onmouseover='alert(document.cookie)'`;
const ESCAPED = '&lt;script&gt;alert(document.domain)&lt;/script&gt;';
const TEXT_KEY = /^(title|summary|name|note|rationale|reason|definition|section|issuer|period_note)(_zh|_en)?$/;
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

const dir = projectCopy();
const live = () => [treeHash(join(dir, 'public/data')), treeHash(join(dir, 'dist'))];
const build = () => spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });

/** Append the hostile text to every free-text field of a JSON data file. */
function poison(path: string): void {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, TEXT_KEY.test(k) && typeof x === 'string' ? `${x} ${HOSTILE}` : walk(x)]),
      );
    return v;
  };
  const file = join(dir, path);
  writeFileSync(file, JSON.stringify(walk(JSON.parse(readFileSync(file, 'utf8'))), null, 2));
}

function htmlPages(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

describe('npm run build in a copy of the project', { timeout: 600_000 }, () => {
  const baseline = live();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('killed with SIGKILL mid-build, leaves public/data/ and dist/ as they were', async () => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, detached: true, stdio: 'ignore' });
    const stageDist = join(dir, STAGING_ROOT, `build-${child.pid}`, 'dist');
    // Killed once Astro has started writing pages into the stage.
    for (let i = 0; i < 1200 && !(existsSync(stageDist) && readdirSync(stageDist).length); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(stageDist)).toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(live()).toEqual(baseline);
  });

  it('failing in the CSP step, names the page, prints no stack trace and leaves both as they were', () => {
    const layout = join(dir, 'src/layouts/BaseLayout.astro');
    const original = readFileSync(layout, 'utf8');
    writeFileSync(layout, original.replace('<body>', '<body><p style="color:red">x</p>'));
    const r = build();
    writeFileSync(layout, original);
    const out = r.stdout + r.stderr;
    expect(r.status).toBe(1);
    expect(out).toMatch(
      /page\(s\) carry inline content the Content-Security-Policy forbids: about\/index\.html: style attribute on <p> \(style="color:red"\)/,
    );
    expect(out).toContain('build: nothing was published; public/data/ and dist/ are as they were');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(live()).toEqual(baseline);
    expect(readdirSync(join(dir, STAGING_ROOT))).toEqual([]);
  });

  it('with hostile text in every text field of the data, builds with the constant policy and the text escaped', () => {
    for (const f of readdirSync(join(dir, 'data/annotations'))) poison(`data/annotations/${f}`);
    for (const f of ['data/sources/manifest.json', 'data/indicators.json', 'data/changelog.json']) poison(f);
    // A quote too: the hostile text appended to a source (its manifest hash updated) and quoted by a task.
    const manifest = JSON.parse(readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8'));
    const source = join(dir, 'data/sources', manifest[0].file);
    writeFileSync(source, `${readFileSync(source, 'utf8')}\n${HOSTILE}\n`);
    manifest[0].sha256 = createHash('sha256').update(readFileSync(source)).digest('hex');
    writeFileSync(join(dir, 'data/sources/manifest.json'), JSON.stringify(manifest, null, 2));
    const annotations = join(dir, 'data/annotations', `${manifest[0].id}.json`);
    const ann = JSON.parse(readFileSync(annotations, 'utf8'));
    ann.tasks[0].quote = HOSTILE;
    writeFileSync(annotations, JSON.stringify(ann, null, 2));
    // What a build:data killed mid-write leaves beside public/data.
    writeFileSync(join(dir, 'public/data.tmp-999999999'), 'stale');

    const r = build();
    expect(r.stdout + r.stderr, r.stderr).toContain('build: public/data/ and dist/ replaced');
    const dist = join(dir, 'dist');
    expect(readdirSync(dist).filter((f) => /tmp|old|build-/.test(f))).toEqual([]);
    // The site-wide policy is the constant, framing set per path beside it (src/build/headers.ts).
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${POLICY}\n`);
    expect(headers).toContain(`/\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n`);
    let escaped = 0;
    for (const page of htmlPages(dist)) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${POLICY}">`);
      expect(inlineContent(html), page).toEqual([]);
      if (html.includes(ESCAPED)) escaped++;
    }
    expect(escaped).toBeGreaterThan(10);
    expect(readdirSync(join(dir, STAGING_ROOT))).toEqual([]);
  });
});
