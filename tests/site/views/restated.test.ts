// A figure restated by a later document: both statements are kept, set side by side per place and period, and the
// view says whether the documents agree. Built on a real observation, restated by another real document.
import { describe, expect, it } from 'vitest';
import { indicatorView } from '../../../src/site/views/indicator.ts';
import { restatedFigures } from '../../../src/site/views/restated.ts';
import type { ObservationRow } from '../../../src/schemas/index.ts';
import { DATA, dataWith } from '../site-fixture.ts';

const original = DATA.observations[0]!;
const other = DATA.documents.find((d) => d.id !== original.document_id)!;
const restating = (changes: Partial<ObservationRow>): ObservationRow => ({
  ...original,
  id: `${original.id}-${other.id}`,
  document_id: other.id,
  doc_number: other.doc_number,
  ...changes,
});

describe('restated figures', () => {
  it('are none in the real collection, where no two documents state one figure', () => {
    for (const i of DATA.observedIndicators) expect(indicatorView(DATA, i.id).restated).toEqual([]);
  });

  it('pairs two documents stating the same value for one place and period, and says they agree', () => {
    const again = restating({});
    const [figure, ...rest] = restatedFigures([original, again]);
    expect(rest).toEqual([]);
    expect(figure).toMatchObject({
      jurisdiction: original.jurisdiction,
      period_start: original.period_start,
      period_end: original.period_end,
      agree: true,
    });
    expect(figure!.observations.map((o) => o.document_id)).toEqual([original.document_id, other.id]);
  });

  it('says they differ on another value, or the same digits said another way (more than, about)', () => {
    expect(restatedFigures([original, restating({ value: original.value + 1 })])[0]!.agree).toBe(false);
    const qualifier = original.qualifier === 'exact' ? 'more_than' : 'exact';
    expect(restatedFigures([original, restating({ qualifier })])[0]!.agree).toBe(false);
  });

  it('leaves out one document stating a figure twice, another period and another place', () => {
    const sameDocument = { ...original, id: `${original.id}-again` };
    expect(restatedFigures([original, sameDocument])).toEqual([]);
    expect(restatedFigures([original, restating({ period_end: '1999-12-31' })])).toEqual([]);
    expect(restatedFigures([original, restating({ jurisdiction: `${original.jurisdiction}-x` })])).toEqual([]);
  });

  it('reach the indicator page’s view when the collection holds a restatement', () => {
    const data = dataWith({ observations: [...DATA.observations, restating({ value: original.value + 1 })] });
    const [figure] = indicatorView(data, original.indicator_id).restated;
    expect(figure!.agree).toBe(false);
    expect(figure!.observations).toHaveLength(2);
  });
});
