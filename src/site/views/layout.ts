// What every page's frame shows besides the page itself: the collection's two dates, in the footer.
import { siteData } from '../data/load.ts';
import { collectionDates, type CollectionDates } from './dates.ts';

export async function layoutView(): Promise<{ dates: CollectionDates }> {
  return { dates: collectionDates(await siteData()) };
}
