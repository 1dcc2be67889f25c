import path from 'node:path';
import type { ParsedContent } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';
import { localImageProblem } from '../content/local-images.ts';
import { reservedPageIds } from '../routes.ts';

/**
 * Checks that need the disk or the date: hero images and logos (`localImageProblem`), page names
 * the site uses itself, and of stories: a hero image that does not exist (the build
 * would stop with a bundler stack trace naming no story), and a story dated after `today`,
 * which is reported as a warning (scheduled stories exist, but a typo in the year is likelier).
 * `contentDir` is the absolute `content/` folder.
 */
export function checkFilesAndDates(
  content: ParsedContent,
  contentDir: string,
  today: string,
): Problem[] {
  const siteRoot = path.dirname(path.resolve(contentDir));
  const reserved = content.pages.flatMap(({ id, file }): Problem[] =>
    (reservedPageIds as readonly string[]).includes(id)
      ? [
          {
            file,
            path: 'file name',
            message: `expected a page name the site does not use itself, found "${id}" (/${id}/ is the site's own); rename the file, for example to about-${id}.mdx`,
          },
        ]
      : [],
  );
  // Logos are images too: files inside content/, relative to the file that names them.
  const logos = [
    ...content.partners.map(({ file, parts }) => ({ file, logo: parts.logo })),
    { file: content.siteFile, logo: content.siteSettings.logo },
  ].flatMap(({ file, logo }): Problem[] => {
    if (typeof logo !== 'string') return [];
    const problem = localImageProblem(logo, path.join(siteRoot, file), contentDir);
    return problem === undefined ? [] : [{ file, path: 'logo', message: problem }];
  });
  return [
    ...reserved,
    ...logos,
    ...content.stories.flatMap(({ file, parts }): Problem[] => {
      const problems: Problem[] = [];
      const src = parts.hero?.src;
      if (typeof src === 'string') {
        const problem = localImageProblem(src, path.join(siteRoot, file), contentDir);
        if (problem !== undefined) problems.push({ file, path: 'hero.src', message: problem });
      }
      const { date, updated } = parts;
      if (typeof date === 'string' && typeof updated === 'string' && updated < date) {
        problems.push({
          file,
          path: 'updated',
          message: `expected a date on or after the story's date (${date}), found ${updated}`,
        });
      }
      if (typeof date === 'string' && date > today) {
        problems.push({
          file,
          path: 'date',
          severity: 'warning',
          message: `${date} is in the future; the story will show that date once published (fine for a scheduled story, otherwise check the year)`,
        });
      }
      return problems;
    }),
  ];
}
