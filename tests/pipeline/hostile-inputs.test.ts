// Bad inputs a careless or malicious contributor can give the data build, each tried on a copy of the real data
// through the real command: one message naming the file, the entry and the fix, no stack trace, nothing written.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/shared/report.ts';
import { writeFiles } from '../../src/pipeline/publish/write.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ to spoil, with helpers over its JSON files and sources. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  made.push(dir);
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  const path = (p: string) => join(dir, p);
  const json = (p: string) => JSON.parse(readFileSync(path(p), 'utf8'));
  const save = (p: string, v: unknown) => writeFileSync(path(p), JSON.stringify(v, null, 2));
  const manifest = () => json('data/sources/manifest.json');
  /** Replace a source's bytes and record their hash in the manifest, as a contributor adding a text would. */
  const setSource = (index: number, bytes: Uint8Array | string) => {
    const m = manifest();
    writeFileSync(path(`data/sources/${m[index].file}`), bytes);
    m[index].sha256 = createHash('sha256').update(bytes).digest('hex');
    save('data/sources/manifest.json', m);
    return m[index].file as string;
  };
  const run = () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-data.ts'), 'out', '--root', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    return { ...r, wrote: existsSync(path('out')) };
  };
  return { dir, path, json, save, manifest, setSource, run };
}

/** The one line a failed run prints, checked for what every message must be. */
function failure(r: ReturnType<ReturnType<typeof project>['run']>): string {
  expect(r.status, r.stdout).toBe(1);
  expect(r.wrote).toBe(false);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(lines[0]).toMatch(/^build-data: .+\. Fix: .+/);
  return lines[0]!;
}

const PLAN = 'data/annotations/shanghai-2023-plan.json';
const MANIFEST = 'data/sources/manifest.json';
const SOURCE0 = 'data/sources/000_5f286023386aff3f.txt';

describe('the data build refuses, in one line naming file, entry and fix', () => {
  it('a NUL byte in a source', () => {
    const p = project();
    p.setSource(0, `${readFileSync(p.path(SOURCE0), 'utf8')}\u0000`);
    expect(failure(p.run())).toBe(
      `build-data: ${SOURCE0}: the text holds a NUL character (U+0000). Fix: remove it: copy the text again from the official document`,
    );
  });

  it('a NUL or a lone surrogate in a JSON string', () => {
    const p = project();
    const text = readFileSync(p.path(PLAN), 'utf8');
    writeFileSync(p.path(PLAN), text.replace('"note_zh": "', '"note_zh": "\\ud800'));
    expect(failure(p.run())).toMatch(
      /^build-data: data\/annotations\/shanghai-2023-plan.json › observations\[0\]\.note_zh: the value holds a lone surrogate \(U\+D800, half of a character\)\. Fix: remove it/,
    );
    writeFileSync(p.path(PLAN), text.replace('"summary_zh": "', '"summary_zh": "\\u0000'));
    expect(failure(p.run())).toMatch(/› tasks\[0\]\.summary_zh: the value holds a NUL character/);
  });

  it('a source that is a symbolic link to a file outside data/', () => {
    const p = project();
    const outside = join(p.dir, 'elsewhere.txt');
    cpSync(p.path(SOURCE0), outside);
    rmSync(p.path(SOURCE0));
    symlinkSync(outside, p.path(SOURCE0));
    expect(failure(p.run())).toBe(
      `build-data: ${SOURCE0}: is a symbolic link to ${outside}, outside data/. Fix: replace the link with a copy of the file itself (every input is kept, byte for byte, in data/)`,
    );
  });

  it('a key given twice in one object', () => {
    const p = project();
    const text = readFileSync(p.path(MANIFEST), 'utf8');
    writeFileSync(p.path(MANIFEST), text.replace('"title_en":', '"title_zh": "另一个标题",\n    "title_en":'));
    expect(failure(p.run())).toMatch(
      /^build-data: data\/sources\/manifest.json › \[0\]: the key "title_zh" appears twice in one object \(at line \d+, column \d+\); JSON keeps only the last\. Fix: keep one/,
    );
  });

  it('a date_issued its own date_quote contradicts', () => {
    const p = project();
    const m = p.manifest();
    m[0].date_issued = '2023-04-15';
    p.save(MANIFEST, m);
    expect(failure(p.run())).toBe(
      'build-data: data/sources/manifest.json › [0] "shanghai-2023-plan": date_issued is 2023-04-15 but its date_quote "上海市知识产权局 2023年3月15日" states 2023-03-15. Fix: set date_issued to the date the quote states (or quote the passage that states date_issued)',
    );
  });

  it('a plan period that ends before it starts', () => {
    const p = project();
    const m = p.manifest();
    m[0].period_end = '2022-12-31';
    p.save(MANIFEST, m);
    expect(failure(p.run())).toBe(
      'build-data: data/sources/manifest.json › [0] "shanghai-2023-plan": the plan period ends (2022-12-31) before it starts (2023-01-01). Fix: correct period_start or period_end to the period the text states',
    );
  });

  it('a task deadline before its plan starts', () => {
    const p = project();
    const a = p.json(PLAN);
    a.tasks[16].deadline = '2019-12-31';
    p.save(PLAN, a);
    expect(failure(p.run())).toBe(
      `build-data: ${PLAN} › tasks "sh23-r1": the deadline 2019-12-31 is before the plan starts (2023-01-01). Fix: correct the deadline to the date the text states (or leave it out when the text states none)`,
    );
  });

  it('an observation dated decades after the document that reports it', () => {
    const p = project();
    const a = p.json(PLAN);
    a.observations[0].period_start = '2053-03-15';
    a.observations[0].period_end = '2053-03-15';
    p.save(PLAN, a);
    expect(failure(p.run())).toMatch(
      new RegExp(
        `^build-data: ${PLAN} › observations "${a.observations[0].id}": the period ends 2053-03-15, after the year the document reporting it was issued \\(2023-03-15\\).+Fix: correct period_start/period_end`,
      ),
    );
  });

  it('a GBK-encoded source, said to be GBK, with the command that converts it', () => {
    const p = project();
    // 测试文件 in GBK, then ASCII: valid GB18030, invalid UTF-8.
    p.setSource(0, new Uint8Array([0xb2, 0xe2, 0xca, 0xd4, 0xce, 0xc4, 0xbc, 0xfe, 0x0a, 0x32, 0x30]));
    expect(failure(p.run())).toBe(
      `build-data: ${SOURCE0}: the file is not UTF-8 (byte 0xb2 at offset 0 is invalid); it reads as GBK/GB18030. Fix: convert it: iconv -f GB18030 -t UTF-8 ${SOURCE0} > converted.txt (then replace the file and its sha256)`,
    );
  });

  it('a truncated JSON file, cut between characters or inside one', () => {
    const p = project();
    const bytes = readFileSync(p.path(PLAN));
    // Cut right after the first byte of a Chinese character, and right after a comma.
    const firstCjk = bytes.findIndex((b) => b >= 0xe0);
    writeFileSync(p.path(PLAN), bytes.subarray(0, firstCjk + 1));
    expect(failure(p.run())).toMatch(
      /: the file ends in the middle of a character \(after line \d+, column \d+\): it is truncated\. Fix: restore the whole file/,
    );
    const comma = bytes.indexOf(0x2c, 1000);
    writeFileSync(p.path(PLAN), bytes.subarray(0, comma + 1));
    expect(failure(p.run())).toMatch(
      /: the JSON stops before it is complete \(at line \d+, column \d+\): the file is truncated\. Fix: restore the rest/,
    );
  });

  it('an empty source', () => {
    const p = project();
    p.setSource(0, '');
    expect(failure(p.run())).toBe(`build-data: ${SOURCE0}: the file is empty. Fix: restore its content (git checkout)`);
  });

  it('two manifest entries sharing one file', () => {
    const p = project();
    const m = p.manifest();
    m[1].file = m[0].file;
    m[1].sha256 = m[0].sha256;
    p.save(MANIFEST, m);
    expect(failure(p.run())).toBe(
      `build-data: data/sources/manifest.json › [1] "shanghai-2023-reply-0994": file "${m[0].file}" is already the source of document "shanghai-2023-plan". Fix: each document has its own file: correct \`file\` to this document's own text (or remove the duplicate entry)`,
    );
  });

  it('a directory where an annotation file should be (EISDIR)', () => {
    const p = project();
    mkdirSync(p.path('data/annotations/extra.json'));
    expect(failure(p.run())).toBe(
      'build-data: data/annotations/extra.json: is a directory where a file was expected. Fix: replace it with the file, or remove it',
    );
  });

  it('an id too long to be a file name (ENAMETOOLONG)', () => {
    const p = project();
    const m = p.manifest();
    m[0].id = 'a'.repeat(300);
    p.save(MANIFEST, m);
    expect(failure(p.run())).toBe(
      `build-data: data/sources/manifest.json › [0] "${'a'.repeat(300)}": the id is 300 characters long; ids name files, so at most 100. Fix: shorten the id`,
    );
  });

  it('846,000 unaccounted numbers: the first twenty and a count, not a line of megabytes', { timeout: 300_000 }, () => {
    const p = project();
    p.setSource(0, `${readFileSync(p.path(SOURCE0), 'utf8')}\n${'共7件，'.repeat(846_000)}`);
    const line = failure(p.run());
    expect(line.length).toBeLessThan(2000);
    expect(line).toMatch(
      /› not_statistics: 846000 number\(s\) in 000_5f286023386aff3f.txt are not accounted for: "7件" \(quantity, at \d+\)(, "7件" \(quantity, at \d+\)){19}, and 845980 more\. Fix: use each/,
    );
  });
});

describe('a write that fails (a full disk)', () => {
  it('is one message naming the file and the cause, no stack trace', () => {
    const full: Parameters<typeof writeFiles>[2] = () => {
      throw Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG' });
    };
    let message = '';
    try {
      writeFiles('/tmp/out', new Map([['observations.csv', 'x']]), full);
    } catch (e) {
      message = failureMessage('build-data', e);
    }
    expect(message).toBe(
      'build-data: /tmp/out/observations.csv: cannot write the file: the file is larger than the disk or the user quota allows (EFBIG). Fix: free space or fix permissions where the build writes, then build again; nothing was published',
    );
  });

  it('of an unexpected kind is still one line, called internal, without a stack trace', () => {
    expect(failureMessage('build', new TypeError('x is undefined'))).toBe(
      'build: internal error (a bug, not your data): x is undefined',
    );
    const eisdir = Object.assign(new Error('EISDIR'), { code: 'EISDIR', path: 'public/data/x.csv' });
    expect(failureMessage('build', eisdir)).toBe(
      'build: public/data/x.csv is a directory where a file was expected (EISDIR). Fix: replace the directory with the file (or remove it)',
    );
  });
});
