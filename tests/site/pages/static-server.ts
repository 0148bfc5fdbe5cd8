// The static server lives beside the scripts that also serve dist/ (scripts/bench-site.ts); tests import it here.
export { DIST, serveStatic, type HeaderRules, type StaticServer } from '../../../scripts/lib/static-server.ts';
