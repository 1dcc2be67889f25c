// `/oembed/<id>.json`: the oEmbed (type `rich`) of a dataset's chart, linked from its page's
// head, so sites that read oEmbed embed the chart from the dataset page's address alone.
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetDownloadPaths } from '../../queries/dataset-downloads.ts';
import { datasetOEmbed } from '../../queries/embeds.ts';

export const getStaticPaths = (() => datasetDownloadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await datasetOEmbed(params.id ?? ''), null, 2)}\n`, {
    headers: { 'content-type': 'application/json+oembed; charset=utf-8' },
  });
