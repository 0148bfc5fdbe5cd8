// Draft the tasks of a plan from its own numbering: each innermost numbered item is one task, quoted whole, under the
// heading that holds it. Top-level sections that by the genre's convention state the plan's frame rather than its
// work (总体要求, 指导思想, 工作要求, 保障措施 and the like) hold no tasks.
import { extractMentions, type Mention } from '../../pipeline/extract/index.ts';
import type { Candidate, IndicatorMatcher } from './indicators.ts';
import type { ThemeMatcher } from './themes.ts';
import { leaves, outline, type OutlineItem } from './outline.ts';
import { clauseAround, sentences, trim } from './text.ts';

export interface DraftTarget {
  indicator: string | null;
  indicator_candidates: Candidate[];
  comparator: string;
  quote: string;
  mention: string;
  value: number;
  deadline: string | null;
}

export interface DraftTask {
  draft: true;
  id: string;
  number: string;
  section_zh: string;
  quote: string;
  summary_zh: string;
  type: 'quantitative' | 'milestone' | 'qualitative';
  deadline: string | null;
  /** The clause that states the deadline, where there is one. */
  deadline_quote?: string;
  /** Best-matching themes, best first, with scores; `themes` takes those close to the best. */
  themes?: string[];
  theme_candidates?: { id: string; score: number }[];
  target?: DraftTarget;
}

const FRAME_SECTION = /要求|思路|指导思想|目标|保障|组织实施|组织领导/u;
const WORK_SECTION = /任务|措施|安排/u;
/** A date followed by 前/底, or a reporting date of the covering notice. */
const DUE_AFTER = /^\s*(?:前|之前|底前|年底前|底)/u;
const REPORT = /报送|上报|提交|报告/u;

const flat = (s: string) => s.replace(/\s*\n\s*/gu, '').trim();
const iso = (m: Mention, year: string) => (m.iso!.startsWith('--') ? `${year}${m.iso!.slice(1)}` : m.iso!);

function isFrame(section: OutlineItem, text: string): boolean {
  const heading = text.slice(section.start, section.headEnd);
  return FRAME_SECTION.test(heading) && !WORK_SECTION.test(heading);
}

function comparator(m: Mention): string {
  if (m.qualifier === 'at_least') return 'gte';
  if (m.qualifier === 'more_than') return 'gt';
  return 'gte';
}

/** The numbered items that are tasks: innermost items outside the frame sections. */
export function taskItems(text: string): { item: OutlineItem; above: OutlineItem[] }[] {
  return leaves(outline(text)).filter(({ item, above }) => !isFrame(above[0] ?? item, text));
}

export function draftTasks(
  text: string,
  input: { id: string; year: string },
  targets: readonly Mention[],
  matcher: IndicatorMatcher,
  themes: ThemeMatcher,
): DraftTask[] {
  const dates = extractMentions(text).filter(
    (m) => m.kind === 'date' && m.iso && /^(\d{4}|-)-\d{2}-\d{2}$/u.test(m.iso),
  );
  const tasks: DraftTask[] = [];
  const tops = outline(text);
  for (const { item, above } of taskItems(text)) {
    const range = trim(text, { start: item.start, end: item.end });
    const body = text.slice(range.start, range.end);
    const first = sentences(body)[0];
    const heading = above.at(-1);
    const due = dates.find(
      (d) => d.start >= range.start && d.end <= range.end && DUE_AFTER.test(text.slice(d.end, d.end + 4)),
    );
    const target = targets.find((m) => m.start >= range.start && m.end <= range.end);
    const task: DraftTask = {
      draft: true,
      id: `${input.id}-t${String(tasks.length + 1).padStart(2, '0')}`,
      number: item.marker.replace(/[、.．]$/u, ''),
      section_zh: heading ? flat(text.slice(heading.start, heading.headEnd)) : '',
      quote: flat(body),
      summary_zh: flat(first ? body.slice(first.start, first.end) : body).replace(
        /^[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*/u,
        '',
      ),
      type: target ? 'quantitative' : due ? 'milestone' : 'qualitative',
      deadline: due ? iso(due, input.year) : null,
      ...(due
        ? {
            deadline_quote: flat(
              text.slice(clauseAround(text, due.start, due.end).start, clauseAround(text, due.start, due.end).end),
            ).replace(/[，。；]$/u, ''),
          }
        : {}),
      ...(themes.empty ? {} : themes.rank(body)),
    };
    if (target) {
      const c = clauseAround(text, target.start, target.end);
      task.target = {
        indicator: null,
        indicator_candidates: matcher.rank(target.unit, text.slice(c.start, c.end), task.summary_zh),
        comparator: comparator(target),
        quote: flat(text.slice(c.start, c.end)),
        mention: target.text,
        value: target.value!,
        deadline: task.deadline,
      };
      task.target.indicator = task.target.indicator_candidates[0]?.id ?? null;
    }
    tasks.push(task);
  }
  const firstItem = tops[0]?.start ?? text.length;
  for (const d of dates) {
    if (d.start >= firstItem) break;
    const c = clauseAround(text, d.start, d.end);
    const clause = text.slice(c.start, c.end);
    if (!REPORT.test(clause) || (!DUE_AFTER.test(text.slice(d.end, d.end + 4)) && !/前/u.test(clause))) continue;
    const quote = flat(clause).replace(/[，。；]$/u, '');
    tasks.push({
      draft: true,
      id: `${input.id}-t${String(tasks.length + 1).padStart(2, '0')}`,
      number: `报送${tasks.filter((t) => t.number.startsWith('报送')).length + 1}`,
      section_zh: '通知',
      quote,
      summary_zh: quote,
      type: 'milestone',
      deadline: iso(d, input.year),
      deadline_quote: quote,
      ...(themes.empty ? {} : themes.rank(quote)),
    });
  }
  return tasks;
}
