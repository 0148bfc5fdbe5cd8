// A document whose text states no number (文号) carries "none" in the data, the documented value of every
// document-number column. People never read that word: citations, chart source lines and labels, chart files, chart
// tables, share cards and source-page marks say 无文号, or "no document number" in English; the chart CSVs and the
// datasets keep "none". The real collection is built with two documents' numbers taken away (a plan and the reply
// full of statistics), and handed to the site code as the site build hands it over.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/pipeline.ts';
import { diskReader, type Reader } from '../../src/shared/reader.ts';
import { inputs, published } from '../../src/shared/files.ts';
import { citation, zipReadme } from '../../src/pipeline/publish/citation.ts';
import { handOver, siteData } from '../../src/site/data/load.ts';
import { chartCatalog } from '../../src/exports/catalog.ts';
import { figureCitation, planCitation, taskCitation } from '../../src/exports/cite.ts';
import { shareCards } from '../../src/exports/share-cards.ts';
import { standaloneSvg } from '../../src/exports/standalone-svg.ts';
import { sourceMarks } from '../../src/site/formats/source-marks.ts';
import { ui } from '../../src/site/words/ui.ts';
import { numberedTitle, shownDocNumber } from '../../src/site/words/doc-number.ts';
import { DATASETS, fieldDoc, NO_DOC_NUMBER, type ManifestEntry } from '../../src/schemas/index.ts';
import { LOCALES, type Locale } from '../../src/shared/locales.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NUMBERLESS = ['shanghai-2023-plan', 'shanghai-2023-reply-0994'];
const URL = 'http://127.0.0.1:4321/';

function numberless(reader: Reader): Reader {
  return {
    ...reader,
    bytes: (path) => {
      const bytes = reader.bytes(path);
      if (path !== inputs.manifest || !bytes) return bytes;
      const manifest = JSON.parse(new TextDecoder().decode(bytes)) as ManifestEntry[];
      for (const e of manifest) if (NUMBERLESS.includes(e.id)) e.doc_number = NO_DOC_NUMBER;
      return new TextEncoder().encode(JSON.stringify(manifest));
    },
  };
}

const output = buildData(numberless(diskReader(ROOT)));
handOver(output);

/** The words a reader reads for no number, in a language. */
const words = (locale: Locale) => ui(locale).noDocNumber;

/** The data's word for none, where a document number would stand in text ("none" as a word, any case). */
const NONE = /(?<![A-Za-z])none(?![A-Za-z])/i;

/** The interface's own sentences and words that say "none" (the theme matrix's empty cell, its note), in a language. */
function ownNones(value: unknown): string[] {
  if (typeof value === 'string') return NONE.test(value) ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(ownNones);
  return [];
}

/** Text with the interface's own "none" words taken out, longest first: what is left may not say "none". */
function withoutOwnWords(text: string, locale: Locale): string {
  return ownNones(ui(locale))
    .sort((a, b) => b.length - a.length)
    .reduce((out, w) => out.replaceAll(w, ''), text);
}

/** The text a reader meets in a chart file: its text nodes and its labels (aria-label, title), not its markup. */
function svgText(svg: string): string {
  const labels = [...svg.matchAll(/\s(?:aria-label|title)="([^"]*)"/g)].map((m) => m[1]);
  return [...labels, svg.replace(/<[^>]*>/g, ' ')].join('\n');
}

describe('a document with no number', () => {
  it('is documented as "none" in the data dictionary of every dataset with a document-number column', () => {
    const columns = DATASETS.flatMap((d) =>
      Object.entries(d.schema.shape as Record<string, Parameters<typeof fieldDoc>[0]>)
        .filter(([name]) => /doc_number$/.test(name))
        .map(([name, schema]) => ({ name: `${d.name}.${name}`, doc: fieldDoc(schema, name) })),
    );
    expect(columns.map((c) => c.name)).toContain('documents.doc_number');
    for (const { name, doc } of columns) {
      expect(doc.description, name).toContain(`"${NO_DOC_NUMBER}"`);
      expect(doc.description_zh, name).toContain(NO_DOC_NUMBER);
    }
  });

  it('reads 无文号 in Chinese and "no document number" in English, said once in the words', () => {
    expect(shownDocNumber(NO_DOC_NUMBER, 'zh')).toBe('无文号');
    expect(shownDocNumber(NO_DOC_NUMBER, 'en')).toBe('no document number');
    expect(shownDocNumber('沪知局函〔2023〕54号', 'en')).toBe('沪知局函〔2023〕54号');
    expect(numberedTitle(NO_DOC_NUMBER, '标题')).toBe('标题');
    expect(numberedTitle('静府发〔2023〕7号', '标题')).toBe('静府发〔2023〕7号 标题');
  });

  it.each(LOCALES)('(%s) is cited without the word "none"', async (locale) => {
    const data = await siteData();
    const plan = data.documentById.get('shanghai-2023-plan')!;
    const reply = data.documentById.get('shanghai-2023-reply-0994')!;
    const o = data.observations.find((x) => x.document_id === reply.id)!;
    const task = data.tasks.find((x) => x.document_id === plan.id)!;
    const citations = [
      planCitation(plan, locale, data.release.data_release, URL),
      taskCitation(plan, task.number, locale, data.release.data_release, URL),
      figureCitation(o, reply, o.indicator_zh, locale, data.release.data_release, URL),
    ];
    for (const c of citations) {
      expect(c.short).toContain(words(locale));
      expect(`${c.short}\n${c.full}`).not.toMatch(NONE);
    }
  });

  it.each(LOCALES)('(%s) is named in words in chart source lines, labels, tables and files', async (locale) => {
    const data = await siteData();
    const catalog = await chartCatalog(locale);
    const sources = [...catalog.values()].map((spec) => spec.source).join('\n');
    expect(sources).toContain(words(locale));
    const timeline = catalog.get('documents-timeline')!;
    expect(timeline.table.rows.flat().join('\n')).toContain(words(locale));
    const imprint = { latestDocument: data.release.latest_document.date, release: data.release.data_release };
    for (const spec of catalog.values()) {
      const table = [spec.table.caption, ...spec.table.columns.map((c) => c.label), ...spec.table.rows.flat()];
      const svg = svgText(standaloneSvg(spec, { ...imprint, pageUrl: `${URL}${spec.page}` }));
      for (const text of [spec.title, spec.subtitle, spec.source, ...table, svg])
        expect(withoutOwnWords(text, locale), spec.id).not.toMatch(NONE);
    }
  });

  it("is named by its title in the datasets' citations, the zip's README and the data package's sources", async () => {
    const data = await siteData();
    const plan = data.documentById.get('shanghai-2023-plan')!;
    const cites = DATASETS.map((d) => citation(d.name, data, data.release));
    expect(cites.some((c) => c.zh.includes(`《${plan.title_zh}》`) && c.en.includes(plan.title_en))).toBe(true);
    for (const c of cites) expect(`${c.zh}\n${c.en}`).not.toMatch(NONE);
    expect(zipReadme(data, data.release)).not.toMatch(NONE);
    const pkg = JSON.parse(String(output.files.get(published.datapackage))) as { sources: { title: string }[] };
    expect(pkg.sources.some((x) => x.title.startsWith(`${plan.title_zh} (`))).toBe(true);
    for (const x of pkg.sources) expect(x.title).not.toMatch(NONE);
  });

  it('keeps "none" in the chart files\' data, where code reads it', async () => {
    const timeline = (await chartCatalog('en')).get('documents-timeline')!;
    const plan = timeline.data.rows.find((r) => r.document_id === 'shanghai-2023-plan');
    expect(plan?.doc_number).toBe(NO_DOC_NUMBER);
  });

  it.each(LOCALES)('(%s) is named in words on share cards', async (locale) => {
    const cards = [...(await shareCards(locale)).values()];
    const plan = cards.find((c) => c.slug === 'plan-shanghai-2023-plan')!;
    expect(plan.kicker).toContain(words(locale));
    expect(plan.source).toContain(words(locale));
    for (const c of cards)
      for (const text of [c.kicker, c.title, c.source, ...c.stats.flatMap((s) => [s.label, s.value])])
        expect(text, c.slug).not.toMatch(NONE);
  });

  it.each(LOCALES)('(%s) is named in words where a later document quotes its tasks', async (locale) => {
    const data = await siteData();
    const labels = data.documents.flatMap((doc) =>
      sourceMarks(data, doc, locale).quotes.flatMap((q) => q.rows.map((r) => r.label)),
    );
    expect(labels.join('\n')).toContain(words(locale));
    for (const label of labels) expect(label).not.toMatch(NONE);
  });
});
