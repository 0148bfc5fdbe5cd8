import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'scripts', 'extract.ts');

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('scripts/extract.ts', () => {
  it('prints one JSON mention per line, in order, matching the golden file', () => {
    const r = run('data/sources/001_f4c14b76226786e2.txt');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['text', 'start', 'end', 'value', 'unit', 'qualifier', 'kind']);
    expect(first).toMatchObject({ text: '〔2023〕54号', kind: 'reference' });
    expect(r.stdout).toBe(
      readFileSync(join(ROOT, 'tests', 'fixtures', 'mentions', '001_f4c14b76226786e2.jsonl'), 'utf8'),
    );
  });

  it('adds iso when known', () => {
    const r = run('data/sources/002_ff42bb4422d187c9.txt');
    const dated = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((m) => m.kind === 'date');
    expect(dated).toMatchObject({ text: '2023年5月11日', iso: '2023-05-11' });
  });

  it('fails with a one-line error naming a missing file', () => {
    const r = run('data/sources/no-such-file.txt');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('data/sources/no-such-file.txt');
  });

  it('fails with usage when no file is given', () => {
    const r = run();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('usage');
  });
});
