// Builds the fixture site with the real Astro build and inspects the pages it wrote.
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chartStem } from '../../src/lib/charts/chart-files.ts';
import { impactChartRequest } from '../../src/lib/charts/chart-requests.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { datasetCount } from '../../src/lib/data-catalogue.ts';
import { analyseMdx } from '../../src/lib/mdx/analysis.ts';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';
import { fixedToday, validSiteContent } from '../helpers/content-fixture.ts';
import { figureLinks, unmatchedFigures } from '../helpers/figure-links.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-build-'));
const outDir = path.join(workDir, 'dist');
let build: BuildRun;

const page = (route: string): HTMLElement =>
  parse(
    readFileSync(path.join(outDir, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8'),
  );
const text = (element: HTMLElement | null) =>
  element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

beforeAll(() => {
  build = buildSite(validSiteContent, outDir);
}, 240_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the fixture site build', () => {
  test('succeeds quietly: no MDX directive warning flood', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    // --force (see buildSite) announces that it cleared the content cache; nothing else may warn.
    const warnings = build.output.split('\n').filter((line) => line.includes('[WARN]'));
    expect(warnings.filter((line) => !line.includes('data store cleared (force)'))).toEqual([]);
  });

  test('writes every page type at its permanent URL', () => {
    const routes = [
      'index.html',
      'stories/index.html',
      'stories/first-jobs/index.html',
      'programmes/index.html',
      'programmes/mentoring/index.html',
      'partners/index.html',
      'partners/youth-ngo/index.html',
      'data/index.html',
      'data/mentees/index.html',
      'data/recycling/index.html',
      'about/index.html',
      'methodology/index.html',
      '404.html',
    ];
    for (const route of routes) expect(existsSync(path.join(outDir, route)), route).toBe(true);
  });

  test('leaves out drafts and partners without consent', () => {
    expect(existsSync(path.join(outDir, 'stories/draft-story'))).toBe(false);
    expect(existsSync(path.join(outDir, 'partners/city-recycler'))).toBe(false);
    expect(readdirSync(path.join(outDir, 'partners'))).toEqual(['index.html', 'youth-ngo']);
  });

  test('publishes nothing of a draft: no page, card, tag page, feed entry, sitemap URL, search entry or chart', () => {
    const { content } = validateContent(validSiteContent, { today: fixedToday });
    const draft = content.stories.find(({ file }) => file.endsWith('draft-story.mdx'));
    expect(draft?.parts.draft).toBe(true);
    // The chart only the draft's <ImpactChart> asks for, named as the build names chart files.
    const chart = analyseMdx(draft?.body ?? '').elements.find(({ name }) => name === 'ImpactChart');
    const dataset = content.datasets.find(({ id }) => id === chart?.attributes.get('dataset'));
    const request =
      dataset?.data &&
      impactChartRequest(dataset.data, Object.fromEntries(chart?.attributes ?? []));
    if (!request?.ok || dataset?.data === undefined)
      throw new Error('the draft has no valid chart');
    const stem = chartStem(dataset.id, dataset.data, request.request);
    expect(stem).toMatch(/^waste-streams--/);
    expect(
      readdirSync(path.join(outDir, 'charts')).filter((file) => file.startsWith(stem)),
    ).toEqual([]);

    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => /draft-story|work-in-progress/.test(file))).toEqual([]);
    // Every page, feed, sitemap and search fragment (Pagefind gzips them), as text.
    const texts = files.flatMap((file) => {
      const full = path.join(outDir, file);
      if (file.endsWith('.pf_fragment')) return [[file, gunzipSync(readFileSync(full)).toString()]];
      return /\.(html|xml|json|txt|js)$/.test(file) ? [[file, readFileSync(full, 'utf8')]] : [];
    });
    expect(texts.length).toBeGreaterThan(40);
    expect(texts.some(([file]) => file?.endsWith('.pf_fragment'))).toBe(true);
    const mentions = texts.filter(([, text]) =>
      /A story still being written|draft-story|work-in-progress/.test(text ?? ''),
    );
    expect(mentions.map(([file]) => file)).toEqual([]);
  });

  test('every page has a language, a title, one h1, a main landmark and (but embeds) a skip link', () => {
    const htmlFiles = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.html'),
    );
    expect(htmlFiles.length).toBeGreaterThanOrEqual(13);
    for (const file of htmlFiles) {
      const html = page(file);
      expect(html.querySelector('html')?.getAttribute('lang'), file).toBe('en');
      expect(html.querySelectorAll('title'), file).toHaveLength(1);
      expect(html.querySelectorAll('h1'), file).toHaveLength(1);
      expect(html.querySelectorAll('main#main'), file).toHaveLength(1);
      // An embed has nothing before its chart to skip.
      if (!file.startsWith('embed/'))
        expect(html.querySelector('body > a[href="#main"]'), file).not.toBeNull();
      expect(text(html.querySelector('body')), file).toContain('fictional organisation');
    }
  });

  test('a dataset page shows its observations with unit, source, methodology, verification and restatements', () => {
    const html = page('data/mentees');
    const rows = html
      .querySelectorAll('table tr')
      .map((row) => row.querySelectorAll('th, td').map(text).filter(Boolean).join(' '));
    expect(rows).toEqual([
      'Period Enrolled Completed Notes',
      '2023 40 mentees 31 mentees',
      '2024 55 mentees 44 mentees restated Completed: Two mentees moved away. Completed: restated; previously 41 mentees.',
      '2025 estimated 70 mentees 58 mentees',
    ]);
    // The measure names its unit ("Mentees" in mentees): the caption says it once.
    expect(text(html.querySelector('table caption'))).toBe('Mentees, 2023 to 2025');
    expect(html.querySelector('a[rel=license]')?.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(text(html.querySelector('#sources + ul'))).toContain(
      'Attendance register — Partner records',
    );
    expect(text(html.querySelector('#verification + dl'))).toContain('Confirmed by a partner');
    expect(text(html.querySelector('#restatements + ol'))).toContain(
      '2024 (Completed) restated from 41 to 44 mentees',
    );
    const methodology = html.querySelector('#methodology + .prose');
    expect(methodology?.innerHTML).toContain('<strong>attendance register</strong>');
    expect(methodology?.innerHTML).not.toContain('<script');
  });

  test('a story renders its MDX, and every KeyFigure links to its dataset', () => {
    const html = page('stories/first-jobs');
    expect(text(html.querySelector('h1'))).toBe('First jobs, with a mentor beside them');
    const figures = html
      .querySelectorAll('a.key-figure')
      .map((link) => [link.getAttribute('href'), text(link)]);
    expect(figures).toEqual([
      ['/data/mentees/#2024', '44 young people completed the programme (2024, restated)'],
      ['/data/recycling/#2025', '471.5 kg of paper (2025)'],
      ['/data/waste-streams/#2024', '2,550 kg of waste (2024)'],
      ['/data/waste-streams/#2026', '1,117 kg of waste (Jan–Sep 2026 only, provisional)'],
    ]);
    // Only the restated figure is followed by a link to its change (one series of two).
    expect(
      html.querySelectorAll('a.key-figure-history').map((link) => link.getAttribute('href')),
    ).toEqual(['/data/mentees/#restated-completed-2024-2025-03-01']);
    expect(text(html.querySelector('figure blockquote'))).toBe(
      'Having someone who believed in me changed everything.',
    );
    expect(html.querySelectorAll('.prose h2').map(text)).toEqual(['Why we mentor']);
  });

  test('a programme page shows its need, goal progress from the data, and its partners', () => {
    const html = page('programmes/mentoring');
    expect(text(html.querySelector('#the-need + .prose'))).toContain('Young people leaving care');
    const goals = html.querySelectorAll('#goals + ul li');
    expect(goals.map((goal) => text(goal.querySelector('p:nth-child(2)')))).toEqual([
      '58 of 60 mentees (97%) · target missed (estimated)',
      '2,550 of 1,800 kg (142%) · target exceeded',
      '302 of 500 kg (60%) in Jan–Sep 2026 so far · behind target (provisional)',
    ]);
    expect(goals[0]?.querySelector('meter')?.getAttribute('value')).toMatch(/^96\.66/);
    expect(goals[1]?.querySelector('meter')?.getAttribute('value')).toBe('100');
    expect(text(html.querySelector('#partners + ul'))).toBe(
      'Asociația Tinerii Fixture — Delivery partner',
    );
    // The goal's date, in the site locale's style (the fixture's "en" writes the month first).
    expect(text(goals[0]?.querySelector('time') ?? null)).toBe('December 31, 2025');
    expect(goals[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2025-12-31');
    expect(text(html.querySelector('header dl'))).toContain('Cluj-Napoca (Cluj), Romania');
  });

  test('a partner page says who the partner is and what the work together achieved', () => {
    const html = page('partners/youth-ngo');
    const facts = text(html.querySelector('header dl'));
    for (const fact of ['Non-governmental organisation', 'Romania', 'RO-CUI-12345678'])
      expect(facts).toContain(fact);
    const results = html.querySelectorAll('#results-together + ul > li');
    expect(results.map((item) => item.querySelector('a')?.getAttribute('href'))).toContain(
      '/data/mentees/',
    );
  });

  test('each catalogue filter is a static page that shows only its datasets', () => {
    expect(page('data').querySelector('main table')).toBeNull();
    const html = page('data/partner/youth-ngo');
    const items = html.querySelectorAll('[data-catalogue] li[data-partner]');
    const shown = items.filter((item) => !item.hasAttribute('hidden'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(items.length);
    for (const item of items)
      expect(item.hasAttribute('hidden')).toBe(
        !item.getAttribute('data-partner')?.split(' ').includes('youth-ngo'),
      );
    expect(text(html.querySelector('[data-count]'))).toBe(datasetCount(shown.length));
    expect(html.querySelector('a[aria-current=page][data-filter]')?.getAttribute('href')).toBe(
      '/data/partner/youth-ngo/',
    );
  });

  test('every dataset has its three chart files: wide and narrow SVG (light and dark), PNG card', () => {
    const chartFiles = readdirSync(path.join(outDir, 'charts'));
    for (const id of ['mentees', 'recycling']) {
      // The dataset's own chart (other charts of it have a hash after `--`).
      const own = chartFiles.filter((file) =>
        new RegExp(`^${id}(-narrow)?\\.(svg|png)$`).test(file),
      );
      expect(own).toEqual([`${id}-narrow.svg`, `${id}.png`, `${id}.svg`]);
      const png = readFileSync(path.join(outDir, 'charts', `${id}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      for (const [file, width] of [
        [`${id}.svg`, 960],
        [`${id}-narrow.svg`, 340],
      ] as const) {
        const svg = readFileSync(path.join(outDir, 'charts', file), 'utf8');
        expect(svg, file).toMatch(
          new RegExp(`^<svg [^>]*width="${width}"[^>]*viewBox="0 0 ${width} `),
        );
        expect(svg, file).toContain('@media (prefers-color-scheme:dark){.light{display:none}');
        expect(svg.match(/<g class="(light|dark)">/g), file).toEqual([
          '<g class="light">',
          '<g class="dark">',
        ]);
        expect(svg, file).toContain('src:url(data:font/woff2;base64,');
      }
    }
    // The text is real text: the dataset's title is in the file, findable and translatable.
    expect(readFileSync(path.join(outDir, 'charts/mentees.svg'), 'utf8')).toMatch(
      /<text [^>]*font-weight="700"[^>]*>Mentees enrolled and completed<\/text>/,
    );
    const [, drawn = '0', reused = '0'] =
      /charts: (\d+) drawn, (\d+) from cache/.exec(build.output) ?? [];
    expect(Number(drawn) + Number(reused)).toBeGreaterThan(0);
  });

  test('a story’s ImpactChart is a figure: picture variants, generated alt text, caption and table', () => {
    const figure = page('stories/first-jobs').querySelector('figure:has(picture)');
    expect(figure).not.toBeNull();
    const sources = figure
      ?.querySelectorAll('source')
      .map((source) => [source.getAttribute('media'), source.getAttribute('srcset')]);
    // One file per size; each file follows the reader's colour scheme itself.
    expect(sources?.map(([media]) => media)).toEqual(['(max-width: 759px)']);
    const image = figure?.querySelector('img');
    for (const file of [
      ...(sources ?? []).map(([, srcset]) => srcset),
      image?.getAttribute('src'),
    ]) {
      expect(existsSync(path.join(outDir, file ?? '')), file ?? '').toBe(true);
    }
    expect(image?.getAttribute('alt')).toBe(
      'Line chart: Mentees who completed the programme, 2023 to 2025. Completed: rose from 31 mentees in 2023 to 58 mentees in 2025 (+27 mentees, +87%). Highest: 58 mentees in 2025; lowest: 31 mentees in 2023. Not final: 2025 (estimated). Restated: 2024.',
    );
    // The figure is named by its chart's title, not by the start of its caption.
    expect(figure?.getAttribute('aria-label')).toBe('Mentees who completed the programme');
    expect(text(figure?.querySelector('figcaption') ?? null)).toBe(
      // The measure's label names its unit (mentees): no "Unit: mentees." 2024 was restated.
      'Source: Attendance register. Confirmed by a partner. About this data · Download PNG · SVG Restated values: see the restatement history',
    );
    const rows = page('stories/first-jobs')
      .querySelectorAll('figure + details tbody tr')
      .map((row) => text(row.querySelector('td data')));
    expect(rows.slice(0, 3)).toEqual(['31 mentees', '44 mentees', '58 mentees']);
  });

  test('a dataset page shows its chart; a programme page shows each goal with its target line', () => {
    expect(page('data/mentees').querySelector('figure img')?.getAttribute('src')).toBe(
      '/charts/mentees.svg',
    );
    const goalChart = page('programmes/mentoring').querySelector('figure img');
    expect(goalChart?.getAttribute('src')).toMatch(/^\/charts\/mentees--[0-9a-f]{10}\.svg$/);
    expect(goalChart?.getAttribute('alt')).toContain(
      'Target for 2025: 60 mentees (60 mentees complete the programme in 2025).',
    );
  });

  test('every figure linked to a dataset appears in the row it links to on that dataset page', () => {
    expect(figureLinks(outDir).length).toBeGreaterThanOrEqual(8);
    expect(unmatchedFigures(outDir)).toEqual([]);
  });

  test('quarterly data gets yearly totals that state the rule and never sum an incomplete year', () => {
    const html = page('data/waste-streams');
    expect(text(html.querySelector('#totals + p'))).toContain(
      'A longer period is the sum of the shorter periods inside it',
    );
    const row = (id: string) =>
      html.getElementById(id)?.querySelectorAll('th, td').map(text).join(' | ');
    expect(row('2024')).toBe('2024 | 1,620 kg | 450 kg | 480 kg | 2,550 kg');
    expect(row('2025')).toBe(
      '2025 | 1,645 kg | 460 kg | incomplete no data for Apr–Jun 2025 | incomplete Electronic waste: no data for Apr–Jun 2025',
    );
    expect(row('2026')).toBe(
      // Every cell is qualified alike: said once, beside the period.
      '2026 Jan–Sep 2026 only, provisional | 605 kg | 302 kg | 210 kg | 1,117 kg',
    );
    expect(row('2025-Q2')).toBe(
      'Q2 2025 | 415 kg | 118 kg | no data | incomplete no data for Electronic waste',
    );
  });

  test('a dataset with its observations in CSV shows them like any other', () => {
    const rows = page('data/volunteer-hours')
      .querySelectorAll('table tbody tr')
      .map((row) => row.querySelectorAll('th, td').map(text).filter(Boolean).join(' '));
    expect(rows).toEqual([
      '2023 820 hours',
      '2024 1,010.5 hours Includes the "open day", held twice',
      '2025 1,240 hours provisional',
    ]);
  });

  test('publishes nothing of a story’s people records, only the names its text prints', () => {
    // The fixture story records Andrei Pop (quoted) and a minor shown in a photo only, whose
    // name the story never prints; their consent forms have references found nowhere else.
    const secrets = [
      'fixture-consent-form-7731',
      'fixture-consent-form-7732',
      'Zsófia',
      'Kertész',
      '2025-05-19',
      '2025-05-18',
      '2028-05-31',
      'anonymised',
      'guardian',
    ];
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.(?:png|jpe?g|webp|avif|woff2?)$/.test(entry.name))
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));
    // Pages, feeds, the search index, JSON, JSON-LD, CSV, XML and SVG; the zip holds datasets only.
    expect(
      files.filter((file) => /\.(?:html|xml|json|jsonld|csv|svg|txt)$/.test(file)).length,
    ).toBeGreaterThan(40);
    for (const file of files) {
      const bytes = readFileSync(path.join(outDir, file));
      const contents = file.endsWith('.zip')
        ? Object.values(unzipSync(bytes)).map((entry) => strFromU8(entry))
        : [bytes.toString('utf8')];
      for (const content of contents)
        for (const secret of secrets)
          expect(content.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    expect(text(page('stories/first-jobs').querySelector('main'))).toContain('Andrei Pop');
  });
});
