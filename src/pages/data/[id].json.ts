import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPaths, datasetDownloads } from '../../queries/dataset-downloads.ts';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

/** `/data/<id>.json`: the dataset as validated, with its provenance. */
export const GET: APIRoute = async ({ params }) => {
  const { json } = await datasetDownloads(params.id ?? '');
  return new Response(json, { headers: { 'Content-Type': 'application/json' } });
};
