// The workbench's server without a browser: what it refuses and why, that it reads the files again when they change
// on disk, and that a save over a file changed since its page was drawn is refused with the change, not written.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from '../../../src/authoring/workbench/server.ts';

const root = resolve(import.meta.dirname, '../../..');
const SAMPLE = readFileSync(join(root, 'tests/fixtures/curate/test-sample.txt'));
let dir: string;
let wb: Workbench;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'curate-server-'));
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  wb = await startWorkbench({ root: dir, port: 0 });
  base = wb.url.replace(/\/\?.*$/u, '');
});
afterAll(() => wb?.close());

const file = (path: string) => readFileSync(join(dir, path), 'utf8');
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-curate-token': wb.token, ...headers },
    body,
  });
/** The versions a page was drawn from, as its script sends them back. */
async function versionsOf(path: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${base}${path}?token=${wb.token}`)).text();
  const attr = /<body data-versions="([^"]*)"/u.exec(html)![1]!;
  return JSON.parse(attr.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as Record<string, string>;
}

describe('the workbench server', () => {
  it('hands the token only to a request that brought it', async () => {
    for (const path of ['/', '/doc/shanghai-2023-plan', `/?token=${wb.token.slice(1)}x`]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(403);
      const html = await res.text();
      expect(html).toMatch(/npm run curate/);
      expect(html).not.toContain(wb.token);
    }
    const start = await (await fetch(wb.url)).text();
    expect(start).toContain(`/doc/shanghai-2023-plan?token=${wb.token}`);
  });

  it("answers the browser's icon request with no content, not a 404, and unknown paths with 404", async () => {
    expect((await fetch(`${base}/favicon.ico`)).status).toBe(204);
    expect((await fetch(`${base}/nothing-here?token=${wb.token}`)).status).toBe(404);
  });

  it('answers a malformed or null body with 400 and a message, never a TypeError', async () => {
    const api = '/api/doc/shanghai-2023-plan/op';
    const cases: [string, RegExp][] = [
      ['null', /must be a JSON object/],
      ['[]', /must be a JSON object/],
      ['"op"', /must be a JSON object/],
      ['{', /the body is not JSON/],
      ['{}', /names no operation/],
      ['{"op": 5}', /names no operation/],
      ['{"op": "observation.accept", "versions": []}', /versions must be an object/],
      ['{"op": "observation.accept", "index": {"a": 1}}', /there is no observations\[\{"a":1\}\]/],
      ['{"op": "task.accept", "index": 0}', /number is required/],
      ['{"op": "manifest.update", "period_start": 7}', /period_start: "7" is not a date/],
      ['{"op": "no.such"}', /unknown operation "no.such"/],
    ];
    for (const [body, message] of cases) {
      const res = await post(api, body);
      const answer = (await res.json()) as { error: string };
      expect([res.status, answer.error], body).toEqual([400, expect.stringMatching(message)]);
      expect(answer.error).not.toMatch(/TypeError|Cannot read|undefined is not/);
    }
    expect((await post(api, '{"op":"evidence.dismiss-rest"}', { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('takes writes from its own origin only', async () => {
    const before = file('data/annotations/weifang-2023-plan.json');
    const versions = await versionsOf('/doc/weifang-2023-plan');
    const body = JSON.stringify({ op: 'evidence.dismiss-rest', versions });
    for (const headers of [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${Number(new URL(base).port) + 1}` },
      { 'sec-fetch-site': 'cross-site' },
      { 'x-curate-token': '' },
    ] as Record<string, string>[]) {
      const res = await post('/api/doc/weifang-2023-plan/op', body, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect(file('data/annotations/weifang-2023-plan.json')).toBe(before);
    const same = await post('/api/doc/weifang-2023-plan/op', body, { origin: base, 'sec-fetch-site': 'same-origin' });
    expect(same.status).toBe(200);
  });

  it('says to use --port N when its port is taken', async () => {
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
    const port = (busy.address() as { port: number }).port;
    await expect(startWorkbench({ root: dir, port })).rejects.toThrow(
      `port ${port} is in use (another workbench, or another program): start on another with --port N, e.g. npm run curate -- --port ${port + 1}`,
    );
    busy.close();
  });

  it('reads a file again when it changes on disk, and shows a broken one by name', async () => {
    const path = join(dir, 'data/sources/manifest.json');
    const manifest = JSON.parse(file('data/sources/manifest.json')) as { id: string; title_zh: string }[];
    manifest[0]!.title_zh = '在编辑器中改过的标题';
    writeFileSync(path, JSON.stringify(manifest, null, 2));
    expect(await (await fetch(wb.url)).text()).toContain('在编辑器中改过的标题');
    writeFileSync(path, '[{');
    const broken = await fetch(wb.url);
    expect(broken.status).toBe(400);
    expect(await broken.text()).toMatch(/data\/sources\/manifest\.json is not valid JSON/);
    writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    expect((await fetch(wb.url)).status).toBe(200);
  });

  it('refuses a save over a file changed since its page was drawn, shows the change and keeps the file', async () => {
    const path = 'data/annotations/jingan-2023-demo-zone.json';
    const versions = await versionsOf('/doc/jingan-2023-demo-zone');
    const edited = file(path).replace(/"summary_en": "([^"]*)"/u, '"summary_en": "$1 (edited by hand)"');
    writeFileSync(join(dir, path), edited);
    const res = await post(
      '/api/doc/jingan-2023-demo-zone/op',
      JSON.stringify({ op: 'task.dismiss', index: 0, versions }),
    );
    expect(res.status).toBe(409);
    const answer = (await res.json()) as {
      error: string;
      conflicts: { path: string; diff: { op: string; text: string }[] }[];
    };
    expect(answer.error).toMatch(/changed on disk after this page was opened, so nothing was saved/);
    expect(answer.conflicts[0]!.path).toBe(path);
    expect(answer.conflicts[0]!.diff.filter((l) => l.op === '+').map((l) => l.text)).toEqual([
      expect.stringContaining('(edited by hand)'),
    ]);
    expect(file(path)).toBe(edited);
    // Without the versions its page read, a save is refused the same way.
    const blind = await post('/api/doc/jingan-2023-demo-zone/op', JSON.stringify({ op: 'task.dismiss', index: 0 }));
    expect(blind.status).toBe(409);
    expect(file(path)).toBe(edited);
  });

  it('takes in a new document from its bytes, drafted as npm run draft would', async () => {
    const versions = await versionsOf('/');
    const op = {
      op: 'document.add',
      id: 'test-sample-2026',
      jurisdiction: 'shanghai-jingan',
      kind: 'implementation_plan',
    };
    const res = await post('/api/op', JSON.stringify({ ...op, content: SAMPLE.toString('base64'), versions }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { location: string }).location).toBe(`/doc/test-sample-2026?token=${wb.token}`);
    expect(readFileSync(join(dir, 'data/sources/test-sample-2026.txt')).equals(SAMPLE)).toBe(true);
    expect(JSON.parse(file('data/sources/manifest.json')).at(-1)).toMatchObject({
      id: 'test-sample-2026',
      file: 'test-sample-2026.txt',
      date_issued: '2026-01-05',
    });
    expect(JSON.parse(file('data/annotations/test-sample-2026.json')).observations).toHaveLength(1);
    const again = await post(
      '/api/op',
      JSON.stringify({
        ...op,
        id: 'test-sample-copy',
        content: SAMPLE.toString('base64'),
        versions: await versionsOf('/'),
      }),
    );
    expect([again.status, ((await again.json()) as { error: string }).error]).toEqual([
      400,
      'this text is already document "test-sample-2026": open it from the list',
    ]);
    const latin1 = await post(
      '/api/op',
      JSON.stringify({
        ...op,
        id: 'latin',
        content: Buffer.from([0xc4, 0xe3, 0xba, 0xc3]).toString('base64'),
        versions: await versionsOf('/'),
      }),
    );
    expect(((await latin1.json()) as { error: string }).error).toMatch(/not UTF-8 text/);
  });
});
