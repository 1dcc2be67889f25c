// /charts/<file>.png: each chart's PNG card (downloads, social cards). The folder is a
// parameter (always "charts") only so that Astro, which renders routes with a static first
// segment first, renders the pages while worker threads draw the charts.
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  chartFilePaths,
  chartFileResponse,
  type ChartFileProps,
} from '../../queries/chart-files.ts';

export const getStaticPaths = (() => chartFilePaths(['png'])) satisfies GetStaticPaths;

export const GET: APIRoute<ChartFileProps> = ({ props }) => chartFileResponse(props);
