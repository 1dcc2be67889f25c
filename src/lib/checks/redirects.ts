import path from 'node:path';
import type { ParsedContent } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';
import { checkRedirects, disappearedPaths, previousSitemapUrls } from '../redirects.ts';
import { sitePages } from '../site-pages.ts';
import { closestMatch } from '../suggest.ts';

/**
 * The page most likely to replace `gone` (`/stories/old-name/`): a page of the same section
 * whose name contains the old one or is close to it (a renamed file), else undefined.
 */
function likelyReplacement(gone: string, pages: ReadonlySet<string>): string | undefined {
  const section = gone.replace(/[^/]+\/$/, '');
  const name = gone.slice(section.length).replace(/\/$/, '');
  if (name === '') return undefined;
  const siblings = [...pages]
    .filter((page) => page.startsWith(section) && page !== section)
    .map((page) => page.slice(section.length).replace(/\/$/, ''))
    .filter((sibling) => !sibling.includes('/'));
  const match =
    siblings.find((sibling) => sibling.includes(name) || name.includes(sibling)) ??
    closestMatch(name, siblings);
  return match === undefined ? undefined : `${section}${match}/`;
}

/**
 * Redirect problems (`checkRedirects`), and one problem per page the previous build published
 * that this one would neither publish nor redirect (a story or dataset renamed or removed):
 * the URLs of that build come from the sitemap in `previousBuild`, its output folder (`dist/`);
 * without one, or for a site that moved to another URL, there is nothing to compare.
 */
export function checkRedirectsAndMovedPages(
  content: ParsedContent,
  previousBuild: string | undefined,
): Problem[] {
  const redirects = content.redirects;
  // An invalid redirects.json has its own problems; pages cannot be checked against it.
  if (redirects === undefined) return [];
  const pages = sitePages(content);
  const problems = checkRedirects(redirects, pages, content.redirectsFile);
  const siteUrl = content.siteSettings.url;
  if (previousBuild === undefined || siteUrl === undefined) return problems;
  const sitemap = path.relative(process.cwd(), path.join(previousBuild, 'sitemap-index.xml'));
  for (const gone of disappearedPaths(
    previousSitemapUrls(previousBuild),
    siteUrl,
    pages,
    redirects,
  )) {
    const match = likelyReplacement(gone, pages);
    const target = match ?? '/new-path/';
    problems.push({
      file: content.redirectsFile,
      path: gone,
      message: `expected a redirect for "${gone}", a page of the previous build (${sitemap}) that this build no longer publishes, found none; links to it would break. Add "${gone}": "${target}" to ${content.redirectsFile}${match === undefined ? ' with the page that replaces it' : ' if that page replaces it'}`,
    });
  }
  return problems;
}
