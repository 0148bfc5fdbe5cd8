// The unseen test samples (tests/fixtures/unseen: invented documents marked 【测试样本】, never published, each with an
// answer key) as the scripted curator reads them: one sample of each genre, in an order in which the places and plans
// a later one needs are already in. What the keys leave to the curator (English titles and summaries, where a deadline
// is stated, the words of a new indicator) is written here, plainly marked as test-sample wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sameCount } from '../../../src/pipeline/extract/index.ts';
import { GENRE_KIND, type SampleKey as UnseenKey } from '../../../src/authoring/bench/unseen.ts';
import { NOT_STATISTIC_REASONS } from '../../../src/authoring/workbench/panel.ts';
import type { FigureKey, IndicatorDefinition, PlaceKey, SampleKey } from './curator.ts';

const DIR = join(import.meta.dirname, '../../fixtures/unseen');

interface Key {
  genre: string;
  place: PlaceKey & { parent: string | null };
  document: UnseenKey['document'];
  figures: (Omit<FigureKey, 'period' | 'define' | 'place'> & {
    unit: string;
    new_name_zh?: string;
    flow_stock: string;
    period_start: string;
    period_end: string;
    place?: string;
  })[];
  not_statistics: { number: string; quote: string; why: string }[];
  tasks: {
    label: string;
    target?: { quote: string; number: string; unit: string; indicator: string; new_name_zh?: string };
    deadline?: string;
  }[];
  evidence: UnseenKey['evidence'];
}

/** What each sample's key leaves to the curator. */
interface Overlay {
  id: string;
  title_en: string;
  issuer_en: string;
  /** Passages stating a task's deadline, by task label. */
  deadlines?: Record<string, string>;
}

/** Places the keys name as parents (or as a figure's place) without defining them: GB/T 2260 codes. */
const MORE_PLACES: Record<string, PlaceKey> = {
  sichuan: { id: 'sichuan', name_zh: '四川省', name_en: 'Sichuan', level: 'provincial', parent: '', code: '510000' },
  chengdu: {
    id: 'chengdu',
    name_zh: '成都市',
    name_en: 'Chengdu',
    level: 'prefecture',
    parent: 'sichuan',
    code: '510100',
  },
  'shanghai-pudong': {
    id: 'shanghai-pudong',
    name_zh: '浦东新区',
    name_en: 'Pudong New Area, Shanghai',
    level: 'county',
    parent: 'shanghai',
    code: '310115',
  },
};

/** Why a number is not a statistic, by the key's reason. */
const [LATER, QUOTA, NAME] = NOT_STATISTIC_REASONS as [[string, string], [string, string], [string, string]];
const WHY: Record<string, [string, string]> = {
  target: LATER,
  requirement: QUOTA,
  name: NAME,
  deadline: ['期限', 'a deadline'],
  date: ['日期', 'a date'],
  ordinal: ['序数', 'an ordinal'],
  'document number': ['文号或编号', 'a document or item number'],
};

/** Units a new indicator may need in English, where the catalogue has none to offer. */
const UNIT_EN: Record<string, string> = { 张: 'certificates', 户次: 'inspections', 册: 'volumes', 起: 'cases' };

/**
 * New indicators, one per name across the series (a plan's target and a later figure name the same one), in test-
 * sample wording: the curator's actions are what is counted, not the English.
 */
const named = new Map<string, string>();
function defineNew(nameZh: string, unit: string, flowStock: string): { id: string; define: IndicatorDefinition } {
  // An indicator has one unit: the same name counted in another measure word (件 and 起) is another indicator.
  const key = `${nameZh}|${unit}`;
  if (!named.has(key)) named.set(key, `test-sample-indicator-${named.size + 1}`);
  const id = named.get(key)!;
  return {
    id,
    define: {
      name_zh: nameZh,
      name_en: id.replaceAll('-', ' '),
      definition_zh: `测试样本指标：${nameZh}。`,
      definition_en: `Test sample indicator: ${nameZh}.`,
      unit_en: UNIT_EN[unit] ?? 'units',
      flow_stock: flowStock,
      topic: 'governance',
    },
  };
}

function places(key: Key, known: Set<string>): PlaceKey[] {
  const chain: PlaceKey[] = [];
  const add = (id: string | null | undefined, own?: PlaceKey) => {
    if (!id || known.has(id)) return;
    const p = own ?? MORE_PLACES[id];
    if (!p) throw new Error(`no entry for the place "${id}"`);
    add(p.parent || null);
    known.add(id);
    chain.push({ ...p, parent: p.parent ?? '' });
  };
  add(key.place.id, { ...key.place, parent: key.place.parent ?? '' });
  for (const f of key.figures) add(f.place);
  return chain;
}

/** The catalogue's units, by indicator id. */
let units = new Map<string, string>();

/**
 * A figure's indicator: the key's, or a new one where the key says so. A key files a figure under a catalogue
 * indicator only in a unit that counts as its unit does (check-keys.mjs sees to it: 25个 of workstations may be filed
 * under one counted in 家, 5条 of clues not under one counted in 件), since the build refuses another.
 */
function indicatorFor(f: { indicator: string; new_name_zh?: string; unit: string; flow_stock: string }) {
  if (f.indicator === 'new') return defineNew(f.new_name_zh ?? `${f.indicator}（${f.unit}）`, f.unit, f.flow_stock);
  if (!sameCount(units.get(f.indicator), f.unit))
    throw new Error(
      `the key files "${f.indicator}" in ${f.unit}, the catalogue counts it in ${units.get(f.indicator)}: run check-keys.mjs`,
    );
  return { id: f.indicator, define: undefined };
}

function sample(name: string, overlay: Overlay, known: Set<string>): SampleKey {
  const key = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as Key;
  const d = key.document;
  return {
    genre: key.genre,
    name,
    text: readFileSync(join(DIR, `${name}.txt`), 'utf8'),
    file: join(DIR, `${name}.txt`),
    id: overlay.id,
    places: places(key, known),
    jurisdiction: key.place.id,
    kind: GENRE_KIND[key.genre]!,
    details: {
      title_zh: d.title_zh,
      title_en: overlay.title_en,
      issuer_zh: d.issuer_zh,
      issuer_en: overlay.issuer_en,
      doc_number: d.doc_number === 'none' ? null : d.doc_number,
      level: key.place.level,
      date_quote: d.date_quote,
      date_issued: d.date_issued === 'not_stated' ? null : d.date_issued,
      period: d.period_start && d.period_end ? [d.period_start, d.period_end] : null,
    },
    figures: key.figures.map((f) => {
      const fresh = indicatorFor(f);
      return {
        quote: f.quote,
        number: f.number,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        indicator: fresh.id,
        define: fresh.define,
        period: [f.period_start, f.period_end],
        place: f.place ?? null,
      };
    }),
    not_statistics: key.not_statistics.map((n) => ({
      quote: n.quote,
      number: n.number,
      reason_zh: WHY[n.why]![0],
      reason: WHY[n.why]![1],
    })),
    tasks: key.tasks.map((t) => {
      const fresh = t.target && indicatorFor({ ...t.target, flow_stock: 'flow' });
      return {
        label: t.label,
        section_en: 'Tasks (test sample)',
        summary_en: `Task ${t.label} of the test sample`,
        target: t.target && {
          quote: t.target.quote,
          number: t.target.number,
          indicator: fresh?.id ?? t.target.indicator,
          define: fresh?.define,
        },
        deadline: t.deadline,
        deadline_quote: overlay.deadlines?.[t.label],
      };
    }),
    evidence: key.evidence ?? [],
  };
}

/** One sample of each genre, in order: a plan before the documents that report on it, a province before its city. */
export function series(known: Iterable<string>, catalogue: { id: string; unit: string }[]): SampleKey[] {
  const have = new Set(known);
  units = new Map(catalogue.map((i) => [i.id, i.unit]));
  return [
    sample(
      'minhang-2025-plan',
      {
        id: 'test-minhang-2025-plan',
        title_en: "Minhang District's 2025 IP protection plan (test sample)",
        issuer_en: 'Minhang District IP Administration, Shanghai',
        deadlines: { '（七）': '2025年6月底前完成相关信息归集机制建设' },
      },
      have,
    ),
    sample(
      'shanghai-2025-white-paper',
      {
        id: 'test-shanghai-2025-white-paper',
        title_en: 'IP development and protection in Shanghai, 2025 (test sample)',
        issuer_en: 'Shanghai Intellectual Property Administration',
      },
      have,
    ),
    sample(
      'jiangsu-2022-work-points',
      {
        id: 'test-jiangsu-2022-work-points',
        title_en: "Jiangsu's 2022 IP work points (test sample)",
        issuer_en: 'Jiangsu Intellectual Property Administration',
        deadlines: { '10.': '年底前实现设区市全覆盖' },
      },
      have,
    ),
    sample(
      'suzhou-2024-reply',
      {
        id: 'test-suzhou-2024-reply',
        title_en: "Reply to deputies' suggestion No. 0318 (test sample)",
        issuer_en: 'Suzhou Intellectual Property Administration',
      },
      have,
    ),
    sample(
      'wuhou-2023-summary',
      {
        id: 'test-wuhou-2023-summary',
        title_en: "Wuhou District's 2023 IP work summary (test sample)",
        issuer_en: 'Wuhou District Administration for Market Regulation, Chengdu',
      },
      have,
    ),
    sample(
      'henan-2022-notice',
      {
        id: 'test-henan-2022-notice',
        title_en: 'Notice on the 2022 self-assessment of IP protection work (test sample)',
        issuer_en: 'Henan Intellectual Property Administration',
      },
      have,
    ),
  ];
}
