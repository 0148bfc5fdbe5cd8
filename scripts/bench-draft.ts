// Drafts each document of the corpus as if it were new (--forget: without its own annotations and the evidence
// quoted from it) and scores the draft against the curated annotations. Prints a Markdown table.
//   npm run bench:draft [-- --root DIR]
import { resolve } from 'node:path';
import { diskReader } from '../src/shared/reader.ts';
import { benchTable, scoreDraft } from '../src/authoring/draft/bench.ts';
import { loadCorpus } from '../src/authoring/draft/corpus.ts';
import { draftDocument } from '../src/authoring/draft/draft.ts';

const i = process.argv.indexOf('--root');
const reader = diskReader(resolve(i >= 0 ? process.argv[i + 1]! : resolve(import.meta.dirname, '..')));
const full = loadCorpus(reader);
const started = performance.now();
const scores = full.docs.map((doc) => {
  const corpus = loadCorpus(reader, doc.entry.id);
  const bytes = reader.bytes(`data/sources/${doc.entry.file}`)!;
  const input = {
    id: doc.entry.id,
    file: doc.entry.file,
    bytes,
    jurisdiction: doc.entry.jurisdiction,
    kind: doc.entry.kind,
  };
  const draft = draftDocument(corpus, input);
  // The catalogue as it stood before this document: only indicators some other document uses.
  const used = new Set(
    corpus.docs.flatMap((d) => [
      ...(d.annotation.observations ?? []).map((o) => o.indicator),
      ...(d.annotation.tasks ?? []).flatMap((t) => (t.target ? [t.target.indicator] : [])),
    ]),
  );
  const blind = draftDocument({ ...corpus, indicators: corpus.indicators.filter((x) => used.has(x.id)) }, input);
  const evidence = full.docs.flatMap((d) =>
    (d.annotation.assessments ?? []).flatMap((a) =>
      (a.evidence ?? []).filter((e) => e.document === doc.entry.id).map((e) => ({ task: a.task, quote: e.quote })),
    ),
  );
  return scoreDraft(doc.entry, doc.text, doc.annotation, evidence, draft.annotation, {
    draft: blind.annotation,
    catalogue: used,
  });
});
console.log(benchTable(scores));
console.log(`\n${full.docs.length} documents drafted and scored in ${Math.round(performance.now() - started)} ms`);
