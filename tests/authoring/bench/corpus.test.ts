// The benchmarks' synthetic corpus follows the curated schema, so `npm run bench` and `bench:site -- scale` measure a
// build that succeeds (a schema change once left them failing on their first file, unnoticed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticProject } from '../../../src/authoring/bench/corpus.ts';
import { inputs } from '../../../src/shared/files.ts';
import { AnnotationFile, Manifest } from '../../../src/schemas/index.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('the synthetic benchmark corpus', () => {
  it('parses under the schemas the data build applies', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(ROOT, inputs.manifest), 'utf8')));
    const templates = manifest.map((entry) => ({
      entry,
      text: readFileSync(join(ROOT, 'data/sources', entry.file), 'utf8'),
    }));
    const files = syntheticProject(templates, 7);
    const annotations = Object.keys(files).filter((f) => f.startsWith('data/annotations/'));
    expect(annotations).toHaveLength(7);
    for (const f of annotations) {
      const parsed = AnnotationFile.safeParse(JSON.parse(files[f]!));
      expect(parsed.success, `${f}: ${parsed.error?.issues[0]?.message}`).toBe(true);
    }
    expect(Manifest.safeParse(JSON.parse(files[inputs.manifest]!)).success).toBe(true);
  });
});
