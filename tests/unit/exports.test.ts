// The dataset downloads as files: tidy CSV by RFC 4180 that Excel opens as UTF-8, and JSON with
// provenance; sizes as readers read them.
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { datasetCsv } from '../../src/lib/exports/dataset-csv.ts';
import { datasetJson } from '../../src/lib/exports/dataset-json.ts';
import { formatFileSize } from '../../src/lib/exports/file-size.ts';
import { investmentMeasure, makeDataset, wasteMeasure } from '../helpers/datasets.ts';

describe('dataset CSV', () => {
  const dataset = makeDataset({
    measure: { ...wasteMeasure, unit: { label: 'kg, "net"', kind: 'mass' } },
    series: [{ id: 'paper', label: 'Hârtie și carton' }],
    observations: [
      { series: 'paper', period: '2025-Q1', value: 1534.5 },
      { series: 'paper', period: '2025-Q2', value: 12, status: 'provisional' },
    ],
  });

  test('a header, one CRLF row per observation, quoted where RFC 4180 needs it, after a BOM', () => {
    const csv = datasetCsv('waste', dataset);
    // Snapshots normalise line ends: every line must end in CRLF.
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(csv).toMatchInlineSnapshot(`
      "﻿dataset_id,series_id,period,period_start,period_end,value,unit,status
      waste,paper,2025-Q1,2025-01-01,2025-03-31,1534.5,"kg, ""net""",measured
      waste,paper,2025-Q2,2025-04-01,2025-06-30,12,"kg, ""net""",provisional
      "
    `);
  });

  test('an independent parser reads back every value exactly', () => {
    const rows: Record<string, string>[] = parse(datasetCsv('waste', dataset), {
      bom: true,
      columns: true,
    });
    expect(rows.map((row) => [row['unit'], Number(row['value'])])).toEqual([
      ['kg, "net"', 1534.5],
      ['kg, "net"', 12],
    ]);
  });

  test('money is in its currency code; fiscal years span their months', () => {
    const money = makeDataset({
      measure: investmentMeasure,
      observations: [{ period: '2024/25', value: 90000 }],
    });
    const [, row] = datasetCsv('investment', money, { fiscalYearStartMonth: 7 }).split('\r\n');
    expect(row).toBe('investment,,2024/25,2024-07-01,2025-06-30,90000,RON,measured');
  });
});

describe('dataset JSON', () => {
  test('the validated dataset with its provenance, the same bytes every time', () => {
    const dataset = makeDataset({ observations: [{ period: '2025', value: 3 }] });
    const site = {
      legalName: 'Someș Contact Center S.R.L.',
      contactEmail: 'impact@example.com',
      license: 'CC-BY-4.0',
      pageUrl: 'https://impact.example.com/data/x/',
    };
    const text = datasetJson('x', dataset, site);
    expect(text).toBe(datasetJson('x', dataset, site));
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text) as { provenance: unknown; dataset: unknown };
    expect(json.dataset).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(json.provenance).toEqual({
      publisher: { name: 'Someș Contact Center S.R.L.', email: 'impact@example.com' },
      page: 'https://impact.example.com/data/x/',
      license: dataset.license ?? 'CC-BY-4.0',
      version: dataset.modified,
      issued: dataset.issued,
      modified: dataset.modified,
    });
  });
});

test('file sizes in decimal units, in the locale', () => {
  expect(formatFileSize(840, 'en-GB')).toBe('840 bytes');
  expect(formatFileSize(3214, 'en-GB')).toBe('3.2 kB');
  expect(formatFileSize(1_400_000, 'ro')).toBe('1,4 MB');
});
