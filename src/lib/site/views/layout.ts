// What every page's frame shows besides the page itself: the date the data is as of, in the footer.
import { latestDocumentDate } from '../data.ts';
import { siteData } from '../load.ts';

export async function layoutView(): Promise<{ asOf: string }> {
  return { asOf: latestDocumentDate((await siteData()).documents) };
}
