import type { APIRoute } from 'astro';
import { dataArchiveBytes } from '../../queries/dataset-downloads.ts';

/** `/data/all.zip`: every dataset's files, the catalogue and a README. */
export const GET: APIRoute = async () =>
  new Response(await dataArchiveBytes(), { headers: { 'Content-Type': 'application/zip' } });
