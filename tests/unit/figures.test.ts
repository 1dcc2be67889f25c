// Figures computed from datasets: a total is only a total when it is complete.
import { describe, expect, test } from 'vitest';
import { formatDayRange } from '../../src/lib/figures/coverage.ts';
import { goalProgress } from '../../src/lib/figures/goals.ts';
import { headlineFigures, headlineValue, periodNote } from '../../src/lib/figures/headline.ts';
import { latestCompleteYear } from '../../src/lib/figures/latest.ts';
import { resolveFigure } from '../../src/lib/figures/resolve.ts';
import { periodContaining } from '../../src/lib/periods.ts';
import type { Dataset, Measure, Programme, ProgrammeGoal } from '../../src/schemas/index.ts';
import { investmentMeasure, makeDataset, wasteMeasure } from '../helpers/datasets.ts';

const dataset = makeDataset;
const today = '2026-11-28';
const parcels = (aggregation: 'sum' | 'mean' | 'last', observations: unknown[]) =>
  dataset({
    measure: {
      label: 'Food parcels',
      unit: { label: 'food parcels', kind: 'count' },
      aggregation,
    },
    observations,
  });

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

/** Paper + plastic + e-waste, parts of one whole; e-waste has no value for 2025. */
const waste = dataset({
  measure: wasteMeasure,
  series: [
    { id: 'paper', label: 'Paper' },
    { id: 'plastic', label: 'Plastic' },
    { id: 'e-waste', label: 'Electronic waste' },
  ],
  observations: [
    { series: 'paper', period: '2024', value: 1200 },
    { series: 'plastic', period: '2024', value: 450 },
    { series: 'e-waste', period: '2024', value: 480 },
    { series: 'paper', period: '2025', value: 1000 },
    { series: 'plastic', period: '2025', value: 450 },
  ],
});

describe('a figure for a period made of sub-periods', () => {
  test('an exact period gives its value', () => {
    expect(resolveFigure(quarterly, { period: '2025-Q2' })).toMatchObject({
      ok: true,
      value: 2,
      status: 'measured',
      coverage: undefined,
      periodLabel: 'Q2 2025',
    });
  });

  test('a complete year sums its quarters and carries the least certain status', () => {
    expect(resolveFigure(quarterly, { period: '2025' })).toMatchObject({
      ok: true,
      value: 10,
      status: 'estimated',
      coverage: undefined,
      periodLabel: '2025',
    });
  });

  test('mean and last aggregations of a complete year', () => {
    const mean = dataset({ ...quarterly, measure: { ...quarterly.measure, aggregation: 'mean' } });
    const last = dataset({ ...quarterly, measure: { ...quarterly.measure, aggregation: 'last' } });
    expect(resolveFigure(mean, { period: '2025' })).toMatchObject({ value: 2.5 });
    expect(resolveFigure(last, { period: '2025' })).toMatchObject({ value: 4 });
  });

  test('a year with a quarter missing in the middle is refused, never summed (Q1 + Q2 + Q4)', () => {
    const food = parcels('sum', [
      { period: '2024-Q1', value: 400 },
      { period: '2024-Q2', value: 450 },
      { period: '2024-Q4', value: 460 },
    ]);
    expect(resolveFigure(food, { period: '2024' })).toEqual({
      ok: false,
      reason:
        'no value for Jul–Sep 2024, so 2024 cannot be summed (the total of the other parts is not the total of 2024); add the missing values or choose a period with complete data',
      readerNote: 'no data for Jul–Sep 2024',
    });
  });

  test.each([
    [
      'a mean of months with a hole',
      'mean',
      ['2024-01', '2024-03'],
      '2024-Q1',
      'no data for Feb 2024',
    ],
    [
      'months of a year with two holes',
      'sum',
      ['2024-01', '2024-02', '2024-04', '2024-06'],
      '2024',
      'no data for Mar 2024, May 2024',
    ],
    [
      'a fiscal year with a quarter missing',
      'sum',
      ['2024-Q2', '2024-Q4', '2025-Q1'],
      '2024/25',
      'no data for Jul–Sep 2024',
    ],
  ])('%s is refused', (_, aggregation, periods, period, readerNote) => {
    const data = parcels(
      aggregation as 'sum' | 'mean',
      periods.map((p) => ({ period: p, value: 10 })),
    );
    expect(resolveFigure(data, { period }, 4)).toMatchObject({ ok: false, readerNote });
  });

  test('a year still in progress is a figure of what it covers, never the year', () => {
    const food = parcels('sum', [
      { period: '2026-Q1', value: 200 },
      { period: '2026-Q2', value: 205 },
      { period: '2026-Q3', value: 200, status: 'provisional' },
    ]);
    expect(resolveFigure(food, { period: '2026' })).toMatchObject({
      ok: true,
      value: 605,
      status: 'provisional',
      coverage: { start: '2026-01-01', end: '2026-09-30', label: 'Jan–Sep 2026' },
      periodLabel: 'Jan–Sep 2026',
    });
  });

  test('a year whose first quarter is missing says which months it covers', () => {
    const food = parcels('sum', [
      { period: '2024-Q2', value: 1 },
      { period: '2024-Q3', value: 1 },
      { period: '2024-Q4', value: 1 },
    ]);
    expect(resolveFigure(food, { period: '2024' })).toMatchObject({ periodLabel: 'Apr–Dec 2024' });
  });

  test('a stock (last) of a year in progress is its latest quarter, named as that quarter', () => {
    const mentors = parcels('last', [
      { period: '2026-Q1', value: 30 },
      { period: '2026-Q3', value: 34 },
    ]);
    expect(resolveFigure(mentors, { period: '2026' })).toMatchObject({
      value: 34,
      periodLabel: 'Q3 2026',
      coverage: { label: 'Q3 2026' },
    });
  });

  test('overlapping periods would count days twice and are refused', () => {
    const mixed = parcels('sum', [
      { period: '2024-Q1', value: 30 },
      { period: '2024-01', value: 10 },
    ]);
    expect(resolveFigure(mixed, { period: '2024' })).toMatchObject({
      ok: false,
      readerNote: 'overlapping values (Q1 2024, Jan 2024)',
    });
  });

  test('a period without data says which periods exist', () => {
    expect(resolveFigure(quarterly, { period: '2023' })).toMatchObject({
      ok: false,
      reason:
        'no value for period "2023"; the dataset has 2024-Q3, 2024-Q4, 2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4, 2026-Q1',
    });
  });
});

describe('a figure across series', () => {
  test('one series, or the total of series that add up when every series has a value', () => {
    expect(resolveFigure(waste, { period: '2024', series: 'plastic' })).toMatchObject({
      value: 450,
    });
    expect(resolveFigure(waste, { period: '2024' })).toMatchObject({ ok: true, value: 2130 });
    expect(resolveFigure(waste, { period: '2025', series: 'plast' })).toMatchObject({
      ok: false,
      reason:
        'unknown series "plast": expected one of paper, plastic, e-waste; did you mean "plastic"?',
    });
  });

  test('a total with one series missing is refused, not printed as a smaller total', () => {
    expect(resolveFigure(waste, { period: '2025' })).toEqual({
      ok: false,
      reason:
        'no value of series "e-waste" for 2025, so the series cannot be totalled (a total of the other series is not the total); add the missing value or name a series with series="…"',
      readerNote: 'no data for Electronic waste',
    });
  });

  test('series that are not parts of one whole are never added up', () => {
    const mentees = dataset({
      series: [
        { id: 'enrolled', label: 'Enrolled' },
        { id: 'completed', label: 'Completed' },
      ],
      observations: [
        { series: 'enrolled', period: '2025', value: 70 },
        { series: 'completed', period: '2025', value: 58 },
      ],
    });
    expect(resolveFigure(mentees, { period: '2025' })).toMatchObject({
      ok: false,
      reason:
        'expected a series (enrolled, completed): the series of this dataset are not parts of one total; name one with series="…", or set measure.seriesAddUp to true in the dataset if they add up',
    });
  });

  test('series covering different parts of a year in progress are not totalled', () => {
    const partial = dataset({
      ...waste,
      observations: [
        { series: 'paper', period: '2026-Q1', value: 1 },
        { series: 'paper', period: '2026-Q2', value: 1 },
        { series: 'plastic', period: '2026-Q1', value: 1 },
        { series: 'e-waste', period: '2026-Q1', value: 1 },
      ],
    });
    expect(resolveFigure(partial, { period: '2026' })).toMatchObject({
      ok: false,
      readerNote: 'the series cover different periods',
    });
    expect(resolveFigure(partial, { period: '2026-Q1' })).toMatchObject({ ok: true, value: 3 });
  });
});

describe('the latest complete year', () => {
  test('skips a year that has a quarter ending on 31 December but a hole before it', () => {
    const food = parcels('sum', [
      { period: '2023', value: 1600 },
      { period: '2024-Q1', value: 400 },
      { period: '2024-Q2', value: 450 },
      { period: '2024-Q4', value: 460 },
    ]);
    expect(latestCompleteYear(food, { today })).toMatchObject({
      period: '2023',
      figure: { value: 1600 },
    });
  });

  test('skips the year in progress and a year whose total misses a series', () => {
    expect(latestCompleteYear(quarterly, { today })).toMatchObject({
      period: '2025',
      figure: { value: 10 },
    });
    expect(latestCompleteYear(waste, { today })).toMatchObject({
      period: '2024',
      figure: { value: 2130 },
    });
    expect(latestCompleteYear(waste, { today, series: 'paper' })).toMatchObject({ period: '2025' });
  });

  test('a year that has not ended is no result yet, even with every quarter estimated', () => {
    const forecast = parcels('sum', [
      ...['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map((period) => ({ period, value: 70 })),
      ...['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((period) => ({
        period,
        value: 500,
        status: 'estimated',
      })),
    ]);
    expect(latestCompleteYear(forecast, { today })).toMatchObject({ period: '2025' });
  });

  test('a dataset kept by fiscal year gives its latest fiscal year', () => {
    const fiscal = parcels('sum', [
      { period: '2023/24', value: 5 },
      { period: '2024/25', value: 7 },
    ]);
    expect(latestCompleteYear(fiscal, { today, fiscalYearStartMonth: 4 })).toMatchObject({
      period: '2024/25',
    });
  });
});

describe('headline figures', () => {
  const programme = (id: string, goals?: ProgrammeGoal[]) => ({
    id,
    data: { name: id, goals } as unknown as Programme,
  });
  const entry = (id: string, data: Dataset) => ({ id, data: { ...data, programme: id } });
  const reportingPeriod = { start: '2022-01-01', end: '2025-12-31' };

  test('carry the label of exactly what they count, for the last year of the reporting period', () => {
    const figures = headlineFigures(
      [
        programme('recycling', [
          { label: 'Plastic', dataset: 'waste', series: 'plastic', target: 1, by: '2025-12-31' },
        ]),
        programme('waste-total'),
      ],
      [entry('waste', { ...waste, programme: 'recycling' }), entry('waste-total', waste)],
      { reportingPeriod, today },
    );
    // The total of 2025 misses a series: no headline rather than a partial total.
    expect(figures.map(({ label, period, figure }) => [label, period, figure.value])).toEqual([
      ['Waste sent for recycling — plastic', '2025', 450],
    ]);
  });

  test('a year in progress says what it covers; values after the period or today never count', () => {
    const food = parcels('sum', [
      { period: '2026-Q1', value: 1 },
      { period: '2026-Q2', value: 2 },
      { period: '2026-Q3', value: 3 },
      { period: '2026-Q4', value: 400, status: 'estimated' },
    ]);
    const figures = headlineFigures([programme('food')], [entry('food', food)], {
      reportingPeriod: { start: '2026-01-01', end: '2026-12-31' },
      today,
    });
    expect(figures.map(({ period, figure }) => [period, figure.value, figure.periodLabel])).toEqual(
      [['2026', 6, 'Jan–Sep 2026']],
    );
    const [partial] = figures;
    expect(partial && periodNote(partial.figure, '2026')).toBe('Jan–Sep 2026');
    const ended = headlineFigures([programme('food')], [entry('food', food)], {
      reportingPeriod: { start: '2026-01-01', end: '2026-06-30' },
      today,
    });
    expect(ended.map(({ figure }) => [figure.value, figure.periodLabel])).toEqual([
      [3, 'Jan–Jun 2026'],
    ]);
  });

  test('a year with a hole, or no data in the period, gives no headline figure', () => {
    const holey = parcels('sum', [
      { period: '2025-Q1', value: 1 },
      { period: '2025-Q3', value: 3 },
      { period: '2025-Q4', value: 4 },
    ]);
    const old = parcels('sum', [{ period: '2021', value: 9 }]);
    expect(
      headlineFigures([programme('a'), programme('b')], [entry('a', holey), entry('b', old)], {
        reportingPeriod,
        today,
      }),
    ).toEqual([]);
  });

  test('a dataset kept by fiscal year reports the fiscal year the period ends in', () => {
    const fiscal = parcels('sum', [
      { period: '2024/25', value: 5 },
      { period: '2025/26', value: 7 },
    ]);
    const [figure] = headlineFigures([programme('f')], [entry('f', fiscal)], {
      reportingPeriod: { start: '2024-04-01', end: '2026-03-31' },
      today,
      fiscalYearStartMonth: 4,
    });
    expect([figure?.period, figure?.figure.value, figure?.figure.periodLabel]).toEqual([
      '2025/26',
      7,
      'FY 2025/26',
    ]);
  });

  test('a headline value drops the unit its label already names', () => {
    const hours: Measure = {
      label: 'Volunteering hours',
      unit: { label: 'hours', kind: 'duration' },
      aggregation: 'sum',
      seriesAddUp: false,
    };
    expect(headlineValue(4760, hours, 'en')).toBe('4,760');
    expect(headlineValue(1875, waste.measure, 'en')).toBe('1,875 kg');
  });
});

describe('goal progress', () => {
  const trees = parcels('sum', [
    { period: '2024', value: 3600 },
    { period: '2025', value: 4200 },
  ]);
  const goal = (target: number, by: string, period?: string): ProgrammeGoal => ({
    label: 'Trees',
    dataset: 'trees',
    target,
    by,
    period,
  });
  const progress = (g: ProgrammeGoal, data: Dataset, today = '2026-11-28') =>
    goalProgress(g, data, { locale: 'en', today }).summary;

  test('states the real ratio and the status', () => {
    expect(progress(goal(4000, '2025-12-31'), trees)).toBe(
      '4,200 of 4,000 food parcels (105%) in 2025 · target exceeded',
    );
    expect(progress(goal(4200, '2025-12-31'), trees)).toBe(
      '4,200 of 4,200 food parcels (100%) in 2025 · target reached',
    );
    expect(progress(goal(4330, '2025-12-31'), trees)).toBe(
      '4,200 of 4,330 food parcels (97%) in 2025 · target missed',
    );
    expect(progress(goal(4330, '2025-12-31'), trees, '2025-12-20')).toBe(
      '4,200 of 4,330 food parcels (97%) in 2025 · behind target',
    );
  });

  test('says the unit, the period and the deadline once, the way a report does', () => {
    const named = (label: string, target: number, data: Dataset) =>
      goalProgress({ label, dataset: 'x', target, by: '2025-12-31' }, data, {
        locale: 'en',
        today,
      }).summary;
    // The label names the year: the statement does not repeat it.
    expect(named('Food parcels in 2025', 4330, trees)).toMatchInlineSnapshot(
      `"4,200 of 4,330 food parcels (97%) · target missed"`,
    );
    const kilograms = makeDataset({
      measure: wasteMeasure,
      observations: [{ period: '2025', value: 1875 }],
    });
    expect(named('Waste in 2025', 1800, kilograms)).toMatchInlineSnapshot(
      `"1,875 of 1,800 kg (104%) · target exceeded"`,
    );
    const money = makeDataset({
      measure: investmentMeasure,
      observations: [{ period: '2025', value: 90000 }],
    });
    expect(named('Cash support', 90000, money)).toMatchInlineSnapshot(
      `"RON 90,000 of 90,000 (100%) in 2025 · target reached"`,
    );
    // A share against a share: no "(101%)", which would read as a percentage of a percentage.
    const share = makeDataset({
      measure: {
        label: 'Alive after a year',
        unit: { label: '%', kind: 'percent' },
        aggregation: 'last',
      },
      observations: [{ period: '2025', value: 81 }],
    });
    expect(named('Survival, 2025', 80, share)).toMatchInlineSnapshot(
      `"81% against a target of 80% · target exceeded"`,
    );
  });

  test('a year in progress is judged pro rata, and values not final say so', () => {
    const food = parcels('sum', [
      { period: '2026-Q1', value: 300 },
      { period: '2026-Q2', value: 300, status: 'provisional' },
    ]);
    expect(progress(goal(1000, '2026-12-31'), food)).toBe(
      '600 of 1,000 food parcels (60%) in Jan–Jun 2026 so far · on track (provisional)',
    );
    expect(progress(goal(1400, '2026-12-31'), food)).toBe(
      '600 of 1,400 food parcels (43%) in Jan–Jun 2026 so far · behind target (provisional)',
    );
  });

  test('a period that has ended with data missing is incomplete, never "in progress"', () => {
    const lastMissing = parcels(
      'sum',
      ['2025-Q1', '2025-Q2', '2025-Q3'].map((period) => ({ period, value: 70 })),
    );
    expect(progress(goal(300, '2025-12-31'), lastMissing)).toBe(
      '210 of 300 food parcels (70%) in Jan–Sep 2025 only · data incomplete',
    );
    const hole = parcels(
      'sum',
      ['2025-Q1', '2025-Q3', '2025-Q4'].map((period) => ({ period, value: 70 })),
    );
    expect(progress(goal(300, '2025-12-31'), hole)).toBe(
      'Target 300 food parcels for 2025: data incomplete (no data for Apr–Jun 2025).',
    );
    expect(progress(goal(300, '2024-12-31'), hole)).toBe(
      'Target 300 food parcels for 2024: no data.',
    );
  });

  test('a sum that meets its target part-way through the period has met it', () => {
    const food = parcels('sum', [
      { period: '2026-Q1', value: 300 },
      { period: '2026-Q2', value: 305 },
    ]);
    expect(progress(goal(500, '2026-12-31'), food)).toBe(
      '605 of 500 food parcels (121%) in Jan–Jun 2026 so far · target exceeded',
    );
  });

  test('the goal period defaults to the year of its date, and may be set', () => {
    expect(
      goalProgress(goal(1, '2024-12-31'), trees, { locale: 'en', today: '2026-01-01' }),
    ).toMatchObject({
      period: '2024',
      percent: 360000,
    });
    expect(progress(goal(1, '2030-12-31', '2030'), trees)).toBe(
      'Target 1 food parcels for 2030: no data yet.',
    );
  });
});

describe('days and periods', () => {
  test.each([
    [{ start: '2026-01-01', end: '2026-09-30' }, 'Jan–Sep 2026'],
    [{ start: '2024-10-01', end: '2025-03-31' }, 'Oct 2024–Mar 2025'],
    [{ start: '2026-09-01', end: '2026-09-30' }, 'Sep 2026'],
    [{ start: '2026-03-03', end: '2026-03-14' }, '3–14 Mar 2026'],
    [{ start: '2026-02-28', end: '2026-03-03' }, '28 Feb–3 Mar 2026'],
    [{ start: '2026-03-14', end: '2026-03-14' }, '14 Mar 2026'],
  ])('%o reads as %s', (range, label) => {
    expect(formatDayRange(range)).toBe(label);
  });

  test.each([
    ['2025-08-14', 'year', '2025'],
    ['2025-08-14', 'quarter', '2025-Q3'],
    ['2025-08-14', 'month', '2025-08'],
    ['2025-08-14', 'fiscalYear', '2025/26'],
    ['2026-03-31', 'fiscalYear', '2025/26'],
  ] as const)('%s lies in the %s %s', (day, form, period) => {
    expect(periodContaining(day, form, 4)).toBe(period);
  });
});

describe('why there is no figure, for authors', () => {
  const byQuarter = parcels('sum', [
    { period: '2022-Q1', value: 1 },
    { period: '2025-Q1', value: 1 },
  ]);
  const reason = (data: Dataset, period: string, fiscalYearStartMonth?: number) => {
    const figure = resolveFigure(data, { period }, fiscalYearStartMonth);
    return figure.ok ? '' : figure.reason;
  };

  test('a gap inside the data gets no suggestion of another year', () => {
    expect(reason(byQuarter, '2024')).toBe(
      'no value for period "2024"; the dataset has 2022-Q1, 2025-Q1',
    );
  });

  test('a period outside the data that looks like a typo gets one', () => {
    const byYear = parcels('sum', [
      { period: '2024', value: 1 },
      { period: '2025', value: 1 },
    ]);
    expect(reason(byYear, '2035')).toBe(
      'no value for period "2035"; the dataset has 2024, 2025; did you mean "2025"?',
    );
  });

  test('of two one-character slips, the nearer year is suggested', () => {
    const years = parcels(
      'sum',
      ['2022', '2023', '2024', '2025'].map((period) => ({ period, value: 1 })),
    );
    expect(reason(years, '2026')).toBe(
      'no value for period "2026"; the dataset has 2022, 2023, 2024, 2025; did you mean "2025"?',
    );
  });

  test('a period shorter than the data names the period that contains it', () => {
    expect(reason(byQuarter, '2025-02')).toBe(
      'no value for period "2025-02": the values are for longer periods, and "2025-Q1" contains it; use "2025-Q1" or a longer period',
    );
  });

  test('a fiscal year without the fiscal month says what to set', () => {
    expect(reason(byQuarter, '2025/26')).toBe(
      'a fiscal year such as "2025/26" needs fiscalYearStartMonth in content/site.json (the month fiscal years start in, 1–12)',
    );
  });
});
