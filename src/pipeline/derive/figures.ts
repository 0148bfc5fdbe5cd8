// Which figures are derived, which form a funnel and which head the overview are declared in data/figures.json,
// checked here like every other input: ids that exist, units that fit, and (once the datasets are built) the
// figures the site will draw actually present, so a missing one is a data error, not a crash in a page.
import { Figures, type Datasets, type IndicatorRow, type JurisdictionRow } from '../../schemas/index.ts';
import { inputs } from '../../shared/files.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import { readJson } from '../../shared/json-input.ts';
import type { Reader } from '../../shared/reader.ts';

const FILE = inputs.figures;

/** The declarations, with every indicator and jurisdiction they name checked against the curated lists. */
export function loadFigures(
  reader: Reader,
  indicators: ReadonlyMap<string, IndicatorRow>,
  jurisdictions: ReadonlyMap<string, JurisdictionRow>,
): Figures {
  const figures = readJson(reader, FILE, Figures);
  const indicator = (id: string, entry: string, unit?: string) => {
    const ind = indicators.get(id);
    if (!ind) throw new DataError(FILE, entry, `unknown indicator "${id}"`, `use an id from ${inputs.indicators}`);
    if (unit && ind.unit !== unit)
      throw new DataError(
        FILE,
        entry,
        `indicator "${id}" is in ${ind.unit}, not ${unit}`,
        `name an indicator in ${unit}`,
      );
    return ind;
  };
  const ids = new Set<string>();
  const unique = (id: string, entry: string) => {
    if (ids.has(id)) throw new DataError(FILE, entry, `duplicate id "${id}"`, 'give each derived figure its own id');
    ids.add(id);
  };
  figures.rates.forEach((r, i) => {
    const entry = entryName('rates', i, r.id);
    unique(r.id, entry);
    const num = indicator(r.numerator, entry);
    indicator(r.denominator, entry, num.unit);
    if (r.reported) indicator(r.reported, entry, '%');
  });
  figures.implied_baselines.forEach((b, i) => {
    const entry = entryName('implied_baselines', i, b.id);
    unique(b.id, entry);
    indicator(b.value, entry);
    indicator(b.growth, entry, '%');
  });
  figures.funnels.forEach((f, i) => {
    const entry = entryName('funnels', i, f.id);
    const unit = indicator(f.stages[0]!.indicator, entry).unit;
    for (const s of f.stages) indicator(s.indicator, entry, unit);
    if (f.rates.length !== f.stages.length)
      throw new DataError(
        FILE,
        entry,
        `${f.stages.length} stages need ${f.stages.length} rate labels, not ${f.rates.length}`,
        'label the rate of each stage over the one before, then of the last over the first',
      );
    const pairs = [
      ...f.stages.slice(1).map((s, k) => [s.indicator, f.stages[k]!.indicator] as const),
      [f.stages.at(-1)!.indicator, f.stages[0]!.indicator] as const,
    ];
    for (const [numerator, denominator] of pairs)
      if (!figures.rates.some((r) => r.numerator === numerator && r.denominator === denominator))
        throw new DataError(
          FILE,
          entry,
          `no rate of ${numerator} over ${denominator} is declared`,
          'add it to "rates": the funnel shows the rates the pipeline derives',
        );
  });
  figures.headlines.forEach((h, i) => {
    const entry = entryName('headlines', i, h.indicator);
    indicator(h.indicator, entry);
    if (!jurisdictions.has(h.jurisdiction))
      throw new DataError(
        FILE,
        entry,
        `unknown jurisdiction "${h.jurisdiction}"`,
        `use an id from ${inputs.jurisdictions}`,
      );
    if (h.companion && 'observation' in h.companion) indicator(h.companion.observation, entry);
    if (h.companion && 'derived' in h.companion) indicator(h.companion.derived.indicator, entry);
  });
  return figures;
}

/** Every headline and funnel has the rows the site will show: checked once the datasets are built. */
export function checkFigures(
  figures: Figures,
  datasets: Pick<Datasets, 'latest_observations' | 'derived' | 'observations'>,
) {
  const latest = new Set(datasets.latest_observations.map((l) => `${l.indicator_id} ${l.jurisdiction}`));
  figures.headlines.forEach((h, i) => {
    const entry = entryName('headlines', i, h.indicator);
    const need = (indicator: string) => {
      if (!latest.has(`${indicator} ${h.jurisdiction}`))
        throw new DataError(
          FILE,
          entry,
          `no observation of "${indicator}" in ${h.jurisdiction} to show`,
          'add the observation, or head the overview with a figure the data has',
        );
    };
    need(h.indicator);
    if (h.companion && 'observation' in h.companion) need(h.companion.observation);
    if (h.companion && 'derived' in h.companion) {
      const { indicator, kind } = h.companion.derived;
      if (
        !datasets.derived.some(
          (d) => d.indicator_id === indicator && d.kind === kind && d.jurisdiction === h.jurisdiction,
        )
      )
        throw new DataError(
          FILE,
          entry,
          `no ${kind} metric on "${indicator}" in ${h.jurisdiction} was derived`,
          'declare the derived figure (rates, implied_baselines or a target), or choose another companion',
        );
    }
  });
  figures.funnels.forEach((f, i) => {
    const periods = new Map<string, Set<string>>();
    for (const o of datasets.observations) {
      const key = `${o.jurisdiction} ${o.period_start} ${o.period_end}`;
      periods.set(key, (periods.get(key) ?? new Set()).add(o.indicator_id));
    }
    if (![...periods.values()].some((found) => f.stages.every((s) => found.has(s.indicator))))
      throw new DataError(
        FILE,
        entryName('funnels', i, f.id),
        'no place and period has an observation of every stage',
        'add the missing stage observations, or remove the funnel',
      );
  });
}
