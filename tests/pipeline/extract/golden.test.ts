import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMentions, type Mention } from '../../../src/pipeline/extract/index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SOURCES = join(ROOT, 'data', 'sources');
const GOLDENS = join(ROOT, 'tests', 'fixtures', 'mentions');

const files = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function golden(file: string): Mention[] {
  const text = readFileSync(join(GOLDENS, `${basename(file, '.txt')}.jsonl`), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Mention);
}

describe('golden mentions of the five sources', () => {
  it('has a golden file per source', () => {
    expect(files).toHaveLength(5);
    expect(
      readdirSync(GOLDENS)
        .filter((f) => f.endsWith('.jsonl'))
        .sort(),
    ).toEqual(files.map((f) => `${basename(f, '.txt')}.jsonl`));
  });

  it.each(files)('%s', (file) => {
    const source = readFileSync(join(SOURCES, file), 'utf8');
    const mentions = extractMentions(source);
    expect(mentions).toEqual(golden(file));
    for (const m of mentions) expect(source.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });

  it('is deterministic', () => {
    const source = readFileSync(join(SOURCES, files[1]!), 'utf8');
    expect(extractMentions(source)).toEqual(extractMentions(source));
  });
});
