// The stylesheet that highlights, on a document's source page (both languages), the passage a link points to: one
// rule per quoted passage. A file rather than an inline <style>, so the pages need no style-src exception.
import type { APIRoute } from 'astro';
import { digest } from '../../../shared/digest.ts';
import { siteData } from '../../../site/data/load.ts';
import { markUpSource } from '../../../site/formats/source-markup.ts';
import { sourcePage, textDigest, type SourcePage } from '../../../site/views/source.ts';

// Keyed (src/site/views/keyed.ts): the file is made from its props only (the text and the passages marked in it).
export async function getStaticPaths() {
  const data = await siteData();
  return data.documents.map((d) => {
    // Passages and their ids do not depend on the language; only the back links' labels do.
    const { text, quotes, mentions } = sourcePage(data, d.id, 'zh');
    const marks = { text, quotes, mentions };
    // The text by its digest in the key (textDigest), whole in the props.
    return { params: { id: d.id }, props: { marks }, cacheKey: digest({ ...marks, text: textDigest(data, d.id) }) };
  });
}

export const GET: APIRoute<{ marks: Pick<SourcePage, 'text' | 'quotes' | 'mentions'> }> = ({ props }) => {
  const { text, quotes, mentions } = props.marks;
  const { css } = markUpSource(text, quotes, mentions, '');
  return new Response(`${css}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
