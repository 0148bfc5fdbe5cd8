import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { fixture, replyAnnotation } from '../fixture.ts';

describe('the data build and unreviewed drafts', () => {
  it('builds the fixture as it is', () => {
    expect(() => buildDatasets(fixture())).not.toThrow();
  });

  it('refuses a file with draft entries, naming the file and the count', () => {
    const reply = replyAnnotation() as { observations: Record<string, unknown>[] };
    reply.observations[0]!.draft = true;
    reply.observations[1]!.draft = true;
    expect(() => buildDatasets(fixture({ reply }))).toThrow(
      /^data\/annotations\/test-reply\.json: still holds 2 draft entries \("draft": true\): nothing unreviewed is published\. Fix: review them in the workbench \(npm run curate\)/,
    );
  });

  it('refuses unreviewed evidence suggestions, naming the count', () => {
    const reply = { ...replyAnnotation(), evidence_suggestions: [{ task: 't', plan: 'p', quote: 'q', score: 1 }] };
    expect(() => buildDatasets(fixture({ reply }))).toThrow(
      /test-reply\.json: still holds 1 unreviewed evidence suggestion: nothing unreviewed/,
    );
  });
});
