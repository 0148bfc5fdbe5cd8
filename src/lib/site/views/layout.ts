// What every page's frame shows besides the page itself: the date the data is as of, in the footer.
import { siteData } from '../load.ts';

/** The date the figures are as of: the latest document date, as the data build named it. */
export async function layoutView(): Promise<{ asOf: string }> {
  return { asOf: (await siteData()).release.latest_document.date };
}
