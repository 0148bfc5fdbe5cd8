// A scripted curator: takes a document from its text file to a reviewed state through the workbench's controls only
// (clicks, typing, choosing, selecting text in the document), as a person would, and counts what it does. It follows
// an answer key (what a careful curator would decide for each figure); where the draft already has it right, it only
// confirms. It has no way to write a file: everything goes through the page.
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

/** What an indicator is, for when the catalogue lacks it and the curator adds it from the figure. */
export interface IndicatorDefinition {
  name_zh: string;
  name_en: string;
  definition_zh: string;
  definition_en: string;
  unit_en: string;
  flow_stock: 'flow' | 'stock';
  topic: string;
}

export interface FigureKey {
  /** The number's text as the extractor reads it (its card's heading). */
  mention: string;
  /** Part of its quote, where the same number occurs more than once. */
  near?: string;
  indicator?: string;
  define?: IndicatorDefinition;
  period?: [string, string];
  qualifier?: string;
  /** A fall (下降, 减少): the value is negative. */
  negative?: boolean;
  /** Not a statistic after all, with why. */
  not_statistic?: { reason_zh: string; reason: string };
  /** More figures the same number states (见面率、满意率均达100%). */
  also?: FigureKey[];
}

export interface TaskKey {
  number: string;
  section_en: string;
  summary_en: string;
  themes?: string[];
}

export interface SampleKey {
  genre: string;
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
    period?: [string, string];
  };
  figures: FigureKey[];
  tasks?: TaskKey[];
}

export interface Count {
  /** Actions spent on figures (observations and the numbers that are not statistics), and figures published. */
  figureActions: number;
  figures: number;
  /** Actions on everything else: places, taking the document in, its details, tasks, evidence, the changelog. */
  otherActions: number;
  /** Each figure's actions, in the order the curator took them ("fill name_en", "click 接受"…). */
  log: { figure: string; actions: string[] }[];
}

/** The curator's hands on one page, each use of them counted where it belongs. */
export class Curator {
  readonly page: Page;
  readonly count: Count = { figureActions: 0, figures: 0, otherActions: 0, log: [] };
  private onFigure = false;

  constructor(page: Page) {
    this.page = page;
  }

  private async tick(what: string, target?: Locator) {
    const name = target
      ? ((await target.getAttribute('name')) ?? (await target.textContent())?.trim().slice(0, 24))
      : '';
    if (this.onFigure) {
      this.count.figureActions++;
      this.count.log.at(-1)?.actions.push(`${what} ${name ?? ''}`.trim());
    } else this.count.otherActions++;
  }

  /** Start counting toward a figure (or a number set aside). */
  figure(name: string) {
    this.count.log.push({ figure: name, actions: [] });
  }

  async figures<T>(work: () => Promise<T>): Promise<T> {
    this.onFigure = true;
    try {
      return await work();
    } finally {
      this.onFigure = false;
    }
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
    await this.tick('open', details.locator(':scope > summary'));
    await details.locator(':scope > summary').click();
  }

  /** Select a passage of the document with the mouse, as a drag from its first character to its last. */
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

const strip = (s: string) => s.replace(/\s+/gu, '');
const idFromName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');

/** Add the places the document needs, then take its text in; the page goes on to the document. */
export async function takeIn(c: Curator, key: SampleKey, file: string) {
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
  await c.upload(f.locator('[name=file]'), file);
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
  if (d.date_quote === null) {
    await c.fill(f.locator('[name=date_quote]'), '');
    await c.fill(f.locator('[name=date_issued]'), '');
  } else if (strip(await f.locator('[name=date_quote]').inputValue()) !== strip(d.date_quote)) {
    await c.select(d.date_quote);
    await c.click(f.locator('button[data-fill=date_quote]'));
  }
  await c.fill(f.locator('[name=date_issued]'), d.date_issued ?? '');
  await c.fill(f.locator('[name=period_start]'), d.period?.[0] ?? '');
  await c.fill(f.locator('[name=period_end]'), d.period?.[1] ?? '');
  await c.save(f.locator('button.primary'));
}

/** Every number: confirmed, corrected, filed under a new indicator, given a second figure, or set aside. */
export async function figures(c: Curator, key: SampleKey) {
  const { page } = c;
  const open = [...key.figures];
  /** The keys of copies made for a number's further figures: the next card with that number takes the first. */
  const copies: FigureKey[] = [];
  const take = (mention: string, quote: string): FigureKey => {
    const match = (k: FigureKey) =>
      strip(k.mention) === strip(mention) && (!k.near || strip(quote).includes(strip(k.near)));
    const copy = copies.findIndex(match);
    if (copy !== -1) return copies.splice(copy, 1)[0]!;
    const i = open.findIndex(match);
    if (i === -1) throw new Error(`the answer key has nothing for the number "${mention}" in "${quote}"`);
    return open.splice(i, 1)[0]!;
  };
  await c.figures(async () => {
    // Numbers the draft set aside: confirmed, or made observations (reviewed below with the others).
    for (let card = page.locator('[id^="not_statistics-"].is-draft').first(); await card.count();) {
      const f = card.locator('form[data-op="not-statistic.accept"]');
      const k = take(
        (await card.locator('strong').first().textContent()) ?? '',
        await f.locator('[name=quote]').inputValue(),
      );
      if (k.not_statistic) {
        await c.fill(f.locator('[name=reason_zh]'), k.not_statistic.reason_zh);
        await c.fill(f.locator('[name=reason]'), k.not_statistic.reason);
        await c.save(f.locator('button.primary'));
      } else {
        open.unshift(k);
        await c.save(card.locator('form[data-op="not-statistic.observation"] button'));
      }
    }
    for (let card = page.locator('[id^="observations-"].is-draft').first(); await card.count();) {
      const id = (await card.getAttribute('id'))!;
      const f = card.locator('form[data-op="observation.accept"]');
      const heading = (await card.locator('strong').first().textContent()) ?? '';
      const k = take(heading.split(' = ')[0]!, await f.locator('[name=quote]').inputValue());
      c.figure(`${k.mention} ${k.indicator ?? ''}`.trim());
      if (k.not_statistic) {
        await c.open(card.locator('details.not-stat'));
        const move = card.locator('form[data-op="observation.not-statistic"]');
        await c.fill(move.locator('[name=reason_zh]'), k.not_statistic.reason_zh);
        await c.fill(move.locator('[name=reason]'), k.not_statistic.reason);
        await c.save(move.locator('button'));
        continue;
      }
      await fileUnder(c, card, k);
      const form = page.locator(`#${id} form[data-op="observation.accept"]`);
      if (k.period) {
        const chip = form.locator(`button[data-period="${k.period.join('/')}"]`);
        const both =
          (await form.locator('[name=period_start]').inputValue()) !== k.period[0] &&
          (await form.locator('[name=period_end]').inputValue()) !== k.period[1];
        if (both && (await chip.count())) await c.click(chip);
        await c.fill(form.locator('[name=period_start]'), k.period[0]);
        await c.fill(form.locator('[name=period_end]'), k.period[1]);
      }
      const qualifier = form.locator('[name=qualifier]');
      const negative = form.locator('[name=negative]');
      if (
        (k.qualifier && (await qualifier.inputValue()) !== k.qualifier) ||
        (k.negative !== undefined && (await negative.isChecked()) !== k.negative)
      ) {
        await c.open(form.locator('details.more'));
        if (k.qualifier) await c.choose(qualifier, k.qualifier);
        if (k.negative !== undefined) await c.check(negative, k.negative);
      }
      await c.save(form.locator('button.primary'));
      const errors = await page.locator(`#${id} .err`).allTextContents();
      if (errors.length) throw new Error(`${id} (${k.mention}): ${errors.join(' | ')}`);
      c.count.figures++;
      for (const more of k.also ?? []) {
        copies.push(more);
        await c.save(page.locator(`#${id} form[data-op="observation.another"] button`));
      }
    }
  });
  if (open.length || copies.length)
    throw new Error(`no draft entry for ${[...open, ...copies].map((k) => k.mention).join(', ')}`);
}

/** The figure's indicator: kept when the draft has it, picked from the candidates, typed, or added from its card. */
async function fileUnder(c: Curator, card: Locator, k: FigureKey) {
  const { page } = c;
  const id = k.indicator!;
  const f = card.locator('form[data-op="observation.accept"]');
  if (await page.locator(`#catalogue option[value="${id}"]`).count()) {
    if ((await f.locator('[name=indicator]').inputValue()) === id) return;
    const pick = f.locator(`button[data-pick][data-value="${id}"]`);
    if (await pick.count()) await c.click(pick);
    else await c.fill(f.locator('[name=indicator]'), id);
    return;
  }
  const def = k.define;
  if (!def) throw new Error(`indicator "${id}" is not in the catalogue and the key does not define it`);
  const cardId = (await card.getAttribute('id'))!;
  await c.open(card.locator('details.new-indicator'));
  const n = card.locator('form[data-op="indicator.add"]');
  await c.fill(n.locator('[name=name_zh]'), def.name_zh);
  await c.fill(n.locator('[name=name_en]'), def.name_en);
  if (idFromName(def.name_en) !== id) await c.fill(n.locator('[name=id]'), id);
  await c.fill(n.locator('[name=unit_en]'), def.unit_en);
  await c.fill(n.locator('[name=definition_zh]'), def.definition_zh);
  await c.fill(n.locator('[name=definition_en]'), def.definition_en);
  if (await n.locator('[name=flow_stock]').count()) await c.choose(n.locator('[name=flow_stock]'), def.flow_stock);
  await c.choose(n.locator('[name=topic]'), def.topic);
  await c.save(n.locator('button.primary'));
  const now = await page.locator(`#${cardId} form[data-op="observation.accept"] [name=indicator]`).inputValue();
  if (now !== id) throw new Error(`the new indicator ${id} was not applied to ${cardId} (it holds "${now}")`);
}

/** The plan's tasks: each confirmed with its English words (and themes, where the draft's are not the key's). */
export async function tasks(c: Curator, key: SampleKey) {
  const { page } = c;
  for (let card = page.locator('[id^="tasks-"].is-draft').first(); await card.count();) {
    const f = card.locator('form[data-op="task.accept"]');
    const number = await f.locator('[name=number]').inputValue();
    const k = key.tasks?.find((t) => t.number === number);
    if (!k) throw new Error(`the answer key has no task numbered "${number}"`);
    await c.fill(f.locator('[name=section_en]'), k.section_en);
    await c.fill(f.locator('[name=summary_en]'), k.summary_en);
    if (k.themes) await c.fill(f.locator('[name=themes]'), k.themes.join(', '));
    await c.save(f.locator('button.primary'));
  }
}

/** Evidence suggestions the key finds none relevant among: dismissed at once from the top of the list. */
export async function noEvidence(c: Curator) {
  const rest = c.page.locator('#dismiss-rest');
  if (await rest.count()) await c.save(rest);
}
