import { Changelog, type ChangeRow } from '../../schemas/index.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import { readJson } from '../../shared/json-input.ts';
import type { Reader } from '../../shared/reader.ts';
import { sha256 } from '../sources/sources.ts';
import { dataUrl, inputs, published } from '../../shared/files.ts';
import { escapeMarkup } from '../../shared/markup.ts';

const CHANGELOG = inputs.changelog;

/** The curated changelog, checked: unique ids, known documents; newest first. */
export function loadChangelog(reader: Reader, documentIds: Set<string>): ChangeRow[] {
  const rows = readJson(reader, CHANGELOG, Changelog);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const entry = entryName('', i, row.id);
    if (ids.has(row.id))
      throw new DataError(CHANGELOG, entry, `duplicate change id "${row.id}"`, 'give each change its own id');
    ids.add(row.id);
    for (const doc of row.document_ids.split(/\s+/).filter(Boolean)) {
      if (!documentIds.has(doc))
        throw new DataError(CHANGELOG, entry, `unknown document "${doc}"`, `use ids from ${inputs.manifest}`);
    }
  });
  return [...rows].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

const xml = escapeMarkup;

/** A stable URN for an entry, so feed readers see each change once. */
function urn(key: string): string {
  const h = sha256(`ip-plan-tracker:${key}`);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Atom feed of data changes; links are root-relative because the site's public address is set by its host. */
export function atomFeed(changes: ChangeRow[]): string {
  const updated = changes[0]!.date;
  const entries = changes.map(
    (c) => `  <entry>
    <id>${urn(c.id)}</id>
    <title>${xml(c.summary_zh.split(/[：。]/)[0]!)} | ${xml(c.summary_en.split(/[:.]/)[0]!)}</title>
    <updated>${c.date}T00:00:00Z</updated>
    <link rel="alternate" href="/changes/#${c.id}"/>
    <category term="${c.kind}"/>
    <summary>${xml(`${c.summary_zh} ${c.summary_en}`)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${urn('changelog')}</id>
  <title>知识产权保护规划追踪：数据变更 | IP Plan Tracker: data changes</title>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>IP Plan Tracker</name></author>
  <link rel="self" href="${dataUrl(published.feed)}"/>
  <link rel="alternate" href="/changes/"/>
${entries.join('\n')}
</feed>
`;
}
