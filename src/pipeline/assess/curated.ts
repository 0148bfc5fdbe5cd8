// Curated statuses: a curator's reading of a task as of a date, checked against the documents it cites.
import type { PendingAssessment } from '../annotate/context.ts';
import { locate } from '../annotate/context.ts';
import { type Judged } from './computed.ts';
import { planDate } from '../sources/sources.ts';
import { DataError } from '../../shared/errors.ts';
import type { Source } from '../sources/sources.ts';

/** A curated assessment checked against the documents it cites. */
export function checkCurated(pending: PendingAssessment, sources: Map<string, Source>): Judged {
  const { file, entry, plan, annotation: a } = pending;
  if (a.status !== 'no_evidence' && a.evidence.length === 0)
    throw new DataError(
      file,
      entry,
      `status "${a.status}" cites no evidence`,
      'cite at least one quote from a document dated on or after the plan, or use "no_evidence"',
    );
  const since = planDate(plan);
  if (a.evidence.length > 0 && !since)
    throw new DataError(
      file,
      entry,
      `the plan ${plan.entry.file} has neither a date nor a period`,
      'record its period in the manifest before citing evidence',
    );
  if (since && a.as_of < since)
    throw new DataError(
      file,
      entry,
      `as_of ${a.as_of} is before the plan (${since})`,
      'use the date of the latest evidence document',
    );
  let newest = '';
  const evidence = a.evidence.map((ev, k) => {
    const ventry = `${entry}.evidence[${k}]`;
    const doc = sources.get(ev.document);
    if (!doc)
      throw new DataError(
        file,
        ventry,
        `unknown document "${ev.document}"`,
        'use an id from data/sources/manifest.json',
      );
    if (doc === plan)
      throw new DataError(
        file,
        ventry,
        `the plan ${plan.entry.file} is cited as evidence for its own task: a plan says what is to be done, not that it was`,
        'cite a later document that reports on the task (a summary, a reply, the next plan), or use "no_evidence"',
      );
    const docDate = doc.entry.date_issued;
    if (!docDate)
      throw new DataError(
        file,
        ventry,
        `${doc.entry.file} states no date, so it cannot show progress after the plan`,
        'cite a dated document',
      );
    if (docDate < since!)
      throw new DataError(
        file,
        ventry,
        `evidence dated ${docDate} is before the plan (${since})`,
        'cite a document dated on or after the plan',
      );
    if (docDate > a.as_of)
      throw new DataError(
        file,
        ventry,
        `evidence dated ${docDate} is after as_of ${a.as_of}`,
        'cite it in an assessment as of its date (a task may have one per date)',
      );
    if (docDate > newest) newest = docDate;
    const span = locate(doc, ev.quote, file, ventry);
    return {
      document_id: doc.entry.id,
      doc_number: doc.entry.doc_number,
      quote: ev.quote,
      quote_start: span.start,
      quote_end: span.end,
      note_zh: ev.note_zh ?? '',
      note_en: ev.note_en ?? '',
    };
  });
  if (newest && newest !== a.as_of)
    throw new DataError(
      file,
      entry,
      `as_of ${a.as_of} is later than the newest document cited (${newest})`,
      `set as_of to ${newest}: an assessment is as of the newest document it rests on`,
    );
  return {
    row: {
      status: a.status,
      computed: false,
      as_of: a.as_of,
      rationale_zh: a.rationale_zh,
      rationale_en: a.rationale_en,
      evidence_count: evidence.length,
      latest_observation_id: null,
    },
    evidence,
  };
}
