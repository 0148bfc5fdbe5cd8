// What runs after the pages, as Astro's own hook (as Starlight runs Pagefind): the security-policy check of every
// page and dist/_headers, the search index, and a last check that the site has what a published site must have.
// `astro build` alone therefore makes the whole site; `npm run build` adds staging and the swap (build.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuildError } from '../shared/errors.ts';
import { POLICY } from '../shared/policy.ts';
import { checkPolicy } from './csp.ts';
import { pageFacts } from './page-facts.ts';
import { buildSearchIndex } from './search-index.ts';

/** What a published site must have: pages, a search index, the data and a _headers file with the policy. */
export function verifySite(dist: string): void {
  for (const f of ['index.html', '404.html', 'pagefind/pagefind.js', 'data/datapackage.json', '_headers'])
    if (!existsSync(join(dist, f)))
      throw new BuildError('verify', `the built site has no ${f}`, 'see the messages of the steps above');
  if (!readFileSync(join(dist, '_headers'), 'utf8').includes(`Content-Security-Policy: ${POLICY}`))
    throw new BuildError('verify', 'dist/_headers does not carry the Content-Security-Policy', 'see the CSP step');
}

/** The after-pages steps; `log` reports each one's time. */
export function publishSteps(log: (line: string) => void = () => {}): AstroIntegration {
  let searchCache: string | undefined;
  let factsCache: string | undefined;
  return {
    name: 'ip-plan-tracker:publish',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // The search index's cache beside Astro's own (astro.config.mjs's cacheDir), in the project: never published.
        searchCache = fileURLToPath(new URL('search/', new URL('../', config.cacheDir)));
        factsCache = fileURLToPath(new URL('pages.json', new URL('../', config.cacheDir)));
      },
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        let started = performance.now();
        const lap = (step: string) => {
          log(`${step}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
          started = performance.now();
        };
        // Each page read once for both steps, and parsed only if no build before saw its bytes (page-facts.ts).
        const facts = pageFacts(dist, factsCache);
        checkPolicy(dist, facts);
        lap('csp');
        const search = await buildSearchIndex(dist, undefined, searchCache, facts);
        lap(`pagefind (${search.indexed} of ${search.bundles} bundle(s) indexed, ${search.cached} from the cache)`);
        verifySite(dist);
        lap('verify');
      },
    },
  };
}
