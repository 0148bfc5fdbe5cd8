// Scores the draft two ways and prints Markdown tables:
// - the five curated documents, each drafted as if it were new (--forget: without its own annotations and the
//   evidence quoted from it), once with the full catalogue and once with its own indicators taken out;
// - the unseen test samples (tests/fixtures/unseen), per genre, against their answer keys, for the whole set and
//   for each half (A: the 1st, 3rd, 5th … sample by name; B: the others), so that a threshold tuned on one half is
//   also reported on the other;
// - the held-out test samples (tests/fixtures/holdout), the same way but on their own: written without reading the
//   draft's rules, they measure it on documents nobody tuned it on (never tune on them).
//   npm run bench:draft [-- --root DIR]
//   npm run bench:draft -- --explain NAME   what the draft got wrong on one unseen sample, figure by figure (never a
//                                           held-out one: reading its misses is tuning on it)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { diskReader } from '../src/shared/reader.ts';
import { benchTable, scoreDraft } from '../src/authoring/draft/bench.ts';
import { loadCorpus } from '../src/authoring/draft/corpus.ts';
import { draftDocument } from '../src/authoring/draft/draft.ts';
import {
  corpusFor,
  GENRE_KIND,
  HOLDOUT_DIRS,
  loadSamples,
  placesOf,
  planFacts,
  scoreSample,
  unseenTable,
  type Sample,
  type UnseenScore,
} from '../src/authoring/bench/unseen.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { root: { type: 'string' }, explain: { type: 'string' } },
});
const root = resolve(values.root ?? resolve(import.meta.dirname, '..'));
const reader = diskReader(root);
const full = loadCorpus(reader);
const started = performance.now();
const scores = (values.explain === undefined ? full.docs : []).map((doc) => {
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
  // The catalogue without this document's own indicators: is a new indicator proposed rather than a wrong one?
  const own = new Set((doc.annotation.observations ?? []).map((o) => o.indicator));
  const rest = corpus.indicators.filter((x) => !own.has(x.id));
  const blind = draftDocument({ ...corpus, indicators: rest }, input);
  const evidence = full.docs.flatMap((d) =>
    (d.annotation.assessments ?? []).flatMap((a) =>
      (a.evidence ?? []).filter((e) => e.document === doc.entry.id).map((e) => ({ task: a.task, quote: e.quote })),
    ),
  );
  return scoreDraft(doc.entry, doc.text, doc.annotation, evidence, draft.annotation, {
    draft: blind.annotation,
    catalogue: new Set(rest.map((x) => x.id)),
  });
});
if (values.explain === undefined) {
  console.log('## The five curated documents, each drafted as if new\n');
  console.log(benchTable(scores));
}

// The glossary's object and action words in a name, longest first, none inside another: what a new name must keep.
const glossary = JSON.parse(readFileSync(resolve(root, 'data/glossary.json'), 'utf8')) as {
  zh: string;
  role: string;
}[];
const words = glossary
  .filter((g) => g.role === 'object' || g.role === 'action')
  .map((g) => g.zh)
  .sort((a, b) => b.length - a.length);
function keyWords(name: string): string[] {
  const out: string[] = [];
  let rest = name;
  for (const w of words)
    if (rest.includes(w)) {
      out.push(w);
      rest = rest.replaceAll(w, '\u0000');
    }
  return out;
}

/** Each sample of a folder drafted against the project's corpus plus that folder's other plans, and scored. */
function scoreSamples(samples: readonly Sample[]): UnseenScore[] {
  const places = placesOf(full, samples);
  const plans = planFacts(corpusFor(full, samples, ''));
  return samples.map((sample) => {
    const corpus = corpusFor(full, samples, sample.name);
    const draft = draftDocument(corpus, {
      id: sample.name,
      file: `${sample.name}.txt`,
      bytes: new TextEncoder().encode(sample.text),
      jurisdiction: sample.key.place.id,
      kind: GENRE_KIND[sample.key.genre],
    });
    return scoreSample(sample, draft, plans, places, keyWords);
  });
}

/** Each held-out set, oldest first. */
function heldOutSets(): { dir: string; samples: Sample[] }[] {
  return HOLDOUT_DIRS.map((dir) => ({ dir, samples: loadSamples(root, dir) }));
}

const samples = loadSamples(root);
const unseen = scoreSamples(samples);
if (values.explain !== undefined) {
  const one = unseen.find((s) => s.name === values.explain);
  if (!one) {
    const held = heldOutSets().some(({ samples }) => samples.some((s) => s.name === values.explain));
    console.error(
      held
        ? `bench:draft: ${values.explain} is held out: its misses are not shown, or it stops measuring documents nobody tuned on`
        : `bench:draft: no unseen sample "${values.explain}": name one of ${samples.map((s) => s.name).join(', ')}`,
    );
    process.exit(2);
  }
  for (const m of one.misses) console.log(`${m.what}\t${m.number}\tkey: ${m.key}\tdraft: ${m.drafted}\t${m.quote}`);
  process.exit(0);
}
console.log(`\n## The ${samples.length} unseen test samples, per genre\n`);
console.log(unseenTable(unseen));
for (const [half, keep] of [
  ['A', 0],
  ['B', 1],
] as const) {
  const part = unseen.filter((_, k) => k % 2 === keep);
  console.log(`\n### Half ${half}: ${part.map((s) => s.name).join(', ')}\n`);
  console.log(unseenTable(part));
}
let heldOut = 0;
for (const { dir, samples: set } of heldOutSets()) {
  heldOut += set.length;
  console.log(`\n## The ${set.length} held-out test samples of ${dir}, per genre (never tune the draft on these)\n`);
  console.log(unseenTable(scoreSamples(set)));
}
console.log(
  `\n${full.docs.length} documents and ${samples.length + heldOut} samples drafted and scored in ${Math.round(performance.now() - started)} ms`,
);
