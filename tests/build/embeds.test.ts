// Builds the example site and checks the partner toolkit's embeds: an embed page for every
// dataset, series and goal (chart, title, unit, source, verification, licence, a link back; no
// script, no site chrome), kept out of the sitemap and the search index, the iframe code the
// dataset and programme pages show, and the oEmbed each dataset page links to.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSourceContent } from '../../src/lib/content/load.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-embeds-'));
const outDir = path.join(workDir, 'dist');
let build: BuildRun;

beforeAll(() => {
  build = buildSite(path.resolve('content'), outDir);
}, 240_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const { content } = parseContent(loadSourceContent(path.resolve('content')).content);
const site = content.site;
// `pre` parsed as elements (node-html-parser keeps its content as raw text by default).
const page = (route: string) =>
  parse(readFileSync(path.join(outDir, route, 'index.html'), 'utf8'), {
    blockTextElements: { script: true, style: true },
  });
const text = (element: HTMLElement | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The embed pages the build wrote, as site paths (`/embed/recycling/paper/`). */
const embedPaths = () => {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSyncSafe(dir)) {
      const full = path.join(dir, name);
      if (name === 'index.html')
        found.push(`/${path.relative(outDir, dir).split(path.sep).join('/')}/`);
      else if (!name.includes('.')) walk(full);
    }
  };
  walk(path.join(outDir, 'embed'));
  return found.sort();
};
const readdirSyncSafe = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe('embeds of the example site', () => {
  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('every dataset, every series of a multi-series dataset and every goal has an embed page', () => {
    const paths = embedPaths();
    for (const { id, data } of content.datasets) {
      expect(paths, id).toContain(`/embed/${id}/`);
      if ((data?.series?.length ?? 0) > 1)
        for (const series of data?.series ?? [])
          expect(paths).toContain(`/embed/${id}/${series.id}/`);
    }
    const goals = content.programmes.flatMap(({ data }) => data?.goals ?? []);
    for (const goal of goals) {
      const period = (goal.period ?? goal.by.slice(0, 4)).replaceAll('/', '-');
      const series = goal.series === undefined ? '' : `${goal.series}/`;
      expect(paths).toContain(`/embed/${goal.dataset}/${series}goal-${period}/`);
    }
    expect(paths.length).toBeGreaterThan(content.datasets.length + goals.length);
  });

  test('an embed page: the chart, title, unit, source, verification, licence, a link back; no script, no chrome', () => {
    const datasets = new Map(content.datasets.map(({ id, data }) => [id, data]));
    for (const route of embedPaths()) {
      const html = page(route);
      const id = route.split('/')[2] ?? '';
      const dataset = datasets.get(id);
      expect(dataset, route).toBeDefined();
      if (dataset === undefined) continue;
      expect(html.querySelectorAll('script'), route).toHaveLength(0);
      expect(
        html.querySelectorAll('header, nav, footer, [data-pagefind-body]'),
        route,
      ).toHaveLength(0);
      expect(html.querySelector('meta[name=robots]')?.getAttribute('content'), route).toBe(
        'noindex',
      );
      expect(html.querySelector('link[rel=canonical]')?.getAttribute('href'), route).toBe(
        `${site?.url}/data/${id}/`,
      );
      expect(text(html.querySelector('h1')), route).not.toBe('');
      const img = html.querySelector('figure picture img');
      expect(img?.getAttribute('src'), route).toMatch(/^\/charts\/[\w-]+\.svg$/);
      expect(existsSync(path.join(outDir, img?.getAttribute('src') ?? 'missing')), route).toBe(
        true,
      );
      expect(img?.getAttribute('alt')?.length ?? 0, route).toBeGreaterThan(40);
      expect(html.querySelector('figure picture source')?.getAttribute('srcset'), route).toMatch(
        /-narrow\.svg$/,
      );
      const caption = text(html.querySelector('figcaption'));
      for (const source of dataset.sources) expect(caption, route).toContain(source.label);
      expect(caption, route).toContain(site?.legalName ?? '?');
      expect(
        html.querySelector('[data-verification-level]')?.getAttribute('data-verification-level'),
      ).toBe(dataset.verification.level);
      expect(html.querySelector('a[rel~=license]')?.getAttribute('href'), route).toMatch(
        /^https:\/\//,
      );
      const back = html.querySelector(`figcaption a[href="/data/${id}/"]`);
      expect(back?.getAttribute('target'), route).toBe('_blank');
      expect(back?.getAttribute('rel'), route).toBe('noopener');
      expect(html.querySelector('details table caption'), route).not.toBeNull();
    }
  });

  test('embeds stay out of the sitemap and the search index', () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/data/recycling/');
    expect(sitemap).not.toContain('/embed/');
  });

  test('each dataset page shows the iframe code of its embeds, and links to an oEmbed whose html is that code', () => {
    for (const { id, data } of content.datasets) {
      const html = page(`data/${id}`);
      const codes =
        html
          .querySelector('section[aria-labelledby="embed-this-chart"]')
          ?.querySelectorAll('pre code')
          .map((code) => code.textContent) ?? [];
      expect(codes.length, id).toBe(
        (data?.series?.length ?? 0) > 1 ? 1 + (data?.series?.length ?? 0) : 1,
      );
      const iframe = parse(codes[0] ?? '').querySelector('iframe');
      expect(iframe?.getAttribute('src'), id).toBe(`${site?.url}/embed/${id}/`);
      expect(iframe?.getAttribute('title'), id).not.toBe('');
      expect(iframe?.getAttribute('loading'), id).toBe('lazy');
      expect(iframe?.getAttribute('width'), id).toBe('100%');
      const link = html.querySelector('head link[rel=alternate][type="application/json+oembed"]');
      expect(link?.getAttribute('href'), id).toBe(`${site?.url}/oembed/${id}.json`);
      expect(link?.getAttribute('title'), id).toBe(data?.title);
      const oembed = JSON.parse(readFileSync(path.join(outDir, 'oembed', `${id}.json`), 'utf8'));
      expect(oembed, id).toMatchObject({ version: '1.0', type: 'rich', provider_name: site?.name });
      expect(oembed.html, id).toBe(codes[0]);
    }
    // Our own HTML carries no style attribute: only the code shown as text does.
    expect(page('data/recycling').querySelectorAll('[style]')).toHaveLength(0);
  });

  test('each programme goal chart offers its iframe code', () => {
    const html = page('programmes/tree-planting');
    const codes = html.querySelectorAll('details pre code').map((code) => code.textContent);
    expect(codes.some((code) => code.includes(`${site?.url}/embed/trees-planted/goal-2025/`))).toBe(
      true,
    );
  });
});
