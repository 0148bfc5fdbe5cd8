// A scripted curator: takes a document from its text file to a reviewed state through the workbench's controls only
// (clicks, typing, choosing, selecting text in the document), as a person would, and counts what it does. It follows
// an answer key (what a careful curator decides for each number, task and passage); where the draft already has it
// right, it only confirms. It has no way to write a file: everything goes through the page.
import type { Locator, Page } from 'playwright-core';

/** A place to add before the document is taken in, unless the list of places has it already. */
export interface PlaceKey {
  id: string;
  name_zh: string;
  name_en: string;
  level: string;
  parent: string;
  code: string;
}

/** What an indicator is, for when the catalogue lacks it and the curator adds it from the figure or target. */
export interface IndicatorDefinition {
  name_zh: string;
  name_en: string;
  definition_zh: string;
  definition_en: string;
  unit_en: string;
  flow_stock: string;
  topic: string;
}

/** A number in its passage: `number` is its text inside `quote` (16.2万, 2.4, 翻一番). */
export interface NumberKey {
  quote: string;
  number: string;
}

export interface FigureKey extends NumberKey {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  indicator: string;
  /** Where the catalogue lacks `indicator`. */
  define?: IndicatorDefinition;
  period: [string, string];
  /** The figure's place where it is not the document's. */
  place: string | null;
}

export interface NotStatisticKey extends NumberKey {
  reason_zh: string;
  reason: string;
}

export interface TaskKey {
  /** The number the plan prints (（一）, 1.). */
  label: string;
  section_en: string;
  summary_en: string;
  target?: NumberKey & { indicator: string; define?: IndicatorDefinition };
  deadline?: string;
  /** The passage stating the deadline, selected in the document. */
  deadline_quote?: string;
}

/** A passage that bears on an earlier plan's task. */
export interface EvidenceKey {
  quote: string;
  plan: string;
  task_label: string;
}

export interface SampleKey {
  genre: string;
  name: string;
  /** The text, and its path. */
  text: string;
  file: string;
  id: string;
  places: PlaceKey[];
  jurisdiction: string;
  kind: string;
  details: {
    title_zh: string;
    title_en: string;
    issuer_zh: string;
    issuer_en: string;
    /** null: the text has none. */
    doc_number: string | null;
    level: string;
    /** The passage stating the date, selected in the document; null where the text states none. */
    date_quote: string | null;
    date_issued: string | null;
    period: [string, string] | null;
  };
  figures: FigureKey[];
  not_statistics: NotStatisticKey[];
  tasks: TaskKey[];
  evidence: EvidenceKey[];
}

export interface Count {
  /** Actions spent on numbers (figures, targets, numbers that are not statistics), and the figures and targets published. */
  figureActions: number;
  figures: number;
  /** Actions on everything else: places, taking the document in, its details, tasks, evidence. */
  otherActions: number;
  /** Each number's actions, in the order the curator took them. */
  log: { figure: string; actions: string[] }[];
  /** Figures of the key that no drafted number stands for (the extractor does not read them). */
  missed: string[];
}

const strip = (s: string) => s.replace(/\s+/gu, '');

/** The curator's hands on one page, each use of them counted where it belongs. */
export class Curator {
  readonly page: Page;
  readonly count: Count = { figureActions: 0, figures: 0, otherActions: 0, log: [], missed: [] };
  private onFigure = false;

  constructor(page: Page) {
    this.page = page;
  }

  private async tick(what: string, target?: Locator) {
    if (!this.onFigure) {
      this.count.otherActions++;
      return;
    }
    this.count.figureActions++;
    const name = target
      ? ((await target.getAttribute('name')) ?? (await target.textContent())?.trim().slice(0, 20) ?? '')
      : '';
    this.count.log.at(-1)?.actions.push(`${what} ${name}`.trim());
  }

  /** Count what follows toward a number, named `name`. */
  startFigure(name: string) {
    this.onFigure = true;
    this.count.log.push({ figure: name, actions: [] });
  }

  endFigures() {
    this.onFigure = false;
  }

  async click(target: Locator) {
    await this.tick('click', target);
    await target.click();
  }

  /** Type into a field, unless it already holds the value (then there is nothing to do). */
  async fill(target: Locator, value: string) {
    if ((await target.inputValue()) === value) return;
    await this.tick('fill', target);
    await target.fill(value);
  }

  async choose(target: Locator, value: string) {
    if ((await target.inputValue()) === value) return;
    await this.tick('choose', target);
    await target.selectOption(value);
  }

  async check(target: Locator, on: boolean) {
    if ((await target.isChecked()) === on) return;
    await this.tick('check', target);
    await target.setChecked(on);
  }

  async upload(target: Locator, path: string) {
    await this.tick('upload', target);
    await target.setInputFiles(path);
  }

  async open(details: Locator) {
    if (await details.evaluate((d) => (d as HTMLDetailsElement).open)) return;
    const summary = details.locator(':scope > summary');
    await this.tick('open', summary);
    await summary.click();
  }

  /** Select a passage of the document with the mouse: a drag from its first character to its last. */
  async select(passage: string) {
    await this.tick('select text');
    const found = await this.page.evaluate((wanted) => {
      const text = document.getElementById('text')!;
      // Each character of the text that is not white space, with where it stands: quotes ignore line breaks.
      const chars: { node: Text; offset: number }[] = [];
      let all = '';
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        [...n.textContent!].forEach((ch, offset) => {
          if (/\s/u.test(ch)) return;
          chars.push({ node: n as Text, offset });
          all += ch;
        });
      const target = wanted.replace(/\s+/gu, '');
      const start = all.indexOf(target);
      if (start === -1 || all.indexOf(target, start + 1) !== -1) return false;
      const first = chars[start]!;
      const last = chars[start + target.length - 1]!;
      const range = document.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset + 1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }, passage);
    if (!found) throw new Error(`"${passage}" is not once in the document's text`);
  }

  /** Press a button that saves, and wait for the page to come back; a refusal stops the run with its message. */
  async save(target: Locator) {
    await this.tick('save', target);
    const loaded = this.page.waitForEvent('load', { timeout: 15_000 });
    loaded.catch(() => {});
    const answered = this.page.waitForResponse((r) => r.url().includes('/api/') && r.request().method() === 'POST', {
      timeout: 15_000,
    });
    answered.catch(() => {});
    await target.click();
    const response = await answered.catch(async () => {
      const invalid = await target
        .locator('xpath=ancestor::form')
        .evaluate((f) =>
          [...(f as HTMLFormElement).elements]
            .filter((e) => !(e as HTMLInputElement).checkValidity?.())
            .map((e) => `${(e as HTMLInputElement).name}: ${(e as HTMLInputElement).validationMessage}`),
        );
      throw new Error(`no save was sent${invalid.length ? `: ${invalid.join('; ')}` : ''}`);
    });
    if (!response.ok())
      throw new Error(`the save was refused: ${((await response.json()) as { error: string }).error}`);
    await loaded;
  }
}

/** Where numbers stand in a text, white space ignored: a drafted entry and a key's number meet at the same place. */
export class Places {
  private readonly text: string;
  constructor(text: string) {
    this.text = strip(text);
  }

  /** The span of a key's number: its place inside the first occurrence of its quote. */
  number(k: NumberKey): [number, number] | null {
    const at = this.text.indexOf(strip(k.quote));
    const inside = strip(k.quote).indexOf(strip(k.number));
    return at === -1 || inside === -1 ? null : [at + inside, at + inside + strip(k.number).length];
  }

  /** The span of a drafted entry's number: its mention inside its quote. */
  mention(quote: string, mention: string): [number, number] | null {
    const at = this.text.indexOf(strip(quote));
    const inside = strip(quote).indexOf(strip(mention));
    return at === -1 || inside === -1 ? null : [at + inside, at + inside + strip(mention).length];
  }

  /** Whether a key's number is the drafted entry's number. */
  same(k: NumberKey, quote: string, mention: string): boolean {
    const a = this.number(k);
    const b = this.mention(quote, mention);
    return !!a && !!b && a[0] >= b[0] && a[1] <= b[1];
  }
}

/** Add the places the document needs, then take its text in; the page goes on to the document. */
export async function takeIn(c: Curator, key: SampleKey) {
  const { page } = c;
  for (const p of key.places) {
    if (await page.locator(`form[data-op="document.add"] option[value="${p.id}"]`).count()) continue;
    const f = page.locator('form[data-op="jurisdiction.add"]');
    await c.open(page.locator('#add-place'));
    await c.fill(f.locator('[name=name_zh]'), p.name_zh);
    await c.fill(f.locator('[name=name_en]'), p.name_en);
    await c.fill(f.locator('[name=id]'), p.id);
    await c.choose(f.locator('[name=level]'), p.level);
    await c.choose(f.locator('[name=parent]'), p.parent);
    await c.fill(f.locator('[name=code]'), p.code);
    await c.save(f.locator('button.primary'));
  }
  const f = page.locator('form[data-op="document.add"]');
  await c.upload(f.locator('[name=file]'), key.file);
  await c.fill(f.locator('[name=id]'), key.id);
  await c.choose(f.locator('[name=jurisdiction]'), key.jurisdiction);
  await c.choose(f.locator('[name=kind]'), key.kind);
  await c.save(f.locator('button.primary'));
}

/** The document's details: what the draft could not read from the text, and what it read wrong. */
export async function details(c: Curator, key: SampleKey) {
  const { page } = c;
  const d = key.details;
  const f = page.locator('form[data-op="manifest.update"]');
  await c.open(page.locator('#details'));
  if (d.doc_number === null) await c.check(f.locator('[name=no_doc_number]'), true);
  else await c.fill(f.locator('[name=doc_number]'), d.doc_number);
  for (const k of ['title_zh', 'title_en', 'issuer_zh', 'issuer_en'] as const)
    await c.fill(f.locator(`[name=${k}]`), d[k]);
  await c.choose(f.locator('[name=kind]'), key.kind);
  await c.choose(f.locator('[name=level]'), d.level);
  await c.choose(f.locator('[name=jurisdiction]'), key.jurisdiction);
  if (d.date_quote === null) await c.fill(f.locator('[name=date_quote]'), '');
  else if (strip(await f.locator('[name=date_quote]').inputValue()) !== strip(d.date_quote)) {
    await c.select(d.date_quote);
    await c.click(f.locator('button[data-fill=date_quote]'));
  }
  await c.fill(f.locator('[name=date_issued]'), d.date_issued ?? '');
  await c.fill(f.locator('[name=period_start]'), d.period?.[0] ?? '');
  await c.fill(f.locator('[name=period_end]'), d.period?.[1] ?? '');
  await c.save(f.locator('button.primary'));
}

/**
 * New indicators the curator added, by the name the key gives them: the id the form proposed (from the draft's
 * proposal or the English name) is the one later figures of the same indicator are filed under.
 */
const added = new Map<string, string>();
/** The id a key's indicator has in the data: its own, or the one the curator's new indicator took. */
export const indicatorId = (wanted: string) => added.get(wanted) ?? wanted;

/** The indicator of a figure or target: kept, picked from the candidates, typed, or added from its card. */
async function fileUnder(c: Curator, card: Locator, field: string, wanted: string, define?: IndicatorDefinition) {
  const { page } = c;
  const id = indicatorId(wanted);
  const input = card.locator(`[name=${field}]`).first();
  if (await page.locator(`#catalogue option[value="${id}"]`).count()) {
    if ((await input.inputValue()) === id) return;
    const pick = card.locator(`button[data-pick="${field}"][data-value="${id}"]`);
    if (await pick.count()) await c.click(pick);
    else await c.fill(input, id);
    return;
  }
  if (!define) throw new Error(`indicator "${id}" is not in the catalogue and the key does not define it`);
  const cardId = (await card.getAttribute('id'))!;
  await c.open(card.locator('details.new-indicator'));
  const n = card.locator('form[data-op="indicator.add"]');
  // The Chinese name and flow or stock are the key's. The English name and the definition (which the keys do not give)
  // are the form's where it proposes them for that same name, else the curator's own; so are the English unit and the
  // topic, where the form proposes none.
  const proposed = (await n.locator('[name=name_zh]').inputValue()) === define.name_zh;
  await c.fill(n.locator('[name=name_zh]'), define.name_zh);
  for (const k of ['name_en', 'definition_zh', 'definition_en', 'unit_en', 'topic'] as const) {
    const f = n.locator(`[name=${k}]`);
    const named = k === 'name_en' || k.startsWith('definition');
    if ((await f.inputValue()) && (proposed || !named)) continue;
    if (k === 'topic') await c.choose(f, define.topic);
    else await c.fill(f, define[k]);
  }
  await c.choose(n.locator('[name=flow_stock]'), define.flow_stock);
  const made = await n.locator('[name=id]').inputValue();
  await c.save(n.locator('button.primary'));
  const now = await page.locator(`#${cardId} [name=${field}]`).first().inputValue();
  if (now !== made) throw new Error(`the new indicator ${made} was not applied to ${cardId} (it holds "${now}")`);
  added.set(wanted, made);
}

/** The heading of a drafted number's card: "16.2万件 = 162000 件 …" → its mention. */
const mentionOf = async (card: Locator) =>
  ((await card.locator('strong').first().textContent()) ?? '').split(' = ')[0]!;

/**
 * Every number: confirmed, corrected, filed under a new indicator, given a second figure, made a task's target, or
 * set aside; the figures the key has that no drafted number stands for are noted as missed.
 */
export async function numbers(c: Curator, key: SampleKey) {
  const { page } = c;
  const where = new Places(key.text);
  const figures = [...key.figures];
  const targets = key.tasks.filter((t) => t.target);
  const take = <T extends NumberKey>(list: T[], quote: string, mention: string): T | undefined => {
    const i = list.findIndex((k) => where.same(k, quote, mention));
    return i === -1 ? undefined : list.splice(i, 1)[0];
  };
  const setAside = (quote: string, mention: string) => key.not_statistics.find((k) => where.same(k, quote, mention));

  // Numbers the draft set aside: confirmed, or made observations (reviewed below with the others).
  for (let card = page.locator('[id^="not_statistics-"].is-draft').first(); await card.count();) {
    const f = card.locator('form[data-op="not-statistic.accept"]');
    const quote = await f.locator('[name=quote]').inputValue();
    const mention = await mentionOf(card);
    c.startFigure(mention);
    const aside = setAside(quote, mention);
    const figure = key.figures.some((k) => where.same(k, quote, mention));
    if (aside || !figure) {
      if (aside) {
        await c.fill(f.locator('[name=reason_zh]'), aside.reason_zh);
        await c.fill(f.locator('[name=reason]'), aside.reason);
      }
      await c.save(f.locator('button.primary'));
    } else await c.save(card.locator('form[data-op="not-statistic.observation"] button'));
    c.endFigures();
  }

  /** Copies made for a number's further figures: the next card (the copy) takes the first. */
  const copies: FigureKey[] = [];
  for (let card = page.locator('[id^="observations-"].is-draft').first(); await card.count();) {
    const id = (await card.getAttribute('id'))!;
    const f = card.locator('form[data-op="observation.accept"]');
    const quote = await f.locator('[name=quote]').inputValue();
    const mention = await mentionOf(card);
    c.startFigure(mention);
    const k = copies.shift() ?? take(figures, quote, mention);
    if (!k) {
      if (targets.some((t) => where.same(t.target!, quote, mention))) {
        await c.save(card.locator('form[data-op="observation.target"] button'));
      } else {
        const aside = setAside(quote, mention);
        if (!aside) throw new Error(`the answer key has nothing for "${mention}" in "${quote}"`);
        const preset = card.locator('button.reason', { hasText: aside.reason_zh });
        if (await preset.count()) await c.save(preset);
        else {
          await c.open(card.locator('details.not-stat'));
          const move = card.locator('details.not-stat form');
          await c.fill(move.locator('[name=reason_zh]'), aside.reason_zh);
          await c.fill(move.locator('[name=reason]'), aside.reason);
          await c.save(move.locator('button'));
        }
      }
      c.endFigures();
      continue;
    }
    await review(c, card, k);
    const errors = await page.locator(`#${id} .err`).allTextContents();
    if (errors.length) throw new Error(`${id} (${mention}): ${errors.join(' | ')}`);
    c.count.figures++;
    // One number, several figures (见面率、满意率均达100%): each further one from a copy of this entry.
    for (let more = take(figures, quote, mention); more; more = take(figures, quote, mention)) {
      copies.push(more);
      await c.save(page.locator(`#${id} form[data-op="observation.another"] button`));
    }
    c.endFigures();
  }
  c.count.missed.push(...figures.map((k) => `${k.number} (${k.quote})`));
}

/** One figure's card, set to the key: indicator, period, place, value, sign, range and qualifier; then accepted. */
async function review(c: Curator, card: Locator, k: FigureKey) {
  const id = (await card.getAttribute('id'))!;
  await fileUnder(c, card, 'indicator', k.indicator, k.define);
  const form = c.page.locator(`#${id} form[data-op="observation.accept"]`);
  const [start, end] = k.period;
  const chip = form.locator(`button[data-period="${start}/${end}"]`);
  if (
    (await form.locator('[name=period_start]').inputValue()) !== start &&
    (await form.locator('[name=period_end]').inputValue()) !== end &&
    (await chip.count())
  )
    await c.click(chip);
  await c.fill(form.locator('[name=period_start]'), start);
  await c.fill(form.locator('[name=period_end]'), end);
  const more = form.locator('details.more');
  const fields = {
    value: String(Math.abs(k.low ?? k.value ?? 0)),
    qualifier: k.qualifier,
    jurisdiction: k.place ?? '',
    low: k.low === null ? '' : String(k.low),
    high: k.high === null ? '' : String(k.high),
  };
  const negative = (k.value ?? k.low ?? 0) < 0;
  for (const [name, want] of Object.entries(fields)) {
    const field = form.locator(`[name=${name}]`);
    if (!want || (await field.inputValue()) === want) continue;
    await c.open(more);
    if (name === 'qualifier' || name === 'jurisdiction') await c.choose(field, want);
    else await c.fill(field, want);
  }
  if ((await form.locator('[name=negative]').isChecked()) !== negative) {
    await c.open(more);
    await c.check(form.locator('[name=negative]'), negative);
  }
  await c.save(form.locator('button.primary'));
}

const label = (s: string) => s.replace(/[.．、]$/u, '');

/** The plan's tasks: each confirmed with its English words, its target's indicator and its deadline; the rest dismissed. */
export async function tasks(c: Curator, key: SampleKey) {
  const { page } = c;
  for (let card = page.locator('[id^="tasks-"].is-draft').first(); await card.count();) {
    const id = (await card.getAttribute('id'))!;
    const f = () => page.locator(`#${id} form[data-op="task.accept"]`);
    const number = await f().locator('[name=number]').inputValue();
    const k = key.tasks.find((t) => label(t.label) === label(number));
    if (!k) {
      await c.save(card.locator('form[data-op="task.dismiss"] button'));
      continue;
    }
    if (k.target) {
      c.startFigure(`${k.target.number} (target of ${k.label})`);
      await fileUnder(c, page.locator(`#${id}`), 'target_indicator', k.target.indicator, k.target.define);
      c.count.figures++;
      c.endFigures();
    }
    if (k.deadline) {
      if (
        k.deadline_quote &&
        strip(await f().locator('[name=deadline_quote]').inputValue()) !== strip(k.deadline_quote)
      ) {
        await c.select(k.deadline_quote);
        await c.click(f().locator('button[data-fill=deadline_quote]'));
      }
      await c.fill(f().locator('[name=deadline]'), k.deadline);
    }
    await c.fill(f().locator('[name=section_en]'), k.section_en);
    await c.fill(f().locator('[name=summary_en]'), k.summary_en);
    await c.save(f().locator('button.primary'));
    const errors = await page.locator(`#${id} .err`).allTextContents();
    if (errors.length) throw new Error(`${id} (${number}): ${errors.join(' | ')}`);
  }
}

/**
 * Evidence: each passage the key names for an earlier plan's task accepted onto it, where the task's status is a
 * judgement (a quantitative task's status is computed from figures); every other suggestion dismissed at once.
 */
export async function evidence(
  c: Curator,
  key: SampleKey,
  judged: (plan: string, label: string) => Promise<string | null>,
) {
  const { page } = c;
  for (const e of key.evidence) {
    const task = await judged(e.plan, e.task_label);
    if (!task) continue;
    const group = page.locator(`details.group[data-task="${task}"]`);
    if (!(await group.count())) throw new Error(`no suggestion for ${e.plan} ${e.task_label}`);
    await c.open(group);
    const card = group.locator('.card').first();
    const f = card.locator('form[data-op="evidence.accept"]');
    if (!strip(e.quote).includes(strip(await f.locator('[name=quote]').inputValue()))) {
      await c.select(e.quote);
      await c.click(f.locator('button[data-fill=quote]'));
    }
    await c.fill(f.locator('[name=rationale_zh]'), '测试样本：据此评估进展');
    await c.fill(f.locator('[name=rationale_en]'), 'Test sample: progress read from this passage');
    await c.save(f.locator('button.primary'));
  }
  const rest = page.locator('#dismiss-rest');
  if (await rest.count()) await c.save(rest);
}
