import { describe, expect, test } from 'vitest';
import { formatPeriod, periodDatetime, periodForm, periodRange } from '../../src/lib/periods.ts';
import { periodSchema } from '../../src/schemas/period.ts';

describe('periods', () => {
  test.each([
    ['2025', 'year', '2025-01-01', '2025-12-31'],
    ['2025-Q2', 'quarter', '2025-04-01', '2025-06-30'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2025-03-14', 'day', '2025-03-14', '2025-03-14'],
  ])('%s is a %s from %s to %s', (period, form, start, end) => {
    expect(periodRange(period)).toEqual({ form, start, end });
  });

  test('a fiscal year starts in the site’s fiscal month and needs it', () => {
    expect(periodRange('2024/25', 4)).toEqual({
      form: 'fiscalYear',
      start: '2024-04-01',
      end: '2025-03-31',
    });
    expect(periodRange('2024/25')).toBeUndefined();
  });

  test('2010-11 is November 2010, not a fiscal year', () => {
    expect(periodForm('2010-11')).toBe('month');
    expect(periodForm('2010/11')).toBe('fiscalYear');
  });

  test('periods read as people write them', () => {
    expect(['2025', '2025-Q2', '2025-03', '2025-03-04', '2024/25'].map(formatPeriod)).toEqual([
      '2025',
      'Q2 2025',
      'Mar 2025',
      '4 Mar 2025',
      'FY 2024/25',
    ]);
  });

  test('the schema refuses impossible periods', () => {
    for (const period of ['2025-Q0', '25', '2025-13', '2025-02-29', '2024/26', '2024-W01']) {
      expect(periodSchema.safeParse(period).success, period).toBe(false);
    }
    expect(periodSchema.safeParse('2024-02-29').success).toBe(true);
  });
});

test('only periods HTML can express get a datetime', () => {
  expect(['2025', '2025-03', '2025-03-14', '2025-Q1', '2024/25'].map(periodDatetime)).toEqual([
    '2025',
    '2025-03',
    '2025-03-14',
    undefined,
    undefined,
  ]);
});
