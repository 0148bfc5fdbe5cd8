// A drafted quote is the clause that holds its number: it never reaches back over a heading into the sentence after
// it, and a line a page's layout broke mid-sentence still joins the sentence.
import { describe, expect, it } from 'vitest';
import { clauseQuote } from '../../../src/authoring/draft/quotes.ts';
import { compact } from '../../../src/shared/quotes.ts';

function quoteOf(text: string, number: string): string {
  const start = text.indexOf(number);
  const r = clauseQuote(text, compact(text), start, start + number.length);
  return text.slice(r.start, r.end);
}

describe('a drafted quote', () => {
  it('starts after a heading line, not in it', () => {
    for (const heading of ['一、创造', '（一）2025年工作情况', '二、关于提案建议的采纳情况', '3．保护'])
      expect(quoteOf(`${heading}\n全市专利授权量2.64万件，同比下降8.9%。`, '2.64万件')).toBe(
        '全市专利授权量2.64万件，',
      );
  });

  it('joins a numbered sentence that the layout broke after its first line', () => {
    const text = '1．全市知识产权系统全年共办理专利侵权纠纷行政裁决案件\n312件，结案率97.6%。';
    expect(quoteOf(text, '312件')).toBe('1．全市知识产权系统全年共办理专利侵权纠纷行政裁决案件\n312件，');
  });
});
