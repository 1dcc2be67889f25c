import type { APIRoute } from 'astro';
import { dataCatalog } from '../../queries/dataset-downloads.ts';

/** `/data/catalog.jsonld`: DCAT catalogue of every dataset and file, with their SHA-256. */
export const GET: APIRoute = async () =>
  new Response(await dataCatalog(), { headers: { 'Content-Type': 'application/ld+json' } });
