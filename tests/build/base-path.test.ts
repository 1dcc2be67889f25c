// A site URL with a path serves the whole site under that path: every same-site link, image,
// chart and stylesheet of every page starts with it and names a file the build wrote.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import sax from 'sax';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';
import { editedContent } from '../helpers/content-fixture.ts';

const content = editedContent((edit) => {
  edit.json('site.json', (site) => {
    site['url'] = 'https://fixture.example.com/impact/';
  });
  // A story renamed from first-job, and a page from an old site.
  edit.write(
    'redirects.json',
    JSON.stringify({ '/stories/first-job/': '/stories/first-jobs/', '/impact.html': '/' }),
  );
  edit.replace(
    'stories/first-jobs.mdx',
    "location: 'Cluj-Napoca'",
    "location: 'Cluj-Napoca'\nhero: { src: './first-jobs.png', alt: 'A mentor and a mentee at a desk' }",
  );
});
const heroColour = [0xc2, 0x41, 0x0c];
writeFileSync(
  path.join(content.dir, 'stories/first-jobs.png'),
  await sharp({
    create: { width: 1600, height: 900, channels: 3, background: '#c2410c' },
  })
    .png()
    .toBuffer(),
);
const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-base-'));
const outDir = path.join(workDir, 'dist');
let build: BuildRun;

beforeAll(() => {
  build = buildSite(content.dir, outDir);
}, 240_000);
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  content.cleanup();
});

/** Every same-site URL a page refers to (links, images, sources, stylesheets, icons). */
function localUrls(html: string): string[] {
  const document = parse(html);
  const urls = [
    ...document.querySelectorAll('[href]').map((element) => element.getAttribute('href') ?? ''),
    ...document.querySelectorAll('[src]').map((element) => element.getAttribute('src') ?? ''),
    ...document
      .querySelectorAll('[srcset]')
      .flatMap((element) =>
        (element.getAttribute('srcset') ?? '')
          .split(',')
          .map((item) => item.trim().split(' ')[0] ?? ''),
      ),
  ];
  return urls.filter((url) => url.startsWith('/'));
}

describe('a site under a path (https://fixture.example.com/impact/)', () => {
  test('every same-site URL of every page is under /impact/ and names a built file', () => {
    expect(build.status, build.output).toBe(0);
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(10);
    const broken: string[] = [];
    for (const file of pages) {
      for (const url of localUrls(readFileSync(path.join(outDir, file), 'utf8'))) {
        const target = decodeURI(url.split(/[?#]/)[0] ?? '');
        const inside = target.startsWith('/impact/') ? target.slice('/impact'.length) : undefined;
        const exists =
          inside !== undefined &&
          (existsSync(path.join(outDir, inside, inside.endsWith('/') ? 'index.html' : '')) ||
            existsSync(path.join(outDir, inside)));
        if (!exists) broken.push(`${file}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('canonical URLs keep the path', () => {
    const html = readFileSync(path.join(outDir, 'data/mentees/index.html'), 'utf8');
    expect(parse(html).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://fixture.example.com/impact/data/mentees/',
    );
  });
});

const site = 'https://fixture.example.com/impact/';
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const xml = (file: string) => {
  const text = read(file);
  // A strict (XML, not HTML) parser throws at the first error: the file is well-formed.
  expect(() => sax.parser(true).write(text).close(), `${file} is well-formed XML`).not.toThrow();
  return new XMLParser({ isArray: (name) => ['item', 'url', 'sitemap'].includes(name) }).parse(
    text,
  ) as Record<string, any>;
};
/** The built file an absolute URL of the site names (`…/impact/data/` → `data/index.html`). */
const builtFile = (url: string) => {
  expect(url.startsWith(site), url).toBe(true);
  const inside = decodeURI(url.slice(site.length));
  return path.join(outDir, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
};

describe('sharing and finding under the path', () => {
  test('the RSS feed: channel and items link to built pages under the path', () => {
    const { rss } = xml('rss.xml');
    expect(rss['@_version'] ?? '2.0').toBe('2.0');
    const channel = rss.channel;
    expect(channel.link).toBe(site);
    expect(channel.title).toContain('Stories');
    expect(channel.description).not.toBe('');
    const items = channel.item as { title: string; link: string; pubDate: string }[];
    // The draft is not in the feed; the published story is.
    expect(items.map(({ link }) => link)).toEqual([`${site}stories/first-jobs/`]);
    for (const item of items) {
      expect(existsSync(builtFile(item.link))).toBe(true);
      expect(item.title).not.toBe('');
      expect(new Date(item.pubDate).toISOString()).toBe('2025-06-10T00:00:00.000Z');
    }
    const home = parse(read('index.html'));
    expect(
      home.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
    ).toBe('/impact/rss.xml');
  });

  test('the sitemap lists every page under the path, and no redirect', () => {
    const index = xml('sitemap-index.xml');
    const sitemaps = index.sitemapindex.sitemap.map(({ loc }: { loc: string }) => loc);
    expect(sitemaps).toEqual([`${site}sitemap-0.xml`]);
    const urls: string[] = xml('sitemap-0.xml').urlset.url.map(({ loc }: { loc: string }) => loc);
    for (const url of urls) expect(existsSync(builtFile(url)), url).toBe(true);
    expect(urls).toContain(`${site}stories/first-jobs/`);
    expect(urls).toContain(`${site}data/mentees/`);
    expect(urls.filter((url) => /first-job\/|impact\.html|404/.test(url))).toEqual([]);
  });

  test('robots.txt names the sitemap by its absolute URL', () => {
    expect(read('robots.txt')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap-index.xml\n`,
    );
  });

  test('link previews: page URL, type and card image under the path, each card a built PNG', () => {
    const meta = (file: string) => {
      const document = parse(read(file));
      const value = (key: string) =>
        document
          .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
          ?.getAttribute('content');
      return {
        url: value('og:url'),
        type: value('og:type'),
        image: value('og:image'),
        twitter: value('twitter:image'),
        published: value('article:published_time'),
        card: value('twitter:card'),
      };
    };
    expect(meta('stories/first-jobs/index.html')).toEqual({
      url: `${site}stories/first-jobs/`,
      type: 'article',
      image: `${site}social/stories/first-jobs.png`,
      twitter: `${site}social/stories/first-jobs.png`,
      published: '2025-06-10',
      card: 'summary_large_image',
    });
    expect(meta('data/mentees/index.html')).toMatchObject({
      type: 'website',
      image: `${site}social/data/mentees.png`,
      published: undefined,
    });
    expect(meta('about/index.html').image).toBe(`${site}social/site.png`);
    for (const file of ['stories/first-jobs', 'data/mentees', 'about']) {
      const { image } = meta(`${file}/index.html`);
      expect(
        readFileSync(builtFile(image ?? ''))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
  });

  test("a dataset page's JSON-LD and citation give addresses under the path", () => {
    const document = parse(read('data/mentees/index.html'), {
      blockTextElements: { script: true, style: true },
    });
    const ld = JSON.parse(
      document.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    ) as {
      url: string;
      distribution: { contentUrl: string }[];
      includedInDataCatalog: { url: string };
    };
    expect(ld.url).toBe(`${site}data/mentees/`);
    expect(ld.distribution.map(({ contentUrl }) => contentUrl)).toEqual([
      `${site}data/mentees.csv`,
      `${site}data/mentees.json`,
      `${site}data/mentees/datapackage.json`,
    ]);
    expect(ld.includedInDataCatalog.url).toBe(`${site}data/catalog.jsonld`);
    for (const { contentUrl } of ld.distribution.slice(0, 2))
      expect(existsSync(builtFile(contentUrl)), contentUrl).toBe(true);
    expect(document.querySelector('#citation-bibtex-mentees')?.textContent).toContain(
      `url = {${site}data/mentees/}`,
    );
  });

  test("a story's card shows its hero photo on the right", async () => {
    const { data } = await sharp(path.join(outDir, 'social/stories/first-jobs.png'))
      .extract({ left: 1100, top: 300, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    for (const [i, value] of [...data.subarray(0, 3)].entries())
      expect(Math.abs(value - (heroColour[i] ?? 0))).toBeLessThanOrEqual(3);
  });

  test('redirects: a page at each old path and a _redirects file, under the path', () => {
    expect(read('_redirects')).toBe(
      '/impact/stories/first-job/ /impact/stories/first-jobs/ 301\n/impact/impact.html /impact/ 301\n',
    );
    const moved = parse(read('stories/first-job/index.html'));
    expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/impact/stories/first-jobs/',
    );
    expect(moved.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${site}stories/first-jobs/`,
    );
    expect(moved.querySelector('main a')?.getAttribute('href')).toBe('/impact/stories/first-jobs/');
    expect(moved.querySelectorAll('script')).toEqual([]);
    // An old file path is redirected by _redirects alone: no page can stand there.
    expect(existsSync(path.join(outDir, 'impact.html'))).toBe(false);
  });
  test('open data: the catalogue and data packages give absolute URLs under the path, of built files', () => {
    type Node = Record<string, any>;
    const catalog = JSON.parse(read('data/catalog.jsonld')) as Node;
    expect(catalog['@id']).toBe(`${site}data/catalog.jsonld`);
    expect(catalog['foaf:homepage']).toBe(site);
    const datasets = catalog['dcat:dataset'] as Node[];
    expect(datasets.length).toBeGreaterThan(0);
    for (const dataset of datasets) {
      const id = String(dataset['dct:identifier']);
      expect(dataset['dcat:landingPage']).toBe(`${site}data/${id}/`);
      expect(existsSync(builtFile(String(dataset['dcat:landingPage'])))).toBe(true);
      for (const distribution of dataset['dcat:distribution'] as Node[]) {
        expect(existsSync(builtFile(String(distribution['dcat:downloadURL']))), id).toBe(true);
      }
      const dataPackage = JSON.parse(read(`data/${id}/datapackage.json`)) as Node;
      expect(dataPackage['homepage']).toBe(`${site}data/${id}/`);
      expect(dataPackage['resources'][0].path).toBe(`${site}data/${id}.csv`);
    }
    expect(existsSync(path.join(outDir, 'data/all.zip'))).toBe(true);
  });
});
