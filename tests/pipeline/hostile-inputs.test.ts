// Bad inputs a careless or malicious contributor can give the data build: one message naming the file, the entry and
// the fix, no stack trace, nothing written. Every case runs in process, reported through the command's one reporter as
// the command would print it; the first also runs the real command in a process of its own. The first cases spoil a
// copy of the real data on disk; those after them (the gaps of issue 21) spoil the fixture in memory.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/shared/report.ts';
import { DataError } from '../../src/shared/errors.ts';
import { diskReader, memoryReader } from '../../src/shared/reader.ts';
import { buildData, buildDatasets } from '../../src/pipeline/pipeline.ts';
import { writeFiles } from '../../src/pipeline/publish/write.ts';
import { fixtureFiles, jurisdictions, manifest, planAnnotation, PLAN_TEXT, replyAnnotation } from './fixture.ts';

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
  /** The command itself, in a process of its own: what a curator sees, exit status and all. */
  const spawned = () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-data.ts'), '--out', 'out', '--root', dir], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, wrote: existsSync(path('out')) };
  };
  /** The same pipeline in process, its failure printed by the command's one reporter. */
  const run = () => {
    try {
      buildData(diskReader(dir));
      return { status: 0, stdout: 'built', stderr: '', wrote: false };
    } catch (e) {
      return { status: 1, stdout: '', stderr: `${failureMessage('build-data', e)}\n`, wrote: false };
    }
  };
  return { dir, path, json, save, manifest, setSource, run, spawned };
}

/** The one line a failed run prints, checked for what every message must be. */
function failure(r: { status: number | null; stdout: string; stderr: string; wrote: boolean }): string {
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
    // This one case runs the command in a process of its own, so its contract (exit 1, one line, nothing written) is
    // checked on the real thing; the others call the same pipeline and reporter in process.
    expect(failure(p.spawned())).toMatch(
      new RegExp(
        `^build-data: ${SOURCE0}: the text holds a NUL character \\(U\\+0000\\) at line \\d+, column \\d+\\. Fix: remove it: copy the text again from the official document$`,
      ),
    );
  });

  it('a NUL or a lone surrogate in a JSON string', () => {
    const p = project();
    const text = readFileSync(p.path(PLAN), 'utf8');
    writeFileSync(p.path(PLAN), text.replace('"note_zh": "', '"note_zh": "\\ud800'));
    expect(failure(p.run())).toMatch(
      /^build-data: data\/annotations\/shanghai-2023-plan.json › observations\[0\]\.note_zh: the value holds a lone surrogate \(U\+D800, half of a character\) at line \d+, column \d+\. Fix: remove it/,
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

  it('a document number left as a placeholder (TODO), which would be published', () => {
    const p = project();
    const m = p.manifest();
    m[1].doc_number = 'TODO';
    p.save(MANIFEST, m);
    expect(failure(p.run())).toBe(
      'build-data: data/sources/manifest.json › [1] "shanghai-2023-reply-0994".doc_number: "TODO" is a placeholder, not the document\'s number. Fix: copy the number (文号) as the text states it, or write "none" where the text has none',
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

/** The day the in-process builds run on, fixed: the fixture's documents are of 2023 and 2024. */
const TODAY = '2024-12-31';
/** Anything a terminal would act on or hide, which no printed message may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const RAW = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The fixture with the plan's text replaced, its manifest entry's sha256 with it. */
function withPlanText(planText: string): Record<string, string> {
  const m = manifest();
  m[0]!.sha256 = sha(planText);
  return fixtureFiles({ manifest: m, planText });
}

/** The fixture with one file's text edited. */
function edited(path: string, edit: (text: string) => string): Record<string, string> {
  const files = fixtureFiles();
  files[path] = edit(files[path]!);
  return files;
}

/** A value nested 200,000 brackets deep. */
const deep = (open: string, close: string) => open.repeat(200_000) + close.repeat(200_000);

/** Each case: the files of a project, and what its one line must say after "build-data: ". */
const GAPS: [name: string, files: () => Record<string, string>, says: RegExp][] = [
  [
    'a document dated 2099',
    () => {
      const m = manifest();
      m[2]!.date_issued = '2099-03-25';
      m[2]!.date_quote = null;
      return fixtureFiles({ manifest: m });
    },
    /^data\/sources\/manifest\.json › \[2\] "test-later": date_issued 2099-03-25 is after the day of this build \(2024-12-31, China time\)/,
  ],
  [
    'a plan cited as evidence for its own task',
    () => {
      const plan = planAnnotation();
      plan.assessments[0]!.as_of = '2023-03-15';
      plan.assessments[0]!.evidence = [{ document: 'test-plan', quote: '组织开展专题培训' }];
      return fixtureFiles({ plan });
    },
    /^data\/annotations\/test-plan\.json › assessments\[0\] "t2"\.evidence\[0\]: the plan plan\.txt is cited as evidence for its own task/,
  ],
  [
    'an observation of a place outside the document’s, with no note saying why',
    () => {
      const reply = replyAnnotation();
      reply.observations[1]!.jurisdiction = 'weifang';
      const places = [
        ...jurisdictions(),
        { id: 'shandong', name_zh: '山东省', name_en: 'Shandong', level: 'provincial', parent: null, code: '370000' },
        {
          id: 'weifang',
          name_zh: '潍坊市',
          name_en: 'Weifang',
          level: 'prefecture',
          parent: 'shandong',
          code: '370700',
        },
      ];
      return fixtureFiles({ reply, jurisdictions: places });
    },
    /^data\/annotations\/test-reply\.json › observations\[1\] "preexam-cases-2023": jurisdiction "weifang" is neither the document's own \("shanghai"/,
  ],
  [
    'a right-to-left override in a source',
    () => withPlanText(PLAN_TEXT.replace('测试实施方案', '测试\u202e实施方案')),
    /^data\/sources\/plan\.txt: the text holds a bidirectional control, right-to-left override \(U\+202E\) at line 5, column 8\./,
  ],
  [
    'a left-to-right isolate in a source',
    () => withPlanText(PLAN_TEXT.replace('测试局\n2023', '测试局\u2066\n2023')),
    /^data\/sources\/plan\.txt: the text holds a bidirectional control, left-to-right isolate \(U\+2066\) at line 9, column 4\./,
  ],
  [
    'terminal escapes (ESC [2J, clear the screen) in a source',
    () => withPlanText(PLAN_TEXT.replace('2.加强', '\u001b[2J2.加强')),
    /^data\/sources\/plan\.txt: the text holds a control character \(U\+001B\) at line 8, column 1\./,
  ],
  [
    'a C1 control (CSI, U+009B) in a source',
    () => withPlanText(`${PLAN_TEXT}\u009b31m`),
    /^data\/sources\/plan\.txt: the text holds a control character \(U\+009B\) at line 11, column 1\./,
  ],
  [
    'a form feed in a source',
    () => withPlanText(PLAN_TEXT.replace('\n2.', '\n\f2.')),
    /^data\/sources\/plan\.txt: the text holds a control character \(U\+000C\) at line 8, column 1\./,
  ],
  [
    'a right-to-left override, written as it is, in an annotation value',
    () =>
      edited('data/annotations/test-plan.json', (t) =>
        t.replace('"summary_en": "Training"', '"summary_en": "Train\u202eing"'),
      ),
    /^data\/annotations\/test-plan\.json › tasks\[1\]\.summary_en: the value holds a bidirectional control, right-to-left override \(U\+202E\) at line 41, column 27\./,
  ],
  [
    'a right-to-left override written as an escape (\\u202E) in a quote',
    () => edited('data/annotations/test-plan.json', (t) => t.replace('"quote": "2.加强', '"quote": "\\u202E2.加强')),
    /^data\/annotations\/test-plan\.json › tasks\[1\]\.quote: the value holds a bidirectional control, right-to-left override \(U\+202E\) at line \d+, column 17\./,
  ],
  [
    'a terminal escape written as \\u001b in an evidence quote',
    () => edited('data/annotations/test-plan.json', (t) => t.replace('"培训已经开展"', '"\\u001b[2J培训已经开展"')),
    /^data\/annotations\/test-plan\.json › assessments\[0\]\.evidence\[0\]\.quote: the value holds a control character \(U\+001B\) at line \d+, column \d+\./,
  ],
  [
    'a backspace written as \\b in the changelog',
    () => edited('data/changelog.json', (t) => t.replace('收录两份文件。', '收录\\b两份文件。')),
    /^data\/changelog\.json › \[0\]\.summary_zh: the value holds a control character \(U\+0008\) at line \d+, column \d+\./,
  ],
  [
    'a C1 control (NEL, U+0085) in a jurisdiction’s name',
    () => edited('data/jurisdictions.json', (t) => t.replace('"上海市"', '"上海\u0085市"')),
    /^data\/jurisdictions\.json › \[0\]\.name_zh: the value holds a control character \(U\+0085\) at line 4, column 19\./,
  ],
  [
    'a lone surrogate written as an escape in a theme',
    () => edited('data/themes.json', (t) => t.replace('"宣传"', '"宣\\udc00传"')),
    /^data\/themes\.json › \[1\]\.name_zh: the value holds a lone surrogate \(U\+DC00, half of a character\) at line \d+, column \d+\./,
  ],
  [
    'a pop directional isolate written as an escape in a key',
    () => edited('data/indicators.json', (t) => t.replace('"topic"', '"topic\\u2069"')),
    /^data\/indicators\.json › \[0\]\.topic\\u\{2069\}: the key holds a bidirectional control, pop directional isolate \(U\+2069\)/,
  ],
  [
    'a zero-width space in an observation’s quote',
    () => {
      const reply = replyAnnotation();
      reply.observations[0]!.quote = '共建成维权\u200b援助工作站 25 家';
      return fixtureFiles({ reply });
    },
    /^data\/annotations\/test-reply\.json › observations\[0\] "workstations-2023-08": quote "共建成维权\\u\{200B\}援助工作站 25 家" is not in reply\.txt; the quote holds an invisible zero-width space \(U\+200B\) at character 6\. Fix: delete the invisible character/,
  ],
  [
    'a zero-width joiner in an evidence quote',
    () => {
      const plan = planAnnotation();
      plan.assessments[0]!.evidence = [{ document: 'test-reply', quote: '培训\u200d已经开展' }];
      return fixtureFiles({ plan });
    },
    /^data\/annotations\/test-plan\.json › assessments\[0\] "t2"\.evidence\[0\]: quote "培训\\u\{200D\}已经开展" is not in reply\.txt; the quote holds an invisible zero-width joiner \(U\+200D\) at character 3/,
  ],
  [
    '200,000 nested brackets in data/figures.json',
    () => ({ ...fixtureFiles(), 'data/figures.json': deep('[', ']') }),
    /^data\/figures\.json: the JSON nests more than 64 brackets deep \(at line 1, column 65\); no input of this project nests more than a few\. Fix: restore the file/,
  ],
  [
    '200,000 nested objects in an annotation file',
    () => ({ ...fixtureFiles(), 'data/annotations/test-later.json': deep('{"a":', '}') }),
    /^data\/annotations\/test-later\.json: the JSON nests more than 64 brackets deep \(at line 1, column 321\)/,
  ],
  [
    '200,000 nested brackets inside the manifest',
    () => edited('data/sources/manifest.json', (t) => t.replace('"title_zh": "测试"', `"title_zh": ${deep('[', ']')}`)),
    /^data\/sources\/manifest\.json: the JSON nests more than 64 brackets deep \(at line \d+, column \d+\)/,
  ],
  [
    'a text in data/sources/ the manifest does not list',
    () => ({ ...fixtureFiles(), 'data/sources/notice-2024.txt': '测试局通知\n' }),
    /^data\/sources\/notice-2024\.txt: no entry of data\/sources\/manifest\.json lists this file\. Fix: add its entry to data\/sources\/manifest\.json .+, or remove the file$/,
  ],
  [
    'an unlisted file whose name carries terminal escapes and an override',
    () => ({ ...fixtureFiles(), 'data/sources/\u001b]0;owned\u0007\u202etxt.exe': 'x' }),
    /^data\/sources\/\\u\{1B\}\]0;owned\\u\{7\}\\u\{202E\}txt\.exe: no entry of data\/sources\/manifest\.json lists this file\./,
  ],
];

describe('the gaps of issue 21, in process: each stops cleanly, in one plain line naming file, entry and fix', () => {
  it('builds the fixture itself on the fixed day', () => {
    expect(() => buildDatasets(memoryReader(fixtureFiles()), { today: TODAY })).not.toThrow();
  });

  it.each(GAPS)('%s', (_name, files, says) => {
    let caught: unknown;
    try {
      buildDatasets(memoryReader(files()), { today: TODAY });
    } catch (e) {
      caught = e;
    }
    expect(caught, 'the build did not stop').toBeInstanceOf(DataError);
    const line = failureMessage('build-data', caught);
    expect(line).not.toMatch(RAW);
    expect(line).toMatch(/^build-data: \S.*\. Fix: .+$/);
    expect(line.length).toBeLessThan(1000);
    expect(line.slice('build-data: '.length)).toMatch(says);
  });
});
