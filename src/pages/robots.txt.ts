// /robots.txt: every crawler may read everything; the sitemap is named by its absolute URL.
import type { APIRoute } from 'astro';
import { routes, withBase } from '../lib/routes.ts';
import { getSite } from '../queries/content.ts';

export const GET: APIRoute = async (context) => {
  const site = context.site ?? new URL((await getSite()).url);
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, routes.sitemap), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
