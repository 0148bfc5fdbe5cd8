import { describe, expect, it } from 'vitest';
import { forPage } from '../../../src/site/charts/figure.ts';

const PLOT =
  '<svg class="plot-d6a7b5" role="img" aria-label="各规划任务进展状态"><title>t</title><style>:where(.plot-d6a7b5) { display: block; }</style>' +
  '<g aria-label="rect" fill="#009E73"><rect x="1"></rect></g><g stroke="#222" aria-label="rule"><line></line></g></svg>';

describe('forPage', () => {
  it('keeps the chart’s own name and drops the marks’ names and Plot’s <style>, nothing else', () => {
    expect(forPage(PLOT)).toBe(
      '<svg class="plot-d6a7b5" role="img" aria-label="各规划任务进展状态"><title>t</title>' +
        '<g fill="#009E73"><rect x="1"></rect></g><g stroke="#222"><line></line></g></svg>',
    );
  });
});
