import type { APIRoute } from 'astro';
import { faviconSvg } from '../lib/favicon.ts';
import { getSite } from '../queries/content.ts';

/** `/favicon.svg` in the site's brand colour. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(faviconSvg(site.brandColor), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
