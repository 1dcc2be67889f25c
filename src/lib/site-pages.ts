import type { ParsedContent } from './content/parse.ts';
import { catalogueOptions } from './data-catalogue.ts';
import { routes } from './routes.ts';
import { storiesByPillar } from './stories/pillars.ts';
import { storiesByTag } from './stories/tags.ts';

/** Drops the entries of a partly valid list that failed their schema. */
const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

/**
 * The path (without the base) of every HTML page a build of `content` publishes: the sections,
 * each published story, programme, partner with consent, dataset and page, the story pages by
 * pillar and tag, the data catalogue's filter pages, and the search page. `tests/build/example-site.test.ts` holds it to the
 * sitemap of a real build, so a new kind of page cannot be forgotten here.
 * Content that failed its schema counts by its id, so one bad field does not make every
 * redirect to it look broken.
 */
export function sitePages(content: ParsedContent): Set<string> {
  const published = content.stories
    .filter(({ parts }) => parts.draft !== true)
    .map(({ parts }) => ({
      data: { programme: parts.programme ?? '', tags: parts.tags?.filter(isDefined) },
    }));
  const pillars = new Map(
    content.programmes.flatMap(({ id, parts }) =>
      parts.pillar === undefined ? [] : [[id, parts.pillar] as const],
    ),
  );
  const catalogue = catalogueOptions({
    datasets: content.datasets.flatMap(({ id, parts }) =>
      parts.programme === undefined || parts.verification === undefined
        ? []
        : [
            {
              id,
              data: {
                programme: parts.programme,
                verification: parts.verification,
                partners: parts.partners?.filter(isDefined),
              },
            },
          ],
    ),
    programmes: content.programmes.flatMap(({ id, parts }) =>
      parts.name === undefined || parts.pillar === undefined
        ? []
        : [{ id, data: { name: parts.name, pillar: parts.pillar } }],
    ),
    publishedPartners: content.partners.flatMap(({ id, parts }) =>
      parts.consent?.published === true && parts.name !== undefined
        ? [{ id, data: { name: parts.name } }]
        : [],
    ),
  });
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
    ...catalogue.flatMap(({ facet, options }) =>
      options.map(({ value }) => routes.dataFilter(facet, value)),
    ),
  ]);
}
