import { z } from 'zod';
import { field } from './describe.ts';
import { Id } from './vocab.ts';

/** A theme of the controlled vocabulary shared by all plans (data/themes.json), so places compare on one ground. */
export const ThemeRow = z.strictObject({
  id: field(Id, '主题标识', 'Theme identifier'),
  name_zh: field(z.string().min(1), '主题名称', 'Theme name in Chinese'),
  name_en: field(z.string().min(1), '主题名称（英文）', 'Theme name in English'),
  definition_zh: field(z.string().min(1), '定义', 'One-line definition in Chinese'),
  definition_en: field(z.string().min(1), '定义（英文）', 'One-line definition in English'),
});
export type ThemeRow = z.infer<typeof ThemeRow>;
export const Themes = z.array(ThemeRow).min(1);

/** One theme of one task: every task carries one to three. */
export const TaskThemeRow = z.strictObject({
  id: field(z.string(), '标识（任务标识--主题标识）', 'Identifier (task id--theme id)'),
  task_id: field(Id, '任务标识', 'Task identifier'),
  theme_id: field(Id, '主题标识', 'Theme identifier'),
  plan_id: field(Id, '规划文档标识', 'Id of the plan document'),
});
export type TaskThemeRow = z.infer<typeof TaskThemeRow>;
