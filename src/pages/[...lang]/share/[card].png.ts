// /share/<slug>.png (and /en/share/…): a page's preview image for links (src/exports/share-cards.ts).
import type { APIRoute } from 'astro';
import { langParam, LOCALES, type Locale } from '../../../shared/locales.ts';
import { takePng } from '../../../exports/png-pool.ts';
import { shareCardSvg } from '../../../exports/share-card-svg.ts';
import { cardAddress, shareCards } from '../../../exports/share-cards.ts';

export async function getStaticPaths() {
  const perLocale = LOCALES.map(async (locale) =>
    [...(await shareCards(locale)).values()].map((card) => ({
      params: { lang: langParam(locale), card: card.slug },
      props: { locale },
    })),
  );
  return (await Promise.all(perLocale)).flat();
}

export const GET: APIRoute = async ({ params, props }) => {
  const { locale } = props as { locale: Locale };
  const card = [...(await shareCards(locale)).values()].find((c) => c.slug === params.card)!;
  const png = await takePng(shareCardSvg(card), 1, cardAddress(locale, card.slug));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
