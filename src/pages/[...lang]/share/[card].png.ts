// /share/<slug>.png (and /en/share/…): a page's preview image for links (src/lib/exports/share-cards.ts).
import type { APIRoute } from 'astro';
import { langParam, LOCALES, localeOf } from '../../../i18n/locales.ts';
import { renderPng } from '../../../lib/exports/png.ts';
import { shareCardSvg } from '../../../lib/exports/share-card-svg.ts';
import { shareCards } from '../../../lib/exports/share-cards.ts';

export async function getStaticPaths() {
  const out: { params: { lang: string | undefined; card: string } }[] = [];
  for (const locale of LOCALES)
    for (const card of (await shareCards(locale)).values())
      out.push({ params: { lang: langParam(locale), card: card.slug } });
  return out;
}

export const GET: APIRoute = async ({ params }) => {
  const card = [...(await shareCards(localeOf(params.lang))).values()].find((c) => c.slug === params.card)!;
  return new Response(new Uint8Array(renderPng(shareCardSvg(card), 1)), { headers: { 'content-type': 'image/png' } });
};
