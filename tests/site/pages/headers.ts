// dist/_headers read the way Netlify and Cloudflare Pages read it: a rule is a path pattern (`*` matches anything,
// slashes included) and its indented header lines; a request gets the headers of every rule its path matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, type HeaderRules } from './static-server.ts';

export type Rule = { pattern: string; headers: [string, string][] };

export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers.push([name!.trim(), value!]);
    }
  }
  return rules;
}

export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** Every header line the rules send for `path`, rule by rule. */
export function headersFor(rules: Rule[], path: string): [string, string][] {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);
}

/** The built site's _headers as a function for serveStatic. */
export function builtHeaderRules(root: string = DIST): HeaderRules {
  const rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
  return (path) => headersFor(rules, path);
}
