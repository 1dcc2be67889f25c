// The open-data files beyond one dataset's CSV and JSON: its Frictionless data package, the
// catalogue's coverage dates, and the zip of everything, which must not change when nothing did.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Package } from 'datapackage';
import { Table } from 'tableschema';
import yauzl from 'yauzl';
import { afterAll, describe, expect, test } from 'vitest';
import { dataArchive } from '../../src/lib/exports/data-archive.ts';
import { dataPackage, type DataPackageContext } from '../../src/lib/exports/data-package.ts';
import { datasetCsv } from '../../src/lib/exports/dataset-csv.ts';
import { temporalCoverage } from '../../src/lib/exports/dcat-catalog.ts';
import { fileDigest } from '../../src/lib/exports/file-digest.ts';
import { datasetKeywords } from '../../src/lib/exports/keywords.ts';
import { periodPatterns } from '../../src/schemas/period.ts';
import { investmentMeasure, makeDataset, wasteMeasure } from '../helpers/datasets.ts';

/**
 * The rows of a table, cast by its schema. tableschema's own types say `read` returns the rows;
 * it returns a Promise of them.
 */
const readRows = (table: Table) =>
  table.read({ keyed: true, cast: true }) as unknown as Promise<Record<string, unknown>[]>;

const workDir = mkdtempSync(path.join(tmpdir(), 'impact-ledger-open-data-unit-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The context a build gives `dataPackage`, for the CSV `csv`. */
const context = (id: string, csv: string): DataPackageContext => ({
  urls: {
    page: `https://example.org/data/${id}/`,
    csv: `https://example.org/data/${id}.csv`,
    datapackage: `https://example.org/data/${id}/datapackage.json`,
  },
  csv: fileDigest(csv),
  licence: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  publisher: { name: 'Example S.R.L.', email: 'a@example.org', homepage: 'https://example.org/' },
  keywords: ['Community'],
});

/** Rows of `csv` as tableschema.js casts them with `schema`. */
async function castRows(csv: string, schema: object) {
  const file = path.join(workDir, 'rows.csv');
  writeFileSync(file, csv);
  const table = await Table.load(file, { schema, bom: true, delimiter: ',' });
  return readRows(table);
}

describe('data package', () => {
  test('a single-series dataset in a currency, by fiscal year: key on the period, unit its code', async () => {
    const dataset = makeDataset({
      measure: investmentMeasure,
      observations: [
        { period: '2023/24', value: 120000.5 },
        { period: '2024/25', value: 98000, status: 'estimated' },
      ],
    });
    const csv = datasetCsv('giving', dataset, { fiscalYearStartMonth: 4 });
    const descriptor = dataPackage('giving', dataset, context('giving', csv));
    const [resource] = descriptor.resources;
    expect(resource.schema.primaryKey).toEqual(['period']);
    expect(resource.schema.fields.find((field) => field.name === 'unit')?.constraints).toEqual({
      required: true,
      enum: ['RON'],
    });
    expect(resource.schema.fields.find((field) => field.name === 'value')?.unit).toBe('RON');
    expect(resource.hash).toBe(`sha256:${fileDigest(csv).sha256}`);
    expect(descriptor.created).toBe('2025-01-01T00:00:00Z');
    expect((await Package.load(descriptor)).errors).toEqual([]);
    const rows = await castRows(csv, resource.schema);
    expect(
      rows.map((row) => [row['series_id'], row['period'], row['value'], row['status']]),
    ).toEqual([
      [null, '2023/24', 120000.5, 'measured'],
      [null, '2024/25', 98000, 'estimated'],
    ]);
    expect(rows[0]?.['period_start']).toEqual(new Date(2023, 3, 1));
  });

  test('series: every series id in the enum, and the key is series and period', async () => {
    const dataset = makeDataset({
      measure: wasteMeasure,
      series: [
        { id: 'paper', label: 'Paper' },
        { id: 'glass', label: 'Glass' },
      ],
      observations: [
        { series: 'paper', period: '2025-Q1', value: 1 },
        { series: 'glass', period: '2025-Q1', value: 2 },
      ],
    });
    const csv = datasetCsv('waste', dataset);
    const [resource] = dataPackage('waste', dataset, context('waste', csv)).resources;
    expect(resource.schema.primaryKey).toEqual(['series_id', 'period']);
    expect(resource.schema.fields.find((field) => field.name === 'series_id')?.constraints).toEqual(
      { required: true, enum: ['paper', 'glass'] },
    );
    expect(await castRows(csv, resource.schema)).toHaveLength(2);
    // A row of a series the package does not list is refused.
    await expect(castRows(csv.replace('glass,', 'metal,'), resource.schema)).rejects.toThrow();
  });

  test('the period pattern takes every period form, whole, and nothing else', () => {
    const dataset = makeDataset({ observations: [{ period: '2025', value: 1 }] });
    const field = dataPackage('x', dataset, context('x', '')).resources[0].schema.fields.find(
      ({ name }) => name === 'period',
    );
    // Table Schema patterns match the whole value (XML Schema), as ^(?:…)$ does in JavaScript.
    const whole = new RegExp(`^(?:${field?.constraints?.pattern ?? ''})$`);
    for (const period of ['2025', '2025-Q4', '2025-03', '2025-03-14', '2024/25']) {
      expect(whole.test(period), period).toBe(true);
    }
    for (const period of ['2025-Q5', '2025-13', '25', '2025-03-14x']) {
      expect(whole.test(period), period).toBe(false);
    }
    expect(Object.keys(periodPatterns)).toHaveLength(5);
  });
});

describe('catalogue metadata', () => {
  test('temporal coverage runs from the earliest first day to the latest last day', () => {
    const dataset = makeDataset({
      observations: [
        { period: '2024', value: 1 },
        { period: '2025-Q1', value: 1 },
        { period: '2023-12', value: 1 },
      ],
    });
    expect(temporalCoverage(dataset)).toEqual({ start: '2023-12-01', end: '2025-03-31' });
    const fiscal = makeDataset({ observations: [{ period: '2024/25', value: 1 }] });
    expect(temporalCoverage(fiscal, 7)).toEqual({ start: '2024-07-01', end: '2025-06-30' });
    expect(temporalCoverage(fiscal)).toBeUndefined();
  });

  test('keywords: pillar, programme, measure, series, SDG targets and GRI disclosures, once each', () => {
    const dataset = makeDataset({
      measure: wasteMeasure,
      series: [{ id: 'paper', label: 'Paper' }],
      observations: [{ series: 'paper', period: '2025', value: 1 }],
      frameworks: { sdgTargets: ['12.5'], gri: ['306-4'] },
    });
    expect(datasetKeywords(dataset, { name: 'Paper', pillar: 'environment' })).toEqual([
      'Environment',
      'Paper',
      'Waste sent for recycling',
      'SDG 12.5',
      'GRI 306-4',
    ]);
  });
});

/** Name and modification date of every entry of a zip, as yauzl reads them. */
function entries(zip: Uint8Array): Promise<{ name: string; modified: Date }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(zip), { lazyEntries: true }, (error, file) => {
      if (error) {
        reject(error);
        return;
      }
      const found: { name: string; modified: Date }[] = [];
      file.on('entry', (entry: yauzl.Entry) => {
        found.push({ name: entry.fileName, modified: entry.getLastModDate() });
        file.readEntry();
      });
      file.on('end', () => resolve(found));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

describe('data archive', () => {
  const files = [
    { path: 'data/b.csv', content: 'b,ș\r\n' },
    { path: 'README.txt', content: 'read me' },
    { path: 'data/a.json', content: new Uint8Array([123, 125]) },
  ];

  test('entries sorted by path, each dated the given day', async () => {
    const zip = dataArchive(files, '2026-10-15');
    const found = await entries(zip);
    expect(found.map(({ name }) => name)).toEqual(['README.txt', 'data/a.json', 'data/b.csv']);
    // yauzl reads the zip's local date and time as local time, as fflate wrote it.
    for (const { modified } of found) expect(modified).toEqual(new Date(2026, 9, 15));
  });

  test('the same files give the same bytes, in any order and any time zone', () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'UTC';
      const utc = dataArchive(files, '2026-10-15');
      process.env['TZ'] = 'Pacific/Kiritimati';
      const later = dataArchive([...files].reverse(), '2026-10-15');
      expect(Buffer.from(later).equals(Buffer.from(utc))).toBe(true);
      expect(Buffer.from(dataArchive(files, '2026-10-16')).equals(Buffer.from(utc))).toBe(false);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  test('a path given twice is refused', () => {
    expect(() =>
      dataArchive([...files, { path: 'README.txt', content: '' }], '2026-10-15'),
    ).toThrow('dataArchive: "README.txt" is given twice');
  });
});
