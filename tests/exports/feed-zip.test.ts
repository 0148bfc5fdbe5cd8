import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { absoluteFeed } from '../../src/exports/feed.ts';
import { renderFiles, buildDatasets } from '../../src/pipeline/pipeline.ts';
import { diskReader } from '../../src/shared/reader.ts';
import { sourceEntries } from '../../src/pipeline/publish/zip.ts';
import { atomFeed } from '../../src/pipeline/publish/changelog.ts';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

describe('absoluteFeed', () => {
  it('puts every link of the changelog feed under the public address, and nothing else', () => {
    const feed = atomFeed([
      {
        id: 'c1',
        date: '2026-01-02',
        kind: 'method',
        document_ids: '',
        summary_zh: '说明。',
        summary_en: 'Note.',
      },
    ]);
    const out = absoluteFeed(feed, new URL('https://example.org/'));
    const hrefs = [...out.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      'https://example.org/data/changelog.atom',
      'https://example.org/changes/',
      'https://example.org/changes/#c1',
    ]);
    expect(out.replace(/https:\/\/example\.org/g, '')).toBe(feed);
  });
});

describe('the data zip', () => {
  it('holds every source text byte for byte', () => {
    const reader = diskReader(ROOT);
    const { datasets, figures } = buildDatasets(reader);
    const zip = unzipSync(
      renderFiles(datasets, figures, sourceEntries(datasets.documents, reader.bytes)).get(
        'ip-plan-tracker-data.zip',
      ) as Uint8Array,
    );
    for (const d of datasets.documents) {
      const original = reader.bytes(`data/sources/${d.file}`)!;
      expect(Buffer.from(zip[`sources/${d.file}`]!).equals(Buffer.from(original)), d.file).toBe(true);
    }
  });

  it('says which source is missing rather than zip without it', () => {
    expect(() => sourceEntries([{ file: 'nope.txt' }], () => undefined)).toThrow(/data\/sources\/nope\.txt is missing/);
  });
});
