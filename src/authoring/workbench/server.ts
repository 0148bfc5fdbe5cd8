// The curation workbench's server: loopback only, a random token per run that every write must carry, writes only
// inside data/. Pages are rendered on the server from the files as they are; each write is one operation.
import { inputs } from '../../shared/files.ts';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { check, forDocument } from './check.ts';
import { canonicalAnnotation } from './format.ts';
import { formatJson } from '../../shared/json.ts';
import { apply, OpError, type Op } from './ops.ts';
import { documentPage } from './page-document.ts';
import { startPage } from './page-start.ts';
import { CSS } from './style.ts';
import { Workspace } from './workspace.ts';

type Json = Record<string, unknown>;
const CLIENT = readFileSync(new URL('./client/workbench.js', import.meta.url), 'utf8');
const HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface Workbench {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { ...HEADERS, 'content-type': `${type}; charset=utf-8` });
  res.end(body);
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      s += c;
      if (s.length > 1_000_000) req.destroy(new Error('request too large'));
    });
    req.on('end', () => ok(s));
    req.on('error', fail);
  });
}

export function startWorkbench(opts: { root: string; port?: number }): Promise<Workbench> {
  const ws = new Workspace(opts.root);
  const token = randomBytes(24).toString('hex');
  const manifest = () => ws.json<Json[]>(inputs.manifest);
  const annotation = (id: string): Json =>
    ws.bytes(inputs.annotation(id)) ? ws.json(inputs.annotation(id)) : { document: id };

  const view = (id: string) => {
    const entry = manifest().find((e) => e.id === id);
    if (!entry) return null;
    const planTasks = new Map<string, { number: string; summary_zh: string; plan: string }>();
    for (const e of manifest())
      for (const t of (annotation(String(e.id)).tasks as Json[] | undefined) ?? [])
        planTasks.set(String(t.id), { number: String(t.number), summary_zh: String(t.summary_zh), plan: String(e.id) });
    const result = forDocument(check(ws), id);
    return {
      entry,
      text: ws.text(inputs.source(String(entry.file))),
      file: annotation(id),
      path: inputs.annotation(id),
      errors: result.errors,
      check: result,
      indicators: ws.json<{ id: string; name_zh: string; unit: string }[]>(inputs.indicators),
      planTasks,
      token,
    };
  };

  const write = async (req: IncomingMessage, res: ServerResponse, id: string) => {
    const given = Buffer.from(String(req.headers['x-curate-token'] ?? ''));
    const want = Buffer.from(token);
    if (given.length !== want.length || !timingSafeEqual(given, want))
      return send(
        res,
        403,
        'application/json',
        JSON.stringify({ error: 'missing or wrong token: open the address npm run curate printed' }),
      );
    if (!manifest().some((e) => e.id === id)) return send(res, 404, 'application/json', '{"error":"no such document"}');
    const started = performance.now();
    const op = JSON.parse(await body(req)) as Op;
    const changed = new Map<string, Json>();
    try {
      const paths = apply(
        {
          get: (p) =>
            changed.get(p) ??
            (p.startsWith(`${inputs.annotationsDir}/`)
              ? annotation(p.slice(inputs.annotationsDir.length + 1, -5))
              : ws.json(p)),
          set: (p, v) => changed.set(p, v),
        },
        id,
        op,
      );
      for (const p of paths) {
        const v = changed.get(p)!;
        ws.write(p, formatJson(p.startsWith(`${inputs.annotationsDir}/`) ? canonicalAnnotation(v) : v));
      }
    } catch (e) {
      if (e instanceof OpError) return send(res, 400, 'application/json', JSON.stringify({ error: e.message }));
      throw e;
    }
    const result = forDocument(check(ws), id);
    const ms = Math.round(performance.now() - started);
    send(
      res,
      200,
      'application/json',
      JSON.stringify({ ms, errors: result.errors, coverage: result.coverage[0] ?? null }),
    );
  };

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    const port = (server.address() as AddressInfo).port;
    // A page elsewhere that rebinds its own name to 127.0.0.1 still sends its own Host: refuse it.
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const doc = /^\/doc\/([a-z0-9-]+)$/u.exec(url.pathname)?.[1];
    const op = /^\/api\/doc\/([a-z0-9-]+)\/op$/u.exec(url.pathname)?.[1];
    (async () => {
      if (req.method === 'POST' && op) return write(req, res, op);
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
      if (url.pathname === '/workbench.css') return send(res, 200, 'text/css', CSS);
      if (url.pathname === '/workbench.js') return send(res, 200, 'text/javascript', CLIENT);
      if (url.pathname === '/') {
        const all = check(ws);
        const rows = manifest().map((e) => ({
          id: String(e.id),
          title_zh: String(e.title_zh),
          doc_number: String(e.doc_number),
          kind: String(e.kind),
          annotation: annotation(String(e.id)),
          check: forDocument(all, String(e.id)),
        }));
        return send(res, 200, 'text/html', startPage(rows, token));
      }
      const v = doc ? view(doc) : null;
      if (v) return send(res, 200, 'text/html', documentPage(v));
      send(res, 404, 'text/plain', 'not found');
    })().catch((e: Error) => send(res, 500, 'application/json', JSON.stringify({ error: e.message })));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 4322, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({
        server,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
