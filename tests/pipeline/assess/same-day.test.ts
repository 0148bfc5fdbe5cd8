// Figures that several documents state on the same day: clones of the real documents (ids renamed, texts identical)
// build, each quantitative task judged once per date with every same-day figure cited, never a duplicate id.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clonedProject } from '../../../src/authoring/bench/clones.ts';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { memoryReader } from '../../../src/shared/reader.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('documents stating the same figures on the same day', () => {
  it('build, one computed assessment per task and date, citing every figure of that date', () => {
    const { datasets } = buildDatasets(memoryReader(clonedProject(ROOT, 2)));
    expect(datasets.documents).toHaveLength(15);
    const ids = datasets.assessments.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sameDay = datasets.assessments.filter((a) => a.computed && a.evidence_count > 1);
    expect(sameDay.length).toBeGreaterThan(0);
    for (const a of sameDay)
      expect(datasets.evidence.filter((e) => e.assessment_id === a.id)).toHaveLength(a.evidence_count);
  });
});
