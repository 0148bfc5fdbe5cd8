// Figures that several documents state on the same day: clones of the real documents (ids renamed, texts identical)
// build, each quantitative task judged once per date by the latest of that date's figures, never a duplicate id.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clonedProject } from '../../../src/authoring/bench/clones.ts';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { memoryReader } from '../../../src/shared/reader.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('documents stating the same figures on the same day', () => {
  it('build, one computed assessment per task and date, citing the figure it was judged by', () => {
    const { datasets } = buildDatasets(memoryReader(clonedProject(ROOT, 2)));
    expect(datasets.documents).toHaveLength(15);
    const ids = datasets.assessments.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const computed = datasets.assessments.filter((a) => a.computed && a.latest_observation_id);
    expect(computed.length).toBeGreaterThan(0);
    for (const a of computed) {
      const cited = datasets.evidence.filter((e) => e.assessment_id === a.id);
      const judged = datasets.observations.find((o) => o.id === a.latest_observation_id)!;
      expect(cited.map((e) => [e.document_id, e.quote_start])).toEqual([[judged.document_id, judged.quote_start]]);
    }
  });
});
