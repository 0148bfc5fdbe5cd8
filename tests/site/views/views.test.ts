import { describe, expect, it } from 'vitest';
import { briefingIndex, planBriefing } from '../../../src/site/views/briefing.ts';
import { changesView, dataView } from '../../../src/site/views/data.ts';
import { indicatorIndex, indicatorView } from '../../../src/site/views/indicator.ts';
import { latestOfAssessment, latestOfIndicator } from '../../../src/site/data/latest.ts';
import { overviewView, planSummaries } from '../../../src/site/views/overview.ts';
import { deadlines, planView } from '../../../src/site/views/plan.ts';
import { sourceHtml, sourceIndex, sourcePage, sourceView } from '../../../src/site/views/source.ts';
import { statusCounts } from '../../../src/site/views/status.ts';
import { DATASETS, type Status } from '../../../src/schemas/index.ts';
import { DATA, dataWith } from '../site-fixture.ts';

// The date the figures are as of, as the data build named it: the newest document's date of issue.
const ASOF = DATA.release.latest_document.date;
it('names the latest document’s date as the date of the figures', () => {
  expect(ASOF).toBe(
    DATA.documents
      .map((d) => d.date_issued)
      .filter((d) => d !== null)
      .sort()
      .at(-1),
  );
});
const RELEASE = DATA.release.data_release;

describe('statusCounts', () => {
  it('counts each status once, in STATUS_ORDER, leaving out statuses with none', () => {
    const statuses: Status[] = ['no_evidence', 'achieved', 'no_evidence', 'carried_over'];
    expect(statusCounts(statuses)).toEqual([
      { status: 'achieved', n: 1 },
      { status: 'carried_over', n: 1 },
      { status: 'no_evidence', n: 2 },
    ]);
    expect(statusCounts([])).toEqual([]);
  });
});

describe('latest', () => {
  it('reads each indicator’s latest figure per place from the latest_observations view, never choosing one', () => {
    for (const i of DATA.observedIndicators) {
      const published = DATA.latest_observations.filter((l) => l.indicator_id === i.id);
      const latest = latestOfIndicator(DATA, i.id);
      expect(latest.map((o) => o.id).sort()).toEqual(published.map((l) => l.observation_id).sort());
      expect(new Set(latest.map((o) => o.jurisdiction)).size).toBe(latest.length);
    }
    expect(latestOfIndicator(DATA, 'no-such-indicator')).toEqual([]);
  });

  it('sets beside a target the observation its assessment names, and fails on one the data lacks', () => {
    const computed = DATA.latestAssessments.find((a) => a.latest_observation_id !== null)!;
    expect(latestOfAssessment(DATA, computed)!.id).toBe(computed.latest_observation_id);
    expect(latestOfAssessment(DATA, { ...computed, latest_observation_id: null })).toBeUndefined();
    const broken = { ...computed, latest_observation_id: 'no-such-observation' };
    expect(() => latestOfAssessment(DATA, broken)).toThrow(/unknown observation no-such-observation/);
  });
});

describe('planView', () => {
  it.each(DATA.plans.map((p) => [p.id]))('%s: counts, sections and deadlines agree with its tasks', (id) => {
    const v = planView(DATA, id);
    expect(v.tasks.map((x) => x.task.document_id).every((d) => d === id)).toBe(true);
    expect(v.counts.reduce((n, c) => n + c.n, 0)).toBe(v.tasks.length);
    for (const c of v.counts)
      expect(c.n).toBe(DATA.latestAssessments.filter((a) => a.plan_id === id && a.status === c.status).length);
    expect(v.sections.flatMap((s) => s.items)).toHaveLength(v.tasks.length);
    for (const s of v.sections) expect(s.counts.reduce((n, c) => n + c.n, 0)).toBe(s.items.length);
    const dates = v.deadlines.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    const dated = v.tasks.filter((x) => x.task.deadline ?? x.target?.row.deadline);
    expect(v.deadlines).toHaveLength(dated.length);
    expect(v.targets.map((t) => t.row.id)).toEqual(DATA.targets.filter((t) => t.document_id === id).map((t) => t.id));
  });

  it('is built once per dataset object', () => {
    const id = DATA.plans[0]!.id;
    expect(planView(DATA, id)).toBe(planView(DATA, id));
  });

  it('refuses a document that is not a plan', () => {
    const other = DATA.documents.find((d) => !DATA.plans.includes(d))!;
    expect(() => planView(DATA, other.id)).toThrow(`no plan ${other.id}`);
  });

  it('dates every task by its deadline, soonest first and ties in plan order; stated deadlines apart', () => {
    const v = planView(DATA, DATA.plans[0]!.id);
    const [x, y] = v.tasks;
    const task = (t: typeof x, deadline: string, start: number) => ({
      ...t!,
      task: { ...t!.task, deadline, quote_start: start },
      target: undefined,
    });
    const d = deadlines([task(x, '2024-01-01', 20), task(y, '2024-01-01', 10), task(x, '2023-06-30', 0)]);
    expect(d.map((e) => e.view.task.quote_start)).toEqual([0, 10, 20]);
    expect(v.statedDeadlines.every((e) => !e.view.task.deadline_inferred)).toBe(true);
    expect(v.statedDeadlines.length).toBe(v.tasks.filter((t) => !t.task.deadline_inferred).length);
  });
});

describe('overview and plan cards', () => {
  it('summarises every plan with the plan view’s own counts', () => {
    const cards = planSummaries(DATA);
    expect(cards.map((c) => c.doc.id)).toEqual(DATA.plans.map((p) => p.id));
    for (const c of cards) {
      expect(c.counts).toBe(planView(DATA, c.doc.id).counts);
      expect(c.total).toBe(DATA.tasks.filter((t) => t.document_id === c.doc.id).length);
    }
  });

  it('dates the overview by the latest document and hands the timeline that date', () => {
    const v = overviewView(DATA);
    expect(v.dates.latestDocumentDate).toBe(ASOF);
    expect(v.dates.latestDocument.date_issued).toBe(ASOF);
    expect(v.dates.release).toBe(RELEASE);
    expect(v.timeline.latestData).toBe(ASOF);
    expect(v.planNumbers).toEqual(DATA.plans.map((p) => p.doc_number));
    for (const h of v.headlines)
      if (h.companion && 'derived' in h.companion)
        expect(h.companion.indicator.id).toBe(h.companion.derived.indicator_id);
  });
});

describe('briefings', () => {
  it.each(DATA.plans.map((p) => [p.id]))('%s: deadlines judged against the data release', (id) => {
    const b = planBriefing(DATA, id);
    expect(b.dates.latestDocumentDate).toBe(ASOF);
    expect(b.dates.release).toBe(RELEASE);
    expect(b.passed.every((d) => d.date < RELEASE && d.view.assessment.status !== 'achieved')).toBe(true);
    expect(b.upcoming.every((d) => d.date >= RELEASE)).toBe(true);
    expect(b.passed.length + b.upcoming.length).toBe(
      b.deadlines.filter((d) => d.date >= RELEASE || d.view.assessment.status !== 'achieved').length,
    );
    // Every task of the tasks dataset counts, a notice's reporting requirements too: as on the plan page.
    expect(b.tasks.length).toBe(DATA.tasks.filter((t) => t.document_id === id).length);
    expect(b.tasks.length).toBe(planView(DATA, id).tasks.length);
    expect(b.reported.every((v) => v.assessment.status !== 'no_evidence')).toBe(true);
    expect(b.docNumbers[0]).toBe(b.doc.doc_number);
    expect(new Set(b.docNumbers).size).toBe(b.docNumbers.length);
    for (const x of b.briefingTargets) if (x.latest) expect(x.latest.period_end <= ASOF).toBe(true);
  });

  it('adds the plans up on the index', () => {
    const v = briefingIndex(DATA);
    const planTask = new Set(DATA.tasks.filter((t) => DATA.plans.some((p) => p.id === t.document_id)).map((t) => t.id));
    expect(v.totalTasks).toBe(planTask.size);
    expect(v.reported).toBe(
      DATA.latestAssessments.filter((a) => planTask.has(a.task_id) && a.status !== 'no_evidence').length,
    );
    expect(v.reportedCounts.reduce((n, c) => n + c.n, 0)).toBe(v.reported);
    expect(v.totalPassed).toBe(v.plans.reduce((n, p) => n + p.briefing.passed.length, 0));
    const upcoming = v.plans.flatMap((p) => p.briefing.upcoming);
    if (v.nextDue) {
      expect(upcoming.every((d) => d.date >= v.nextDue!.date)).toBe(true);
      expect(v.nextDue.tasks).toBe(upcoming.filter((d) => d.date === v.nextDue!.date).length);
    } else expect(upcoming).toEqual([]);
  });
});

describe('indicator views', () => {
  it.each(DATA.observedIndicators.map((i) => [i.id]))('%s: its observations and derived metrics', (id) => {
    const v = indicatorView(DATA, id);
    expect(v.observations.every((o) => o.indicator_id === id)).toBe(true);
    expect(v.observations.length).toBe(DATA.observations.filter((o) => o.indicator_id === id).length);
    for (const d of v.derived) {
      expect(d.inputs.map((o) => o.id).join(' ')).toBe(d.row.inputs.split(/\s+/).filter(Boolean).join(' '));
      expect(d.stated?.id ?? null).toBe(d.row.reported_observation_id);
    }
    expect(v.rates.every((r) => r.kind === 'rate')).toBe(true);
  });

  it('lists each observed indicator once under its topic, with its latest value', () => {
    const items = indicatorIndex(DATA).topics.flatMap((g) => g.items.map((i) => ({ ...i, topic: g.topic })));
    expect(items.map((i) => i.indicator.id).sort()).toEqual(DATA.observedIndicators.map((i) => i.id).sort());
    for (const i of items) {
      expect(i.topic).toBe(i.indicator.topic);
      expect(i.latest.map((l) => l.observation)).toEqual(latestOfIndicator(DATA, i.indicator.id));
      expect(i.latest.every((l) => (l.place === null) === (i.latest.length === 1))).toBe(true);
    }
  });

  it('gives a catalogue entry with no observation yet neither a row nor a topic heading', () => {
    const observed = new Set(DATA.observations.map((o) => o.indicator_id));
    const unobserved = DATA.indicators.filter((i) => !observed.has(i.id));
    expect(unobserved.length).toBeGreaterThan(0);
    const index = indicatorIndex(DATA);
    const listed = new Set(index.topics.flatMap((g) => g.items.map((i) => i.indicator.id)));
    for (const i of unobserved) expect(listed.has(i.id), i.id).toBe(false);
    for (const g of index.topics) expect(g.items.length, g.topic).toBeGreaterThan(0);
  });
});

describe('source views', () => {
  it.each(DATA.documents.map((d) => [d.id]))('%s: its text, its figures, and every quote marked', (id) => {
    const v = sourceView(DATA, id);
    expect(v.text.length).toBe(v.doc.chars);
    expect(v.isPlan).toBe(DATA.plans.includes(v.doc));
    expect(v.figures.every((o) => o.document_id === id)).toBe(true);
    const html = sourceHtml(sourcePage(DATA, id, 'en'), 'en');
    for (const o of v.figures) expect(html).toContain(`id="q-${o.quote_start}-${o.quote_end}"`);
  });

  it('orders the index oldest first, undated last', () => {
    const dates = sourceIndex(DATA).map((d) => d.date_issued ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });
});

describe('downloads and changes', () => {
  it('lists every dataset with all its rows', () => {
    const v = dataView(DATA);
    expect(v.datasets.map((d) => d.name)).toEqual(DATASETS.map((d) => d.name));
    for (const d of v.datasets) expect(d.rows).toBe(DATA[d.name]);
    expect(v.changed).toBe(
      DATA.changes
        .map((c) => c.date)
        .sort()
        .at(-1),
    );
  });

  it('lists changes newest first with the documents each names, and fails on an unknown one', () => {
    const v = changesView(DATA);
    const dates = v.map((c) => c.change.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const c of v)
      expect(c.documents.map((d) => d.id).join(' ')).toBe(c.change.document_ids.trim().split(/\s+/).join(' '));
    const broken = dataWith({ changes: [{ ...DATA.changes[0]!, document_ids: 'nowhere' }] });
    expect(() => changesView(broken)).toThrow(/names unknown document nowhere/);
  });
});
