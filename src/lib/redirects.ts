// Redirects from old paths (content/redirects.json): their checks, the `_redirects` file and
// what a redirect page says. Paths here are without the base path.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { redirectsSchema, type Redirects } from '../schemas/index.ts';
import type { Problem } from './content/problem.ts';
import { didYouMean } from './suggest.ts';
import { withBase } from './routes.ts';

/** Name of the redirects file in `content/`. */
export const redirectsFileName = 'redirects.json';

/**
 * The redirects of the content folder `contentDir`, or none when `redirects.json` is absent or
 * invalid (the content check reports why, before the build uses this).
 */
export function readRedirects(contentDir: string): Redirects {
  const file = path.join(contentDir, redirectsFileName);
  if (!existsSync(file)) return {};
  try {
    const parsed = redirectsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * Problems of valid redirects against the pages this build publishes (`pages`, see
 * `sitePages`): an old path that is still a page (the redirect would hide it), a new path that
 * is no page, and a new path that is itself redirected (a chain, or a loop: readers would be
 * sent on twice or forever; point the old path at the final page).
 */
export function checkRedirects(redirects: Redirects, pages: ReadonlySet<string>, file: string) {
  const problems: Problem[] = [];
  for (const [from, to] of Object.entries(redirects)) {
    if (pages.has(from)) {
      problems.push({
        file,
        path: from,
        message: `expected an old path that is no longer a page, found "${from}", which is a page of this site; remove this redirect, or the page would be hidden behind it`,
      });
    } else if (Object.hasOwn(redirects, to)) {
      const final = finalTarget(redirects, to);
      problems.push({
        file,
        path: from,
        message:
          final === undefined
            ? `expected a new path that is not redirected itself, found "${to}", which leads back here in a loop; point each old path at a page of the site`
            : `expected a new path that is not redirected itself, found "${to}", which redirects to "${final}"; write "${final}" here`,
      });
    } else if (!pages.has(to)) {
      problems.push({
        file,
        path: from,
        message: `expected the path of a page of this site, found "${to}"${didYouMean(to, [...pages])}`,
      });
    }
  }
  return problems;
}

/** Where following redirects from `start` ends, or undefined when it loops. */
function finalTarget(redirects: Redirects, start: string): string | undefined {
  const seen = new Set<string>();
  let current = start;
  while (Object.hasOwn(redirects, current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = redirects[current] ?? current;
  }
  return current;
}

/**
 * `_redirects` (the format Netlify and Cloudflare Pages read): one `old new 301` line per
 * redirect, both paths under `base`, in file order. Empty when there are none.
 */
export function redirectsFile(redirects: Redirects, base: string): string {
  return Object.entries(redirects)
    .map(([from, to]) => `${withBase(base, from)} ${withBase(base, to)} 301\n`)
    .join('');
}

/**
 * The paths (without the base) of the pages a previous build listed in its sitemap that this
 * build neither publishes nor redirects: links to them would break. `urls` are the sitemap's
 * absolute URLs; `siteUrl` is this build's (a URL elsewhere, from a site that moved, is passed
 * over: its paths are not this site's).
 */
export function disappearedPaths(
  urls: readonly string[],
  siteUrl: string,
  pages: ReadonlySet<string>,
  redirects: Redirects,
): string[] {
  const root = siteUrl.replace(/\/?$/, '/');
  return urls
    .filter((url) => url.startsWith(root))
    .map((url) => decodeURI(`/${url.slice(root.length)}`))
    .filter((page) => !pages.has(page) && !Object.hasOwn(redirects, page));
}

/**
 * Every `<loc>` URL of the sitemap a previous build wrote into `outDir` (`sitemap-index.xml`
 * and the sitemaps it names, read from `outDir` by file name), or none without a sitemap.
 */
export function previousSitemapUrls(outDir: string): string[] {
  const index = path.join(outDir, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map(([, url]) => unescapeXml(url ?? ''));
  return locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
    const file = path.join(outDir, path.posix.basename(new URL(sitemap).pathname));
    return existsSync(file) ? locs(readFileSync(file, 'utf8')) : [];
  });
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
