import { routes } from '../routes.ts';

/** What a page's link preview shows, derived from the page's path. */
export interface PageCard {
  /** Path of the card image, without the base (`/social/stories/x.png`). */
  image: string;
  /** `article` for a story, `website` for every other page (Open Graph `og:type`). */
  type: 'article' | 'website';
}

/**
 * The card of the page at `path` (a site path without the base, `/stories/x/`): a story's or
 * a dataset's own card, the site-wide card for every other page (home, lists, about, 404).
 */
export function pageCard(path: string): PageCard {
  const story = /^\/stories\/([^/]+)\/$/.exec(path)?.[1];
  if (story !== undefined) return { image: routes.storyCard(story), type: 'article' };
  const dataset = /^\/data\/([^/]+)\/$/.exec(path)?.[1];
  if (dataset !== undefined) return { image: routes.datasetCard(dataset), type: 'website' };
  return { image: routes.siteCard, type: 'website' };
}

/** A BCP 47 tag as Open Graph writes locales: `ro-RO` → `ro_RO`, `en` → `en`. */
export function openGraphLocale(locale: string): string {
  return locale.replace(/-/g, '_');
}
