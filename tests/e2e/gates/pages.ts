import { readdirSync } from 'node:fs';

/** URL paths of every HTML page in a built site (`index.html` as its folder, `404.html` as is). */
export function listPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
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
    { stories: 'story', programmes: 'programme', partners: 'partner', data: 'dataset' }[section] ??
    'page'
  );
}
