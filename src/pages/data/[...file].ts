// /data/<path>: every file the pipeline made (datasets as CSV, Excel CSV and JSON, per-indicator and per-plan slices
// with their Excel twins, datapackage.json, the feed, the zip), served from memory by the same build as the pages.
import type { APIRoute } from 'astro';
import { absoluteFeed } from '../../exports/feed.ts';
import { digest } from '../../shared/digest.ts';
import { siteData } from '../../site/data/load.ts';
import { published } from '../../shared/files.ts';
import { siteUrl } from '../../shared/site-url.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  atom: 'application/atom+xml',
  zip: 'application/zip',
};

// Keyed (src/site/views/keyed.ts): each file is its props (its content); the public address is the config's.
export async function getStaticPaths() {
  return [...(await siteData()).files].map(([file, content]) => ({
    params: { file },
    props: { content },
    cacheKey: digest(content),
  }));
}

export const GET: APIRoute<{ content: string | Uint8Array }> = ({ params, props }) => {
  const file = params.file!;
  const { content } = props;
  const site = siteUrl();
  const body = file === published.feed && site ? absoluteFeed(String(content), site) : content;
  const type = TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'content-type': type } });
};
