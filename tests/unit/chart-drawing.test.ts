import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import {
  periodSpan,
  seriesStyle,
  type ImpactPluginOptions,
  tickFractionDigits,
  toChartConfig,
} from '../../src/lib/charts/chart-config.ts';
import { chartData, type ChartData, type ChartRequest } from '../../src/lib/charts/chart-data.ts';
import { hatch, layoutChart, renderPng, type Box } from '../../src/lib/charts/render.ts';
import {
  cardVariant,
  chartColours,
  chartVariants,
  minimumSeriesDifference,
  type ChartVariant,
} from '../../src/lib/charts/variants.ts';
import { colourDifference, contrastRatio, deltaE2000 } from '../../src/lib/colour.ts';
import type { Dataset } from '../../src/schemas/dataset.ts';
import { makeDataset, investmentMeasure } from '../helpers/datasets.ts';

const variants: [string, ChartVariant][] = [
  ...Object.entries(chartVariants),
  ['card', cardVariant],
];
const narrow = chartVariants['narrow-light'];
const wide = chartVariants['wide-light'];

function configFor(
  dataset: Dataset,
  request: ChartRequest,
  variant: ChartVariant,
  edit?: (data: ChartData) => void,
) {
  const data = chartData(dataset, request);
  edit?.(data);
  return toChartConfig(dataset, data, request, {
    variant,
    colours: chartColours(variant.scheme),
    locale: 'en',
    hatch,
  });
}

function layoutOf(
  dataset: Dataset,
  request: ChartRequest,
  variant: ChartVariant,
  edit?: (data: ChartData) => void,
) {
  return layoutChart(configFor(dataset, request, variant, edit), variant);
}

/** The options the configuration gives the renderer's `impact` plugin. */
const impactOf = (config: ReturnType<typeof configFor>) =>
  config.options?.plugins?.impact as ImpactPluginOptions | undefined;

/** The pixels of a PNG, to check what was really painted. */
async function pixelsOf(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data, width } = context.getImageData(0, 0, image.width, image.height);
  return (x: number, y: number): [number, number, number] => {
    // Pixel (i, j) covers [i, i + 1) × [j, j + 1).
    const at = (Math.floor(y) * width + Math.floor(x)) * 4;
    return [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0];
  };
}

function near(pixel: [number, number, number], hex: string, tolerance = 60): boolean {
  const value = Number.parseInt(hex.slice(1), 16);
  const colour = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return Math.hypot(...pixel.map((channel, i) => channel - (colour[i] ?? 0))) <= tolerance;
}

const inside = (box: Box, width: number, height: number) =>
  box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const percentMeasure = (label: string) => ({
  label,
  unit: { label: '%', kind: 'percent' },
  aggregation: 'mean',
});

/** Long series, measure and chart titles; a restated last point (radius 6) at the top. */
const participation = makeDataset({
  title: 'Share of employees who volunteered at least once during the reporting year',
  measure: percentMeasure(
    'Employees who volunteered at least once in the year, as a share of all employees',
  ),
  series: [
    { id: 'hq', label: 'Cluj-Napoca headquarters and the regional offices in Transylvania' },
    { id: 'bucharest', label: 'Bucharest office' },
  ],
  observations: [
    { series: 'hq', period: '2022', value: 78 },
    { series: 'hq', period: '2023', value: 81 },
    { series: 'hq', period: '2024', value: 85, status: 'estimated' },
    { series: 'hq', period: '2025', value: 88 },
    { series: 'bucharest', period: '2022', value: 80 },
    { series: 'bucharest', period: '2025', value: 86 },
  ],
  restatements: [
    {
      date: '2025-06-01',
      series: 'hq',
      period: '2025',
      previousValue: 87,
      reason: 'late-data',
      explanation: 'A late sheet.',
    },
  ],
});

const investment = makeDataset({
  title: 'Community investment by type of contribution',
  measure: investmentMeasure,
  series: [
    { id: 'cash', label: 'Cash donations' },
    { id: 'time', label: 'Employee volunteering time, valued at average salary cost' },
    { id: 'kind', label: 'In-kind donations of equipment' },
  ],
  observations: [
    { series: 'cash', period: '2023', value: 200000 },
    { series: 'time', period: '2023', value: 100000 },
    { series: 'kind', period: '2023', value: 40000 },
    { series: 'cash', period: '2024', value: 250000 },
    { series: 'time', period: '2024', value: 150000, status: 'provisional' },
    { series: 'cash', period: '2025', value: 120000 },
    { series: 'time', period: '2025', value: 60000, status: 'estimated' },
    { series: 'kind', period: '2025', value: 3000 },
  ],
});

const schools = makeDataset({
  title: 'Schools visited',
  measure: { label: 'Schools', unit: { label: 'schools', kind: 'count' }, aggregation: 'sum' },
  observations: [
    { period: '2022', value: 1 },
    { period: '2023', value: 2 },
    { period: '2024', value: 2 },
    { period: '2025', value: 3 },
  ],
});

describe('axis ticks', () => {
  test('a count axis has whole ticks, each once (values 1, 2, 2, 3)', () => {
    for (const type of ['bar', 'line'] as const) {
      for (const [, variant] of variants) {
        const { yTicks } = layoutOf(schools, { type }, variant);
        expect(yTicks.every((tick) => Number.isInteger(tick.value))).toBe(true);
        expect(new Set(yTicks.map((tick) => tick.label)).size).toBe(yTicks.length);
      }
    }
    expect(layoutOf(schools, { type: 'bar' }, wide).yTicks.map((tick) => tick.label)).toEqual([
      '0',
      '1',
      '2',
      '3',
    ]);
  });

  test('no two ticks share a label, and their decimals follow the step, for every unit', () => {
    const cases: [Record<string, unknown>, number[]][] = [
      [
        { label: 'Waste', unit: { label: 't', kind: 'mass' }, aggregation: 'sum' },
        [1, 2, 3, 4].map((v) => v / 1000),
      ],
      [percentMeasure('Absence'), [1.1, 1.2, 1.3, 1.4]],
      [percentMeasure('Survival'), [0.5, 1, 2.5, 3]],
      [
        {
          label: 'Fees',
          unit: { label: 'RON', kind: 'currency', currency: 'RON' },
          aggregation: 'sum',
        },
        [0.2, 0.45, 0.7, 0.9],
      ],
      [
        { label: 'Water', unit: { label: 'm³', kind: 'volume' }, aggregation: 'sum' },
        [250, 500, 750, 1250],
      ],
      [
        { label: 'Donors', unit: { label: 'people', kind: 'count' }, aggregation: 'sum' },
        [120000, 480000, 910000, 1000000],
      ],
    ];
    for (const [measure, values] of cases) {
      const dataset = makeDataset({
        measure,
        observations: values.map((value, i) => ({ period: String(2022 + i), value })),
      });
      for (const type of ['bar', 'line'] as const) {
        for (const [, variant] of variants) {
          const { yTicks } = layoutOf(dataset, { type }, variant);
          const labels = yTicks.map((tick) => tick.label);
          expect(new Set(labels).size, labels.join(' ')).toBe(labels.length);
          const step = (yTicks[1]?.value ?? 0) - (yTicks[0]?.value ?? 0);
          const decimals = (label: string) => label.split('.')[1]?.length ?? 0;
          for (const label of labels)
            expect(decimals(label), labels.join(' ')).toBe(tickFractionDigits([step]));
        }
      }
    }
  });

  test('tick decimals are those of the finest tick, float noise aside', () => {
    expect(tickFractionDigits([0, 0.5, 1, 1.5])).toBe(1);
    expect(tickFractionDigits([0, 250, 500])).toBe(0);
    expect(tickFractionDigits([0.1 + 0.2, 0.4])).toBe(1);
    expect(tickFractionDigits([0, 0.0005, 0.001])).toBe(4);
  });
});

describe('every value is visible', () => {
  const monthly = makeDataset({
    title: 'Meals served',
    measure: { label: 'Meals', unit: { label: 'meals', kind: 'count' }, aggregation: 'sum' },
    // 2022-02 alone between two empty months, 2025-12 alone at the end.
    observations: Array.from({ length: 96 }, (_, i) => ({
      period: `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 400 + i,
    })).filter((_, i) => i !== 48 && i !== 50 && i !== 94),
  });

  test('a value with no neighbour has a dot in a dense series, and is painted', async () => {
    const request: ChartRequest = { type: 'line' };
    const layout = layoutOf(monthly, request, wide);
    const points = layout.points[0] ?? [];
    expect(points).toHaveLength(96);
    expect(points[49]?.radius).toBeGreaterThan(0);
    expect(points[95]?.radius).toBeGreaterThan(0);
    // A dense series draws no dot where the line shows the value.
    expect(points[20]?.radius).toBe(0);
    const pixel = await pixelsOf(renderPng(configFor(monthly, request, wide), wide));
    const colour = chartColours('light').series[0] ?? '';
    for (const index of [49, 95]) {
      const point = points[index];
      expect(point && near(pixel(point.x, point.y), colour)).toBe(true);
    }
  });

  test('a value with no neighbour has a dot in a sparse series', () => {
    const [, bucharest] = layoutOf(participation, { type: 'line' }, narrow).points;
    expect(bucharest?.map((point) => point.radius > 0)).toEqual([true, false, false, true]);
  });

  test('the first and last points of a line are painted whole, at the plot edges too', async () => {
    for (const [name, variant] of variants) {
      const config = configFor(participation, { type: 'line' }, variant);
      const layout = layoutChart(config, variant);
      const pixel = await pixelsOf(renderPng(config, variant));
      const hq = layout.points[0] ?? [];
      const colours = chartColours(variant.scheme);
      for (const point of [hq[0], hq.at(-1)]) {
        if (point === undefined) throw new Error('no point');
        // The outline (2 px) is painted on all four sides of the dot.
        const edge = point.radius;
        const samples = [
          pixel(point.x + edge, point.y),
          pixel(point.x - edge, point.y),
          pixel(point.x, point.y - edge),
          pixel(point.x, point.y + edge),
        ];
        const outline = point === hq.at(-1) ? colours.ink : (colours.series[0] ?? '');
        expect(
          samples.map((sample) => near(sample, outline, 90)),
          name,
        ).toEqual([true, true, true, true]);
        expect(point.x + point.radius + 1).toBeLessThan(layout.width);
      }
    }
  });
});

describe('labels and legends fit', () => {
  const charts: [string, Dataset, ChartRequest][] = [
    [
      'line',
      participation,
      {
        type: 'line',
        target: { value: 85, label: 'Goal for 2025: 85% of all employees', period: '2025' },
      },
    ],
    [
      'bar',
      participation,
      { type: 'bar', target: { value: 85, label: 'Goal for 2025: 85% of all employees' } },
    ],
    ['stacked', investment, { type: 'stacked-bar' }],
    ['doughnut', investment, { type: 'doughnut' }],
  ];

  test('titles, axis titles and legend items stay on the canvas, off the plot and apart', () => {
    for (const [chart, dataset, request] of charts) {
      for (const [name, variant] of variants) {
        const layout = layoutOf(dataset, request, variant);
        const where = `${chart} ${name}`;
        const boxes = [...layout.title, ...layout.axisTitle, ...layout.legend];
        for (const box of boxes) expect(inside(box, layout.width, layout.height), where).toBe(true);
        for (const box of [...layout.title, ...layout.axisTitle])
          expect(box.bottom, where).toBeLessThanOrEqual(layout.chartArea.top);
        // The top tick label reaches half a line above the plot.
        for (const box of layout.axisTitle)
          expect(box.bottom, where).toBeLessThanOrEqual(
            layout.chartArea.top - variant.fontSize * 0.6,
          );
        for (const box of layout.legend)
          expect(box.top, where).toBeGreaterThanOrEqual(
            layout.scales.x?.bottom ?? layout.chartArea.bottom,
          );
        layout.legend.forEach((a, i) =>
          layout.legend.slice(i + 1).forEach((b) => expect(overlap(a, b), where).toBe(false)),
        );
        for (const [a, b] of [[layout.title, layout.axisTitle]] as const)
          for (const box of a)
            for (const other of b) expect(overlap(box, other), where).toBe(false);
      }
    }
  });

  test('long legend items, axis titles and titles wrap in the narrow chart', () => {
    const layout = layoutOf(participation, { type: 'line' }, narrow);
    expect(layout.title.length).toBeGreaterThan(1);
    expect(layout.axisTitle.length).toBeGreaterThan(1);
    expect(layout.axisTitle.map((line) => line.text).join(' ')).toBe(
      'Employees who volunteered at least once in the year, as a share of all employees (%)',
    );
    expect(layout.legend[0]?.lines.length).toBeGreaterThan(1);
    expect(layout.legend[0]?.lines.join(' ')).toBe(
      'Cluj-Napoca headquarters and the regional offices in Transylvania',
    );
  });

  test('the target is named in the legend, never over the plot', () => {
    for (const [, variant] of variants) {
      const request: ChartRequest = {
        type: 'bar',
        target: { value: 85, label: 'Goal for 2025: 85% of all employees' },
      };
      const layout = layoutOf(participation, request, variant);
      const index = layout.impact?.legend.findIndex((entry) => entry.text.startsWith('Target:'));
      expect(layout.impact?.legend[index ?? -1]?.text).toBe(
        'Target: Goal for 2025: 85% of all employees (85%)',
      );
      const box = layout.legend[index ?? -1];
      expect(box && overlap(box, layout.chartArea)).toBe(false);
    }
  });

  test('a target whose label says nothing more than "goal" is just the target', () => {
    for (const label of ['Goal', 'Our target', '']) {
      const request: ChartRequest = { type: 'bar', target: { value: 85, label } };
      const legend = layoutOf(participation, request, wide).impact?.legend ?? [];
      expect(legend.map((entry) => entry.text)).toContain('Target (85%)');
    }
  });
});

describe('a target line spans only its period', () => {
  const quarterly = makeDataset({
    title: 'Meals served',
    measure: { label: 'Meals', unit: { label: 'meals', kind: 'count' }, aggregation: 'sum' },
    observations: ['2024', '2025', '2026'].flatMap((year) =>
      [1, 2, 3, 4].map((quarter) => ({ period: `${year}-Q${quarter}`, value: 100 + quarter })),
    ),
  });
  const target = (period?: string): ChartRequest => ({
    type: 'line',
    target: { value: 300, label: 'Meals a quarter', period },
  });

  test('over the axis periods inside it, from the edge of the first to that of the last', async () => {
    const config = configFor(quarterly, target('2025'), wide);
    const layout = layoutChart(config, wide);
    expect(layout.impact?.target?.span).toEqual({ first: 4, last: 7 });
    const line = layout.target;
    if (line === undefined) throw new Error('no target line');
    const quarter = (layout.chartArea.right - layout.chartArea.left) / 12;
    expect(line.left).toBeCloseTo(layout.chartArea.left + 4 * quarter, 0);
    expect(line.right).toBeCloseTo(layout.chartArea.left + 8 * quarter, 0);
    // What is painted: the dashed line in ink inside the span, nothing outside it.
    const pixel = await pixelsOf(renderPng(config, wide));
    const ink = chartColours('light').ink;
    const inkAt = (from: number, to: number) => {
      let count = 0;
      for (let x = Math.ceil(from); x < to; x += 1)
        if (near(pixel(x, line.y - 0.5), ink)) count += 1;
      return count;
    };
    expect(inkAt(line.left + 1, line.right - 1)).toBeGreaterThan((line.right - line.left) / 2);
    expect(inkAt(layout.chartArea.left, line.left - 2)).toBe(0);
    expect(inkAt(line.right + 2, layout.chartArea.right)).toBe(0);
  });

  test('over the whole plot without a period; not at all when its period is off the axis', () => {
    const whole = layoutOf(quarterly, target(), wide);
    expect(whole.target?.left).toBeCloseTo(whole.chartArea.left);
    expect(whole.target?.right).toBeCloseTo(whole.chartArea.right);
    const off = layoutOf(quarterly, target('2030'), wide);
    expect(off.target).toBeUndefined();
    expect(off.impact?.legend.map((entry) => entry.text)).toContain(
      'Target: Meals a quarter (300 meals; 2030 is not on this chart)',
    );
  });

  test('bars: from the left edge of the first bar’s category to the right edge of the last', () => {
    const bars = layoutOf(quarterly, { ...target('2026-Q2'), type: 'bar' }, wide);
    const quarter = (bars.chartArea.right - bars.chartArea.left) / 12;
    expect(bars.target?.left).toBeCloseTo(bars.chartArea.left + 9 * quarter, 0);
    expect(bars.target?.right).toBeCloseTo(bars.chartArea.left + 10 * quarter, 0);
  });

  test('which axis periods lie inside a period, in every form', () => {
    expect(periodSpan(['2024-Q4', '2025-Q1', '2025-Q2'], '2025')).toEqual({ first: 1, last: 2 });
    expect(periodSpan(['2025-03', '2025-04', '2025-06', '2025-07'], '2025-Q2')).toEqual({
      first: 1,
      last: 2,
    });
    expect(periodSpan(['2025-01-31', '2025-02-01', '2025-02-28'], '2025-02')).toEqual({
      first: 1,
      last: 2,
    });
    expect(periodSpan(['2024', '2025'], '2025-Q1')).toBeUndefined();
    // Without the fiscal year's first month, a fiscal year holds only itself.
    expect(periodSpan(['2023/24', '2024/25'], '2024/25')).toEqual({ first: 1, last: 1 });
    expect(periodSpan(['2024', '2025'], '2024/25')).toBeUndefined();
  });
});

describe('values for part of their period', () => {
  const partial = (data: ChartData) => {
    for (const series of data.series) {
      const last = series.points.at(-1);
      if (last?.value != null) last.coverage = 'Jan–Sep 2025';
    }
  };

  test('are hatched bars, named in the legend', () => {
    const config = configFor(schools, { type: 'bar' }, wide, partial);
    const fills = config.data.datasets[0]?.backgroundColor as unknown[];
    expect(fills.map((fill) => typeof fill)).toEqual(['string', 'string', 'string', 'object']);
    expect(impactOf(config)?.legend.map((entry) => entry.text)).toContain(
      'Part of the period only: Jan–Sep 2025 (hatched)',
    );
  });

  test('are hollow points at the end of a dashed segment, named in the legend', () => {
    const config = configFor(schools, { type: 'line' }, wide, partial);
    const layout = layoutChart(config, wide);
    expect(layout.impact?.legend.map((entry) => entry.text)).toContain(
      'Part of the period only: Jan–Sep 2025 (dashed, hollow)',
    );
    const dataset = config.data.datasets[0] as unknown as { pointBackgroundColor: string[] };
    const page = chartColours('light').page;
    expect(dataset.pointBackgroundColor.map((fill) => fill === page)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    const segment = (
      config.data.datasets[0] as { segment?: { borderDash: (c: object) => unknown } }
    ).segment;
    expect(segment?.borderDash({ p0DataIndex: 2, p1DataIndex: 3 })).toEqual([6, 4]);
    expect(segment?.borderDash({ p0DataIndex: 1, p1DataIndex: 2 })).toBeUndefined();
  });
});

describe('stacks with a missing part', () => {
  test('are marked above the stack and explained in the legend', () => {
    for (const [name, variant] of variants) {
      const layout = layoutOf(investment, { type: 'stacked-bar' }, variant);
      expect(layout.impact?.incomplete).toEqual([1]);
      const [mark] = layout.incomplete;
      if (mark === undefined) throw new Error('no mark');
      const x = layout.scales.x;
      const slot = ((x?.right ?? 0) - (x?.left ?? 0)) / 3;
      expect(mark.x, name).toBeCloseTo((x?.left ?? 0) + 1.5 * slot, 0);
      expect(mark.y - mark.radius, name).toBeGreaterThanOrEqual(layout.chartArea.top);
      expect(layout.impact?.legend.map((entry) => entry.text)).toContain(
        'Incomplete total: a part has no data',
      );
    }
  });

  test('a stack with every part or no part is not marked', () => {
    const complete = makeDataset({
      ...investment,
      observations: investment.observations.filter((o) => o.period !== '2024'),
    });
    const layout = layoutOf(complete, { type: 'stacked-bar' }, wide);
    // 2023 and 2025 have every part; 2024 is a gap on the axis.
    expect(layout.impact?.incomplete).toEqual([]);
    expect(layout.impact?.legend.map((entry) => entry.text)).not.toContain(
      'Incomplete total: a part has no data',
    );
  });
});

describe('doughnuts', () => {
  test('label the slices that fit, legibly and apart, and state the total', () => {
    for (const [name, variant] of variants) {
      const config = configFor(investment, { type: 'doughnut' }, variant);
      const layout = layoutChart(config, variant);
      const texts = layout.sliceLabels.map((label) => label.text);
      expect(texts, name).toContain('65%');
      // 3,000 of 183,000 is too thin a slice for its label; the legend gives it.
      expect(texts, name).not.toContain('2%');
      for (const box of layout.sliceLabels)
        expect(inside(box, layout.width, layout.height)).toBe(true);
      layout.sliceLabels.forEach((a, i) =>
        layout.sliceLabels.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)),
      );
      expect(layout.title.map((line) => line.text).join(' ')).toBe(
        'Community investment by type of contribution, 2025: RON\u00a0183,000 in total',
      );
      expect(layout.impact?.legend.map((entry) => entry.text)).toEqual([
        'Cash donations: RON\u00a0120,000 (65%)',
        'Employee volunteering time, valued at average salary cost: RON\u00a060,000 (33%)',
        'In-kind donations of equipment: RON\u00a03,000 (2%)',
        'Estimated or provisional (hatched)',
      ]);
    }
  });

  test('slice text reads on its slice; an estimated part is hatched', () => {
    const config = configFor(investment, { type: 'doughnut' }, wide);
    const [dataset] = config.data.datasets;
    const fills = dataset?.backgroundColor as (string | object)[];
    expect(fills.map((fill) => typeof fill)).toEqual(['string', 'object', 'string']);
    const slices = impactOf(config)?.slices ?? [];
    slices.forEach((slice, i) => {
      const fill = fills[i];
      if (typeof fill === 'string')
        expect(contrastRatio(slice.colour, fill)).toBeGreaterThanOrEqual(4.5);
      // A hatch suits no text colour: the label sits on a patch of the page colour.
      else expect(slice.backing).toBe(chartColours('light').page);
    });
  });
});

describe('every series stays distinguishable', () => {
  test('series styles differ pairwise, past the palette too', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { series: palette } = chartColours(scheme);
      const bar = Array.from({ length: 5 * palette.length }, (_, i) => seriesStyle(i, palette));
      expect(new Set(bar.map((s) => `${s.colour} ${s.pattern ?? 'solid'}`)).size).toBe(bar.length);
      const line = Array.from({ length: 12 * palette.length }, (_, i) => seriesStyle(i, palette));
      expect(new Set(line.map((s) => JSON.stringify([s.colour, s.dash, s.pointStyle]))).size).toBe(
        line.length,
      );
    }
  });

  test('a line chart of 10 series draws and shows each its own way', () => {
    const many = makeDataset({
      measure: {
        label: 'Volunteers',
        unit: { label: 'people', kind: 'count' },
        aggregation: 'sum',
      },
      series: Array.from({ length: 10 }, (_, i) => ({ id: `city-${i}`, label: `City ${i + 1}` })),
      observations: Array.from({ length: 10 }, (_, i) =>
        ['2024', '2025'].map((period, j) => ({ series: `city-${i}`, period, value: i + j })),
      ).flat(),
    });
    const config = configFor(many, { type: 'line' }, wide);
    const looks = config.data.datasets.map((dataset) => {
      const { borderColor, borderDash, pointStyle } = dataset as unknown as Record<string, unknown>;
      return JSON.stringify([borderColor, borderDash, pointStyle]);
    });
    expect(new Set(looks).size).toBe(10);
    const legend = impactOf(config)?.legend ?? [];
    const samples = legend.map((entry) => JSON.stringify(entry.symbol));
    expect(new Set(samples).size).toBe(10);
    expect(legend[7]?.symbol).toMatchObject({
      kind: 'line',
      dash: [10, 4],
      point: { style: 'rectRot' },
    });
  });

  test('palette colours stay at least ΔE00 10 apart after darkening or lightening to 3:1', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { series, page } = chartColours(scheme);
      expect(series).toHaveLength(7);
      series.forEach((a, i) => {
        expect(contrastRatio(a, page)).toBeGreaterThanOrEqual(3);
        for (const b of series.slice(i + 1))
          expect(colourDifference(a, b), `${a} ${b}`).toBeGreaterThanOrEqual(
            minimumSeriesDifference,
          );
      });
    }
  });

  test('ΔE00 matches the CIEDE2000 test data of Sharma, Wu and Dalal (2005)', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
      [[50, -0.001, 2.49], [50, 0.0011, -2.49], 4.7461],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [56, -27, -3], 31.903],
    ];
    for (const [a, b, expected] of pairs) expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
  });
});
