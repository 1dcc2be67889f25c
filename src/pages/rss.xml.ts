// /rss.xml: RSS 2.0 feed of the published stories, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../lib/feed.ts';
import { routes, withBase } from '../lib/routes.ts';
import { getSite, getStories } from '../queries/content.ts';

export const GET: APIRoute = async (context) => {
  const site = await getSite();
  const base = import.meta.env.BASE_URL;
  // The channel link is the site's home under the base (rss resolves paths from the origin).
  const home = new URL(withBase(base, routes.home), context.site ?? site.url);
  return rss({
    title: `Stories · ${site.name}`,
    description: site.description,
    site: home.href,
    items: feedItems(await getStories(), base),
    customData: `<language>${site.locale}</language>`,
    trailingSlash: true,
  });
};
