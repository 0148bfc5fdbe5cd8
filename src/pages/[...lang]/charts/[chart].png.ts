// /charts/<chart-id>.png (and /en/charts/…): see src/exports/files.ts.
import { chartFileRoute, chartPaths } from '../../../exports/endpoints.ts';

export const getStaticPaths = chartPaths;
export const GET = chartFileRoute('png');
