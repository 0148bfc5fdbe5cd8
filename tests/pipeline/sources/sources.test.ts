import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { buildDay } from '../../../src/pipeline/sources/build-day.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { memoryReader } from '../../../src/shared/reader.ts';
import { fixtureFiles, manifest, planAnnotation, replyAnnotation } from '../fixture.ts';

/** The message a build of these files stops with on `today`. */
function failure(files: Record<string, string>, today = '2024-12-31'): string {
  try {
    buildDatasets(memoryReader(files), { today });
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  throw new Error('the build did not fail');
}

describe('the day of the build', () => {
  it('is the day in China, where the documents are dated, whatever the machine’s time zone', () => {
    // 17:00 UTC on 24 March is 01:00 on 25 March in Shanghai.
    expect(buildDay(new Date('2024-03-24T17:00:00Z'))).toBe('2024-03-25');
    expect(buildDay(new Date('2024-03-24T15:59:59Z'))).toBe('2024-03-24');
    expect(buildDay(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });
});

describe('a document dated after the day of the build', () => {
  const later = (date: string) => {
    const m = manifest();
    m[2]!.date_issued = date;
    m[2]!.date_quote = null;
    return fixtureFiles({ manifest: m });
  };

  it('is refused, naming the entry, the day and the fix (a 2099 date would become the figures’ "as of")', () => {
    expect(failure(later('2099-03-25'))).toBe(
      'data/sources/manifest.json › [2] "test-later": date_issued 2099-03-25 is after the day of this build (2024-12-31, China time): a document cannot be issued in the future, and its date would become the date the site\'s figures are "as of". Fix: correct date_issued to the date the text states (and its date_quote)',
    );
    expect(failure(later('2024-04-01'), '2024-03-31')).toMatch(/date_issued 2024-04-01 is after the day of this build/);
  });

  it('is accepted on its own day, and the figures are as of it', () => {
    const { datasets } = buildDatasets(memoryReader(later('2024-03-31')), { today: '2024-03-31' });
    expect(datasets.documents.find((d) => d.id === 'test-later')!.date_issued).toBe('2024-03-31');
  });

  it('leaves an undated document’s figures to the end of the build’s year, by the same clock', () => {
    const m = manifest();
    m[1]!.date_issued = null;
    m[1]!.date_quote = null;
    const reply = replyAnnotation();
    reply.observations[1]!.period_end = '2025-06-30';
    // An undated document is no evidence; the plan's assessment that cites it goes.
    const plan = planAnnotation();
    plan.assessments = [];
    const files = fixtureFiles({ manifest: m, reply, plan });
    expect(failure(files, '2024-12-31')).toMatch(
      /observations "preexam-cases-2023": the period ends 2025-06-30, after the year the document reporting it was written \(it is undated: the year of this build\)/,
    );
    expect(() => buildDatasets(memoryReader(files), { today: '2025-01-02' })).not.toThrow();
  });
});

describe('a file in data/sources/ the manifest does not list', () => {
  it('is refused, naming the file and the fix, not skipped', () => {
    const files = { ...fixtureFiles(), 'data/sources/new-notice.txt': '新的通知\n' };
    expect(failure(files)).toBe(
      'data/sources/new-notice.txt: no entry of data/sources/manifest.json lists this file. Fix: add its entry to data/sources/manifest.json (id, file, sha256, document number, dates), or remove the file',
    );
  });

  it('counts the others, and names a file whose name holds a control character visibly', () => {
    const files = {
      ...fixtureFiles(),
      'data/sources/a.txt': 'x',
      'data/sources/b\u001b[31m.txt': 'x',
      'data/sources/c.txt': 'x',
    };
    expect(failure(files)).toMatch(
      /^data\/sources\/a\.txt: no entry of data\/sources\/manifest\.json lists this file \(nor 2 more: b\\u\{1B\}\[31m\.txt, c\.txt\)\. Fix: add its entry/,
    );
  });

  it('leaves hidden files alone (an editor’s or the system’s, not documents)', () => {
    const files = { ...fixtureFiles(), 'data/sources/.DS_Store': 'x' };
    expect(() => buildDatasets(memoryReader(files), { today: '2024-12-31' })).not.toThrow();
  });
});

describe('a date_quote with an invisible character in it', () => {
  it('names the character, which is why the quote is not found', () => {
    const m = manifest();
    m[0]!.date_quote = '测试局 2023年3\u200b月15日';
    expect(failure(fixtureFiles({ manifest: m }))).toBe(
      'data/sources/manifest.json › [0] "test-plan": date_quote "测试局 2023年3\\u{200B}月15日" is not in plan.txt; the quote holds an invisible zero-width space (U+200B) at character 11. Fix: delete the invisible character (or copy the passage again from the source)',
    );
  });
});

describe('a placeholder left in any field of the manifest', () => {
  const withFields = (fields: Record<string, string>) => {
    const m = manifest();
    Object.assign(m[1]!, fields);
    return fixtureFiles({ manifest: m });
  };

  it('is refused in a text field the schema takes, naming the file, the entry, the field and the fix', () => {
    expect(failure(withFields({ title_en: 'TODO' }))).toBe(
      'data/sources/manifest.json › [1] "test-reply".title_en: "TODO" is a placeholder, not the document\'s English title. Fix: write the title in English',
    );
    expect(failure(withFields({ issuer_zh: '待填' }))).toBe(
      'data/sources/manifest.json › [1] "test-reply".issuer_zh: "待填" is a placeholder, not the document\'s issuer. Fix: copy the issuing body\'s name as the text states it',
    );
    expect(failure(withFields({ period_note_en: ' todo ' }))).toMatch(
      /"test-reply"\.period_note_en: " todo " is a placeholder/,
    );
  });

  it('is refused as a placeholder where the schema would refuse the value (a level), not as a malformed one', () => {
    expect(failure(withFields({ level: 'TODO' }))).toBe(
      'data/sources/manifest.json › [1] "test-reply".level: "TODO" is a placeholder, not the document\'s level. Fix: write its issuer\'s level: national, provincial, prefecture or county (its place\'s, in data/jurisdictions.json)',
    );
  });

  it('names every field of the entry that holds one, in one message', () => {
    expect(failure(withFields({ title_en: 'TODO', issuer_en: 'TODO' }))).toBe(
      'data/sources/manifest.json › [1] "test-reply": title_en "TODO", issuer_en "TODO" are placeholders, not the document\'s English title, issuer\'s English name. Fix: title_en: write the title in English; issuer_en: write the issuing body\'s name in English',
    );
  });

  it('leaves a document with no number alone: "none" is a value, not a placeholder', () => {
    const { datasets } = buildDatasets(memoryReader(withFields({ doc_number: 'none' })), { today: '2024-12-31' });
    expect(datasets.documents.find((d) => d.id === 'test-reply')!.doc_number).toBe('none');
  });
});
