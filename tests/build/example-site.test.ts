// Builds the example site in content/ and checks that every number it shows is the number of the
// dataset row it links to, and that headline figures say exactly what they count.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import sax from 'sax';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadSourceContent } from '../../src/lib/content/load.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { sitePages } from '../../src/lib/site-pages.ts';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';
import { figureLinks, unmatchedFigures } from '../helpers/figure-links.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-example-'));
const outDir = path.join(workDir, 'dist');
let build: BuildRun;

beforeAll(() => {
  build = buildSite(path.resolve('content'), outDir);
}, 240_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the example site', () => {
  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test("the content check's list of pages is exactly the build's sitemap (redirect checks rely on it)", () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const built = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, url = '']) => new URL(url).pathname,
    );
    const { content } = parseContent(loadSourceContent(path.resolve('content')).content);
    expect([...sitePages(content)].sort()).toEqual(built.sort());
  });

  test("the header shows site.json's logo, optimised, with its text alternative and size", () => {
    const logo = page('data').querySelector('header a img');
    expect(logo?.getAttribute('alt')).toBe('Someș Contact Center');
    expect(logo?.getAttribute('height')).toBe('40');
    expect(Number(logo?.getAttribute('width'))).toBeGreaterThan(100);
    expect(logo?.getAttribute('src')).toMatch(/^\/_astro\/logo\.[\w-]+\.webp$/);
    expect(logo?.getAttribute('srcset')).toMatch(/ 1x, \S+ 2x$/);
  });

  test('every dataset has a CSV that an independent parser reads back to its values, and a JSON of the validated dataset', () => {
    const { content } = parseContent(loadSourceContent(path.resolve('content')).content);
    expect(content.datasets.length).toBeGreaterThanOrEqual(10);
    for (const { id, data } of content.datasets) {
      expect(data, id).toBeDefined();
      if (data === undefined) continue;
      const bytes = readFileSync(path.join(outDir, 'data', `${id}.csv`));
      // A UTF-8 byte order mark first, so Excel reads ș and ț as UTF-8.
      expect([...bytes.subarray(0, 3)], id).toEqual([0xef, 0xbb, 0xbf]);
      const rows: Record<string, string>[] = parseCsv(bytes, { bom: true, columns: true });
      expect(
        rows.map((row) => [
          row['dataset_id'],
          row['series_id'],
          row['period'],
          Number(row['value']),
          row['status'],
        ]),
        id,
      ).toEqual(data.observations.map((o) => [id, o.series ?? '', o.period, o.value, o.status]));
      expect(
        rows.every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row['period_end'] ?? '')),
        id,
      ).toBe(true);
      const json: unknown = JSON.parse(
        readFileSync(path.join(outDir, 'data', `${id}.json`), 'utf8'),
      );
      expect(json, id).toMatchObject({ id, dataset: JSON.parse(JSON.stringify(data)) });
    }
  });

  test('a dataset page links its downloads with their real sizes', () => {
    const links = page('data/recycling').querySelectorAll('a[download]');
    const csv = links.find((link) => link.getAttribute('href') === '/data/recycling.csv');
    const size = readFileSync(path.join(outDir, 'data', 'recycling.csv')).length;
    expect(text(csv?.parentNode)).toContain(`${(size / 1000).toFixed(1)} kB`);
    const json = JSON.parse(readFileSync(path.join(outDir, 'data', 'recycling.json'), 'utf8')) as {
      provenance: Record<string, unknown>;
    };
    expect(json.provenance).toMatchObject({
      page: 'https://impact.example.com/data/recycling/',
      license: 'CC-BY-4.0',
      publisher: { name: 'Someș Contact Center S.R.L.' },
    });
  });

  test('every figure linked to a dataset appears in the row it links to on that dataset page', () => {
    expect(figureLinks(outDir).length).toBeGreaterThanOrEqual(30);
    expect(unmatchedFigures(outDir)).toEqual([]);
  });

  const page = (route: string) =>
    parse(readFileSync(path.join(outDir, route, 'index.html'), 'utf8'));
  const text = (element: { textContent: string } | null | undefined) =>
    (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

  test('headline figures carry the label of exactly what they count, the year only once', () => {
    const home = page('.');
    expect(text(home.querySelector('#headline-figures'))).toBe('Results in 2025');
    const figures = home.querySelectorAll('#headline-figures + ul li').map((item) =>
      item
        .querySelectorAll('a > span')
        .map((span) => text(span))
        .join(' · '),
    );
    expect(figures).toContain(
      '1,875 kg · Waste sent for recycling — plastic and metal packaging · Source and method',
    );
    expect(figures).toContain('RON 90,000 · Value of support — cash grants · Source and method');
    expect(figures).toContain('84 · Young people — completed the programme · Source and method');
    // The label names the unit: the number stands bare. Each card says where it leads.
    expect(figures).toContain('4,760 · Volunteering hours · Source and method');
    expect(text(home.querySelector('main header'))).toContain(
      'This report covers Jan 2022–Dec 2025. About Someș Contact Center',
    );
  });

  test('the home page shows two charts and the latest stories with optimised images', () => {
    const home = page('.');
    expect(home.querySelectorAll('#over-the-years ~ div figure picture')).toHaveLength(2);
    const cards = home.querySelectorAll('#latest-stories + ul > li');
    expect(cards).toHaveLength(3);
    const image = cards[0]?.querySelector('img');
    expect(image?.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    expect(image?.getAttribute('srcset')).toMatch(/ 360w, .+ 720w/);
    expect(image?.getAttribute('loading')).toBe('lazy');
    expect(image?.getAttribute('width')).toBe('1600');
    expect(image?.getAttribute('height')).toBe('900');
  });

  test('a story page has its hero, author, dates, reading time, programme, partners, tags and related stories', () => {
    const story = page('stories/from-gherla-to-a-first-job');
    const hero = story.querySelector('article figure img');
    expect(hero?.getAttribute('alt')).toMatch(/^Illustration: a mentor and a student/);
    expect(hero?.getAttribute('loading')).toBe('eager');
    expect(hero?.getAttribute('srcset')).toMatch(/1440w$/);
    for (const candidate of (hero?.getAttribute('srcset') ?? '').split(', ')) {
      const file = path.join(outDir, candidate.split(' ')[0] ?? '');
      expect(readFileSync(file).length).toBeLessThan(300 * 1024);
    }
    expect(text(story.querySelector('article figure figcaption'))).toBe(
      'Illustration: Someș Contact Center (example content)',
    );
    const header = text(story.querySelector('article header'));
    expect(header).toContain('By Ioana Mureșan, CSR coordinator');
    expect(header).toMatch(/\d+ min read/);
    const links = story
      .querySelectorAll('article header a')
      .map((link) => [text(link), link.getAttribute('href')]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Next Step youth mentoring', '/programmes/youth-mentoring/'],
        ['Asociația Tinerii Cluj', '/partners/tinerii-cluj/'],
        ['mentoring', '/stories/tag/mentoring/'],
      ]),
    );
    const related = story
      .querySelectorAll('#related-stories + ul h3 a')
      .map((link) => link.getAttribute('href'));
    // Same programme and partner first.
    expect(related[0]).toBe('/stories/mentors-from-the-call-floor/');
    expect(related).not.toContain('/stories/from-gherla-to-a-first-job/');
  });

  test('a PartnerCard shows the partner’s name linked to its page, its kind and description', () => {
    const story = page('stories/from-gherla-to-a-first-job');
    const card = story
      .querySelectorAll('.prose div')
      .find((div) => text(div).startsWith('Partner · '));
    expect(card?.querySelectorAll('p').map((line) => text(line))).toEqual([
      'Partner · Non-governmental organisation',
      'Asociația Tinerii Cluj',
      expect.stringMatching(/^A youth association working in Mănăștur/),
    ]);
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('/partners/tinerii-cluj/');
  });

  test('stories are listed by pillar and by tag on pages of their own', () => {
    const index = page('stories');
    const pillars = index.querySelectorAll('nav[aria-label="Stories by pillar"] a');
    expect(pillars.map((link) => text(link))).toEqual([
      'All stories',
      'Education',
      'Health',
      'Environment',
      'Community',
    ]);
    expect(pillars[0]?.getAttribute('aria-current')).toBe('page');
    const health = page('stories/pillar/health');
    expect(text(health.querySelector('h1'))).toBe('Health stories');
    expect(
      health
        .querySelector('nav[aria-label="Stories by pillar"] a[aria-current="page"]')
        ?.getAttribute('href'),
    ).toBe('/stories/pillar/health/');
    expect(health.querySelectorAll('main h2 a').map((link) => link.getAttribute('href'))).toEqual([
      '/stories/new-equipment-for-the-paediatric-ward/',
      '/stories/a-day-at-the-transfusion-centre/',
      '/stories/how-we-corrected-a-blood-donation-figure/',
    ]);
    const tag = page('stories/tag/blood-donation');
    expect(text(tag.querySelector('h1'))).toBe('Stories tagged “blood donation”');
    expect(tag.querySelectorAll('main h2 a').map((link) => link.getAttribute('href'))).toEqual([
      '/stories/a-day-at-the-transfusion-centre/',
    ]);
  });

  test('restated values: the history on the dataset page, marks and links on figures and charts', () => {
    const blood = page('data/blood-donations');
    const entry = blood.querySelector('#restatements + ol > li#restated-2024-q2-2024-10-07');
    expect(text(entry)).toMatch(
      /^Q2 2024 restated from 61 to 68 units on 7 October 2024 — late data: The June 2024 drive/,
    );
    // The row's note links to the same entry.
    const note = blood.getElementById('2024-Q2')?.querySelector('td:last-child a');
    expect(text(note)).toBe('restated; previously 61 units.');
    expect(note?.getAttribute('href')).toBe('/data/blood-donations/#restated-2024-q2-2024-10-07');
    // The chart says which values were restated and where the history is, on every page it is on.
    for (const html of [blood, page('stories/a-day-at-the-transfusion-centre')]) {
      const figure = html.querySelector('.chart-block figure');
      expect(figure?.querySelector('img')?.getAttribute('alt')).toContain('Restated: Q2 2024.');
      expect(
        figure
          ?.querySelectorAll('figcaption a')
          .map((link) => [text(link), link.getAttribute('href')]),
      ).toContainEqual(['see the restatement history', '/data/blood-donations/#restatements']);
    }
    expect(text(page('data/recycling').querySelector('figcaption'))).not.toContain('Restated');
    // A story's figure of the restated quarter says so and links to that change.
    const story = page('stories/how-we-corrected-a-blood-donation-figure');
    const figure = story.querySelector('a.key-figure');
    expect(text(figure)).toBe('68 units of blood collected (Q2 2024, restated)');
    const history = figure?.nextElementSibling?.querySelector('a');
    expect(history?.getAttribute('href')).toBe(
      '/data/blood-donations/#restated-2024-q2-2024-10-07',
    );
    expect(text(history)).toBe('what changed: restatement of units of blood collected, Q2 2024');
    // A figure for 2025 uses no restated value: no mark, no second link.
    const later = page('stories/a-day-at-the-transfusion-centre').querySelector('a.key-figure');
    expect(text(later)).toMatch(/\(2025\)$/);
    expect(later?.nextElementSibling?.querySelector('a.key-figure-history')).toBeFalsy();
  });

  test('the change feed is well-formed Atom with an entry for every restatement, linked to its history entry', () => {
    const xml = readFileSync(path.join(outDir, 'data', 'changes.xml'), 'utf8');
    const names: string[] = [];
    const parser = sax.parser(true, { xmlns: true });
    parser.onopentag = (tag) => {
      if ('uri' in tag) names.push(`${tag.uri} ${tag.local}`);
    };
    // A strict parser throws at the first error: the file is well-formed.
    expect(() => parser.write(xml).close()).not.toThrow();
    expect(names[0]).toBe('http://www.w3.org/2005/Atom feed');
    interface Entry {
      id: string;
      title: { '#text': string };
      updated: string;
      link: { href: string }[];
      category: { term: string }[];
      content: { '#text': string };
    }
    const feed = (
      new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        isArray: (name) => ['entry', 'link', 'category'].includes(name),
      }).parse(xml) as { feed: { updated: string; entry: Entry[] } }
    ).feed;
    const entries = feed.entry.map((entry) => ({
      id: entry.id,
      title: entry.title['#text'],
      updated: entry.updated,
      link: entry.link[0]?.href ?? '',
      kind: entry.category[0]?.term,
      summary: entry.content['#text'],
    }));
    for (const entry of entries) {
      expect(entry.id, entry.title).toMatch(/^tag:impact\.example\.com,/);
      expect(entry.title).not.toBe('');
      expect(entry.updated, entry.title).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(entry.link, entry.title).toMatch(/^https:\/\/impact\.example\.com\/data\//);
    }
    const updated = entries.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
    const { content } = parseContent(loadSourceContent(path.resolve('content')).content);
    const restatements = content.datasets.flatMap(({ id, data }) =>
      (data?.restatements ?? []).map((restatement) => ({ id, ...restatement })),
    );
    expect(restatements.length).toBeGreaterThan(0);
    const restated = entries.filter((entry) => entry.kind === 'restated');
    expect(restated).toHaveLength(restatements.length);
    for (const { id, date } of restatements) {
      const entry = restated.find(
        (candidate) =>
          candidate.link.includes(`/data/${id}/#`) && candidate.updated.startsWith(date),
      );
      expect(entry, `${id} ${date}`).toBeDefined();
      const fragment = new URL(entry?.link ?? '').hash.slice(1);
      expect(page(`data/${id}`).getElementById(fragment), entry?.link).not.toBeNull();
    }
    expect(restated[0]?.summary).toMatch(/restated from 61 to 68 units on 7 October 2024/);
    expect(entries.filter((entry) => entry.kind === 'published')).toHaveLength(
      content.datasets.length,
    );
    // Feed readers find it from the data pages; people see a link to it on /data/.
    const atom = 'link[rel="alternate"][type="application/atom+xml"]';
    for (const route of ['data', 'data/blood-donations']) {
      expect(page(route).querySelector(atom)?.getAttribute('href'), route).toBe(
        '/data/changes.xml',
      );
    }
    expect(
      page('data')
        .querySelectorAll('main a')
        .find((link) => text(link) === 'subscribe to changes')
        ?.getAttribute('href'),
    ).toBe('/data/changes.xml');
  });

  test('no page or text file shows a value the code failed to fill in (undefined, NaN, null, [object Object])', () => {
    const unfilled = /\b(?:undefined|NaN|null)\b|\[object \w+\]/;
    const textFiles = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(?:html|csv|json|jsonld|xml|txt)$/.test(file),
    );
    expect(textFiles.length).toBeGreaterThan(100);
    const found = textFiles.flatMap((file) => {
      const content = readFileSync(path.join(outDir, file), 'utf8');
      // HTML: what readers and screen readers get (text and the attributes that are read out);
      // JSON's own `null` is a value, not a slip, so JSON is checked in its strings only.
      const said = file.endsWith('.html')
        ? [
            text(parse(content)),
            ...parse(content)
              .querySelectorAll('[alt], [aria-label], [title], [content]')
              .flatMap((element) =>
                ['alt', 'aria-label', 'title', 'content'].map(
                  (name) => element.getAttribute(name) ?? '',
                ),
              ),
          ]
        : /\.jsonld?$/.test(file)
          ? [...content.matchAll(/"(?:[^"\\]|\\.)*"/g)].map(([string]) => string)
          : [content];
      return said
        .filter((value) => unfilled.test(value))
        .map((value) => {
          const at = unfilled.exec(value)?.index ?? 0;
          return `${file}: …${value.slice(Math.max(0, at - 40), at + 30)}…`;
        });
    });
    expect(found).toEqual([]);
  });

  test('each thing is said once: places, notes, units, licence, goal periods', () => {
    const cards = page('programmes').querySelectorAll('article p.text-muted').map(text);
    expect(cards).toContain('Since 2023 · Cluj-Napoca, Mănăștur');
    const recycling = page('data/recycling');
    const q3 = text(recycling.getElementById('2026-Q3'));
    // The note all three series share once, and "provisional" once beside the period.
    expect(q3.split('transfer certificate').length).toBe(2);
    expect(q3.split('provisional').length).toBe(2);
    expect(text(recycling.querySelector('figcaption'))).toMatch(/^Unit: kg\. Source:/);
    // The dataset page does not link its chart to itself.
    expect(text(recycling.querySelector('figcaption'))).not.toContain('About this data');
    const footer = text(recycling.querySelector('footer'));
    expect(footer).toContain('Creative Commons Attribution 4.0 International');
    expect(footer).not.toContain('CC-BY-4.0');
    expect(recycling.querySelectorAll('dt').map(text)).toContain('Scope');
    const goals = page('programmes/tree-planting').querySelectorAll(
      '#goals + ul li p:nth-child(2)',
    );
    expect(goals.map(text)).toEqual([
      '4,200 of 4,000 trees (105%) · target exceeded',
      '87.9% against a target of 85% in 2025 · target exceeded (provisional)',
    ]);
  });
});
