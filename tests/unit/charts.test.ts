import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { toChartConfig, wrapTitle, type ChartStyle } from '../../src/lib/charts/chart-config.ts';
import { chartData, chartTypeProblem, type ChartRequest } from '../../src/lib/charts/chart-data.ts';
import { chartStem } from '../../src/lib/charts/chart-files.ts';
import { impactChartRequest } from '../../src/lib/charts/chart-requests.ts';
import { describeChart } from '../../src/lib/charts/describe.ts';
import { chartColours, chartVariants } from '../../src/lib/charts/variants.ts';
import { contrastRatio } from '../../src/lib/colour.ts';
import { observationRows } from '../../src/lib/observation-table.ts';
import { periodSequence } from '../../src/lib/periods.ts';
import { makeDataset } from '../helpers/datasets.ts';

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
  measure: {
    label: 'Community investment',
    unit: { label: 'RON', kind: 'currency', currency: 'RON' },
    aggregation: 'sum',
  },
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
      observationRows(blood, 'en').map((row) => `${row.periodLabel}: ${row.valueLabel}`),
    ).toEqual([
      'Q1 2024: 58 units',
      'Q2 2024: 68 units',
      'Q3 2024: no data',
      'Q4 2024: 63 units',
      'Q1 2025: 1,204 units',
    ]);
  });

  test('types that add series up need several summable series', () => {
    expect(chartTypeProblem(blood, { type: 'doughnut' })).toBe(
      'a doughnut shows the shares of a whole: expected a dataset with several series, found one',
    );
    expect(chartTypeProblem(investment, { type: 'doughnut' })).toBeUndefined();
    expect(chartTypeProblem(investment, { type: 'stacked-bar', series: ['cash'] })).toBe(
      'a stacked bar adds series up: expected a dataset with several series, found one',
    );
  });

  test('author options are checked with suggestions', () => {
    expect(impactChartRequest(investment, { series: 'cash, tme' })).toEqual({
      ok: false,
      reason: 'series: unknown series "tme": expected one of cash, time; did you mean "time"?',
    });
    expect(impactChartRequest(investment, { type: 'pie' })).toEqual({
      ok: false,
      reason:
        'type: expected one of bar, line, stacked-bar, doughnut, found "pie"; did you mean "line"?',
    });
    expect(impactChartRequest(investment, { series: 'cash', type: 'line' })).toEqual({
      ok: true,
      request: { type: 'line', series: ['cash'], title: undefined, target: undefined },
    });
  });

  test('the default chart of a dataset keeps the dataset id as its file name', () => {
    expect(chartStem('blood', blood, { type: 'bar', target: undefined })).toBe('blood');
    expect(chartStem('blood', blood, { type: 'line' })).toMatch(/^blood--[0-9a-f]{10}$/);
  });
});

describe('text alternative', () => {
  test('states the measure, the span, first and last values, the change, the highest, what is not final and the gaps', () => {
    expect(describeChart(blood, chartData(blood, bar), bar, 'en')).toMatchInlineSnapshot(
      `"Bar chart of units of whole blood, from Q1 2024 to Q1 2025. Units of whole blood rose from 58 units in Q1 2024 to 1,204 units in Q1 2025 (+1,146 units, +1,976%). Highest: 1,204 units in Q1 2025. Not final: Q4 2024 (estimated). No data for Q3 2024."`,
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
      `"Stacked bar chart of community investment, from 2024 to 2025. Cash: rose from RON 200,000 in 2024 to RON 250,000 in 2025 (+RON 50,000, +25%). Highest: RON 250,000 in 2025. Employee time: rose from RON 100,000 in 2024 to RON 150,000 in 2025 (+RON 50,000, +50%). Highest: RON 150,000 in 2025. Target: RON 500,000 (Half a million)."`,
    );
  });

  test('a doughnut gives the shares of the latest period', () => {
    const request: ChartRequest = { type: 'doughnut' };
    expect(
      describeChart(investment, chartData(investment, request), request, 'en'),
    ).toMatchInlineSnapshot(
      `"Doughnut chart of community investment in 2025, by series: Cash RON 250,000 (63%); Employee time RON 150,000 (38%). Total RON 400,000."`,
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
    expect(y?.title?.text).toBe('Units of whole blood (units)');
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
  test('gives byte-identical SVG and PNG in separate processes, with text drawn as paths', () => {
    const script = `
      import { createHash } from 'node:crypto';
      import { toChartConfig } from './src/lib/charts/chart-config.ts';
      import { chartData } from './src/lib/charts/chart-data.ts';
      import { hatch, renderPng, renderSvg } from './src/lib/charts/render.ts';
      import { cardVariant, chartColours, chartVariants } from './src/lib/charts/variants.ts';
      import { datasetSchema } from './src/schemas/dataset.ts';
      const dataset = datasetSchema.parse(${JSON.stringify(blood)});
      const request = { type: 'bar' };
      const style = (variant) => ({ variant, colours: chartColours(variant.scheme), locale: 'en', hatch });
      const data = chartData(dataset, request);
      const svg = renderSvg(toChartConfig(dataset, data, request, style(chartVariants['narrow-dark'])), chartVariants['narrow-dark'], 't-');
      const png = renderPng(toChartConfig(dataset, data, request, style(cardVariant)), cardVariant);
      const hash = (bytes) => createHash('sha256').update(bytes).digest('hex');
      console.log(JSON.stringify({ svg: hash(svg), png: hash(png), text: svg.includes('<text'), pngWidth: png.readUInt32BE(16), pngHeight: png.readUInt32BE(20) }));
    `;
    const run = () => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as {
        svg: string;
        png: string;
        text: boolean;
        pngWidth: number;
        pngHeight: number;
      };
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(first).toMatchObject({ text: false, pngWidth: 1200, pngHeight: 630 });
  }, 30_000);
});
