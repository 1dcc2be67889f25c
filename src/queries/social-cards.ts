// The social cards of the site as static paths and responses, for the endpoints under
// src/pages/social/: one per story and dataset, and the site-wide card.
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import type { SocialCard } from '../lib/social/card.ts';
import { datasetCard, siteCard, siteCardParts, storyCard } from '../lib/social/cards.ts';
import { cardPng } from '../lib/social/draw.ts';
import { cardPhoto, heroFile } from '../lib/social/photo.ts';
import { today } from '../lib/today.ts';
import { getDatasets, getProgrammes, getSite, getStories } from './content.ts';

/** What one card's response needs (a type, not an interface: Astro's props are records). */
export type SocialCardProps = { card: () => Promise<SocialCard> };

async function figureOptions() {
  const site = await getSite();
  return {
    today: today(),
    fiscalYearStartMonth: site.fiscalYearStartMonth,
    locale: site.locale,
    reportingPeriod: site.reportingPeriod,
  };
}

/** The hero photo of a story cropped for its card, or undefined without one. */
async function storyPhoto(story: CollectionEntry<'stories'>): Promise<Uint8Array | undefined> {
  if (story.data.hero === undefined || story.filePath === undefined) return undefined;
  const file = heroFile(path.resolve(story.filePath));
  return file === undefined ? undefined : cardPhoto(file);
}

/** `{ slug }` of every published story, with its card. */
export async function storyCardPaths() {
  const site = await getSite();
  const options = await figureOptions();
  const programmes = new Map((await getProgrammes()).map((entry) => [entry.id, entry]));
  const datasets = [...(await getDatasets()).values()];
  return (await getStories()).map((story) => ({
    params: { slug: story.id },
    props: {
      card: async () =>
        storyCard(story.data, {
          ...options,
          site: siteCardParts(site),
          programme: programmes.get(story.data.programme),
          datasets,
          photo: await storyPhoto(story),
        }),
    } satisfies SocialCardProps,
  }));
}

/** `{ id }` of every dataset, with its card. */
export async function datasetCardPaths() {
  const site = await getSite();
  const options = await figureOptions();
  return [...(await getDatasets()).values()].map((dataset) => ({
    params: { id: dataset.id },
    props: {
      card: () => Promise.resolve(datasetCard(dataset.data, siteCardParts(site), options)),
    } satisfies SocialCardProps,
  }));
}

/** The site-wide card. */
export async function siteCardOf(): Promise<SocialCard> {
  return siteCard(await getSite());
}

/** The PNG response of a card. */
export async function socialCardResponse(card: SocialCard): Promise<Response> {
  const png = await cardPng(card);
  return new Response(png, { headers: { 'content-type': 'image/png' } });
}
