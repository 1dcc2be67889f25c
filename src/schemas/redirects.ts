import { z } from 'astro/zod';

/**
 * A path on this site, without the base path, host, query or fragment: starts with `/`.
 * @example "/stories/old-name/"
 */
export const sitePathSchema = z
  .string({ error: 'expected a path on this site' })
  .regex(/^\/[^\s?#]*$/, {
    error:
      'expected a path on this site starting with / (such as "/stories/new-name/"), without a host, ? or #',
  })
  .refine((path) => !path.split('/').some((part) => part === '..' || part === '.'), {
    error: 'expected a path without . or .. parts',
  });

/**
 * `content/redirects.json`: old path → new path, for every page that moved (a story or dataset
 * renamed), so links and bookmarks to the old address keep working. Each old path gets an HTML
 * page that sends readers on and a line in `_redirects` (a permanent 301 where the host reads
 * that file). Paths are without the base path: `/stories/old-name/`, not `/impact/stories/…`.
 * @example { "/stories/old-name/": "/stories/new-name/" }
 */
export const redirectsSchema = z.record(
  /** The old path, which must not be a page of the site any more. */
  sitePathSchema,
  /** The new path: a page of this build, written with its final `/` (`/data/trees/`). */
  sitePathSchema.refine((path) => path.endsWith('/'), {
    error: 'expected the path of a page, ending in / (such as "/stories/new-name/")',
  }),
  { error: 'expected an object of "old path": "new path" pairs' },
);

/** Redirects by old path. */
export type Redirects = z.output<typeof redirectsSchema>;
