// The source viewer shows official text byte for byte and always escaped: whatever a document contains, it is text.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { markUpSource } from '../../../src/site/formats/source-markup.ts';

const HOSTILE = '第一条 <script>alert(1)</script> 罚没款&amp;1200余起 "引号" \'单引号\'\n行尾空格  \n';

/** The text a browser shows for the markup: the DOM's text, without the back links (shown only for a targeted quote). */
function shownText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="t">${html}</div></body></html>`);
  const root = document.getElementById('t')!;
  // Back links and the reasons for numbers that are not statistics are the site's words, not the source's.
  for (const note of root.querySelectorAll('.back, .why')) note.remove();
  return root.textContent ?? '';
}

describe('markUpSource', () => {
  it('escapes markup in the text: a <script> in a source stays text, and &amp; stays the five characters it is', () => {
    const { html } = markUpSource(HOSTILE, [], [], '返回');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;amp;');
    expect(html).toContain('&quot;引号&quot;');
    expect(shownText(html)).toBe(HOSTILE);
  });

  it('escapes inside marked passages, mention titles and back links too', () => {
    const start = HOSTILE.indexOf('<script>');
    const end = HOSTILE.indexOf('</script>') + '</script>'.length;
    const amp = HOSTILE.indexOf('&amp;');
    const { html } = markUpSource(
      HOSTILE,
      [{ start, end, rows: [{ href: '/x/?a=1&b="2"', label: '<b>行</b>' }] }],
      [{ start: amp, end: amp + 9, title: '"><img src=x onerror=alert(1)>', row: { href: '/y/', label: 'y' } }],
      '<i>返回</i>',
    );
    expect(html).not.toMatch(/<(script|img|b|i)[\s>]/);
    expect(html).toContain('href="/x/?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('aria-label="&lt;i&gt;返回&lt;/i&gt;"');
    expect(shownText(html)).toBe(HOSTILE);
  });

  it('keeps every character, trailing spaces and line breaks included', () => {
    const text = '行一  \n\t行二\r\n\n行三 ';
    expect(
      shownText(markUpSource(text, [{ start: 1, end: 7, rows: [] }], [{ start: 3, end: 5, title: 't' }], '').html),
    ).toBe(text);
  });
});

describe('what the reader sees of the text', () => {
  it('shows a number that is not a statistic with its reason on tap, in the reader’s language', () => {
    const text = '第一条 共3项。';
    const html = markUpSource(text, [], [{ start: 4, end: 7, title: '序数' }], '', 'en').html;
    const { document } = parseHTML(`<div>${html}</div>`);
    const details = document.querySelector('details.m-muted')!;
    expect(details.querySelector('summary')!.textContent).toBe('共3项');
    expect(details.querySelector('.why')!.getAttribute('lang')).toBe('en');
    expect(details.querySelector('.why')!.textContent).toBe('序数');
  });

  it('hides a line break inside a sentence, keeps it in the text, and leaves breaks after a full stop alone', () => {
    const long = '市市场监管局将会同有关部门加强对互联网平台的监督管理，落实知识产权保护责任，市市场监管局将指';
    const text = `${long}\n\n导和督促互联网平台落实责任。\n\n二、下一部分`;
    const html = markUpSource(text, [], [], '').html;
    expect(html).toContain('<span class="pb">\n\n</span>导和督促');
    expect(html).toContain('责任。\n\n二、');
    expect(shownText(html)).toBe(text);
  });
});

describe('a task quoted whole, over page breaks and around other quotes', () => {
  // A numbered item split by a page break, with a target's clause and a number inside it, as the real plans are.
  const text = '前言。\n15.构建纠纷化解机制。在已建立24家工作站\n\n的基础上增设一批新的工作站。\n16.下一项。';
  const task = { start: text.indexOf('15.'), end: text.indexOf('\n16.') };
  const target = { start: text.indexOf('增设一批'), end: text.indexOf('工作站。\n16') + 3 };
  const n = text.indexOf('24家');
  const { html, css } = markUpSource(
    text,
    [
      { ...task, rows: [{ href: '/plans/p/#task-15', label: '任务15' }] },
      { ...target, rows: [{ href: '/plans/p/#target', label: '目标' }] },
    ],
    [{ start: n, end: n + 3, title: '基线', row: { href: '/i/', label: '基线' } }],
    '返回',
  );
  const { document } = parseHTML(`<!doctype html><html><body><pre id="t">${html}</pre></body></html>`);
  const root = document.getElementById('t')!;
  const id = `q-${task.start}-${task.end}`;

  it('highlights the whole item as one passage: one anchor, and every piece of it, line breaks too, in its class', () => {
    expect(root.querySelectorAll(`#${id}`)).toHaveLength(1);
    const pieces = [...root.querySelectorAll(`.${id}`)].map((e) => e.textContent).join('');
    expect(pieces).toBe(text.slice(task.start, task.end));
    expect(pieces).toContain('\n\n');
    expect(css).toContain(`#${id}:target~.${id}{`);
  });

  it('keeps the pieces siblings of the anchor, so the one CSS rule reaches all of them', () => {
    const anchor = root.querySelector(`#${id}`)!;
    for (const piece of root.querySelectorAll(`.${id}`)) expect(piece.parentElement).toBe(anchor.parentElement);
  });

  it('still marks the clause and the number inside it as their own passages', () => {
    const inner = `q-${target.start}-${target.end}`;
    expect([...root.querySelectorAll(`.${inner}`)].map((e) => e.textContent).join('')).toBe(
      text.slice(target.start, target.end),
    );
    expect(root.querySelector('a.m-used')!.classList.contains(id)).toBe(true);
  });
});
