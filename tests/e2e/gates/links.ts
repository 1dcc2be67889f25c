import { LinkChecker, LinkState } from 'linkinator';

/**
 * Crawls the site from `baseUrl` and returns every broken internal link or fragment anchor as
 * `status url (from page)`. External links are skipped: this machine has no network.
 */
export async function findBrokenLinks(baseUrl: string): Promise<string[]> {
  const checker = new LinkChecker();
  const origin = new URL(baseUrl).origin;
  const result = await checker.check({
    path: baseUrl,
    recurse: true,
    checkFragments: true,
    linksToSkip: (link: string) => Promise.resolve(!link.startsWith(origin)),
    concurrency: 8,
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.status ?? '?'} ${link.url} (from ${link.parent ?? 'start'})`);
}
