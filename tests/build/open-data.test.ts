// Builds the example site and checks its open data as a partner's tools would: the DCAT
// catalogue expands offline and its checksums and sizes are those of the built files; every data
// package validates against the Frictionless profiles and its Table Schema casts every row of the
// real CSV; the zip holds every file byte for byte.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Package } from 'datapackage';
import jsonld from 'jsonld';
import { parse } from 'node-html-parser';
import { Table } from 'tableschema';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSourceContent } from '../../src/lib/content/load.ts';
import { parseContent } from '../../src/lib/content/parse.ts';
import { formatFileSize } from '../../src/lib/exports/file-size.ts';
import { buildSite, type BuildRun } from '../helpers/build-site.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-open-data-'));
const outDir = path.join(workDir, 'dist');
const site = 'https://impact.example.com/';
let build: BuildRun;

beforeAll(() => {
  build = buildSite(path.resolve('content'), outDir);
}, 240_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * The rows of a table, cast by its schema. tableschema's own types say `read` returns the rows;
 * it returns a Promise of them.
 */
const readRows = (table: Table) =>
  table.read({ keyed: true, cast: true }) as unknown as Promise<Record<string, unknown>[]>;

const datasets = parseContent(loadSourceContent(path.resolve('content')).content).content.datasets;
const bytesOf = (file: string) => readFileSync(path.join(outDir, file));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The built file an absolute URL of the site names. */
const fileOf = (url: string) => {
  expect(url.startsWith(site), url).toBe(true);
  return url.slice(site.length);
};

const dcat = 'http://www.w3.org/ns/dcat#';
const dct = 'http://purl.org/dc/terms/';
const spdx = 'http://spdx.org/rdf/terms#';
const xsd = 'http://www.w3.org/2001/XMLSchema#';
/** A node or value of expanded JSON-LD: its `@id`, `@type`s or `@value`, and properties. */
interface Expanded {
  '@id'?: string;
  '@type'?: string | string[];
  '@value'?: unknown;
  [property: string]: unknown;
}
/** The nodes or values of `property` of an expanded node. */
const values = (node: Expanded, property: string) => (node[property] ?? []) as Expanded[];
const value = (node: Expanded, property: string) => values(node, property)[0];

/** The catalogue expanded by jsonld.js without any network: every term must be defined inline. */
async function expandedCatalog(): Promise<Expanded> {
  const document = JSON.parse(bytesOf('data/catalog.jsonld').toString('utf8')) as object;
  const expanded = await jsonld.expand(document, {
    documentLoader: (url: string) => Promise.reject(new Error(`no network in tests: ${url}`)),
  });
  expect(expanded).toHaveLength(1);
  return expanded[0] as Expanded;
}

/** Every entry of a zip file, read by yauzl (an implementation independent of fflate). */
function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) {
        reject(error);
        return;
      }
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            reject(streamError);
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('the open data of the example site', () => {
  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('the DCAT catalogue expands offline into a catalogue of every dataset with its properties', async () => {
    const catalog = await expandedCatalog();
    expect(catalog['@type']).toEqual([`${dcat}Catalog`]);
    expect(catalog['@id']).toBe(`${site}data/catalog.jsonld`);
    expect(value(catalog, `${dct}title`)?.['@value']).toBe('Someș Contact Center: open data');
    const publisher = value(catalog, `${dct}publisher`) as Expanded;
    expect(publisher['@type']).toEqual(['http://xmlns.com/foaf/0.1/Organization']);
    expect(value(publisher, 'http://xmlns.com/foaf/0.1/name')?.['@value']).toBe(
      'Someș Contact Center S.R.L.',
    );
    const contact = value(catalog, `${dcat}contactPoint`) as Expanded;
    expect(value(contact, 'http://www.w3.org/2006/vcard/ns#hasEmail')?.['@id']).toBe(
      'mailto:impact@example.com',
    );
    expect(value(catalog, `${dct}license`)?.['@id']).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(value(catalog, 'http://xmlns.com/foaf/0.1/homepage')?.['@id']).toBe(site);
    expect(value(catalog, `${dct}modified`)).toEqual({
      '@value': datasets
        .map(({ data }) => data?.modified)
        .sort()
        .at(-1),
      '@type': `${xsd}date`,
    });

    const entries = values(catalog, `${dcat}dataset`);
    expect(entries.map((entry) => value(entry, `${dct}identifier`)?.['@value']).sort()).toEqual(
      datasets.map(({ id }) => id).sort(),
    );
    for (const entry of entries) {
      const id = String(value(entry, `${dct}identifier`)?.['@value']);
      const data = datasets.find((dataset) => dataset.id === id)?.data;
      expect(entry['@type'], id).toEqual([`${dcat}Dataset`]);
      expect(value(entry, `${dct}title`)?.['@value'], id).toBe(data?.title);
      expect(value(entry, `${dct}description`)?.['@value'], id).toBe(data?.description);
      expect(values(entry, `${dcat}keyword`).length, id).toBeGreaterThan(1);
      expect(value(entry, `${dcat}landingPage`)?.['@id'], id).toBe(`${site}data/${id}/`);
      expect(value(entry, `${dct}issued`), id).toEqual({
        '@value': data?.issued,
        '@type': `${xsd}date`,
      });
      expect(value(entry, `${dct}modified`)?.['@value'], id).toBe(data?.modified);
      expect(value(entry, `${dct}publisher`), id).toBeDefined();
      expect(value(entry, `${dct}license`)?.['@id'], id).toMatch(/^https:\/\//);
      // The pillar's EU data theme, and one theme per SDG target the dataset maps to.
      const themes = values(entry, `${dcat}theme`).map((theme) => theme['@id']);
      expect(themes[0], id).toMatch(
        /^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/(EDUC|HEAL|ENVI|SOCI)$/,
      );
      expect(themes.slice(1), id).toEqual(
        (data?.frameworks?.sdgTargets ?? []).map(
          (target) => `http://metadata.un.org/sdg/${target}`,
        ),
      );
      const temporal = value(entry, `${dct}temporal`) as Expanded;
      expect(temporal['@type'], id).toEqual([`${dct}PeriodOfTime`]);
      expect(value(temporal, `${dcat}startDate`)?.['@type'], id).toBe(`${xsd}date`);
      expect(String(value(temporal, `${dcat}startDate`)?.['@value']), id).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
      expect(
        String(value(temporal, `${dcat}endDate`)?.['@value']) >
          String(value(temporal, `${dcat}startDate`)?.['@value']),
        id,
      ).toBe(true);
      const distributions = values(entry, `${dcat}distribution`);
      expect(
        distributions.map((distribution) => value(distribution, `${dcat}downloadURL`)?.['@id']),
        id,
      ).toEqual([
        `${site}data/${id}.csv`,
        `${site}data/${id}.json`,
        `${site}data/${id}/datapackage.json`,
      ]);
      expect(
        distributions.map((distribution) => value(distribution, `${dcat}mediaType`)?.['@id']),
        id,
      ).toEqual([
        'http://www.iana.org/assignments/media-types/text/csv',
        'http://www.iana.org/assignments/media-types/application/json',
        'http://www.iana.org/assignments/media-types/application/json',
      ]);
      expect(
        distributions.map((distribution) => value(distribution, `${dct}format`)?.['@id']),
        id,
      ).toEqual(
        ['CSV', 'JSON', 'JSON'].map(
          (code) => `http://publications.europa.eu/resource/authority/file-type/${code}`,
        ),
      );
      for (const distribution of distributions) {
        expect(distribution['@type']).toEqual([`${dcat}Distribution`]);
        expect(value(distribution, `${dct}license`)?.['@id']).toBe(
          value(entry, `${dct}license`)?.['@id'],
        );
        expect(value(distribution, `${dcat}byteSize`)?.['@type']).toBe(`${xsd}nonNegativeInteger`);
        const checksum = value(distribution, `${spdx}checksum`) as Expanded;
        expect(value(checksum, `${spdx}algorithm`)?.['@id']).toBe(
          `${spdx}checksumAlgorithm_sha256`,
        );
      }
    }
  });

  test('every checksum and byte size of the catalogue is that of the file the site serves', async () => {
    const distributions = values(await expandedCatalog(), `${dcat}dataset`).flatMap((entry) =>
      values(entry, `${dcat}distribution`),
    );
    expect(distributions).toHaveLength(datasets.length * 3);
    for (const distribution of distributions) {
      const url = String(value(distribution, `${dcat}downloadURL`)?.['@id']);
      const bytes = bytesOf(fileOf(url));
      const checksum = value(distribution, `${spdx}checksum`) as Expanded;
      expect(value(checksum, `${spdx}checksumValue`)?.['@value'], url).toBe(sha256(bytes));
      expect(Number(value(distribution, `${dcat}byteSize`)?.['@value']), url).toBe(bytes.length);
    }
  });

  test('every data package is valid against the Frictionless profiles and describes its CSV exactly', async () => {
    for (const { id, data } of datasets) {
      const descriptor = JSON.parse(bytesOf(`data/${id}/datapackage.json`).toString('utf8')) as {
        name: string;
        resources: { path: string; bytes: number; hash: string; schema: object }[];
      };
      const dataPackage = await Package.load(descriptor, { strict: false });
      expect(dataPackage.errors.map(String), id).toEqual([]);
      expect(dataPackage.valid, id).toBe(true);
      // Strict loading throws on the first profile error.
      await expect(Package.load(descriptor, { strict: true }), id).resolves.toBeDefined();
      expect(dataPackage.descriptor['profile'], id).toBe('tabular-data-package');
      expect(descriptor.name).toBe(id);
      // The profile check can fail: a name with capitals and spaces is not a package name.
      expect((await Package.load({ ...descriptor, name: 'Not a name' })).valid, id).toBe(false);

      const [resource] = descriptor.resources;
      expect(resource?.path, id).toBe(`${site}data/${id}.csv`);
      const csv = bytesOf(fileOf(resource?.path ?? ''));
      expect(resource?.bytes, id).toBe(csv.length);
      expect(resource?.hash, id).toBe(`sha256:${sha256(csv)}`);
      // The built CSV read by tableschema.js (what datapackage.js reads resources with) and cast
      // by the package's Table Schema: types, constraints, enums and the primary key hold for
      // every row. Its csv-parse skips the byte order mark only when asked (`bom`).
      const table = await Table.load(path.join(outDir, 'data', `${id}.csv`), {
        schema: resource?.schema ?? {},
        bom: true,
        delimiter: ',',
      });
      const rows = await readRows(table);
      expect(
        rows.map((row) => [row['series_id'], row['period'], row['value'], row['status']]),
        id,
      ).toEqual(data?.observations.map((o) => [o.series ?? null, o.period, o.value, o.status]));
      for (const row of rows) expect(row['period_start'], id).toBeInstanceOf(Date);
    }
  });

  test('a Table Schema refuses a CSV it does not describe (a repeated key, an unknown status, a date written otherwise)', async () => {
    const descriptor = JSON.parse(bytesOf('data/recycling/datapackage.json').toString('utf8')) as {
      resources: { schema: object }[];
    };
    const schema = descriptor.resources[0]?.schema ?? {};
    const csv = bytesOf('data/recycling.csv').toString('utf8');
    const lines = csv.split('\r\n');
    /** What tableschema.js says reading `text` with the schema: its error and the row errors. */
    const problems = async (text: string): Promise<string> => {
      const file = path.join(workDir, 'broken.csv');
      writeFileSync(file, text);
      const table = await Table.load(file, { schema, bom: true, delimiter: ',' });
      try {
        await readRows(table);
        return '';
      } catch (error) {
        const { message, errors = [] } = error as Error & { errors?: Error[] };
        return [message, ...errors.map((inner) => inner.message)].join('\n');
      }
    };
    expect(await problems(csv)).toBe('');
    expect(
      await problems([...lines.slice(0, 3), lines[2], ...lines.slice(3)].join('\r\n')),
    ).toMatch(/unique constraint violation in column "series_id, period"/);
    expect(await problems(csv.replace(',measured', ',guessed'))).toMatch(/enum/i);
    expect(await problems(csv.replace(',2023-03-31,', ',31/03/2023,'))).toMatch(/date/i);
  });

  test('the zip holds every dataset file, the catalogue and a README, byte for byte as served', async () => {
    const entries = await unzip(path.join(outDir, 'data', 'all.zip'));
    expect([...entries.keys()].sort()).toEqual(
      [
        'README.txt',
        'data/catalog.jsonld',
        ...datasets.flatMap(({ id }) => [
          `data/${id}.csv`,
          `data/${id}.json`,
          `data/${id}/datapackage.json`,
        ]),
      ].sort(),
    );
    for (const [name, bytes] of entries) {
      if (name === 'README.txt') continue;
      expect(sha256(bytes), name).toBe(sha256(bytesOf(name)));
    }
    const readme = entries.get('README.txt')?.toString('utf8') ?? '';
    expect(readme).toContain('Creative Commons Attribution 4.0');
    expect(readme).toContain('Someș Contact Center S.R.L.');
    expect(readme).toContain('sha256sum data/');
    expect(readme).toContain(`${site}data/catalog.jsonld`);
  });

  test('the dataset page links its data package, and the catalogue page the zip and the catalogue, with their sizes', () => {
    const kB = (file: string) => formatFileSize(bytesOf(file).length, 'en-GB');
    const linkText = (html: string, href: string) => {
      const link = parse(html)
        .querySelectorAll('a[download]')
        .find((element) => element.getAttribute('href') === href);
      return link?.parentNode?.textContent.replace(/\s+/g, ' ') ?? '';
    };
    const dataset = bytesOf('data/recycling/index.html').toString('utf8');
    expect(linkText(dataset, '/data/recycling/datapackage.json')).toContain(
      kB('data/recycling/datapackage.json'),
    );
    const catalogue = bytesOf('data/index.html').toString('utf8');
    expect(linkText(catalogue, '/data/all.zip')).toContain(kB('data/all.zip'));
    expect(linkText(catalogue, '/data/catalog.jsonld')).toContain(kB('data/catalog.jsonld'));
    // The zip's own checksum is on the page (the catalogue inside it cannot vouch for it).
    expect(parse(catalogue).querySelector('[data-sha256]')?.textContent).toBe(
      createHash('sha256').update(bytesOf('data/all.zip')).digest('hex'),
    );
    expect(parse(catalogue).querySelector('#all-the-data')?.textContent).toBe('All the data');
  });
});
