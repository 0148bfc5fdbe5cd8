// /data/excel/plans/<plan>.csv: the plan's CSV with a byte-order mark, for Excel and WPS.
import type { APIRoute } from 'astro';
import { twinResponse } from '../../../../exports/excel-twins.ts';
import { siteData } from '../../../../site/data/load.ts';
import { published } from '../../../../shared/files.ts';

export async function getStaticPaths() {
  return (await siteData()).plans.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => twinResponse(published.plan(params.id!));
