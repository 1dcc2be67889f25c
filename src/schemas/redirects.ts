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
export const redirectsSchema = z
  .record(
    /** The old path, which must not be a page of the site any more. */
    z.string(),
    /** The new path: a page of this build, written with its final `/` (`/data/trees/`). */
    sitePathSchema.refine((path) => path.endsWith('/'), {
      error: 'expected the path of a page, ending in / (such as "/stories/new-name/")',
    }),
    { error: 'expected an object of "old path": "new path" pairs' },
  )
  // Checked here rather than as the record's key schema, whose message zod replaces with the
  // record's own: the author reads what is wrong with the old path. `when`: also beside a new
  // path with its own problem, so every mistake is reported at once.
  .superRefine(
    (redirects, context) => {
      for (const from of Object.keys(redirects)) {
        const result = sitePathSchema.safeParse(from);
        if (result.success) continue;
        context.addIssue({
          code: 'custom',
          input: from,
          path: [from],
          message: (result.error.issues[0]?.message ?? 'expected a path on this site').replace(
            /^expected a path/,
            'expected an old path',
          ),
        });
      }
    },
    {
      when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value),
    },
  );

/** Redirects by old path. */
export type Redirects = z.output<typeof redirectsSchema>;
