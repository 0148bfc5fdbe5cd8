// /robots.txt: nothing is closed to crawlers; it names the sitemap in full.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/views/sitemap.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
