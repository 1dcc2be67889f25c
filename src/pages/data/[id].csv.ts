import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPaths, datasetDownloads } from '../../queries/dataset-downloads.ts';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

/** `/data/<id>.csv`: the dataset's observations, one row each. */
export const GET: APIRoute = async ({ params }) => {
  const { csv } = await datasetDownloads(params.id ?? '');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
