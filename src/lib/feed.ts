import type { StoryFrontMatter } from '../schemas/index.ts';
import { routes, withBase } from './routes.ts';

/** One RSS item, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  description: string;
  /** Path of the story under the base (`/impact/stories/x/`); rss makes it absolute. */
  link: string;
  /** Publication date (midnight UTC of the story's `date`). */
  pubDate: Date;
  /** The story's tags. */
  categories: string[];
}

/**
 * The feed items of `stories` (published, newest first as given): title, teaser, link under
 * `base` and date, as RSS 2.0 readers show them.
 */
export function feedItems(
  stories: readonly {
    id: string;
    data: Pick<StoryFrontMatter, 'title' | 'description' | 'date' | 'tags'>;
  }[],
  base: string,
): FeedItem[] {
  return stories.map(({ id, data }) => ({
    title: data.title,
    description: data.description,
    link: withBase(base, routes.story(id)),
    pubDate: new Date(`${data.date}T00:00:00Z`),
    categories: data.tags ?? [],
  }));
}
