// Finding quotes: every occurrence, in text order, white space ignored, whichever run of the quote is the rarest.
import { describe, expect, it } from 'vitest';
import { compact, findQuote } from '../../src/shared/quotes.ts';

describe('findQuote', () => {
  it('finds every occurrence in order, by the quote’s rarest run of characters', () => {
    // 知识产权 opens every sentence: the quote is found by its rarer words, at both places.
    const text = `${'知识产权保护工作站建设。'.repeat(50)}知识产权快速维权中心\n获批建设。${'知识产权保护工作站建设。'.repeat(50)}知识产权快速维权中心获批建设。`;
    const source = compact(text);
    const spans = findQuote(source, '知识产权快速维权 中心获批');
    expect(spans).toHaveLength(2);
    expect(spans[0]!.start).toBeLessThan(spans[1]!.start);
    for (const s of spans) expect(text.slice(s.start, s.end).replace(/\s/gu, '')).toBe('知识产权快速维权中心获批');
    expect(findQuote(source, '知识产权保护工作站建设。知识产权保护')).toHaveLength(98);
    expect(findQuote(source, '快速维权中心未获批')).toEqual([]);
  });
});
