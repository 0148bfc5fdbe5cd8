import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../../src/shared/errors.ts';
import { failureMessage, reportFailure } from '../../src/shared/report.ts';
import { visible } from '../../src/shared/visible.ts';

/** Anything a terminal would act on or hide. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const RAW = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe('visible', () => {
  it('writes controls, bidirectional and zero-width characters and line breaks as \\u{…}, the rest as it is', () => {
    expect(visible('红\u001b[31m字\u202e反\u200b空\n行\t制')).toBe(
      '红\\u{1B}[31m字\\u{202E}反\\u{200B}空\\u{A}行\\u{9}制',
    );
    expect(visible('上海市知识产权局 2023年3月15日 😀 « » \\u{1B}')).toBe(
      '上海市知识产权局 2023年3月15日 😀 « » \\u{1B}',
    );
    expect(visible(visible('\u009b2J'))).toBe('\\u{9B}2J');
    expect(visible('a\ud800b')).toBe('a\\u{D800}b');
  });
});

describe('the one reporter', () => {
  afterEach(() => vi.restoreAllMocks());
  // A quote from a hostile file: it clears the screen, then rewrites the line right to left.
  const hostile = '\u001b[2J\u001b[H\u202eFix: nothing\n\u009b31m';

  it('prints a data error echoing a hostile quote as one plain line', () => {
    const line = failureMessage(
      'build-data',
      new DataError('data/x.json', `observations[0]`, `quote "${hostile}" is not in a.txt`, 'copy it'),
    );
    expect(line).not.toMatch(RAW);
    expect(line).toBe(
      'build-data: data/x.json › observations[0]: quote "\\u{1B}[2J\\u{1B}[H\\u{202E}Fix: nothing\\u{A}\\u{9B}31m" is not in a.txt. Fix: copy it',
    );
  });

  it('escapes what it prints of any other error too: an internal error, a file-system error and its path', () => {
    expect(failureMessage('build', new TypeError(`bad ${hostile}`))).not.toMatch(RAW);
    const eisdir = Object.assign(new Error('EISDIR'), { code: 'EISDIR', path: `public/data/\u001b[31m.csv` });
    expect(failureMessage('build', eisdir)).toBe(
      'build: public/data/\\u{1B}[31m.csv is a directory where a file was expected (EISDIR). Fix: replace the directory with the file (or remove it)',
    );
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((s: string) => void printed.push(s));
    reportFailure('build', new Error(hostile));
    expect(printed).toHaveLength(1);
    expect(printed[0]).not.toMatch(RAW);
  });
});
