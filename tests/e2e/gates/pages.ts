import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * URL paths of every HTML page in a built site (`index.html` as its folder, `404.html` as is).
 * Redirect pages (content/redirects.json) are left out: a browser leaves them at once for the
 * page they name, which is audited itself; tests/build/base-path.test.ts checks them.
 */
export function listPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .filter(
      (file) => !/<meta http-equiv="refresh"/i.test(readFileSync(path.join(dir, file), 'utf8')),
    )
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}
/** Which kind of page a path is, for budgets and screenshots. */
export function pageType(route: string): string {
  const [section, id, value] = route.split('/').filter(Boolean);
  if (section === undefined) return 'home';
  if (section === '404.html') return 'not-found';
  if (id === undefined)
    return ['stories', 'programmes', 'partners', 'data'].includes(section)
      ? `${section}-index`
      : 'page';
  // The data catalogue filtered by a facet: /data/<facet>/<value>/.
  if (section === 'data' && value !== undefined) return 'data-filter';
  return (
    {
      stories: 'story',
      programmes: 'programme',
      partners: 'partner',
      data: 'dataset',
      embed: 'embed',
    }[section] ?? 'page'
  );
}
