// The workbench is a development tool: nothing of it may reach the published site.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../../dist');

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

describe('the built site', () => {
  it('holds nothing of the curation workbench', () => {
    expect(existsSync(join(dist, 'index.html')), 'run npm run build first').toBe(true);
    const text = /\.(html|js|css|json|txt)$/u;
    const found = [...files(dist)].filter(
      (p) =>
        /workbench|curate/u.test(p.slice(dist.length)) ||
        (text.test(p) && /x-curate-token|curate-draft:/u.test(readFileSync(p, 'utf8'))),
    );
    expect(found).toEqual([]);
  });
});
