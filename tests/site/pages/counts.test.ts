// One count everywhere: every task of the tasks dataset (a covering notice's reporting requirements included) is
// counted the same way on the overview, each plan page, each briefing and the briefing index, and every headline
// sentence equals the table or list under it. The pages are read as built; the expected figures come from the
// published tasks dataset, never from the code that wrote the pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageHtml } from './pages.ts';
import { DIST } from './static-server.ts';
import { STATUS_WORDS } from '../../../src/site/words/status-words.ts';
import type { Status } from '../../../src/schemas/index.ts';

interface Task {
  id: string;
  document_id: string;
  status: Status;
}
const TASKS = JSON.parse(readFileSync(join(DIST, 'data/tasks.json'), 'utf8')) as Task[];
const PLANS = [...new Set(TASKS.map((t) => t.document_id))];
const LOCALES = ['zh', 'en'] as const;
const prefix = (locale: (typeof LOCALES)[number]) => (locale === 'en' ? '/en' : '');

const doc = (path: string) => parseHTML(pageHtml(path)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Every integer in a sentence, in order. */
const numbers = (s: string) => [...s.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));

function byStatus(tasks: Task[]): Map<Status, number> {
  const n = new Map<Status, number>();
  for (const t of tasks) n.set(t.status, (n.get(t.status) ?? 0) + 1);
  return n;
}

/** A sentence's "推进中2项" / "in progress 2" parts as status → count. */
function sentenceCounts(sentence: string, locale: 'zh' | 'en'): Map<Status, number> {
  const out = new Map<Status, number>();
  for (const [status, words] of Object.entries(STATUS_WORDS) as [Status, (typeof STATUS_WORDS)[Status]][]) {
    const name = locale === 'zh' ? words.zh : words.en.toLowerCase();
    const m = new RegExp(locale === 'zh' ? `${name}(\\d+)项` : `${name} (\\d+)`).exec(sentence);
    if (m) out.set(status, Number(m[1]));
  }
  return out;
}

describe('one count of tasks', () => {
  it('the dataset has reporting requirements among its tasks, which the counts must include', () => {
    expect(TASKS.length).toBeGreaterThan(50);
    expect(PLANS.length).toBeGreaterThan(1);
  });

  it.each(LOCALES)('the overview (%s) answers with every task by status, as the status chart’s table adds up', (l) => {
    const d = doc(`${prefix(l)}/`);
    const answer = text(d.querySelector('[data-answer] .answer-line'));
    const counts = sentenceCounts(answer, l);
    // "4份规划共94项任务：…", "4 plans set 94 tasks: …"
    const [plans, total] = numbers(answer);
    expect(total).toBe(TASKS.length);
    expect(plans).toBe(PLANS.length);
    for (const [status, n] of byStatus(TASKS)) expect(counts.get(status), `${status} in “${answer}”`).toBe(n);
    expect(counts.get('achieved') ?? -1, 'achieved is always said, even at 0').toBe(
      byStatus(TASKS).get('achieved') ?? 0,
    );
    // The status chart's table: a column per status and a total, a row per plan.
    const table = d.querySelector('#chart-status table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    const sumColumn = (i: number) => rows.reduce((n, r) => n + Number(r[i]), 0);
    expect(sumColumn(rows[0]!.length - 1)).toBe(total);
  });

  it.each(PLANS.flatMap((p) => LOCALES.map((l) => [p, l] as const)))(
    'plan %s (%s): the sentence, the task list and the briefing agree with the dataset',
    (plan, l) => {
      const mine = TASKS.filter((t) => t.document_id === plan);
      const d = doc(`${prefix(l)}/plans/${plan}/`);
      const answer = text(d.querySelector('[data-answer]'));
      expect(numbers(answer)[0]).toBe(mine.length);
      const items = [...d.querySelectorAll('li.task[data-status]')];
      expect(items.length).toBe(mine.length);
      const listed = byStatus(
        items.map((li) => ({ id: '', document_id: plan, status: li.getAttribute('data-status') as Status })),
      );
      const said = sentenceCounts(answer, l);
      for (const [status, n] of byStatus(mine)) {
        expect(said.get(status), `${status} in “${answer}”`).toBe(n);
        expect(listed.get(status)).toBe(n);
      }
      // The plan's briefing counts the same tasks.
      const b = doc(`${prefix(l)}/briefing/${plan}/`);
      expect(numbers(text(b.querySelector('#b-status')))[0]).toBe(mine.length);
    },
  );

  it.each(LOCALES)('the briefing index (%s): its sentence equals the sums of the table under it', (l) => {
    const d = doc(`${prefix(l)}/briefing/`);
    const lead = text(d.querySelector('[data-answer]'));
    // "本库收录5份官方文件，其中4份规划共94项任务；14项已有公开的进展状态（其中推进中2项、结转下年12项），94项截止日期已过…"
    const [, plans, tasks, reported] = numbers(lead);
    const passed = numbers(lead).at(-1);
    const table = d.querySelector('thead th[data-sum]')!.closest('table')!;
    const heads = [...table.querySelectorAll('thead th')];
    const column = (key: string) => heads.findIndex((h) => h.getAttribute('data-sum') === key);
    const rows = [...table.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('th[scope=row]'));
    const sum = (key: string) =>
      rows.reduce((n, tr) => n + Number(text([...tr.querySelectorAll('th, td')][column(key)])), 0);
    expect(rows.length).toBe(plans);
    expect(sum('tasks')).toBe(tasks);
    expect(tasks).toBe(TASKS.length);
    expect(sum('passed')).toBe(passed);
    const inTable = new Map<string, number>();
    for (const li of table.querySelectorAll('li[data-status]'))
      inTable.set(
        li.getAttribute('data-status')!,
        (inTable.get(li.getAttribute('data-status')!) ?? 0) + Number(li.getAttribute('data-n')),
      );
    const notNone = [...inTable].filter(([s]) => s !== 'no_evidence').reduce((n, [, c]) => n + c, 0);
    expect(notNone).toBe(reported);
    for (const [status, n] of sentenceCounts(lead, l)) expect(inTable.get(status)).toBe(n);
  });

  const themes = JSON.parse(readFileSync(join(DIST, 'data/themes.json'), 'utf8')) as { id: string }[];
  const tagged = JSON.parse(readFileSync(join(DIST, 'data/task_themes.json'), 'utf8')) as {
    theme_id: string;
    task_id: string;
  }[];
  it.each(themes.flatMap((th) => LOCALES.map((l) => [th.id, l] as const)))(
    'theme %s (%s): its sentence counts the tasks and plans listed under it',
    (theme, l) => {
      const d = doc(`${prefix(l)}/themes/${theme}/`);
      const [tasks, plans] = numbers(text(d.querySelector('[data-answer]')));
      const mine = new Set(tagged.filter((r) => r.theme_id === theme).map((r) => r.task_id));
      // "4份规划共12项任务标注此主题", "12 tasks in 4 plans…": the words differ in order, the figures do not.
      const said = l === 'zh' ? { tasks: plans, plans: tasks } : { tasks, plans };
      expect(said.tasks).toBe(mine.size);
      expect(d.querySelectorAll('[data-filter-item]').length).toBe(mine.size);
      const groups = [...d.querySelectorAll('section.plan')];
      expect(groups.length).toBe(said.plans);
      for (const g of groups)
        expect([...g.querySelectorAll('li[data-n]')].reduce((n, li) => n + Number(li.getAttribute('data-n')), 0)).toBe(
          g.querySelectorAll('[data-filter-item]').length,
        );
    },
  );
});
