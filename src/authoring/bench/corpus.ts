import { extractMentions } from '../../pipeline/extract/index.ts';
import { STATISTIC_KINDS, type ManifestEntry } from '../../schemas/index.ts';
import { compact, uniqueQuote } from '../../shared/quotes.ts';
import { sha256 } from '../../pipeline/sources/sources.ts';
import { inputs } from '../../shared/files.ts';

/** A deterministic pseudo-random sequence (mulberry32), so every run generates the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Template {
  entry: ManifestEntry;
  text: string;
}

/**
 * A synthetic project of `size` documents in the sources' style: each is a real source whose statistics have new
 * digits, with a manifest entry and an annotation file that uses its first statistic and marks the rest as not
 * statistics, so the whole pipeline runs on it as on real data.
 */
export function syntheticProject(templates: Template[], size: number): Record<string, string> {
  const rnd = random(20231115);
  const files: Record<string, string> = {};
  const manifest: ManifestEntry[] = [];
  const units = new Map<string, string>();
  const prepared = templates.map((t) => ({
    ...t,
    stats: extractMentions(t.text).filter((m) => STATISTIC_KINDS.includes(m.kind) && m.value !== null),
  }));
  for (let i = 0; i < size; i++) {
    const tpl = prepared[i % prepared.length]!;
    let text = '';
    let at = 0;
    for (const m of tpl.stats) {
      const digits = m.text.replace(/[0-9]/g, (_d, k: number) =>
        String(k === 0 ? 1 + Math.floor(rnd() * 9) : Math.floor(rnd() * 10)),
      );
      text += tpl.text.slice(at, m.start) + digits;
      at = m.end;
    }
    text += tpl.text.slice(at);
    const id = `synthetic-${String(i + 1).padStart(4, '0')}`;
    const file = `${id}.txt`;
    files[inputs.source(file)] = text;
    manifest.push({
      ...tpl.entry,
      id,
      file,
      sha256: sha256(text),
      doc_number: `合成〔2023〕${i + 1}号`,
      date_quote: null,
    });

    const mentions = extractMentions(text).filter((m) => STATISTIC_KINDS.includes(m.kind) && m.value !== null);
    const source = compact(text);
    const year = Number((tpl.entry.date_issued ?? '2023').slice(0, 4));
    const [first, ...rest] = mentions;
    const observations = first
      ? [
          (() => {
            const unit = first.unit ?? '';
            if (!units.has(unit)) units.set(unit, `synthetic-unit-${units.size + 1}`);
            return {
              id: `${id}-obs`,
              indicator: units.get(unit)!,
              jurisdiction: tpl.entry.jurisdiction,
              // The year before the document: a reported figure is never from after its report.
              period_start: `${year - 1}-01-01`,
              period_end: `${year - 1}-12-31`,
              quote: uniqueQuote(source, first.start, first.end),
              mention: first.text,
              value: first.value!,
              qualifier: first.qualifier,
            };
          })(),
        ]
      : [];
    const not_statistics = rest.map((m) => ({
      quote: uniqueQuote(source, m.start, m.end),
      mention: m.text,
      reason: 'synthetic',
      reason_zh: '基准测试用合成数据',
    }));
    files[inputs.annotation(id)] = JSON.stringify({ document: id, observations, not_statistics });
  }
  files[inputs.manifest] = JSON.stringify(manifest);
  files[inputs.changelog] = JSON.stringify([
    {
      id: 'synthetic',
      date: '2000-01-01',
      kind: 'method',
      document_ids: '',
      summary_zh: '基准测试用合成数据。',
      summary_en: 'Synthetic data for the benchmark.',
    },
  ]);
  files[inputs.indicators] = JSON.stringify(
    [...units].map(([unit, id]) => ({
      id,
      name_zh: `合成指标${unit}`,
      name_en: `Synthetic ${id}`,
      definition_zh: '基准测试用',
      definition_en: 'For the benchmark',
      unit,
      unit_en: unit || 'none',
      measure: unit === '%' ? 'percent' : unit === '元' ? 'money' : 'count',
      topic: 'courts',
      flow_stock: 'flow',
      base: null,
    })),
  );
  return files;
}
