import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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
