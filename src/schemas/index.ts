import type { z } from 'zod';
import { AssessmentRow } from './assessment.ts';
import { DerivedRow } from './derived.ts';
import { DocumentRow } from './document.ts';
import { EvidenceRow } from './evidence.ts';
import { IndicatorRow } from './indicator.ts';
import { MentionRow } from './mention.ts';
import { ChangeRow } from './change.ts';
import { ObservationRow } from './observation.ts';
import { TargetRow } from './target.ts';
import { TaskRow } from './task.ts';
import { JurisdictionRow } from './jurisdiction.ts';
import { DocumentKindRow } from './document-kind.ts';
import { LatestObservationRow } from './latest-observation.ts';
import { TaskLinkRow } from './task-link.ts';
import { TaskThemeRow, ThemeRow } from './theme.ts';

export * from './vocab.ts';
export * from './describe.ts';
export * from './annotation.ts';
export { ManifestEntry, Manifest, DocumentRow } from './document.ts';
export { IndicatorRow, Indicators, Topic, Measure, FlowStock } from './indicator.ts';
export { GlossaryEntry, Glossary, GlossaryRole } from './glossary.ts';
export { ObservationRow } from './observation.ts';
export { TaskRow, type TaskDraft } from './task.ts';
export { TaskLinkRow } from './task-link.ts';
export { ThemeRow, Themes, TaskThemeRow } from './theme.ts';
export { TargetRow } from './target.ts';
export { AssessmentRow } from './assessment.ts';
export { EvidenceRow } from './evidence.ts';
export { DerivedRow, DerivedKind } from './derived.ts';
export { MentionRow, MentionUse } from './mention.ts';
export { ChangeRow, ChangeKind, Changelog } from './change.ts';
export { JurisdictionRow, Jurisdictions, JurisdictionLevel, jurisdictionName } from './jurisdiction.ts';
export { DocumentKindRow, DocumentKinds, isPlan } from './document-kind.ts';
export { LatestObservationRow } from './latest-observation.ts';
export { Release } from './release.ts';
export { Figures, RateSpec, ImpliedSpec, FunnelSpec, HeadlineSpec } from './figures.ts';

/** Every dataset the build publishes, in publication order; the one list the pipeline, site and tests share. */
export const DATASETS = [
  {
    name: 'documents',
    schema: DocumentRow,
    title_zh: '来源文档',
    title_en: 'Source documents',
    row_zh: '一份官方文件',
    row_en: 'One official document',
  },
  {
    name: 'jurisdictions',
    schema: JurisdictionRow,
    title_zh: '辖区',
    title_en: 'Jurisdictions',
    row_zh: '一个行政区划（含国标代码和上级辖区）',
    row_en: 'One administrative division, with its GB/T 2260 code and the division above it',
  },
  {
    name: 'document_kinds',
    schema: DocumentKindRow,
    title_zh: '文件类型',
    title_en: 'Document kinds',
    row_zh: '一种文件类型',
    row_en: 'One genre of document',
  },
  {
    name: 'indicators',
    schema: IndicatorRow,
    title_zh: '指标',
    title_en: 'Indicators',
    row_zh: '一个统计指标',
    row_en: 'One statistical indicator',
  },
  {
    name: 'observations',
    schema: ObservationRow,
    title_zh: '观测值',
    title_en: 'Observations',
    row_zh: '文件报告的一个统计数字',
    row_en: 'One statistic a document reports',
  },
  {
    name: 'latest_observations',
    schema: LatestObservationRow,
    title_zh: '最新观测值',
    title_en: 'Latest observations',
    row_zh: '一个指标在一个辖区的最新观测值',
    row_en: 'The latest observation of one indicator in one jurisdiction',
  },
  {
    name: 'tasks',
    schema: TaskRow,
    title_zh: '规划任务',
    title_en: 'Plan tasks',
    row_zh: '规划中的一项任务',
    row_en: 'One task of a plan',
  },
  {
    name: 'targets',
    schema: TargetRow,
    title_zh: '量化目标',
    title_en: 'Targets',
    row_zh: '一项量化目标',
    row_en: 'One quantitative target',
  },
  {
    name: 'assessments',
    schema: AssessmentRow,
    title_zh: '进展评估',
    title_en: 'Assessments',
    row_zh: '一项任务的进展评估',
    row_en: 'Where one task stands',
  },
  {
    name: 'evidence',
    schema: EvidenceRow,
    title_zh: '评估证据',
    title_en: 'Evidence',
    row_zh: '评估引用的一段原文',
    row_en: 'One quote an assessment cites',
  },
  {
    name: 'task_links',
    schema: TaskLinkRow,
    title_zh: '任务延续关系',
    title_en: 'Task links',
    row_zh: '后一规划的任务延续前一规划的任务',
    row_en: 'A task of a later plan that carries on a task of an earlier one',
  },
  {
    name: 'themes',
    schema: ThemeRow,
    title_zh: '主题',
    title_en: 'Themes',
    row_zh: '各规划共用的一个主题',
    row_en: 'One theme of the vocabulary all plans share',
  },
  {
    name: 'task_themes',
    schema: TaskThemeRow,
    title_zh: '任务主题',
    title_en: 'Task themes',
    row_zh: '一项任务的一个主题',
    row_en: 'One theme of one task',
  },
  {
    name: 'derived',
    schema: DerivedRow,
    title_zh: '衍生指标',
    title_en: 'Derived metrics',
    row_zh: '由观测值计算的一个指标',
    row_en: 'One metric computed from observations',
  },
  {
    name: 'mentions',
    schema: MentionRow,
    title_zh: '数字提及',
    title_en: 'Numeric mentions',
    row_zh: '原文中的一个数字及其用途',
    row_en: 'One numeric mention in a source and how it is accounted for',
  },
  {
    name: 'changes',
    schema: ChangeRow,
    title_zh: '数据变更记录',
    title_en: 'Changelog',
    row_zh: '数据的一次变更',
    row_en: 'One change to the published data',
  },
] as const;

export type DatasetName = (typeof DATASETS)[number]['name'];

/** The rows of every dataset, typed. */
export interface Datasets {
  documents: z.infer<typeof DocumentRow>[];
  jurisdictions: z.infer<typeof JurisdictionRow>[];
  document_kinds: z.infer<typeof DocumentKindRow>[];
  indicators: z.infer<typeof IndicatorRow>[];
  observations: z.infer<typeof ObservationRow>[];
  latest_observations: z.infer<typeof LatestObservationRow>[];
  tasks: z.infer<typeof TaskRow>[];
  targets: z.infer<typeof TargetRow>[];
  assessments: z.infer<typeof AssessmentRow>[];
  evidence: z.infer<typeof EvidenceRow>[];
  task_links: z.infer<typeof TaskLinkRow>[];
  themes: z.infer<typeof ThemeRow>[];
  task_themes: z.infer<typeof TaskThemeRow>[];
  derived: z.infer<typeof DerivedRow>[];
  mentions: z.infer<typeof MentionRow>[];
  changes: z.infer<typeof ChangeRow>[];
}
