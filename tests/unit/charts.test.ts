import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { toChartConfig, wrapTitle, type ChartStyle } from '../../src/lib/charts/chart-config.ts';
import { chartData, chartProblem, type ChartRequest } from '../../src/lib/charts/chart-data.ts';
import { chartStem } from '../../src/lib/charts/chart-files.ts';
import { goalChartRequest, impactChartRequest } from '../../src/lib/charts/chart-requests.ts';
import { describeChart } from '../../src/lib/charts/describe.ts';
import { chartColours, chartVariants } from '../../src/lib/charts/variants.ts';
import { contrastRatio } from '../../src/lib/colour.ts';
import { observationTable } from '../../src/lib/data-table.ts';
import { periodSequence } from '../../src/lib/periods.ts';
import { makeDataset, wasteMeasure, investmentMeasure } from '../helpers/datasets.ts';

const blood = makeDataset({
  title: 'Units of blood collected',
  measure: {
    label: 'Units of whole blood',
    unit: { label: 'units', kind: 'count' },
    aggregation: 'sum',
  },
  observations: [
    { period: '2024-Q1', value: 58 },
    { period: '2024-Q2', value: 68 },
    { period: '2024-Q4', value: 63, status: 'estimated' },
    { period: '2025-Q1', value: 1204 },
  ],
  restatements: [
    {
      date: '2024-10-07',
      period: '2024-Q2',
      previousValue: 61,
      reason: 'late-data',
      explanation: 'A late sheet.',
    },
  ],
});

const investment = makeDataset({
  title: 'Community investment',
  measure: investmentMeasure,
  series: [
    { id: 'cash', label: 'Cash' },
    { id: 'time', label: 'Employee time' },
  ],
  observations: [
    { series: 'cash', period: '2024', value: 200000 },
    { series: 'time', period: '2024', value: 100000 },
    { series: 'cash', period: '2025', value: 250000 },
    { series: 'time', period: '2025', value: 150000 },
  ],
});

const bar: ChartRequest = { type: 'bar' };
const style: ChartStyle = {
  variant: chartVariants['wide-light'],
  colours: chartColours('light'),
  locale: 'en',
  hatch: (colour) => `hatch(${colour})`,
};

describe('chart data', () => {
  test('the time axis keeps periods without data as gaps', () => {
    expect(periodSequence(['2024-Q4', '2024-Q1', '2025-Q1'])).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
    ]);
    expect(periodSequence(['2022', '2025'])).toEqual(['2022', '2023', '2024', '2025']);
    expect(periodSequence(['2024-11', '2025-02'])).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    expect(periodSequence(['2023/24', '2025/26'])).toEqual(['2023/24', '2024/25', '2025/26']);
    expect(periodSequence(['2024', '2024-Q1'])).toBeUndefined();
    const data = chartData(blood, bar);
    expect(data.periodLabels).toEqual(['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025']);
    expect(data.series[0]?.points.map((point) => point.value)).toEqual([58, 68, null, 63, 1204]);
    expect(data.series[0]?.points.map((point) => point.restated)).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  test('the data table lists a period without data as "no data"', () => {
    expect(
      observationTable(blood, { locale: 'en' }).rows.map(
        (row) => `${row.periodLabel}: ${row.cells.map((cell) => cell.text).join(', ')}`,
      ),
    ).toEqual([
      'Q1 2024: 58 units',
      'Q2 2024: 68 units',
      'Q3 2024: no data',
      'Q4 2024: 63 units',
      'Q1 2025: 1,204 units',
    ]);
  });

  test('types that add series up need several summable series', () => {
    expect(chartProblem(blood, { type: 'doughnut' })).toBe(
      'a doughnut shows the shares of a whole: expected a dataset with several series, found one',
    );
    expect(chartProblem(investment, { type: 'doughnut' })).toBeUndefined();
    expect(chartProblem(investment, { type: 'stacked-bar', series: ['cash'] })).toBe(
      'a stacked bar adds series up: expected several series, found one selected',
    );
  });

  test('author options are checked with suggestions', () => {
    expect(impactChartRequest(investment, { series: 'cash, tme' })).toEqual({
      ok: false,
      reasons: ['series: unknown series "tme": expected one of cash, time; did you mean "time"?'],
    });
    expect(impactChartRequest(investment, { type: 'pie' })).toEqual({
      ok: false,
      reasons: [
        'type: expected one of bar, line, stacked-bar, doughnut, found "pie"; did you mean "doughnut"?',
      ],
    });
    expect(impactChartRequest(investment, { series: 'cash', type: 'line' })).toEqual({
      ok: true,
      request: {
        type: 'line',
        series: ['cash'],
        title: 'Community investment: Cash',
        target: undefined,
      },
    });
  });

  test('the default chart of a dataset keeps the dataset id as its file name', () => {
    expect(chartStem('blood', blood, { type: 'bar', target: undefined })).toBe('blood');
    expect(chartStem('blood', blood, { type: 'line' })).toMatch(/^blood--[0-9a-f]{10}$/);
  });
});

describe('text alternative', () => {
  test('states the measure, the span, first and last values, the change, the highest, what is not final, what was restated and the gaps', () => {
    expect(describeChart(blood, chartData(blood, bar), bar, 'en')).toMatchInlineSnapshot(
      `"Bar chart: Units of blood collected, Q1 2024 to Q1 2025. Units of whole blood: rose from 58 units in Q1 2024 to 1,204 units in Q1 2025 (+1,146 units, +1,976%). Highest: 1,204 units in Q1 2025; lowest: 58 units in Q1 2024. Not final: Q4 2024 (estimated). Restated: Q2 2024. No data for Q3 2024."`,
    );
  });

  test('names each series and a target', () => {
    const request: ChartRequest = {
      type: 'stacked-bar',
      target: { value: 500000, label: 'Half a million' },
    };
    expect(
      describeChart(investment, chartData(investment, request), request, 'en'),
    ).toMatchInlineSnapshot(
      `"Stacked bar chart: Community investment, 2024 to 2025. Cash: rose from RON 200,000 in 2024 to RON 250,000 in 2025 (+RON 50,000, +25%). Highest: RON 250,000 in 2025; lowest: RON 200,000 in 2024. Employee time: rose from RON 100,000 in 2024 to RON 150,000 in 2025 (+RON 50,000, +50%). Highest: RON 150,000 in 2025; lowest: RON 100,000 in 2024. Target: RON 500,000 (Half a million)."`,
    );
  });

  test('a target labelled only "Goal" is just the target', () => {
    const request: ChartRequest = { type: 'stacked-bar', target: { value: 500000, label: 'Goal' } };
    expect(describeChart(investment, chartData(investment, request), request, 'en')).toMatch(
      /Target: RON\s500,000\.$/u,
    );
  });

  test('a doughnut gives the shares of the latest period', () => {
    const request: ChartRequest = { type: 'doughnut' };
    expect(
      describeChart(investment, chartData(investment, request), request, 'en'),
    ).toMatchInlineSnapshot(
      `"Doughnut chart: Community investment, 2025. Total RON 400,000: Cash RON 250,000 (63%); Employee time RON 150,000 (37%)."`,
    );
  });
});

describe('chart configuration', () => {
  test('is honest: bars from zero, the unit on the axis, uncertain and restated values marked', () => {
    const config = toChartConfig(blood, chartData(blood, bar), bar, style);
    const y = (
      config.options?.scales as Record<string, { beginAtZero?: boolean; title?: { text?: string } }>
    )['y'];
    expect(y?.beginAtZero).toBe(true);
    // The unit is stated above the plot (wrapped to the width), where a rotated title would not fit.
    const subtitle = (
      config.options?.plugins as { subtitle?: { display?: boolean; text?: unknown } }
    ).subtitle;
    expect(subtitle?.display).not.toBe(false);
    expect([subtitle?.text].flat().join(' ')).toBe('Units of whole blood (units)');
    const [dataset] = config.data.datasets;
    const colour = style.colours.series[0] ?? '';
    expect(dataset?.backgroundColor).toEqual([colour, colour, colour, `hatch(${colour})`, colour]);
    expect(dataset?.borderColor).toEqual([colour, style.colours.ink, colour, colour, colour]);
    expect(config.data.labels).toEqual(['Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025']);
  });

  test('long titles wrap to the canvas', () => {
    expect(wrapTitle('Community investment by type of contribution, 2025', 340, 15)).toEqual([
      'Community investment by type of',
      'contribution, 2025',
    ]);
  });

  test('every series colour keeps 3:1 against the chart background in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const colours = chartColours(scheme);
      for (const colour of colours.series)
        expect(contrastRatio(colour, colours.page)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('rendering', () => {
  test('gives byte-identical files in separate processes: real text in an embedded font, both schemes, ≤ 15 KB gzipped', () => {
    const script = `
      import { createHash } from 'node:crypto';
      import { gzipSync } from 'node:zlib';
      import { drawChartFiles } from './src/lib/charts/chart-draw.ts';
      import { datasetSchema } from './src/schemas/dataset.ts';
      const dataset = datasetSchema.parse(${JSON.stringify(blood)});
      const files = await drawChartFiles(
        {
          datasetId: 'blood', dataset, request: { type: 'bar' }, stem: 'blood', fiscalYearStartMonth: undefined,
          credit: { sources: ['Transfusion centre, drive reports'], publisher: 'Someș Contact Center S.R.L.', license: 'CC-BY-4.0', modified: '2026-03-12' },
        },
        'en',
      );
      const hash = (bytes) => createHash('sha256').update(bytes).digest('hex');
      const svg = Buffer.from(files.narrow).toString('utf8');
      const png = Buffer.from(files.png);
      console.log(JSON.stringify({
        hashes: [hash(files.wide), hash(files.narrow), hash(files.png)],
        texts: [...svg.matchAll(/<text [^>]*>([^<]*)<\\/text>/g)].map((match) => match[1]),
        fonts: [...svg.matchAll(/font-weight:(\\d+);src:url\\(data:font\\/woff2;base64,/g)].map((match) => match[1]),
        gzipped: [gzipSync(files.wide).length, gzipSync(files.narrow).length],
        png: [png.readUInt32BE(16), png.readUInt32BE(20)],
      }));
    `;
    const run = () => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as {
        hashes: string[];
        texts: string[];
        fonts: string[];
        gzipped: number[];
        png: number[];
      };
    };
    const first = run();
    expect(run()).toEqual(first);
    // Each label once in the light drawing and once in the dark one.
    const half = first.texts.slice(0, first.texts.length / 2);
    expect(first.texts).toEqual([...half, ...half]);
    expect(half).toContain('Units of blood collected');
    expect(first.fonts).toEqual(['400', '700']);
    for (const size of first.gzipped) expect(size).toBeLessThanOrEqual(15 * 1024);
    expect(first.png).toEqual([1200, 630]);
  }, 30_000);
});

/** Paper + plastic + e-waste by quarter; e-waste has nothing in 2025-Q2, 2026 is in progress. */
const waste = makeDataset({
  title: 'Waste sent for recycling',
  measure: wasteMeasure,
  series: [
    { id: 'paper', label: 'Paper' },
    { id: 'plastic', label: 'Plastic' },
    { id: 'e-waste', label: 'Electronic waste' },
  ],
  observations: [
    ...['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'].flatMap((period, i) => [
      { series: 'paper', period, value: 400 + i },
      { series: 'plastic', period, value: 100 + i },
      ...(period === '2025-Q2' ? [] : [{ series: 'e-waste', period, value: 120 + i }]),
    ]),
  ],
});

describe('what the check refuses before anything is drawn', () => {
  test('a doughnut with a part missing, a zero total or a negative part', () => {
    const doughnut: ChartRequest = { type: 'doughnut' };
    const missing = makeDataset({
      ...waste,
      observations: waste.observations.filter(
        (o) => !(o.series === 'e-waste' && o.period === '2026-Q1'),
      ),
    });
    expect(chartProblem(missing, doughnut)).toBe(
      'a doughnut shows the shares of a whole: expected a value for every series in Q1 2026, found none for "e-waste"; use type="bar" or type="stacked-bar"',
    );
    const zero = makeDataset({
      ...investment,
      observations: investment.observations.map((o) => ({ ...o, value: 0 })),
    });
    expect(chartProblem(zero, doughnut)).toBe(
      'a doughnut shows the shares of a whole: expected a total above zero in 2025, found 0; use type="bar"',
    );
    const other = makeDataset({
      ...investment,
      measure: { ...investment.measure, unit: { label: 'points', kind: 'other' } },
      observations: [
        { series: 'cash', period: '2025', value: -5 },
        { series: 'time', period: '2025', value: 10 },
      ],
    });
    expect(chartProblem(other, doughnut)).toBe(
      'a doughnut shows the shares of a whole: expected values ≥ 0, found a negative value for "cash" in 2025; use type="bar"',
    );
  });

  test('stacks and doughnuts need series that add up', () => {
    const mentees = makeDataset({
      ...investment,
      measure: { ...investment.measure, seriesAddUp: false },
    });
    expect(chartProblem(mentees, { type: 'stacked-bar' })).toBe(
      'a stacked bar adds series up: expected series that are parts of one whole (measure.seriesAddUp: true in the dataset), found series that do not add up; use type="bar" or type="line"',
    );
  });

  test('periods of mixed forms cannot share an axis', () => {
    const mixed = makeDataset({
      observations: [
        { period: '2023', value: 1 },
        { period: '2024-Q1', value: 2 },
      ],
    });
    expect(chartProblem(mixed, { type: 'bar' })).toBe(
      "expected periods of one form on a chart's time axis, found years and quarters; keep one form in this dataset (for example only quarters) or put the others in a dataset of their own",
    );
    // By year, the quarter is part of a year in progress and the axis is whole again.
    expect(chartProblem(mixed, { type: 'bar', resolution: 'year' })).toBeUndefined();
  });

  test('an empty series attribute is an error, not an empty chart', () => {
    expect(impactChartRequest(investment, { series: '' })).toEqual({
      ok: false,
      reasons: ['series: expected series ids (cash, time), comma-separated, found an empty value'],
    });
    expect(impactChartRequest(investment, { series: ' , ' })).toMatchObject({ ok: false });
  });
});

describe('a goal chart', () => {
  test('charts a yearly goal on quarterly data by year, with the target over its year only', () => {
    const goal = {
      label: 'Plastic recycled in 2025',
      dataset: 'waste',
      series: 'plastic',
      target: 420,
      by: '2025-12-31',
    };
    const request = goalChartRequest(goal, waste);
    expect(request).toEqual({
      type: 'bar',
      series: ['plastic'],
      title: 'Waste sent for recycling: Plastic',
      resolution: 'year',
      target: { value: 420, label: 'Plastic recycled in 2025', period: '2025' },
    });
    const data = chartData(waste, request);
    expect(data.periods).toEqual(['2025', '2026']);
    expect(data.series[0]?.points).toMatchObject([
      { period: '2025', value: 406, coverage: undefined },
      { period: '2026', value: 104, coverage: 'Q1 2026' },
    ]);
    expect(describeChart(waste, data, request, 'en')).toMatchInlineSnapshot(
      `"Bar chart: Waste sent for recycling: Plastic, 2025 to 2026. Plastic: 406 kg in 2025. 2026 so far (Q1 2026): 104 kg. Target for 2025: 420 kg (Plastic recycled in 2025)."`,
    );
  });

  test('a target for a period not on the axis yet says so', () => {
    const request = goalChartRequest(
      {
        label: 'Plastic in 2030',
        dataset: 'waste',
        series: 'plastic',
        target: 500,
        by: '2030-12-31',
      },
      waste,
    );
    expect(describeChart(waste, chartData(waste, request), request, 'en')).toContain(
      'Target for 2030: 500 kg (Plastic in 2030) (not on the chart: no data for that period yet).',
    );
  });

  test('a goal on the total of parts is a stack, and a year missing a part is a gap', () => {
    const request = goalChartRequest(
      { label: 'All waste', dataset: 'waste', target: 2000, by: '2025-12-31' },
      waste,
    );
    expect(request.type).toBe('stacked-bar');
    const data = chartData(waste, request);
    expect(data.series.map((series) => series.points[0]?.value ?? null)).toEqual([1606, 406, null]);
  });
});

describe('text alternatives describe exactly what is drawn', () => {
  test('a chart of one series is described as that series, under its title', () => {
    const request = impactChartRequest(waste, { series: 'e-waste', title: 'E-waste we collected' });
    if (!request.ok) throw new Error(request.reasons.join('; '));
    expect(
      describeChart(waste, chartData(waste, request.request), request.request, 'en'),
    ).toMatchInlineSnapshot(
      `"Bar chart: E-waste we collected, Q1 2025 to Q1 2026. Electronic waste: rose from 120 kg in Q1 2025 to 124 kg in Q1 2026 (+4 kg, +3%). Highest: 124 kg in Q1 2026; lowest: 120 kg in Q1 2025. No data for Q2 2025."`,
    );
  });

  test('"stayed at" only when flat; a swing with equal ends gives its range', () => {
    const swing = makeDataset({
      observations: [37, 30, 40, 37].map((value, i) => ({ period: `${2022 + i}`, value })),
    });
    const flat = makeDataset({
      observations: [37, 37, 37].map((value, i) => ({ period: `${2022 + i}`, value })),
    });
    expect(describeChart(swing, chartData(swing, bar), bar, 'en')).toMatchInlineSnapshot(
      `"Bar chart: Test, 2022 to 2025. Kilograms: 37 kg in 2022 and again 37 kg in 2025. Highest: 40 kg in 2024; lowest: 30 kg in 2023."`,
    );
    expect(describeChart(flat, chartData(flat, bar), bar, 'en')).toMatchInlineSnapshot(
      `"Bar chart: Test, 2022 to 2024. Kilograms: stayed at 37 kg from 2022 to 2024."`,
    );
  });

  test('doughnut shares add up to 100% of the stated total', () => {
    const thirds = makeDataset({
      ...investment,
      series: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ],
      observations: ['a', 'b', 'c'].map((series) => ({ series, period: '2025', value: 1 })),
    });
    const doughnut: ChartRequest = { type: 'doughnut' };
    const text = describeChart(thirds, chartData(thirds, doughnut), doughnut, 'en');
    expect(text).toMatchInlineSnapshot(
      `"Doughnut chart: Community investment, 2025. Total RON 3: A RON 1 (34%); B RON 1 (33%); C RON 1 (33%)."`,
    );
    const shares = [...text.matchAll(/\((\d+)%/g)].map(([, share]) => Number(share));
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
  });

  test('an incomplete stack is named, never described as a total', () => {
    const stacked: ChartRequest = { type: 'stacked-bar' };
    expect(describeChart(waste, chartData(waste, stacked), stacked, 'en')).toContain(
      'Incomplete totals: Q2 2025 (no data for Electronic waste).',
    );
  });
});
