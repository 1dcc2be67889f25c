import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A number on a page that links to a row of a dataset page. */
export interface FigureLink {
  page: string;
  href: string;
  value: string;
}

/**
 * Every figure of a built site: a `<data value>` inside a link to `/data/<id>/#<period>`,
 * with the page it is on.
 */
export function figureLinks(outDir: string): FigureLink[] {
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  return pages.flatMap((page) =>
    parse(readFileSync(path.join(outDir, page), 'utf8'))
      .querySelectorAll('a[href*="/data/"]')
      .flatMap((link) =>
        link.querySelectorAll('data[value]').map((data) => ({
          page,
          href: link.getAttribute('href') ?? '',
          value: data.getAttribute('value') ?? '',
        })),
      ),
  );
}

/**
 * Figures whose number is not on the dataset page they link to, in the row their link names:
 * "page: href: why". Empty when every number can be found where it says it comes from.
 */
export function unmatchedFigures(outDir: string): string[] {
  const dataPages = new Map<string, HTMLElement>();
  const load = (file: string) => {
    const loaded = dataPages.get(file) ?? parse(readFileSync(path.join(outDir, file), 'utf8'));
    dataPages.set(file, loaded);
    return loaded;
  };
  return figureLinks(outDir).flatMap(({ page, href, value }) => {
    const match = /\/data\/([^/]+)\/#(.+)$/.exec(href);
    if (match === null) return [`${page}: ${href}: links to no row of a dataset page`];
    const [, id = '', fragment = ''] = match;
    const row = load(path.join('data', id, 'index.html')).getElementById(
      decodeURIComponent(fragment),
    );
    if (row === null) return [`${page}: ${href}: the dataset page has no row "${fragment}"`];
    const values = row.querySelectorAll('data[value]').map((data) => data.getAttribute('value'));
    return values.includes(value)
      ? []
      : [`${page}: ${href}: ${value} is not in that row (it has ${values.join(', ')})`];
  });
}
