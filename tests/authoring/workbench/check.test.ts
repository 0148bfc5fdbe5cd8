// The workbench's checks are asked twice for every save (the save's answer, then the page drawn after it): the second
// answer is the first's while every file and folder the first read is as it was, and a fresh one as soon as any is not.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/authoring/workbench/check.ts';
import { Workspace } from '../../../src/authoring/workbench/workspace.ts';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'check-'));
cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the workbench check', () => {
  const ws = new Workspace(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8')) as { id: string }[];
  const annotation = join(dir, `data/annotations/${manifest[0]!.id}.json`);

  it('answers again from what it read while nothing changed, and afresh after an edit made outside it', () => {
    const first = check(ws);
    expect(first.errors).toEqual([]);
    const again = check(ws);
    // The same rows, not rows computed again.
    expect(again.mentions).toBe(first.mentions);
    const body = JSON.parse(readFileSync(annotation, 'utf8')) as { observations: { unit: string }[] };
    body.observations[0]!.unit = '';
    writeFileSync(annotation, JSON.stringify(body, null, 2));
    const edited = check(ws);
    expect(edited.mentions).not.toBe(first.mentions);
    expect(edited.errors.map((e) => e.file)).toContain(`data/annotations/${manifest[0]!.id}.json`);
  });

  it('answers afresh when a file appears in a folder it listed', () => {
    const before = check(ws);
    expect(check(ws).mentions).toBe(before.mentions);
    writeFileSync(join(dir, 'data/annotations/zz-new.json'), '{ "document": "zz-new" }');
    const after = check(ws);
    expect(after.mentions).not.toBe(before.mentions);
    expect(after.errors.some((e) => e.file === 'data/annotations/zz-new.json')).toBe(true);
  });
});
