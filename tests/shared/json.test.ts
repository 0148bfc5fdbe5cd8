import { describe, expect, it } from 'vitest';
import { formatJson, formatJsonRows } from '../../src/shared/json.ts';

describe('formatJsonRows', () => {
  it('writes a list byte for byte as formatJson does, line breaks inside strings included', () => {
    const rows = [{ a: 1, b: 'x\ny', c: { d: [1, 2] }, e: null }, { a: 2, b: '引号"与\\斜杠', c: {}, e: [] }, {}];
    expect(new TextDecoder().decode(formatJsonRows(rows))).toBe(formatJson(rows));
    expect(new TextDecoder().decode(formatJsonRows([]))).toBe(formatJson([]));
  });
});
