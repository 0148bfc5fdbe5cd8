import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/pipeline.ts';
import { diskReader } from '../../src/shared/reader.ts';
import { fixtureFiles, indicators } from '../pipeline/fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const NEW_DOC =
  '测试局文件\n\n测发〔2024〕3号\n\n2024年测试工作要点\n全年受理投诉1200余件，调解成功率达到85.5%。\n\n测试局\n2024年5月6日\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-'));
  const catalogue = ['data/jurisdictions.json', 'data/document-kinds.json'];
  const files = {
    ...fixtureFiles(),
    ...Object.fromEntries(catalogue.map((p) => [p, readFileSync(join(root, p), 'utf8')])),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function draft(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/draft.ts'), ...args, '--root', dir], { encoding: 'utf8' });
}

function buildError(dir: string): string {
  const r = spawnSync(
    process.execPath,
    [join(root, 'scripts/build-data.ts'), '--out', join(dir, 'out'), '--root', dir],
    {
      encoding: 'utf8',
    },
  );
  return r.status === 0 ? '' : r.stderr;
}

describe('adding a document end to end', () => {
  it('drafts, refuses the draft until completed, then builds with the new figures', () => {
    const dir = project();
    const file = join(dir, 'incoming.txt');
    writeFileSync(file, NEW_DOC);
    const out = draft(dir, file, '--id', 'test-2024-points', '--jurisdiction', 'shanghai');
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/drafted test-2024-points/);
    expect(out.stdout).toMatch(
      /to review: 2 observations, 0 not statistics, 0 tasks, \d+ evidence suggestions; manifest fields to fill: title_en, issuer_en$/m,
    );

    const manifest = JSON.parse(readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8'));
    const entry = manifest.at(-1);
    expect(entry).toMatchObject({
      id: 'test-2024-points',
      file: 'incoming.txt',
      doc_number: '测发〔2024〕3号',
      // Read from the text: its heading and the signature over its date line.
      title_zh: '2024年测试工作要点',
      issuer_zh: '测试局',
      date_issued: '2024-05-06',
      date_quote: '测试局 2024年5月6日',
      kind: 'work_points',
      // The place's own level, in the one vocabulary of data/jurisdictions.json.
      level: 'provincial',
    });
    expect(readFileSync(join(dir, 'data/sources/incoming.txt'), 'utf8')).toBe(NEW_DOC);
    const annotation = JSON.parse(readFileSync(join(dir, 'data/annotations/test-2024-points.json'), 'utf8'));
    expect(
      annotation.observations.map((o: { value: number; qualifier: string; mention: string }) => [
        o.mention,
        o.value,
        o.qualifier,
      ]),
    ).toEqual([
      ['1200余件', 1200, 'more_than'],
      ['85.5%', 85.5, 'exact'],
    ]);

    // Nothing unreviewed builds: the build names the file and what is left.
    expect(() => buildData(diskReader(dir))).toThrow(
      /^data\/annotations\/test-2024-points\.json: still holds 2 draft entries \("draft": true\)/,
    );
    Object.assign(entry, {
      title_zh: '测试要点',
      title_en: 'Test points',
      issuer_zh: '测试局',
      issuer_en: 'Test Administration',
      level: 'provincial',
      period_start: '2024-01-01',
      period_end: '2024-12-31',
    });
    writeFileSync(join(dir, 'data/sources/manifest.json'), JSON.stringify(manifest));

    // The curator completes the annotation.
    const inds = [
      ...indicators(),
      {
        id: 'complaints',
        name_zh: '受理投诉',
        name_en: 'Complaints',
        definition_zh: '定义',
        definition_en: 'Definition',
        unit: '件',
        unit_en: 'complaints',
        measure: 'count',
        topic: 'mediation',
        flow_stock: 'flow',
        base: null,
      },
      {
        id: 'mediation-success-rate',
        name_zh: '调解成功率',
        name_en: 'Mediation success rate',
        definition_zh: '定义',
        definition_en: 'Definition',
        unit: '%',
        unit_en: '%',
        measure: 'percent',
        topic: 'mediation',
        flow_stock: 'flow',
        base: null,
      },
    ];
    writeFileSync(join(dir, 'data/indicators.json'), JSON.stringify(inds));
    // The curator confirms each draft: the indicator chosen, the draft's working fields dropped.
    annotation.observations = annotation.observations.map(
      (
        { draft: _d, indicator_candidates: _c, proposed_indicator: _p, unit: _u, ...o }: Record<string, unknown>,
        i: number,
      ) => ({
        ...o,
        indicator: ['complaints', 'mediation-success-rate'][i],
      }),
    );
    // 全年 governs both numbers of its sentence.
    expect(
      annotation.observations.map((o: { period_start: string; period_end: string }) => [o.period_start, o.period_end]),
    ).toEqual([
      ['2024-01-01', '2024-12-31'],
      ['2024-01-01', '2024-12-31'],
    ]);
    delete annotation.evidence_suggestions;
    writeFileSync(join(dir, 'data/annotations/test-2024-points.json'), JSON.stringify(annotation));
    expect(buildError(dir)).toBe('');
    const observations = JSON.parse(readFileSync(join(dir, 'out/observations.json'), 'utf8')) as {
      id: string;
      value: number;
      doc_number: string;
    }[];
    expect(observations.filter((o) => o.doc_number === '测发〔2024〕3号').map((o) => o.value)).toEqual([1200, 85.5]);
  });

  it('refuses an id already in use, naming it', () => {
    const dir = project();
    writeFileSync(join(dir, 'x.txt'), NEW_DOC);
    const out = draft(dir, join(dir, 'x.txt'), '--id', 'test-plan');
    expect(out.status).toBe(1);
    expect(out.stderr).toBe('draft: id "test-plan" is already in data/sources/manifest.json: choose another\n');
  });

  it('explains its usage when called without an id', () => {
    const out = spawnSync(process.execPath, [join(root, 'scripts/draft.ts'), 'x.txt'], { encoding: 'utf8' });
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^usage: npm run draft -- FILE\.txt --id DOCUMENT-ID/);
  });

  it('refuses at the door what the build would refuse later, changing nothing', () => {
    const dir = project();
    const before = readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8');
    writeFileSync(join(dir, 'new plan.txt'), NEW_DOC);
    writeFileSync(join(dir, 'page.html'), NEW_DOC);
    writeFileSync(join(dir, 'ok.txt'), NEW_DOC);
    // 测试 in GBK: not UTF-8.
    writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]));
    const cases: [string[], RegExp][] = [
      [[join(dir, 'new plan.txt'), '--id', 'x-1', '--jurisdiction', 'shanghai'], /rename it, e\.g\. to new-plan\.txt/],
      [[join(dir, 'page.html'), '--id', 'x-1', '--jurisdiction', 'shanghai'], /is an HTML page/],
      [[join(dir, 'ok.txt'), '--id', 'x-1', '--jurisdiction', 'atlantis'], /jurisdiction "atlantis" is not in/],
      [
        [join(dir, 'gbk.txt'), '--id', 'x-1', '--jurisdiction', 'shanghai'],
        /gbk\.txt is not valid UTF-8: save it as UTF-8/,
      ],
      [[join(dir, 'ok.txt'), '--id', 'x-1', '--jurisdiction', 'shanghai', '--kind', 'poem'], /kind "poem" is not in/],
    ];
    for (const [args, message] of cases) {
      const out = draft(dir, ...args);
      expect(out.status).toBe(1);
      expect(out.stderr).toMatch(/^draft: /);
      expect(out.stderr).toMatch(message);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8')).toBe(before);
  });

  it('--dry-run --out writes the draft there and nothing else', () => {
    const dir = project();
    const before = readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8');
    writeFileSync(join(dir, 'ok.txt'), NEW_DOC);
    const out = draft(
      dir,
      join(dir, 'ok.txt'),
      '--id',
      'x-1',
      '--jurisdiction',
      'shanghai',
      '--dry-run',
      '--out',
      join(dir, 'd.json'),
    );
    expect(out.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')).observations).toHaveLength(2);
    expect(readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'data/annotations/x-1.json'))).toBe(false);
    expect(existsSync(join(dir, 'data/sources/ok.txt'))).toBe(false);
  });
});

describe('what npm run draft writes, and what it refuses', () => {
  const manifestOf = (dir: string) => readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8');
  const args = (file: string) => [file, '--id', 'x-1', '--jurisdiction', 'shanghai'];

  it.each([
    ['the source copy', 'data/sources/ok.txt'],
    ['the annotation', 'data/annotations/x-1.json'],
    ['the manifest', 'data/sources/manifest.json'],
  ])('refuses a symbolic link at %s, changing nothing', (_what, path) => {
    const dir = project();
    writeFileSync(join(dir, 'ok.txt'), NEW_DOC);
    const elsewhere = join(dir, 'elsewhere.json');
    writeFileSync(elsewhere, path.endsWith('manifest.json') ? manifestOf(dir) : '');
    if (path.endsWith('manifest.json')) rmSync(join(dir, path));
    symlinkSync(elsewhere, join(dir, path));
    const before = readFileSync(elsewhere, 'utf8');
    const out = draft(dir, ...args(join(dir, 'ok.txt')));
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(
      new RegExp(`^draft: .*${path.split('/').at(-1)!.replace('.', '\\.')}:? is a symbolic link`),
    );
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(elsewhere, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'data/annotations/x-1.json')) && !path.endsWith('x-1.json')).toBe(false);
  });

  it.each([
    ['an empty text', ''],
    ['a text of white space only', ' \n\t\u3000\n'],
  ])('refuses %s in one line, writing nothing', (_what, content) => {
    const dir = project();
    const before = manifestOf(dir);
    writeFileSync(join(dir, 'ok.txt'), content);
    const out = draft(dir, ...args(join(dir, 'ok.txt')));
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^draft: ok\.txt holds no text \(it is empty or white space only\)/);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(manifestOf(dir)).toBe(before);
    expect(existsSync(join(dir, 'data/sources/ok.txt'))).toBe(false);
  });

  it('drafts 2,000 bare integers (14 KB on one column) in bounded time', () => {
    const dir = project();
    writeFileSync(join(dir, 'ints.txt'), Array.from({ length: 2000 }, (_, i) => `${100000 + i * 37}\n`).join(''));
    const t = performance.now();
    const out = draft(dir, ...args(join(dir, 'ints.txt')), '--dry-run', '--out', join(dir, 'd.json'));
    expect(out.stderr).toBe('');
    expect(performance.now() - t).toBeLessThan(30_000);
    expect(JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')).observations).toHaveLength(2000);
  });

  it('refuses a 50 MB text at once, in one line, without reading it', () => {
    const dir = project();
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x31));
    const t = performance.now();
    const out = draft(dir, ...args(big));
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^draft: .*big\.txt is 50\.0 MB, more than the 5 MB a document's text can be/);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('build-data command', () => {
  it('fails with one line naming the file and leaves the previous output untouched', () => {
    const dir = project();
    const outDir = join(dir, 'out');
    execFileSync(process.execPath, [join(root, 'scripts/build-data.ts'), '--out', outDir, '--root', dir], {
      stdio: 'pipe',
    });
    const before = readFileSync(join(outDir, 'observations.csv'), 'utf8');
    writeFileSync(join(dir, 'data/annotations/test-reply.json'), '{ broken');
    const r = spawnSync(process.execPath, [join(root, 'scripts/build-data.ts'), '--out', outDir, '--root', dir], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^build-data: data\/annotations\/test-reply\.json: invalid JSON at line 1, column \d+ /);
    expect(readFileSync(join(outDir, 'observations.csv'), 'utf8')).toBe(before);
  });
});
