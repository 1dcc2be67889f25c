// Builds the example site and checks what partners and search engines read about each dataset:
// the schema.org Dataset JSON-LD of its page (as Google's Dataset structured data requires),
// "Cite this dataset" (agreeing with the JSON download's provenance), and the downloads of every
// dataset on each partner's page.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSourceContent } from '../../src/lib/content/load.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { partnerActivity } from '../../src/lib/partner-activity.ts';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-metadata-'));
const outDir = path.join(workDir, 'dist');
let build: BuildRun;

beforeAll(() => {
  build = buildSite(path.resolve('content'), outDir);
}, 240_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const { content } = parseContent(loadSourceContent(path.resolve('content')).content);
const withData = <Entry extends { id: string; data?: unknown }>(entries: Entry[]) =>
  entries.flatMap((entry) =>
    entry.data === undefined ? [] : [entry as Entry & { data: NonNullable<Entry['data']> }],
  );
const datasets = withData(content.datasets);
const siteUrl = content.site?.url ?? '';
// `<pre>` parsed as elements, so the `<code>` inside it can be found.
const page = (route: string) =>
  parse(readFileSync(path.join(outDir, route, 'index.html'), 'utf8'), {
    blockTextElements: { script: true, style: true },
  });
const text = (element: HTMLElement | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The built file a same-site absolute URL or root-relative path is served from. */
const builtFile = (url: string) => {
  const { pathname } = new URL(url, siteUrl);
  return path.join(
    outDir,
    decodeURIComponent(pathname),
    pathname.endsWith('/') ? 'index.html' : '',
  );
};

/** Resolves the schema.org context offline: every term is a schema.org IRI. */
const documentLoader = (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`unexpected context ${url}`);
  return Promise.resolve({
    contextUrl: undefined,
    documentUrl: url,
    document: { '@context': { '@vocab': 'https://schema.org/' } },
  });
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const absoluteHttps = (value: unknown) =>
  typeof value === 'string' && URL.canParse(value) && new URL(value).protocol === 'https:';

describe('dataset pages for search engines and citations', () => {
  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test("every dataset page has one schema.org Dataset in JSON-LD with Google's required and recommended properties", async () => {
    expect(datasets.length).toBeGreaterThanOrEqual(10);
    for (const { id, data } of datasets) {
      const scripts = page(`data/${id}`).querySelectorAll('script[type="application/ld+json"]');
      expect(scripts, id).toHaveLength(1);
      const raw = scripts[0]?.textContent ?? '';
      // Nothing in the data can end the element early.
      expect(raw, id).not.toContain('<');
      const ld = JSON.parse(raw) as Record<string, unknown>;
      const pageUrl = new URL(`/data/${id}/`, siteUrl).href;
      expect(ld, id).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        name: data.title,
        description: data.description,
        url: pageUrl,
        identifier: pageUrl,
        version: data.modified,
        datePublished: data.issued,
        dateModified: data.modified,
        isAccessibleForFree: true,
        creator: {
          '@type': 'Organization',
          name: content.site?.legalName,
          contactPoint: { '@type': 'ContactPoint', email: content.site?.contactEmail },
        },
        includedInDataCatalog: { '@type': 'DataCatalog' },
      });
      const description = ld['description'] as string;
      expect(description.length, id).toBeGreaterThanOrEqual(50);
      expect(description.length, id).toBeLessThanOrEqual(5000);
      expect(absoluteHttps(ld['license']), id).toBe(true);
      // An ISO 8601 interval of two dates, in order.
      const [start = '', end = ''] = String(ld['temporalCoverage']).split('/');
      expect([start, end].every((day) => isoDate.test(day)) && start <= end, id).toBe(true);
      const variables = ld['variableMeasured'] as Record<string, unknown>[];
      expect(variables.length, id).toBe(data.series?.length ?? 1);
      for (const variable of variables) {
        expect(variable['@type'], id).toBe('PropertyValue');
        expect(variable['name'], id).toEqual(expect.any(String));
        expect(variable['unitText'], id).toEqual(expect.any(String));
      }
      expect((ld['keywords'] as string[]).length, id).toBeGreaterThan(0);
      const distribution = ld['distribution'] as Record<string, unknown>[];
      expect(
        distribution.map((file) => file['encodingFormat']),
        id,
      ).toEqual(['text/csv', 'application/json', 'application/json']);
      expect(
        distribution.every((file) => absoluteHttps(file['contentUrl'])),
        id,
      ).toBe(true);
      // Every distribution is a file of this build, the data package included.
      for (const file of distribution)
        expect(existsSync(builtFile(String(file['contentUrl']))), id).toBe(true);
      const catalog = ld['includedInDataCatalog'] as Record<string, unknown>;
      expect(existsSync(builtFile(String(catalog['url']))), id).toBe(true);

      // A JSON-LD processor reads it as schema.org terms, none dropped as unknown.
      const [expanded] = await jsonld.expand(ld, { documentLoader });
      expect(expanded?.['@type'], id).toEqual(['https://schema.org/Dataset']);
      expect(Object.keys(expanded ?? {}).filter((key) => !key.startsWith('@')).length, id).toBe(
        Object.keys(ld).filter((key) => !key.startsWith('@')).length,
      );
      expect(expanded?.['https://schema.org/temporalCoverage'], id).toEqual([
        { '@value': ld['temporalCoverage'] },
      ]);
    }
  });

  test('"Cite this dataset" shows the citation, BibLaTeX and CSL-JSON, agreeing with the JSON download', () => {
    for (const { id, data } of datasets) {
      const html = page(`data/${id}`);
      const section = html.querySelector('section[aria-labelledby="cite-this-dataset"]');
      const { provenance } = JSON.parse(
        readFileSync(path.join(outDir, 'data', `${id}.json`), 'utf8'),
      ) as { provenance: { version: string; page: string; publisher: { name: string } } };
      const citation = text(section?.querySelector(`#citation-text-${id}`));
      expect(citation, id).toBe(
        `${provenance.publisher.name} (${data.modified.slice(0, 4)}). ${data.title} (Version ${provenance.version}) [Data set]. Retrieved [date you accessed it], from ${provenance.page}`,
      );
      const bibtex = section?.querySelector(`#citation-bibtex-${id}`)?.textContent ?? '';
      expect(bibtex, id).toMatch(/^@dataset\{[a-z0-9-]+-\d{4},\n/);
      expect(bibtex, id).toContain(`version = {${provenance.version}}`);
      expect(bibtex, id).toContain(`url = {${provenance.page}}`);
      const csl = JSON.parse(
        section?.querySelector(`#citation-csl-json-${id}`)?.textContent ?? '',
      ) as Record<string, unknown>[];
      expect(csl, id).toEqual([
        expect.objectContaining({
          type: 'dataset',
          title: data.title,
          version: provenance.version,
          URL: provenance.page,
        }),
      ]);
      // Copy buttons exist for the script to show, hidden without it.
      expect(section?.querySelectorAll('button[data-copy][hidden]').length, id).toBe(3);
    }
  });

  test('each partner page links every download of the datasets it shows, and the links resolve', () => {
    const partners = withData(content.partners).filter(({ data }) => data.consent?.published);
    expect(partners.length).toBeGreaterThan(0);
    let checked = 0;
    for (const partner of partners) {
      const activity = partnerActivity(partner.id, {
        programmes: withData(content.programmes),
        datasets,
        stories: withData(content.stories),
      });
      const shown = [...activity.results, ...activity.contributions, ...activity.context];
      const section = page(`partners/${partner.id}`).querySelector(
        'section[aria-labelledby="download-the-data"]',
      );
      if (shown.length === 0) {
        expect(section, partner.id).toBeNull();
        continue;
      }
      const links = (section?.querySelectorAll('a[download]') ?? []).map(
        (link) => link.getAttribute('href') ?? '',
      );
      const expected = shown.flatMap(({ id }) => [
        `/data/${id}.csv`,
        `/data/${id}.json`,
        `/data/${id}/datapackage.json`,
        `/charts/${id}.png`,
        `/charts/${id}.svg`,
      ]);
      expect(links, partner.id).toEqual(expected);
      for (const link of links) expect(existsSync(builtFile(link)), link).toBe(true);
      // Each dataset's title heads its files and links to its page.
      expect(
        section?.querySelectorAll('h3 a').map((link) => link.getAttribute('href')),
        partner.id,
      ).toEqual(shown.map(({ id }) => `/data/${id}/`));
      checked += shown.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
