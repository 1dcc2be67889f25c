import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { pageType } from './pages.ts';

/** Budgets of docs/budgets.md, in gzipped bytes. */
export const budgets = {
  /**
   * Reading pages ship only the theme script (the reader's light/dark choice, applied before
   * the first paint): under 1 KB.
   */
  javascript: 1024,
  /** The search page's own script and the theme script (Pagefind loads only on a search). */
  searchJavascript: 5 * 1024,
  /** The data catalogue's in-place filter and the theme script (`/data/` and its filter pages). */
  catalogueJavascript: 3 * 1024,
  /**
   * A dataset page: the theme script and "Cite this dataset"'s access date and copy buttons
   * (0.5 KB; 1.2 KB in all when added: 729 B + 500 B).
   */
  datasetJavascript: 1.5 * 1024,
  css: 20 * 1024,
  /** A story page's HTML + CSS + JS + charts, its hero image excluded. */
  storyTotal: 100 * 1024,
};

/** Transfer weight of one page, gzipped, by kind of file. */
export interface PageWeight {
  route: string;
  type: string;
  html: number;
  css: number;
  js: number;
  /** Chart files: for each chart, the larger of its narrow and wide file (a reader gets one). */
  charts: number;
  /** Web font files the page's stylesheets declare (WOFF2, already compressed): at most all. */
  fonts: number;
}

/** Total transfer weight of a page. */
export const totalWeight = (w: PageWeight) => w.html + w.css + w.js + w.charts + w.fonts;

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Local file behind a same-site URL of the page, if it exists in the build. */
function localFile(dir: string, url: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const file = path.join(dir, decodeURI(url.split(/[?#]/)[0] ?? ''));
  return existsSync(file) ? file : undefined;
}

/**
 * Weighs a page: its HTML, the stylesheets it links (and the fonts they declare), the scripts it
 * loads or inlines, and its charts.
 */
export function weighPage(dir: string, route: string): PageWeight {
  const htmlPath = path.join(dir, route.endsWith('.html') ? route : path.join(route, 'index.html'));
  const html = readFileSync(htmlPath);
  const document = parse(html.toString('utf8'));
  const linked = (selector: string, attribute: string) =>
    document
      .querySelectorAll(selector)
      .map((element) => localFile(dir, element.getAttribute(attribute) ?? ''))
      .filter((file): file is string => file !== undefined);
  const stylesheets = linked('link[rel="stylesheet"][href]', 'href');
  const css = stylesheets.reduce((sum, file) => sum + gzipped(readFileSync(file)), 0);
  // Counted whether or not the page's text needs them: an upper bound of what a reader loads.
  const fontFiles = new Set(
    stylesheets.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].flatMap(
        ([, url = '']) => {
          const font = url.startsWith('/')
            ? localFile(dir, url)
            : path.resolve(path.dirname(file), url);
          return font !== undefined && existsSync(font) ? [font] : [];
        },
      ),
    ),
  );
  const fonts = [...fontFiles].reduce((sum, file) => sum + readFileSync(file).length, 0);
  const inlineJs = document
    .querySelectorAll('script:not([src]):not([type="application/ld+json"])')
    .reduce((sum, script) => sum + gzipped(Buffer.from(script.textContent)), 0);
  const js = linked('script[src]', 'src').reduce(
    (sum, file) => sum + gzipped(readFileSync(file)),
    inlineJs,
  );
  const charts = document.querySelectorAll('picture').reduce((sum, picture) => {
    const files = [
      ...picture.querySelectorAll('source').map((source) => source.getAttribute('srcset') ?? ''),
      picture.querySelector('img')?.getAttribute('src') ?? '',
    ].filter((url) => url.includes('/charts/'));
    const sizes = files.flatMap((url) => {
      const file = localFile(dir, url);
      return file === undefined ? [] : [gzipped(readFileSync(file))];
    });
    return sum + Math.max(0, ...sizes);
  }, 0);
  return { route, type: pageType(route), html: gzipped(html), css, js, charts, fonts };
}

/** Every way a page breaks the budgets. */
export function overBudget(weight: PageWeight): string[] {
  const problems: string[] = [];
  const javascript =
    weight.route === '/search/'
      ? budgets.searchJavascript
      : ['data-index', 'data-filter'].includes(weight.type)
        ? budgets.catalogueJavascript
        : weight.type === 'dataset'
          ? budgets.datasetJavascript
          : budgets.javascript;
  if (weight.js > javascript)
    problems.push(`${weight.route}: ${weight.js} B of JavaScript, budget ${javascript} B`);
  if (weight.css > budgets.css)
    problems.push(`${weight.route}: ${weight.css} B of CSS, budget ${budgets.css} B`);
  const total = totalWeight(weight);
  if (weight.type === 'story' && total > budgets.storyTotal) {
    problems.push(`${weight.route}: ${total} B in all, budget ${budgets.storyTotal} B for a story`);
  }
  return problems;
}

/** The heaviest page of each type, as a table to print. */
export function weightTable(weights: readonly PageWeight[]): string {
  const heaviest = new Map<string, PageWeight>();
  for (const weight of weights) {
    const current = heaviest.get(weight.type);
    if (current === undefined || totalWeight(weight) > totalWeight(current))
      heaviest.set(weight.type, weight);
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [...heaviest.values()].sort((a, b) => a.type.localeCompare(b.type));
  return [
    'page type        heaviest page                                   HTML      CSS       JS        charts    fonts     total (gzip)',
    ...rows.map((w) =>
      [
        w.type.padEnd(16),
        w.route.padEnd(47),
        kb(w.html).padEnd(9),
        kb(w.css).padEnd(9),
        kb(w.js).padEnd(9),
        kb(w.charts).padEnd(9),
        kb(w.fonts).padEnd(9),
        kb(totalWeight(w)),
      ].join(' '),
    ),
  ].join('\n');
}
