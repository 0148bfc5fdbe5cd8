// The curation workbench's server: loopback only, a random token per run that every page and every write must carry,
// writes only inside data/. Pages are drawn on the server from the files as they are on disk at that moment; each
// write is one operation, sent with the versions of the files its page was drawn from, and refused (409, with what
// changed) when a file it would write changed since.
import { inputs } from '../../shared/files.ts';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extractMentions } from '../../pipeline/extract/index.ts';
import { placeholderFields } from '../../pipeline/sources/sources.ts';
import { loadCorpus } from '../draft/corpus.ts';
import { draftDocument } from '../draft/draft.ts';
import { check, forDocument } from './check.ts';
import { lineDiff } from './diff.ts';
import { canonicalAnnotation } from './format.ts';
import { formatJson } from '../../shared/json.ts';
import { esc, page } from './html.ts';
import { intake } from './intake.ts';
import { addJurisdiction, apply, OpError, type Files, type Op } from './ops.ts';
import { documentPage } from './page-document.ts';
import type { IndicatorChoice } from './panel.ts';
import { startPage } from './page-start.ts';
import { CSS } from './style.ts';
import { FileProblem, Workspace } from './workspace.ts';

type Json = Record<string, unknown>;
const CLIENT = readFileSync(new URL('./client/workbench.js', import.meta.url), 'utf8');
const HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};
/** Largest request body: an operation is a few kilobytes; a new document's text, base64, a few megabytes. */
const MAX_BODY = 16_000_000;

export interface Workbench {
  server: Server;
  url: string;
  token: string;
  close(): Promise<void>;
}

/** A request the workbench refuses, with its status and one line saying why and what to do. */
class Refusal extends Error {
  readonly status: number;
  readonly extra: Json;
  constructor(status: number, message: string, extra: Json = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { ...HEADERS, 'content-type': `${type}; charset=utf-8` });
  res.end(body);
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new Refusal(413, `the request is larger than ${MAX_BODY / 1_000_000} MB`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** The body of a write: a JSON object naming its operation, with the versions of the files its page was drawn from. */
async function operation(req: IncomingMessage): Promise<{ op: Op; versions: Record<string, string> }> {
  if (!/^application\/json\b/u.test(req.headers['content-type'] ?? ''))
    throw new Refusal(415, 'send the operation as application/json');
  const text = await body(req);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Refusal(400, `the body is not JSON (${(e as Error).message}): send {"op": "…", …}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Refusal(400, 'the body must be a JSON object: {"op": "…", …}');
  const op = value as Json;
  if (typeof op.op !== 'string' || !op.op) throw new Refusal(400, 'the body names no operation: {"op": "…", …}');
  const versions = op.versions ?? {};
  if (!versions || typeof versions !== 'object' || Array.isArray(versions))
    throw new Refusal(400, 'versions must be an object of file path → version');
  delete op.versions;
  return { op: op as Op, versions: versions as Record<string, string> };
}

/** The years a text names most often (at most two, the more frequent first), from its dates and year ranges. */
function yearsOf(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of extractMentions(text))
    for (const y of (m.kind === 'date' || m.kind === 'year_range' ? (m.iso ?? '') : '').match(/\d{4}/gu) ?? [])
      counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))
    .slice(0, 2)
    .map(([y]) => y);
}

export function startWorkbench(opts: { root: string; port?: number }): Promise<Workbench> {
  const ws = new Workspace(opts.root);
  const token = randomBytes(24).toString('hex');
  const manifest = () => ws.json<Json[]>(inputs.manifest);
  const annotation = (id: string): Json =>
    ws.bytes(inputs.annotation(id)) ? ws.json(inputs.annotation(id)) : { document: id };
  const list = <T>(path: string) => (ws.bytes(path) ? ws.json<T[]>(path) : []);

  const tokenIn = (given: string | null | undefined) => {
    const a = Buffer.from(given ?? '');
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  /** The version of every file a page is drawn from, which its writes send back. */
  const versions = (paths: string[]) => Object.fromEntries(paths.map((p) => [p, ws.version(p)]));
  const annotationPaths = () =>
    ws
      .reader()
      .list(inputs.annotationsDir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => `${inputs.annotationsDir}/${n}`);
  const shared = [inputs.manifest, inputs.indicators, inputs.jurisdictions, inputs.documentKinds, inputs.changelog];

  const view = (id: string) => {
    const entry = manifest().find((e) => e.id === id);
    if (!entry) return null;
    const planTasks = new Map<string, { number: string; summary_zh: string; plan: string }>();
    for (const e of manifest())
      for (const t of (annotation(String(e.id)).tasks as Json[] | undefined) ?? [])
        planTasks.set(String(t.id), { number: String(t.number), summary_zh: String(t.summary_zh), plan: String(e.id) });
    const result = forDocument(check(ws), id);
    const text = ws.text(inputs.source(String(entry.file)));
    return {
      entry,
      text,
      years: yearsOf(text),
      file: annotation(id),
      path: inputs.annotation(id),
      errors: result.errors,
      check: result,
      indicators: list<IndicatorChoice>(inputs.indicators),
      jurisdictions: list<{ id: string; name_zh: string; level: string }>(inputs.jurisdictions),
      kinds: list<{ id: string; name_zh: string; name_en: string }>(inputs.documentKinds),
      change: list<Json>(inputs.changelog).find((c) => String(c.document_ids).split(/\s+/u).includes(id)) ?? null,
      planTasks,
      token,
      versions: versions([...new Set([inputs.annotation(id), ...shared, ...annotationPaths()])]),
    };
  };

  /** Writes the files an operation changed, unless one of them changed on disk since its page was drawn. */
  const commit = (written: [string, string | Uint8Array][], sent: Record<string, string>) => {
    const stale = written.map(([p]) => p).filter((p) => (sent[p] ?? '') !== ws.version(p));
    if (stale.length) {
      const conflicts = stale.map((path) => {
        const before = !(path in sent) ? undefined : sent[path] ? ws.earlier(path, sent[path]!) : '';
        const now = ws.bytes(path) ? ws.text(path) : '';
        return { path, diff: before === undefined ? null : lineDiff(before, now) };
      });
      throw new Refusal(
        409,
        stale.some((p) => !(p in sent))
          ? `the save did not say which version of ${stale.join(', ')} its page was drawn from, so nothing was saved: reload the page and save again`
          : `${stale.join(', ')} changed on disk after this page was opened, so nothing was saved: reload the page to see the file as it is now, then save again`,
        { conflicts },
      );
    }
    for (const [p, content] of written) ws.write(p, content);
  };

  const write = async (req: IncomingMessage, res: ServerResponse, id: string | null) => {
    const { op, versions: sent } = await operation(req);
    const started = performance.now();
    if (id !== null && !manifest().some((e) => e.id === id))
      throw new Refusal(404, `no document "${id}": reload the page`);
    const changed = new Map<string, Json>();
    const files: Files = {
      get: (p) =>
        structuredClone(
          changed.get(p) ??
            (p.startsWith(`${inputs.annotationsDir}/`)
              ? annotation(p.slice(inputs.annotationsDir.length + 1, -5))
              : ws.json<Json>(p)),
        ),
      set: (p, v) => changed.set(p, v),
      text: (p) => ws.text(p),
      redraft: (doc) => {
        const entry = manifest().find((e) => e.id === doc)!;
        const drafted = draftDocument(loadCorpus(ws.reader()), {
          id: doc,
          file: String(entry.file),
          bytes: ws.bytes(inputs.source(String(entry.file)))!,
          jurisdiction: String(entry.jurisdiction),
          kind: String(entry.kind),
        });
        return drafted.annotation.observations as unknown as Json[];
      },
      today: () => new Date().toLocaleDateString('sv-SE'),
    };
    let written: [string, string | Uint8Array][];
    if (id === null && op.op === 'document.add') {
      written = intake(ws, {
        content: String(op.content ?? ''),
        id: String(op.id ?? ''),
        jurisdiction: String(op.jurisdiction ?? ''),
        kind: String(op.kind ?? ''),
      });
    } else {
      const paths =
        id === null
          ? op.op === 'jurisdiction.add'
            ? addJurisdiction(files, op)
            : (() => {
                throw new OpError(`unknown operation "${op.op}"`);
              })()
          : apply(files, id, op);
      written = paths.map((p) => {
        const v = changed.get(p)!;
        return [p, formatJson(p.startsWith(`${inputs.annotationsDir}/`) ? canonicalAnnotation(v) : v)];
      });
    }
    commit(written, sent);
    const doc = id ?? (op.op === 'document.add' ? String(op.id).trim() : null);
    const result = doc ? forDocument(check(ws), doc) : check(ws);
    send(
      res,
      200,
      'application/json',
      JSON.stringify({
        ms: Math.round(performance.now() - started),
        errors: result.errors,
        coverage: doc ? (result.coverage[0] ?? null) : null,
        location: op.op === 'document.add' ? `/doc/${doc}?token=${token}` : undefined,
      }),
    );
  };

  /** Writes come from this workbench's own pages only: the run's token, and the browser's word that it is its origin. */
  const guardWrite = (req: IncomingMessage, host: string) => {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`)
      throw new Refusal(403, `writes are accepted from this workbench's own pages only, not from ${origin}`);
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin')
      throw new Refusal(403, `writes are accepted from this workbench's own pages only (the browser says ${site})`);
    if (!tokenIn(String(req.headers['x-curate-token'] ?? '')))
      throw new Refusal(403, 'missing or wrong token: open the address npm run curate printed');
  };

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    const port = (server.address() as AddressInfo).port;
    // A page elsewhere that rebinds its own name to 127.0.0.1 still sends its own Host: refuse it.
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const doc = /^\/doc\/([a-z0-9-]+)$/u.exec(url.pathname)?.[1];
    const docOp = /^\/api\/doc\/([a-z0-9-]+)\/op$/u.exec(url.pathname)?.[1];
    (async () => {
      if (req.method === 'POST' && (docOp || url.pathname === '/api/op')) {
        guardWrite(req, host);
        return await write(req, res, docOp ?? null);
      }
      if (req.method !== 'GET') throw new Refusal(405, 'method not allowed');
      if (url.pathname === '/workbench.css') return send(res, 200, 'text/css', CSS);
      if (url.pathname === '/workbench.js') return send(res, 200, 'text/javascript', CLIENT);
      // The icon every browser asks for: none, said plainly, not a 404 in the curator's console on every page.
      if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (url.pathname !== '/' && !doc) throw new Refusal(404, 'not found');
      // The token is never handed to a request that did not bring it: a page without it says where to find it.
      if (!tokenIn(url.searchParams.get('token')))
        return send(
          res,
          403,
          'text/html',
          page(
            '整理台 Curation workbench',
            `<main class="start"><p>请打开 npm run curate 输出的地址（其中带有本次运行的令牌）。<span class="en">Open the address npm run curate printed: it carries this run's token.</span></p></main>`,
          ),
        );
      if (url.pathname === '/') {
        const all = check(ws);
        const rows = manifest().map((e) => ({
          id: String(e.id),
          title_zh: String(e.title_zh),
          doc_number: String(e.doc_number),
          kind: String(e.kind),
          todo: placeholderFields(e),
          annotation: annotation(String(e.id)),
          check: forDocument(all, String(e.id)),
        }));
        return send(
          res,
          200,
          'text/html',
          startPage(rows, {
            token,
            jurisdictions: list(inputs.jurisdictions),
            kinds: list(inputs.documentKinds),
            versions: versions([inputs.manifest, inputs.jurisdictions]),
          }),
        );
      }
      const v = view(doc!);
      if (!v) throw new Refusal(404, `no document "${doc}": it may have been removed from the manifest`);
      send(res, 200, 'text/html', documentPage(v));
    })().catch((e: Error) => {
      const status = e instanceof Refusal ? e.status : e instanceof OpError || e instanceof FileProblem ? 400 : 500;
      const extra = e instanceof Refusal ? e.extra : {};
      if (res.headersSent) return res.end();
      if (req.method === 'GET')
        return send(
          res,
          status,
          'text/html',
          page('整理台 Curation workbench', `<main class="start"><p class="err">${esc(e.message)}</p></main>`),
        );
      send(res, status, 'application/json', JSON.stringify({ error: e.message, ...extra }));
    });
  });
  const port = opts.port ?? 4322;
  return new Promise((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} is in use (another workbench, or another program): start on another with --port N, e.g. npm run curate -- --port ${port + 1}`,
            )
          : e,
      ),
    );
    server.listen(port, '127.0.0.1', () => {
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
