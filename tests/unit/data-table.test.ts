// Dataset tables: one row per period, one column per series, totals only when complete.
import { describe, expect, test } from 'vitest';
import {
  observationTable,
  periodTable,
  totalPeriods,
  type DataTable,
} from '../../src/lib/data-table.ts';
import { makeDataset, wasteMeasure } from '../helpers/datasets.ts';

const waste = makeDataset({
  measure: wasteMeasure,
  series: [
    { id: 'paper', label: 'Paper' },
    { id: 'e-waste', label: 'Electronic waste' },
  ],
  observations: [
    { series: 'paper', period: '2025-Q3', value: 400 },
    { series: 'e-waste', period: '2025-Q3', value: 60, note: 'One collection day.' },
    { series: 'paper', period: '2025-Q4', value: 420 },
    { series: 'paper', period: '2026-Q1', value: 200 },
    { series: 'e-waste', period: '2026-Q1', value: 50, status: 'provisional' },
  ],
  restatements: [
    {
      date: '2026-01-10',
      period: '2025-Q3',
      series: 'paper',
      previousValue: 380,
      reason: 'late-data',
      explanation: 'A late slip.',
    },
  ],
});

/** Each row as "period: cell | cell | … (notes)", the way a reader scans it. */
const lines = (table: DataTable) => [
  ['Period', ...table.columns.map((column) => column.label)].join(' | '),
  ...table.rows.map((row) =>
    [
      row.periodLabel,
      ...(row.remark === undefined ? [] : [`(all: ${row.remark})`]),
      ...row.cells.map((cell) => [cell.text, cell.remark, cell.missing].filter(Boolean).join(', ')),
      ...row.notes,
      ...row.restatements.map(({ text, anchor }) => `${text} (#${anchor})`),
    ].join(' | '),
  ),
];

describe('data tables', () => {
  test('one row per period, one column per series, a total only where every series has a value', () => {
    expect(lines(observationTable(waste, { locale: 'en' }))).toEqual([
      'Period | Paper | Electronic waste | Total',
      'Q3 2025 | 400 kg, restated | 60 kg | 460 kg, restated | Electronic waste: One collection day. | Paper: restated; previously 380 kg. (#restated-paper-2025-q3-2026-01-10)',
      'Q4 2025 | 420 kg | no data | incomplete, no data for Electronic waste',
      'Q1 2026 | 200 kg | 50 kg, provisional | 250 kg, provisional',
    ]);
  });

  test('some series only: no total, since a total of some parts is not the total', () => {
    expect(lines(observationTable(waste, { locale: 'en', series: ['paper'] }))[0]).toBe(
      'Period | Paper',
    );
  });

  test('series that do not add up get no total column', () => {
    const apart = makeDataset({ ...waste, measure: { ...waste.measure, seriesAddUp: false } });
    expect(lines(observationTable(apart, { locale: 'en' }))[0]).toBe(
      'Period | Paper | Electronic waste',
    );
  });

  test('yearly totals of quarterly data: incomplete years say why, a year in progress what it covers', () => {
    const periods = totalPeriods(waste, ['2026-Q1', '2025']);
    expect(periods).toEqual(['2025', '2026']);
    expect(lines(periodTable(waste, periods, { locale: 'en' }))).toEqual([
      'Period | Paper | Electronic waste | Total',
      // The restated quarter inside the year is named, and linked to its history entry.
      '2025 | 820 kg, Jul–Dec 2025 only, restated | 60 kg, Q3 2025 only | incomplete, the series cover different periods | Q3 2025, Paper: restated; previously 380 kg. (#restated-paper-2025-q3-2026-01-10)',
      '2026 | 200 kg, Q1 2026 only | 50 kg, Q1 2026 only, provisional | 250 kg, Q1 2026 only, provisional',
    ]);
  });

  test('a note or remark shared by every series is said once for the row', () => {
    const note = 'Weighed on site.';
    const provisional = makeDataset({
      measure: wasteMeasure,
      series: [
        { id: 'paper', label: 'Paper' },
        { id: 'glass', label: 'Glass' },
        { id: 'e-waste', label: 'Electronic waste' },
      ],
      observations: [
        ...['paper', 'glass', 'e-waste'].map((series) => ({
          series,
          period: '2026-Q3',
          value: 10,
          status: 'provisional',
          note,
        })),
        { series: 'paper', period: '2026-Q4', value: 1, note: 'Late.' },
        { series: 'glass', period: '2026-Q4', value: 1, note: 'Late.' },
        { series: 'e-waste', period: '2026-Q4', value: 1, note: 'Scale fixed.' },
      ],
    });
    expect(lines(observationTable(provisional, { locale: 'en' }))).toMatchInlineSnapshot(`
      [
        "Period | Paper | Glass | Electronic waste | Total",
        "Q3 2026 | (all: provisional) | 10 kg | 10 kg | 10 kg | 30 kg | Weighed on site.",
        "Q4 2026 | 1 kg | 1 kg | 1 kg | 3 kg | Paper and Glass: Late. | Electronic waste: Scale fixed.",
      ]
    `);
    expect(
      lines(
        periodTable(provisional, ['2026-Q3'].concat(totalPeriods(provisional, [])), {
          locale: 'en',
        }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "Period | Paper | Glass | Electronic waste | Total",
        "Q3 2026 | (all: provisional) | 10 kg | 10 kg | 10 kg | 30 kg | Weighed on site.",
        "2026 | (all: Jul–Dec 2026 only, provisional) | 11 kg | 11 kg | 11 kg | 33 kg",
      ]
    `);
  });

  test('periods a figure quotes get a row even when they are not years', () => {
    expect(totalPeriods(waste, ['2025/26'], 7)).toEqual(['2025', '2025/26', '2026']);
  });
});
