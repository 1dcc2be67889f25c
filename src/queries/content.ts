// Thin reads of the content collections shared by pages; data shaping lives in src/lib.
import { getCollection, getEntry } from 'astro:content';
import { newestFirst } from '../lib/ordering.ts';

/** Site settings (validated before the build starts, so always present). */
export async function getSite() {
  const entry = await getEntry('site', 'site');
  if (entry === undefined) throw new Error('content/site.json is missing');
  return entry.data;
}

/** Stories to publish, newest first; drafts only under `astro dev`. */
export async function getStories() {
  // MODE comes from the command (`astro dev` or `astro build`), not from NODE_ENV.
  const showDrafts = import.meta.env.MODE === 'development';
  const stories = await getCollection('stories', ({ data }) => showDrafts || !data.draft);
  return newestFirst(stories);
}

/** Partners that agreed to a public page. */
export async function getPublishedPartners() {
  const partners = await getCollection('partners', ({ data }) => data.consent?.published === true);
  return partners.sort((a, b) => a.data.name.localeCompare(b.data.name));
}
