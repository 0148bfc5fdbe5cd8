// /charts/<chart-id>.svg (and /en/charts/…): see src/lib/exports/files.ts.
import { chartFileRoute, chartPaths } from '../../../lib/exports/endpoints.ts';

export const getStaticPaths = chartPaths;
export const GET = chartFileRoute('svg');
