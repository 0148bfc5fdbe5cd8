// The first step of npm test: what is missing is installed where the command may, or named in one line before any
// test runs, with the apt-get command that brings it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide, onPath, PREREQUISITES } from '../../scripts/lib/prerequisites.ts';

const root = resolve(import.meta.dirname, '../..');
const named = (...packages: string[]) => PREREQUISITES.filter((p) => packages.includes(p.package));

describe('prerequisites of npm test', () => {
  it('installs what is missing where it may, else stops with one line naming each package and the command', () => {
    expect(decide([], false)).toEqual({ kind: 'ready' });
    expect(decide(named('chromium', 'python3'), true)).toEqual({ kind: 'install', packages: ['chromium', 'python3'] });
    expect(decide(named('libreoffice-calc-nogui'), false)).toEqual({
      kind: 'stop',
      line:
        'npm test needs libreoffice-calc-nogui (soffice): install it with "sudo apt-get install -y ' +
        '--no-install-recommends libreoffice-calc-nogui" (elsewhere than Debian, the same programs from the ' +
        "system's packages) and run npm test again",
    });
  });

  it('finds programs on PATH as the tests that run them by name do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipt-path-'));
    try {
      writeFileSync(join(dir, 'soffice'), '#!/bin/sh\n');
      chmodSync(join(dir, 'soffice'), 0o755);
      expect(onPath('soffice', `/nonexistent:${dir}`)).toBe(true);
      expect(onPath('soffice', '/nonexistent')).toBe(false);
      expect(onPath('soffice', '')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops before anything else, in one line, where it cannot install (no apt-get, soffice or fc-list on PATH)', () => {
    // Only Node's own folder on PATH: soffice, fc-list and apt-get are not found, whoever runs it.
    const r = spawnSync(process.execPath, [join(root, 'scripts/prerequisites.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: dirname(process.execPath) },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^prerequisites: npm test needs (\S+ \([^)]+\), )*fonts-noto-cjk \(/u);
    expect(lines[0]).toContain('libreoffice-calc-nogui (soffice)');
    expect(lines[0]).toMatch(
      /"sudo apt-get install -y --no-install-recommends [a-z0-9 -]*fonts-noto-cjk libreoffice-calc-nogui/u,
    );
  });
});
