// A tiny static file server for the built site, on 127.0.0.1 and an ephemeral port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Response headers a host adds for a request path (e.g. from dist/_headers: tests/site/pages/headers.ts). */
export type HeaderRules = (path: string) => [string, string][];

/** Serve `root` the way a static host does: /path/ → /path/index.html, and a 404 for anything else. */
export async function serveStatic(root: string = DIST, headers?: HeaderRules): Promise<StaticServer> {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html is missing: build the site first (npm run build)`);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of headers?.(url.pathname) ?? []) res.appendHeader(name, value);
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}

// `node scripts/lib/static-server.ts` serves dist/ until stopped, for looking at the site by hand.
if (import.meta.main) {
  const s = await serveStatic();
  console.log(s.origin);
}
