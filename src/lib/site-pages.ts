import type { ParsedContent } from './content/parse.ts';
import { routes } from './routes.ts';
import { storiesByPillar } from './stories/pillars.ts';
import { storiesByTag } from './stories/tags.ts';

/**
 * The path (without the base) of every HTML page a build of `content` publishes: the sections,
 * each published story, programme, partner with consent, dataset and page, the story pages by
 * pillar and tag, and the search page. `tests/build/example-site.test.ts` holds it to the
 * sitemap of a real build, so a new kind of page cannot be forgotten here.
 * Content that failed its schema counts by its id, so one bad field does not make every
 * redirect to it look broken.
 */
export function sitePages(content: ParsedContent): Set<string> {
  const published = content.stories
    .filter(({ parts }) => parts.draft !== true)
    .map(({ parts }) => ({ data: { programme: parts.programme ?? '', tags: parts.tags } }));
  const pillars = new Map(
    content.programmes.flatMap(({ id, parts }) =>
      parts.pillar === undefined ? [] : [[id, parts.pillar] as const],
    ),
  );
  return new Set([
    routes.home,
    routes.stories,
    routes.programmes,
    routes.partners,
    routes.data,
    routes.search,
    ...content.stories
      .filter(({ parts }) => parts.draft !== true)
      .map(({ id }) => routes.story(id)),
    ...content.programmes.map(({ id }) => routes.programme(id)),
    ...content.partners
      .filter(({ parts }) => parts.consent?.published === true)
      .map(({ id }) => routes.partner(id)),
    ...content.datasets.map(({ id }) => routes.dataset(id)),
    ...content.pages.map(({ id }) => routes.page(id)),
    ...storiesByPillar(published, pillars).map(({ pillar }) => routes.storiesPillar(pillar)),
    ...storiesByTag(published).map(({ slug }) => routes.storiesTag(slug)),
  ]);
}
