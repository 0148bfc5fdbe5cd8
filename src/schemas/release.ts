import { z } from 'zod';
import { Id, IsoDate } from './vocab.ts';

/**
 * The two dates a reader needs, named for what they are (published as release.json). `latest_document`: the newest
 * document in the collection, what every figure is as of. `data_release`: the newest changelog entry, when the
 * collection last changed; `version` is that date as a calendar version (2026.11.22).
 */
export const Release = z.strictObject({
  latest_document: z.strictObject({ id: Id, doc_number: z.string().min(1), date: IsoDate }),
  data_release: IsoDate,
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}$/),
});
export type Release = z.infer<typeof Release>;
