import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ParsedContent } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';
import { didYouMean } from '../suggest.ts';

const imageExtensions = /\.(?:png|jpe?g|webp|avif|gif|svg)$/i;

/**
 * Checks of stories that need the disk or the date: a hero image that does not exist (the build
 * would stop with a bundler stack trace naming no story), and a story dated after `today`,
 * which is reported as a warning (scheduled stories exist, but a typo in the year is likelier).
 * `siteRoot` is the folder that holds `content/`, as problem paths are written.
 */
export function checkStories(content: ParsedContent, siteRoot: string, today: string): Problem[] {
  return content.stories.flatMap(({ file, parts }): Problem[] => {
    const problems: Problem[] = [];
    const src = parts.hero?.src;
    if (typeof src === 'string') {
      const folder = path.dirname(path.join(siteRoot, file));
      const absolute = path.resolve(folder, src);
      if (!existsSync(absolute)) {
        const images = existsSync(path.dirname(absolute))
          ? readdirSync(path.dirname(absolute)).filter((name) => imageExtensions.test(name))
          : [];
        const near = didYouMean(path.basename(src), images);
        problems.push({
          file,
          path: 'hero.src',
          message: `expected an image file, found "${src}", which does not exist (looked for ${path.relative(siteRoot, absolute)})${near}`,
        });
      }
    }
    const { date } = parts;
    if (typeof date === 'string' && date > today) {
      problems.push({
        file,
        path: 'date',
        severity: 'warning',
        message: `${date} is in the future; the story will show that date once published (fine for a scheduled story, otherwise check the year)`,
      });
    }
    return problems;
  });
}
