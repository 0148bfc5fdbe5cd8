import { describe, expect, it } from 'vitest';
import { computedHistory, latestObservation } from '../../../src/pipeline/assess/computed.ts';
import { checkCurated } from '../../../src/pipeline/assess/curated.ts';
import { resolveAnnotations } from '../../../src/pipeline/annotate/annotations.ts';
import { loadSources } from '../../../src/pipeline/sources/sources.ts';
import { documentKinds, fixture, jurisdictions, manifest, planAnnotation } from '../fixture.ts';
import type { DocumentKindRow, JurisdictionRow } from '../../../src/schemas/index.ts';
import { messageOf } from './context.ts';

function annotated(parts: Parameters<typeof fixture>[0] = {}) {
  const reader = fixture(parts);
  return resolveAnnotations(reader, loadSources(reader, '2024-12-31'), {
    jurisdictions: new Map((jurisdictions() as JurisdictionRow[]).map((j) => [j.id, j])),
    kinds: documentKinds() as DocumentKindRow[],
  });
}

describe('computed statuses', () => {
  const a = annotated();
  const plan = a.sources.get('test-plan')!;
  const target = a.targets[0]!;
  const issued = new Map([...a.sources].map(([id, s]) => [id, s.entry.date_issued]));

  it('reads the latest observation in the plan’s place after the plan, never the baseline', () => {
    expect(latestObservation(target, a.observations, plan, issued)?.id).toBe('workstations-2023-08');
    const elsewhere = a.observations.map((o) => ({ ...o, jurisdiction: 'shanghai-jingan' }));
    expect(latestObservation(target, elsewhere, plan, issued)).toBeUndefined();
  });

  it('is achieved, in progress or not achieved by the comparator and the deadline', () => {
    expect(computedHistory(target, a.observations, plan, '2023-08-02', issued).map((j) => j.row)).toEqual([
      expect.objectContaining({
        status: 'achieved',
        computed: true,
        as_of: '2023-08-02',
        evidence_count: 1,
        latest_observation_id: 'workstations-2023-08',
      }),
    ]);
    const higher = { ...target, target_value: 30 };
    expect(computedHistory(higher, a.observations, plan, '', issued)[0]!.row.status).toBe('in_progress');
    const due = { ...higher, deadline: '2023-06-30' };
    expect(computedHistory(due, a.observations, plan, '', issued)[0]!.row.status).toBe('not_achieved');
  });

  it('never takes a figure the plan itself states, or one from a document not dated after the plan, as evidence', () => {
    const reported = a.observations.find((o) => o.id === 'workstations-2023-08')!;
    // The same figure, stated in the plan itself (not as its baseline): a plan is never evidence for its own tasks.
    const own = { ...reported, id: 'own', document_id: 'test-plan' };
    expect(latestObservation(target, [own], plan, issued)).toBeUndefined();
    expect(computedHistory(target, [own], plan, '2023-08-02', issued)[0]!.row).toMatchObject({
      status: 'no_evidence',
      latest_observation_id: null,
    });
    // Reported by a document issued before the plan, or undated: nothing shows it came after.
    for (const date of ['2023-03-01', null])
      expect(
        latestObservation(target, [reported], plan, new Map([...issued, ['test-reply', date]])),
        String(date),
      ).toBeUndefined();
    expect(latestObservation(target, [reported], plan, issued)?.id).toBe('workstations-2023-08');
  });

  it('says no_evidence when nothing after the plan is published', () => {
    const [only, ...rest] = computedHistory(target, a.observations.slice(0, 1), plan, '2023-08-02', issued);
    expect(only).toMatchObject({
      row: { status: 'no_evidence', as_of: '2023-08-02', latest_observation_id: null },
      evidence: [],
    });
    expect(rest).toEqual([]);
  });
});

describe('curated statuses', () => {
  it('turns each cited quote into an evidence row', () => {
    const a = annotated();
    const r = checkCurated(a.assessments[0]!, a.sources);
    expect(r.row).toMatchObject({ status: 'in_progress', computed: false, as_of: '2023-08-02', evidence_count: 1 });
    expect(r.evidence.map((e) => [e.document_id, e.quote])).toEqual([['test-reply', '培训已经开展']]);
  });

  it('refuses evidence dated after as_of', () => {
    const plan = planAnnotation();
    plan.assessments[0]!.as_of = '2023-08-01';
    const a = annotated({ plan });
    expect(messageOf(() => checkCurated(a.assessments[0]!, a.sources))).toMatch(
      /evidence\[0\]: evidence dated 2023-08-02 is after as_of 2023-08-01\. Fix: cite it in an assessment as of its date/,
    );
  });

  it('refuses evidence from a document that states no date', () => {
    const m = manifest();
    m[1]!.date_issued = null;
    m[1]!.date_quote = null;
    const a = annotated({ manifest: m });
    expect(messageOf(() => checkCurated(a.assessments[0]!, a.sources))).toMatch(
      /reply\.txt states no date, so it cannot show progress after the plan/,
    );
  });

  it('refuses the plan itself as evidence for its own task', () => {
    const plan = planAnnotation();
    plan.assessments[0]!.as_of = '2023-03-15';
    plan.assessments[0]!.evidence = [{ document: 'test-plan', quote: '组织开展专题培训' }];
    const a = annotated({ plan });
    expect(messageOf(() => checkCurated(a.assessments[0]!, a.sources))).toBe(
      'data/annotations/test-plan.json › assessments[0] "t2".evidence[0]: the plan plan.txt is cited as evidence for its own task: a plan says what is to be done, not that it was. Fix: cite a later document that reports on the task (a summary, a reply, the next plan), or use "no_evidence"',
    );
  });
});
