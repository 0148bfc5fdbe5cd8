// Document numbers found in running text, so pages keep each on one line.
import { describe, expect, it } from 'vitest';
import { splitDocNumbers } from '../../../src/site/formats/doc-numbers.ts';

describe('splitDocNumbers', () => {
  it('finds every number and keeps the text between', () => {
    expect(splitDocNumbers('来源：沪知局函〔2023〕54号，2022年；静府发〔2023〕7号')).toEqual([
      { text: '来源：', docNumber: false },
      { text: '沪知局函〔2023〕54号', docNumber: true },
      { text: '，2022年；', docNumber: false },
      { text: '静府发〔2023〕7号', docNumber: true },
    ]);
  });

  it('leaves text with no document number whole, and a bracketed year alone', () => {
    expect(splitDocNumbers('2023年〔草案〕')).toEqual([{ text: '2023年〔草案〕', docNumber: false }]);
    expect(splitDocNumbers('')).toEqual([]);
  });
});
