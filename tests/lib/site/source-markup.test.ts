// The source viewer shows official text byte for byte and always escaped: whatever a document contains, it is text.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { markUpSource } from '../../../src/lib/site/source-markup.ts';

const HOSTILE = '第一条 <script>alert(1)</script> 罚没款&amp;1200余起 "引号" \'单引号\'\n行尾空格  \n';

/** The text a browser shows for the markup: the DOM's text, without the back links (shown only for a targeted quote). */
function shownText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="t">${html}</div></body></html>`);
  const root = document.getElementById('t')!;
  for (const back of root.querySelectorAll('.back')) back.remove();
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
