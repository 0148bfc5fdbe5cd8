// How a task is named to a reader, in the reader's language: "任务3" / "Task 3", "任务（二）" / "Task (2)". Two items of
// one plan never share a label: where a plan numbers two sections alike (tasks （一）… and one-year goals （一）…),
// each is named by its section. A notice's reporting requirements (numbered 报送1, 报送2… by the annotations) are
// named as such, not as tasks of the plan.
import type { Locale } from '../../shared/locales.ts';
import type { TaskRow } from '../../schemas/index.ts';
import { ui } from '../words/ui.ts';
import type { SiteData } from './data.ts';
import { perData } from './memo.ts';

const REPORTING = /^报送(\d+)$/u;
const CJK_DIGITS = '〇一二三四五六七八九';

/** Whether a task is one of a notice's reporting requirements (submit a plan, a summary) rather than a plan task. */
export function isReportingRequirement(task: Pick<TaskRow, 'number'>): boolean {
  return REPORTING.test(task.number);
}

/** A Chinese numeral up to 九十九 as digits (十二 → 12); null for anything else. */
function cjkNumber(s: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(s);
  if (!m || s === '') return null;
  const [, tens, ten, ones] = m;
  // Without 十 the one digit is matched by the first group: 二 → 2.
  if (!ten) return tens && !ones ? CJK_DIGITS.indexOf(tens) : null;
  return (tens ? CJK_DIGITS.indexOf(tens) : 1) * 10 + (ones ? CJK_DIGITS.indexOf(ones) : 0);
}

/** A task number as each language writes it: （二） stays full-width in Chinese and reads (2) in English. */
export function taskNumber(number: string, locale: Locale): string {
  const inner = /^[（(]([^）)]+)[）)]$/u.exec(number)?.[1];
  if (inner === undefined) return locale === 'en' ? String(cjkNumber(number) ?? number) : number;
  if (locale === 'zh') return `（${inner}）`;
  return `(${cjkNumber(inner) ?? inner})`;
}

/** A section heading without its ordinal or its aside: "三、进度安排" → "进度安排", "3. Schedule (goals…)" → "Schedule". */
function sectionName(task: TaskRow, locale: Locale): string {
  if (locale === 'zh') return task.section_zh.replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*/u, '');
  return task.section_en.replace(/^\d+\.\s*/u, '').replace(/\s*\([^)]*\)$/u, '');
}

function label(task: TaskRow, shared: boolean, locale: Locale): string {
  const t = ui(locale);
  const reporting = REPORTING.exec(task.number);
  if (reporting) return t.reportingNumbered(reporting[1]!);
  const number = taskNumber(task.number, locale);
  return shared ? t.sectionNumbered(sectionName(task, locale), number) : t.taskNumbered(number);
}

/** Every task's label in both languages, by task id. */
export const taskLabels = perData((data: SiteData): Map<string, Record<Locale, string>> => {
  const seen = new Map<string, number>();
  for (const t of data.tasks)
    seen.set(`${t.document_id} ${t.number}`, (seen.get(`${t.document_id} ${t.number}`) ?? 0) + 1);
  return new Map(
    data.tasks.map((t) => {
      const shared = seen.get(`${t.document_id} ${t.number}`)! > 1;
      return [t.id, { zh: label(t, shared, 'zh'), en: label(t, shared, 'en') }];
    }),
  );
});
