import { describe, expect, test } from 'vitest';
import { resolveFigure } from '../../src/lib/figures.ts';
import { latestYearFigure } from '../../src/lib/figures-latest.ts';
import { goalProgress } from '../../src/lib/goals.ts';
import { makeDataset } from '../helpers/datasets.ts';

const dataset = makeDataset;

const quarterly = dataset({
  observations: [
    { period: '2024-Q3', value: 10 },
    { period: '2024-Q4', value: 20 },
    { period: '2025-Q1', value: 1 },
    { period: '2025-Q2', value: 2 },
    { period: '2025-Q3', value: 3, status: 'estimated' },
    { period: '2025-Q4', value: 4 },
    { period: '2026-Q1', value: 100, status: 'provisional' },
  ],
});

describe('key figures', () => {
  test('an exact period gives its value', () => {
    expect(resolveFigure(quarterly, { period: '2025-Q2' })).toMatchObject({
      ok: true,
      value: 2,
      status: 'measured',
    });
  });

  test('a year sums its quarters and carries the least certain status', () => {
    expect(resolveFigure(quarterly, { period: '2025' })).toMatchObject({
      ok: true,
      value: 10,
      status: 'estimated',
    });
  });

  test('mean and last aggregations', () => {
    const mean = dataset({ ...quarterly, measure: { ...quarterly.measure, aggregation: 'mean' } });
    const last = dataset({ ...quarterly, measure: { ...quarterly.measure, aggregation: 'last' } });
    expect(resolveFigure(mean, { period: '2025' })).toMatchObject({ value: 2.5 });
    expect(resolveFigure(last, { period: '2025' })).toMatchObject({ value: 4 });
  });

  test('series: one series, or the sum across series for summed measures', () => {
    const bySeries = dataset({
      series: [
        { id: 'cash', label: 'Cash' },
        { id: 'time', label: 'Time' },
      ],
      observations: [
        { series: 'cash', period: '2025', value: 5 },
        { series: 'time', period: '2025', value: 7 },
      ],
    });
    expect(resolveFigure(bySeries, { period: '2025', series: 'time' })).toMatchObject({ value: 7 });
    expect(resolveFigure(bySeries, { period: '2025' })).toMatchObject({ value: 12 });
    expect(resolveFigure(bySeries, { period: '2025', series: 'tme' })).toEqual({
      ok: false,
      reason: 'unknown series "tme": expected one of cash, time; did you mean "time"?',
    });
  });

  test('a period without data says which periods exist', () => {
    expect(resolveFigure(quarterly, { period: '2023' })).toEqual({
      ok: false,
      reason:
        'no value for period "2023"; the dataset has 2024-Q3, 2024-Q4, 2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4, 2026-Q1',
    });
  });

  test('the latest year is the last one covered to its end, never a partial one', () => {
    expect(latestYearFigure(quarterly)).toMatchObject({ period: '2025', figure: { value: 10 } });
  });

  test('goal progress compares the latest full year with the target, capped at 100%', () => {
    const goal = { label: '20 kg a year', dataset: 'd', target: 20, by: '2026-12-31' };
    expect(goalProgress(goal, quarterly)).toMatchObject({
      period: '2025',
      current: 10,
      percent: 50,
    });
    expect(goalProgress({ ...goal, target: 5 }, quarterly)).toMatchObject({ percent: 100 });
    expect(
      goalProgress(goal, dataset({ observations: [{ period: '2026-Q1', value: 1 }] })),
    ).toMatchObject({
      current: undefined,
    });
  });
});
