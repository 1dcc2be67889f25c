import type { ParsedContent } from './content/parse.ts';
import { routes } from './routes.ts';

/**
 * The path (without the base) of every HTML page a build of `content` publishes: the sections,
 * each published story, programme, partner with consent, dataset and page, and the search page.
 * Content that failed its schema counts by its id, so one bad field does not make every
 * redirect to it look broken.
 */
export function sitePages(content: ParsedContent): Set<string> {
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
  ]);
}
