// /data/changes.xml: Atom feed of dataset publications, updates and restatements.
import type { APIRoute } from 'astro';
import { dataChangesFeed } from '../../lib/feeds/data-changes.ts';
import { getDatasets, getSite } from '../../queries/content.ts';

export const GET: APIRoute = async () => {
  const xml = dataChangesFeed({
    site: await getSite(),
    base: import.meta.env.BASE_URL,
    datasets: [...(await getDatasets()).values()],
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
