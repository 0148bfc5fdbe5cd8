import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../../src/pipeline/publish/write.ts';

describe('writeAtomic', () => {
  it('replaces the whole directory', () => {
    const base = mkdtempSync(join(tmpdir(), 'atomic-'));
    const dir = join(base, 'data');
    mkdirSync(dir);
    writeFileSync(join(dir, 'stale.csv'), 'old');
    writeAtomic(
      dir,
      new Map([
        ['a.csv', 'x'],
        ['sub/b.json', '{}'],
      ]),
    );
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'sub']);
    expect(readdirSync(base)).toEqual(['data']);
  });

  it('leaves the previous directory untouched and no temp directory when writing fails', () => {
    const base = mkdtempSync(join(tmpdir(), 'atomic-'));
    const dir = join(base, 'data');
    mkdirSync(dir);
    writeFileSync(join(dir, 'observations.csv'), 'previous');
    // "x" is written as a file, then "x/y" needs it to be a directory: the write fails part-way.
    expect(() =>
      writeAtomic(
        dir,
        new Map([
          ['a.csv', 'new'],
          ['x', '1'],
          ['x/y', '2'],
        ]),
      ),
    ).toThrow();
    expect(readFileSync(join(dir, 'observations.csv'), 'utf8')).toBe('previous');
    expect(existsSync(join(dir, 'a.csv'))).toBe(false);
    expect(readdirSync(base)).toEqual(['data']);
  });
});

describe('writeAtomic on a folder it may not replace', () => {
  it('leaves the folder as it was and no temp folder, naming the path and the cause', () => {
    const parent = mkdtempSync(join(tmpdir(), 'write-locked-'));
    const dir = join(parent, 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.csv'), 'old');
    const asRoot = process.getuid?.() === 0;
    const lock = (on: boolean) =>
      asRoot ? execFileSync('chattr', [on ? '+i' : '-i', dir]) : chmodSync(parent, on ? 0o555 : 0o755);
    lock(true);
    try {
      expect(() => writeAtomic(dir, new Map([['a.csv', 'new']]))).toThrow(
        // As root the folder is immutable (the rename fails); otherwise its parent is read-only (the temp folder fails).
        new RegExp(`^${dir}.*: cannot (replace the folder|write the file): .*\\((EPERM|EACCES)\\)\\. Fix: `),
      );
    } finally {
      lock(false);
    }
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['out']);
  });
});
