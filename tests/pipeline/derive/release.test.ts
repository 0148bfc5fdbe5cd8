import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/pipeline.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { Release } from '../../../src/schemas/index.ts';
import { changelog, fixture, manifest, planAnnotation } from '../fixture.ts';

describe('two named dates, computed once', () => {
  const log = [...changelog(), { ...changelog()[0]!, id: 'second', date: '2024-01-05', summary_zh: '更正。' }];
  const { files } = buildData(fixture({ changelog: log }));
  const release = Release.parse(JSON.parse(files.get('release.json') as string));

  it('the latest document is the newest date of issue; the data release is the newest changelog entry', () => {
    expect(release).toEqual({
      latest_document: { id: 'test-later', doc_number: '测保〔2024〕1号', date: '2024-03-25' },
      data_release: '2024-01-05',
      version: '2024.01.05',
    });
  });

  it('datapackage.json carries the release as version and an RFC 3339 created', () => {
    const pkg = JSON.parse(files.get('datapackage.json') as string) as { version: string; created: string };
    expect(pkg.version).toBe('2024.01.05');
    expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(new Date(pkg.created).toISOString()).toBe('2024-01-05T00:00:00.000Z');
  });

  it('the zip README names both dates, and citations the data release', () => {
    const zip = unzipSync(files.get('ip-plan-tracker-data.zip') as Uint8Array);
    const readme = new TextDecoder().decode(zip['README.md']);
    expect(readme).toContain('Data release (when the collection last changed): 2024-01-05');
    expect(readme).toContain('Latest document (what the figures are as of): 测保〔2024〕1号, 2024-03-25');
    // Citations are sentences: each date as its language writes it.
    expect(readme).toContain('data released on 5 January 2024;');
    expect(readme).toContain('数据更新于2024年1月5日；');
    expect(zip['release.json']).toBeDefined();
  });

  it('a collection with no dated document stops the build with a message naming the fix', () => {
    const m = manifest().map((e) => ({ ...e, date_issued: null, date_quote: null }));
    const plan = { ...planAnnotation(), assessments: [] };
    let message = '';
    try {
      buildData(fixture({ manifest: m, plan }));
    } catch (e) {
      message = e instanceof DataError ? e.message : String(e);
    }
    expect(message).toBe(
      'data/sources/manifest.json: no document states its date of issue, so the site cannot say what its figures are as of. Fix: record date_issued (with its date_quote) for at least one document',
    );
  });
});
