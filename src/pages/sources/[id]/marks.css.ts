// The stylesheet that highlights, on a document's source page (both languages), the passage a link points to: one
// rule per quoted passage. A file rather than an inline <style>, so the pages need no style-src exception.
import type { APIRoute } from 'astro';
import { sourceText } from '../../../site/data/data.ts';
import { siteData } from '../../../site/data/load.ts';
import { sourceMarks } from '../../../site/formats/source-marks.ts';
import { markUpSource } from '../../../site/formats/source-markup.ts';

export async function getStaticPaths() {
  const data = await siteData();
  return data.documents.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const doc = data.documentById.get(params.id!)!;
  // Passages and their ids do not depend on the language; only the back links' labels do.
  const { quotes, mentions } = sourceMarks(data, doc, 'zh');
  const { css } = markUpSource(sourceText(data, doc), quotes, mentions, '');
  return new Response(`${css}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
