// SITE_URL, the one public address a host sets: an http(s) address or nothing; anything else stops the build with one
// message naming the value, never Astro's stack trace.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/shared/errors.ts';
import { siteFromEnv } from '../../src/shared/site-url.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('siteFromEnv', () => {
  it('takes an http(s) address, and nothing when unset or empty', () => {
    expect(siteFromEnv('https://example.org')).toBe('https://example.org/');
    expect(siteFromEnv('http://127.0.0.1:8080/ipt/')).toBe('http://127.0.0.1:8080/ipt/');
    expect(siteFromEnv(undefined)).toBeUndefined();
    expect(siteFromEnv('')).toBeUndefined();
  });

  for (const bad of ['example.org', 'ftp://example.org', 'javascript:alert(1)', 'https://', 'file:///etc/passwd'])
    it(`refuses ${bad}, naming it`, () => {
      expect(() => siteFromEnv(bad)).toThrow(BuildError);
      expect(() => siteFromEnv(bad)).toThrow(`config: SITE_URL is ${JSON.stringify(bad)}, not an http(s) address`);
    });

  it('stops npm run build before anything is built, in one line and no stack trace', () => {
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'ftp://example.org' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'build: config: SITE_URL is "ftp://example.org", not an http(s) address. Fix: set it to the site\u2019s public address, e.g. SITE_URL=https://example.org, or leave it unset\nbuild: nothing was published; dist/ is as it was\n',
    );
  });
});
