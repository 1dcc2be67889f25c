import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPaths, datasetDownloads } from '../../../queries/dataset-downloads.ts';

export const getStaticPaths = datasetDownloadPaths satisfies GetStaticPaths;

/** `/data/<id>/datapackage.json`: the dataset's CSV as a Frictionless tabular data package. */
export const GET: APIRoute = async ({ params }) => {
  const { datapackage } = await datasetDownloads(params.id ?? '');
  return new Response(datapackage, { headers: { 'Content-Type': 'application/json' } });
};
