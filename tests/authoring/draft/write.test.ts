// The draft writes all or nothing, and through no symbolic link.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkProblem, writeAll } from '../../../src/authoring/draft/write.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'draft-write-'));

describe('writeAll', () => {
  it('puts every file in place', () => {
    const d = dir();
    writeAll([
      { path: join(d, 'a.txt'), data: 'A' },
      { path: join(d, 'b.json'), data: 'B' },
    ]);
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe('A');
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.json']);
  });

  it('leaves nothing when a later file cannot be written, and the earlier target untouched', () => {
    const d = dir();
    writeFileSync(join(d, 'manifest.json'), 'before');
    expect(() =>
      writeAll([
        { path: join(d, 'source.txt'), data: 'text' },
        { path: join(d, 'missing', 'annotation.json'), data: '{}' },
        { path: join(d, 'manifest.json'), data: 'after' },
      ]),
    ).toThrow();
    expect(readdirSync(d)).toEqual(['manifest.json']);
    expect(readFileSync(join(d, 'manifest.json'), 'utf8')).toBe('before');
  });

  it('takes back the files it created when a rename fails', () => {
    const d = dir();
    mkdirSync(join(d, 'manifest.json'));
    writeFileSync(join(d, 'manifest.json', 'x'), '');
    expect(() =>
      writeAll([
        { path: join(d, 'source.txt'), data: 'text' },
        { path: join(d, 'manifest.json'), data: 'after' },
      ]),
    ).toThrow();
    expect(existsSync(join(d, 'source.txt'))).toBe(false);
    expect(readdirSync(d)).toEqual(['manifest.json']);
  });
});

describe('linkProblem', () => {
  it('refuses a path that is a symbolic link, or inside a linked folder, and names it', () => {
    const d = dir();
    writeFileSync(join(d, 'real.json'), '[]');
    symlinkSync(join(d, 'real.json'), join(d, 'link.json'));
    mkdirSync(join(d, 'real'));
    symlinkSync(join(d, 'real'), join(d, 'folder'));
    expect(linkProblem(join(d, 'link.json'))).toMatch(/link\.json is a symbolic link/u);
    expect(linkProblem(join(d, 'folder', 'new.json'))).toMatch(/folder is a symbolic link/u);
    expect(linkProblem(join(d, 'real.json'))).toBeNull();
    expect(linkProblem(join(d, 'absent.json'))).toBeNull();
  });
});
