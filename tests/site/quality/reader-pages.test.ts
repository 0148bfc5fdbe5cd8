// What a reader found, read back from the built pages: citations name datasets in the citation's language and an
// undated document "n.d.", no table has two columns of one name, every document number in running text is kept on one
// line, the navigation leads to the themes, the not-found page helps, the changelog's and data files' statuses use the
// status table's names, a title that lacks its place is listed with it, and a briefing says what the latest release
// changed (and is short where nothing is published).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST, distPages, readDist } from './dist-files.ts';
import { STATUS_WORDS } from '../../../src/site/words/status-words.ts';
import { DOC_NUMBER } from '../../../src/site/formats/doc-numbers.ts';

const PAGES = distPages().filter((f) => !/^(en\/)?embed\//.test(f));
const doc = (file: string) => parseHTML(readDist(file)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const data = <T>(name: string) => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as T;
const documents = data<{ id: string; date_issued: string | null; title_zh: string }[]>('documents.json');

describe('citations', () => {
  it('in Chinese name the datasets by their Chinese titles', () => {
    const cited = PAGES.filter((f) => !f.startsWith('en/')).flatMap((f) =>
      [...doc(f).querySelectorAll('.cite dd')].map(text).filter((c) => c.includes('数据集：')),
    );
    expect(cited.length).toBeGreaterThan(10);
    for (const c of cited) expect(c, c).not.toMatch(/数据集：[^）]*[a-z]{3}/);
  });

  it('in English date an undated document "n.d."', () => {
    const undated = documents.filter((d) => d.date_issued === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const d of undated) {
      const cites = [...doc(`en/sources/${d.id}/index.html`).querySelectorAll('.cite dd'), ...[]].map(text);
      const pages = PAGES.filter((f) => f.startsWith('en/') && f.includes(d.id)).flatMap((f) =>
        [...doc(f).querySelectorAll('.cite dd')].map(text),
      );
      const all = [...cites, ...pages];
      expect(all.length, d.id).toBeGreaterThan(0);
      expect(
        all.some((c) => c.includes('n.d.')),
        d.id,
      ).toBe(true);
      for (const c of all) expect(c).not.toContain('Not stated');
    }
  });
});

describe('every page', () => {
  it.each(PAGES)('%s: no table has two columns of one name', (file) => {
    for (const table of doc(file).querySelectorAll('table')) {
      const heads = [...table.querySelectorAll('thead th')].map(text);
      expect(heads.length - new Set(heads).size, heads.join(' | ')).toBe(0);
    }
  });

  it.each(PAGES)('%s: keeps each document number in running text on one line', (file) => {
    const d = doc(file);
    const loose: string[] = [];
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) {
          const found = (child.textContent ?? '').match(DOC_NUMBER);
          if (found) loose.push(...found);
        } else if (child.nodeType === 1) {
          const el = child as Element;
          // A number kept whole; the documents' own words; text that is not laid out as lines.
          const skip =
            el.classList.contains('doc-number') ||
            el.classList.contains('source-text') ||
            el.hasAttribute('data-verbatim') ||
            ['BLOCKQUOTE', 'SCRIPT', 'STYLE', 'TEXTAREA', 'svg', 'SVG', 'TITLE'].includes(el.tagName);
          if (!skip) walk(el);
        }
      }
    };
    walk(d.body);
    expect(loose).toEqual([]);
  });

  it.each(PAGES.filter((f) => !f.startsWith('404')))('%s: the navigation leads to the themes', (file) => {
    const nav = doc(file).querySelector('.site-nav');
    expect(nav?.querySelector(`a[href="${file.startsWith('en/') ? '/en/themes/' : '/themes/'}"]`)).not.toBeNull();
  });
});

describe('the not-found page', () => {
  it('offers a search and the index pages, in both languages', () => {
    const d = doc('404.html');
    for (const [search, plans, themes] of [
      ['/search/', '/plans/', '/themes/'],
      ['/en/search/', '/en/plans/', '/en/themes/'],
    ]) {
      const form = d.querySelector(`form[action="${search}"]`);
      expect(form?.querySelector('input[name=q]')).not.toBeNull();
      expect(d.querySelector(`a[href="${plans}"]`)).not.toBeNull();
      expect(d.querySelector(`a[href="${themes}"]`)).not.toBeNull();
    }
  });
});

describe('the published files', () => {
  it('call each status by the status table’s name: the feed, the changelog and the assessments', () => {
    const other = Object.values(STATUS_WORDS).flatMap((w) => w.notZh);
    for (const name of ['changelog.atom', 'changes.csv', 'changes.json', 'assessments.csv', 'tasks.csv']) {
      const body = readFileSync(join(DIST, 'data', name), 'utf8').replace(/“[^”]*”/gu, '');
      for (const w of other) expect(body.includes(w), `${name} says “${w}”`).toBe(false);
    }
    // The changelog does name statuses: the check reads real text.
    expect(readFileSync(join(DIST, 'data/changes.json'), 'utf8')).toContain(STATUS_WORDS.carried_over.zh);
  });
});

describe('titles', () => {
  it('list a plan whose title lacks its place with the place, and keep the official title on its page', () => {
    const weifang = documents.find((d) => d.id === 'weifang-2023-plan')!;
    expect(weifang.title_zh).not.toContain('潍坊');
    for (const file of ['index.html', 'plans/index.html', 'briefing/index.html'])
      expect(text(doc(file).querySelector('main')), file).toContain(`潍坊市 · ${weifang.title_zh}`);
    const page = doc('plans/weifang-2023-plan/index.html');
    expect(text(page.querySelector('h1'))).toBe(`潍坊市 · ${weifang.title_zh}`);
    expect(text(page.querySelector('.official'))).toContain(`《${weifang.title_zh}》`);
  });
});

describe('briefings', () => {
  const changes = data<{ date: string; document_ids: string }[]>('changes.json');
  const tasks = data<{ document_id: string; status: string }[]>('tasks.json');
  const plans = [...new Set(tasks.map((t) => t.document_id))];

  it.each(plans)('%s says what the latest change to the plan was, and when', (plan) => {
    const mine = changes.filter((c) => c.document_ids.split(' ').includes(plan)).map((c) => c.date);
    const newest = mine.sort().at(-1)!;
    const [y, m, d] = newest.split('-').map(Number);
    const section = doc(`briefing/${plan}/index.html`).querySelector('#b-changes')?.parentElement;
    expect(text(section)).toContain(`${y}年${m}月${d}日`);
    expect(section?.querySelectorAll('li').length).toBe(
      changes.filter((c) => c.date === newest && c.document_ids.split(' ').includes(plan)).length,
    );
  });

  it.each(plans)('%s is short where nothing about the plan is published yet', (plan) => {
    const d = doc(`briefing/${plan}/index.html`);
    const mine = tasks.filter((t) => t.document_id === plan);
    const nothing = mine.every((t) => t.status === 'no_evidence') && d.querySelector('#b-figures') === null;
    if (nothing) {
      expect(text(d.querySelector('[data-answer]'))).toContain(`全部 ${mine.length} 项`);
      expect(d.querySelector('#b-reported')).toBeNull();
      expect(d.querySelector('#b-sections')).toBeNull();
    } else expect(d.querySelector('#b-figures, #b-reported')).not.toBeNull();
  });

  it('at least one plan is in each case', () => {
    const short = plans.filter((p) => doc(`briefing/${p}/index.html`).querySelector('#b-figures') === null);
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(plans.length);
  });
});
