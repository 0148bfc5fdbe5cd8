// Charts with a row per document or figure draw the latest CHART_ROWS and say so; source lines name SOURCES_NAMED
// documents and count the rest. Checked on the real collection grown with copies of its own rows, as a collection of
// hundreds of documents would be.
import { describe, expect, it } from 'vitest';
import { listed, SOURCES_NAMED } from '../../../src/site/formats/format.ts';
import { CHART_ROWS, latestRows } from '../../../src/site/views/bounded.ts';
import { indicatorView, observationsNote } from '../../../src/site/views/indicator.ts';
import { briefingIndex } from '../../../src/site/views/briefing.ts';
import { overviewView, planSummaries, timelineNote } from '../../../src/site/views/overview.ts';
import { DATA, dataWith } from '../site-fixture.ts';

const year = (i: number) => String(1950 + i).padStart(4, '0');

describe('latestRows', () => {
  it('keeps the latest rows by date in their given order, and counts them all', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ i, date: `${year((i * 7) % 50)}-01-01` }));
    const { rows: kept, total } = latestRows(rows, (r) => r.date, 10);
    expect(total).toBe(50);
    expect(kept).toHaveLength(10);
    const cutoff = [...rows]
      .map((r) => r.date)
      .sort()
      .reverse()[9]!;
    expect(kept.every((r) => r.date >= cutoff)).toBe(true);
    expect(kept.map((r) => r.i)).toEqual([...kept.map((r) => r.i)].sort((a, b) => a - b));
    expect(latestRows(rows.slice(0, 3), (r) => r.date, 10)).toEqual({ rows: rows.slice(0, 3), total: 3 });
  });
});

describe('listed', () => {
  const numbers = Array.from({ length: 20 }, (_, i) => `测试〔2023〕${i + 1}号`);
  it('names each source once, and past SOURCES_NAMED counts the rest in the reader’s words', () => {
    expect(listed(['A', 'B', 'A'], 'en')).toBe('A; B');
    expect(listed(numbers, 'zh')).toBe(`${numbers.slice(0, SOURCES_NAMED).join('；')}；另有${20 - SOURCES_NAMED}项`);
    expect(listed(numbers, 'en')).toBe(`${numbers.slice(0, SOURCES_NAMED).join('; ')}; and ${20 - SOURCES_NAMED} more`);
  });
});

describe('bounded charts on a large collection', () => {
  it('draw the latest CHART_ROWS documents on the timeline, and its note says how many of how many', () => {
    const copies = Array.from({ length: 60 }, (_, i) => ({
      ...DATA.documents[0]!,
      id: `copy-${i}`,
      doc_number: `测试〔${year(i)}〕${i}号`,
      date_issued: `${year(i)}-06-01`,
    }));
    const data = dataWith({ documents: [...DATA.documents, ...copies] });
    const view = overviewView(data);
    const total = DATA.documents.length + copies.length;
    expect(view.documentTotal).toBe(total);
    expect(view.timeline.documents).toHaveLength(CHART_ROWS);
    expect(view.docNumbers).toEqual(view.timeline.documents.map((d) => d.doc_number));
    expect(timelineNote(view, 'zh')).toContain(`图中为最近的${CHART_ROWS}份文件（共${total}份）`);
    expect(timelineNote(view, 'en')).toContain(`latest ${CHART_ROWS} of ${total} documents`);
    // On the real collection, every document is drawn and the note is the plain one.
    expect(overviewView(DATA).timeline.documents).toHaveLength(DATA.documents.length);
    expect(timelineNote(overviewView(DATA), 'en')).toBe(
      'The line marks the date of the latest document in the collection: the date the data is as of.',
    );
  });

  it('draw the latest periods’ CHART_ROWS figures of an indicator; its table keeps every one', () => {
    const o = DATA.observations[0]!;
    const more = Array.from({ length: 70 }, (_, i) => ({
      ...o,
      id: `${o.id}-copy-${i}`,
      jurisdiction: `${o.jurisdiction}-${i}`,
      period_start: `${year(i)}-01-01`,
      period_end: `${year(i)}-12-31`,
    }));
    const data = dataWith({ observations: [...DATA.observations, ...more] });
    const view = indicatorView(data, o.indicator_id);
    expect(view.observations.length).toBeGreaterThan(70);
    expect(view.chartObservations).toHaveLength(CHART_ROWS);
    const cutoff = view.observations
      .map((r) => r.period_end)
      .sort()
      .reverse()[CHART_ROWS - 1]!;
    expect(view.chartObservations.every((r) => r.period_end >= cutoff)).toBe(true);
    expect(observationsNote(view, 'en')).toContain(`of ${view.observations.length}; the table below lists them all`);
    expect(indicatorView(DATA, o.indicator_id).chartObservations).toEqual(
      indicatorView(DATA, o.indicator_id).observations,
    );
  });
});

describe('a plan with no task curated yet', () => {
  const plan = DATA.curatedPlans[0]!;
  const data = dataWith({
    documents: [...DATA.documents, { ...plan, id: 'uncurated-plan', doc_number: '测试〔2023〕1号' }],
  });

  it('has its plan page, but no card on the overview, no briefing and no preview image of its own', () => {
    expect(data.plans.map((p) => p.id)).toContain('uncurated-plan');
    expect(data.curatedPlans.map((p) => p.id)).not.toContain('uncurated-plan');
    expect(DATA.curatedPlans).toEqual(DATA.plans);
    const view = overviewView(data);
    expect(view.plans.map((p) => p.doc.id)).not.toContain('uncurated-plan');
    expect(view.uncuratedPlans).toBe(1);
    expect(briefingIndex(data).plans.map((p) => p.doc.id)).not.toContain('uncurated-plan');
    expect(planSummaries(data).map((p) => p.doc.id)).toContain('uncurated-plan');
  });
});
