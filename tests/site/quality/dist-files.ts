import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../../dist');

/** Every file under dist/, as paths relative to it, sorted; stops with a clear message when there is no build. */
export function distFiles(dir = DIST): string[] {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} has no index.html: run \`npm run build\` first (npm test does)`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out;
}

export function distPages(): string[] {
  return distFiles().filter((f) => f.endsWith('.html'));
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** The URL path a page is served at: `en/plans/x/index.html` → `/en/plans/x/`. */
export function urlOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}
