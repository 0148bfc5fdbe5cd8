// The built pages, found on disk: every dist/**/index.html is one address.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from './static-server.ts';

/** Addresses of every built page, e.g. "/", "/en/plans/shanghai-2023-plan/". */
export function builtPages(root: string = DIST): string[] {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`no built site in ${root}: run \`npm run build\` before the browser tests`);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // The downloads page is /data/; the folders under it hold files, not pages.
        if (entry.name !== '_astro' && entry.name !== 'pagefind' && !relative(root, path).match(/(^|\/)data\/./))
          walk(path);
      } else if (entry.name === 'index.html') {
        const rel = relative(root, dir).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(root);
  return out.sort();
}

/** The HTML of a built page. */
export function pageHtml(path: string, root: string = DIST): string {
  return readFileSync(join(root, path, 'index.html'), 'utf8');
}
