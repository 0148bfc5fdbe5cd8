import { describe, expect, it } from 'vitest';
import { headlines } from '../../../src/site/data/headlines.ts';
import { DATA, dataWith } from '../site-fixture.ts';

describe('headlines', () => {
  const cards = headlines(DATA);

  it('heads each card with the latest observation of its indicator', () => {
    expect(cards.length).toBeGreaterThan(0);
    for (const { observation: o } of cards) {
      const later = DATA.observations.filter(
        (x) =>
          x.indicator_id === o.indicator_id &&
          (x.period_end > o.period_end || (x.period_end === o.period_end && x.period_start > o.period_start)),
      );
      expect(later, o.indicator_id).toEqual([]);
    }
  });

  it('gives each companion figure from the datasets themselves', () => {
    for (const { companion } of cards) {
      if (companion === null) continue;
      if ('observation' in companion) expect(DATA.observations).toContain(companion.observation);
      else expect(DATA.derived).toContain(companion.derived);
    }
  });

  it('stops the build when a headline indicator has no observation', () => {
    const indicator = cards[0]!.observation.indicator_id;
    const broken = dataWith({
      observations: DATA.observations.filter((o) => o.indicator_id !== indicator),
      latest_observations: DATA.latest_observations.filter((l) => l.indicator_id !== indicator),
    });
    expect(() => headlines(broken)).toThrow(new RegExp(`"${indicator}" has no observation`));
  });
});
