import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../src/lib/pipeline/build.ts';
import { diskReader } from '../../src/lib/pipeline/reader.ts';
import { fixtureFiles, indicators } from '../lib/pipeline/fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const NEW_DOC =
  '测试局文件\n\n测发〔2024〕3号\n\n2024年测试工作要点\n全年受理投诉1200余件，调解成功率达到85.5%。\n\n测试局\n2024年5月6日\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draft-'));
  for (const [path, content] of Object.entries(fixtureFiles())) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function draft(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/draft.ts'), ...args, '--root', dir], { encoding: 'utf8' });
}

function buildError(dir: string): string {
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-data.ts'), join(dir, 'out'), '--root', dir], {
    encoding: 'utf8',
  });
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
      /2 draft observations to complete; fields to fill: title_zh, title_en, issuer_zh, issuer_en, level, kind/,
    );

    const manifest = JSON.parse(readFileSync(join(dir, 'data/sources/manifest.json'), 'utf8'));
    const entry = manifest.at(-1);
    expect(entry).toMatchObject({
      id: 'test-2024-points',
      file: 'incoming.txt',
      doc_number: '测发〔2024〕3号',
      date_issued: '2024-05-06',
      date_quote: '2024年5月6日',
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

    // The draft does not build: the curator has work to do, and the build says where.
    expect(() => buildData(diskReader(dir))).toThrow(
      /data\/sources\/manifest\.json › \[3\]\.level \(in "test-2024-points"\): Invalid option/,
    );
    Object.assign(entry, {
      title_zh: '测试要点',
      title_en: 'Test points',
      issuer_zh: '测试局',
      issuer_en: 'Test Administration',
      level: 'municipal',
      kind: 'work_points',
      period_start: '2024-01-01',
      period_end: '2024-12-31',
    });
    writeFileSync(join(dir, 'data/sources/manifest.json'), JSON.stringify(manifest));
    expect(() => buildData(diskReader(dir))).toThrow(
      /test-2024-points\.json › observations\[0\] "test-2024-points-001": unknown indicator "todo"/,
    );

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
      },
    ];
    writeFileSync(join(dir, 'data/indicators.json'), JSON.stringify(inds));
    annotation.observations[0].indicator = 'complaints';
    annotation.observations[1].indicator = 'mediation-success-rate';
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
});

describe('build-data command', () => {
  it('fails with one line naming the file and leaves the previous output untouched', () => {
    const dir = project();
    const outDir = join(dir, 'out');
    execFileSync(process.execPath, [join(root, 'scripts/build-data.ts'), outDir, '--root', dir], { stdio: 'pipe' });
    const before = readFileSync(join(outDir, 'observations.csv'), 'utf8');
    writeFileSync(join(dir, 'data/annotations/test-reply.json'), '{ broken');
    const r = spawnSync(process.execPath, [join(root, 'scripts/build-data.ts'), outDir, '--root', dir], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^build-data: data\/annotations\/test-reply\.json: invalid JSON at line 1, column \d+ /);
    expect(readFileSync(join(outDir, 'observations.csv'), 'utf8')).toBe(before);
  });
});
