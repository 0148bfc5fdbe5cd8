// /share/<slug>.png (and /en/share/…): a page's preview image for links (src/exports/share-cards.ts).
import type { APIRoute } from 'astro';
import { langParam, LOCALES, type Locale } from '../../../shared/locales.ts';
import { RENDERER_CODE, takePng } from '../../../exports/png-pool.ts';
import { shareCardSvg } from '../../../exports/share-card-svg.ts';
import { cardAddress, shareCards, type ShareCard } from '../../../exports/share-cards.ts';
import { codeDigest, digest } from '../../../shared/digest.ts';

// Keyed (src/site/views/keyed.ts): the image is drawn from its props (the card's words and figures) only, by the
// code in RENDERER_CODE, which its key names too.
export async function getStaticPaths() {
  const renderer = codeDigest(RENDERER_CODE);
  const perLocale = LOCALES.map(async (locale) =>
    [...(await shareCards(locale)).values()].map((card) => ({
      params: { lang: langParam(locale), card: card.slug },
      props: { locale, card },
      cacheKey: digest(card, renderer),
    })),
  );
  return (await Promise.all(perLocale)).flat();
}

export const GET: APIRoute = async ({ props }) => {
  const { locale, card } = props as { locale: Locale; card: ShareCard };
  const png = await takePng(shareCardSvg(card), 1, cardAddress(locale, card.slug));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
