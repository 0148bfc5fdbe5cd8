// /charts/excel/<chart-id>.csv: the chart's CSV with a byte-order mark, for Excel and WPS (src/exports/files.ts).
import { chartFileRoute, chartPaths } from '../../../../exports/endpoints.ts';

export const getStaticPaths = chartPaths;
export const GET = chartFileRoute('excel');
