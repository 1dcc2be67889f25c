import {
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  type ChartType,
  type LegendItem,
} from 'chart.js';
import type { Dataset } from '../../schemas/index.ts';
import { formatNumber } from '../format.ts';
import type { ChartData, ChartPoint, ChartRequest } from './chart-data.ts';
import type { ChartColours, ChartVariant } from './variants.ts';

/** Fill for values that are not final; the renderer makes it a hatch pattern of the colour. */
export type HatchFill = (colour: string, background: string) => CanvasPattern | string;

/** What the configuration needs besides the data: sizes, colours, locale, the hatch maker. */
export interface ChartStyle {
  variant: ChartVariant;
  colours: ChartColours;
  locale: string;
  hatch: HatchFill;
}

declare module 'chart.js' {
  // The type parameter must repeat Chart.js's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** Options of the renderer's `impact` plugin (src/lib/charts/render.ts). */
    impact?: ImpactPluginOptions;
  }
}

/** Options of the renderer's own plugin: the page background and a target line. */
export interface ImpactPluginOptions {
  background: string;
  target?: { value: number; label: string; colour: string } | undefined;
}

const notFinal = (point: ChartPoint) => point.status !== undefined && point.status !== 'measured';

function barDatasets(data: ChartData, style: ChartStyle): ChartDataset<'bar'>[] {
  const { colours, hatch } = style;
  return data.series.map((series, index) => {
    const colour = colours.series[index % colours.series.length] ?? colours.ink;
    return {
      label: series.label,
      data: series.points.map((point) => point.value),
      backgroundColor: series.points.map((point) =>
        notFinal(point) ? hatch(colour, colours.page) : colour,
      ),
      borderColor: series.points.map((point) => (point.restated ? colours.ink : colour)),
      borderWidth: series.points.map((point) => (point.restated || notFinal(point) ? 2 : 0)),
    };
  });
}

function lineDatasets(data: ChartData, style: ChartStyle): ChartDataset<'line'>[] {
  const { colours } = style;
  return data.series.map((series, index) => {
    const colour = colours.series[index % colours.series.length] ?? colours.ink;
    const points = series.points;
    // Dense series draw only the points that carry a mark; thousands of dots would hide the line.
    const dense = points.length > 60;
    const radius = (point: ChartPoint) => (point.restated ? 6 : notFinal(point) || !dense ? 4 : 0);
    return {
      label: series.label,
      data: points.map((point) => point.value),
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: dense ? 1.5 : 2.5,
      spanGaps: false,
      // A segment that reaches a value that is not final is dashed, as is the point (hollow).
      ...(points.some(notFinal)
        ? {
            segment: {
              borderDash: (context: { p0DataIndex: number; p1DataIndex: number }) => {
                const from = points[context.p0DataIndex];
                const to = points[context.p1DataIndex];
                return (from && notFinal(from)) || (to && notFinal(to)) ? [6, 4] : undefined;
              },
            },
          }
        : {}),
      pointRadius: points.map(radius),
      pointBackgroundColor: points.map((point) => (notFinal(point) ? colours.page : colour)),
      pointBorderColor: points.map((point) => (point.restated ? colours.ink : colour)),
      pointBorderWidth: 2,
    };
  });
}

function legendExtras(data: ChartData, request: ChartRequest, style: ChartStyle): LegendItem[] {
  const { colours, hatch } = style;
  const points = data.series.flatMap((series) => series.points);
  const extras: LegendItem[] = [];
  const isLine = request.type === 'line';
  if (points.some(notFinal)) {
    extras.push({
      text: isLine
        ? 'Estimated or provisional (dashed, hollow)'
        : 'Estimated or provisional (hatched)',
      fillStyle: isLine ? colours.page : hatch(colours.muted, colours.page),
      strokeStyle: colours.muted,
      lineWidth: 2,
      lineDash: isLine ? [6, 4] : [],
      fontColor: colours.ink,
      hidden: false,
    });
  }
  if (points.some((point) => point.restated)) {
    extras.push({
      text: 'Restated (outlined)',
      fillStyle: colours.page,
      strokeStyle: colours.ink,
      lineWidth: 2,
      fontColor: colours.ink,
      hidden: false,
    });
  }
  return extras;
}

/** Splits a title into lines that fit the canvas; Chart.js does not wrap titles itself. */
export function wrapTitle(text: string, width: number, fontSize: number): string[] {
  const maxChars = Math.floor(width / (fontSize * 0.6));
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The unit as the value axis states it. */
export function axisTitle(dataset: Dataset): string {
  const { unit, label } = dataset.measure;
  return (
    dataset.chart?.yAxisLabel ??
    `${label} (${unit.kind === 'currency' ? (unit.currency ?? unit.label) : unit.label})`
  );
}

/**
 * A Chart.js configuration for a dataset: honest by rule (bars from zero, the unit on the
 * axis, values that are not final hatched or dashed and named in the legend, restated values
 * outlined), readable (formatted periods and numbers), in the variant's colours.
 */
export function toChartConfig(
  dataset: Dataset,
  data: ChartData,
  request: ChartRequest,
  style: ChartStyle,
): ChartConfiguration<'bar' | 'line' | 'doughnut'> {
  const { colours, variant, locale } = style;
  const titleSize = Math.round(variant.fontSize * 1.15);
  const titleText = request.title ?? dataset.title;
  const title = {
    display: true,
    text: wrapTitle(titleText, variant.width, titleSize),
    color: colours.ink,
    font: { size: titleSize, weight: 'bold' as const },
  };
  const legend = {
    position: 'bottom' as const,
    labels: {
      color: colours.ink,
      boxWidth: variant.fontSize,
      generateLabels: (chart: Chart) => [
        ...Chart.defaults.plugins.legend.labels.generateLabels(chart),
        ...legendExtras(data, request, style),
      ],
    },
  };
  if (request.type === 'doughnut') {
    const period = data.periods.at(-1);
    const last = data.series.map((series) => series.points.at(-1)?.value ?? 0);
    return {
      type: 'doughnut',
      data: {
        labels: data.series.map((series) => series.label),
        datasets: [
          {
            data: last,
            backgroundColor: data.series.map(
              (_, i) => colours.series[i % colours.series.length] ?? colours.ink,
            ),
            borderColor: colours.page,
            borderWidth: 2,
          },
        ],
      },
      options: {
        plugins: {
          title: {
            ...title,
            text: wrapTitle(
              `${titleText}, ${data.periodLabels.at(-1) ?? period ?? ''}`,
              variant.width,
              titleSize,
            ),
          },
          legend: { ...legend, labels: { color: colours.ink, boxWidth: variant.fontSize } },
          impact: { background: colours.page } satisfies ImpactPluginOptions,
        },
      },
    };
  }
  const stacked = request.type === 'stacked-bar';
  const impact: ImpactPluginOptions = {
    background: colours.page,
    target: request.target && { ...request.target, colour: colours.ink },
  };
  const scales = {
    x: {
      stacked,
      // Measuring a sample of labels keeps long series (thousands of periods) fast to lay out.
      ticks: { color: colours.ink, maxRotation: 0, autoSkipPadding: 8, sampleSize: 24 },
      grid: { display: false },
      border: { color: colours.line },
    },
    y: {
      stacked,
      beginAtZero: request.type !== 'line',
      title: { display: true, text: axisTitle(dataset), color: colours.ink },
      ticks: {
        color: colours.ink,
        callback: (value: string | number) => formatNumber(Number(value), dataset.measure, locale),
      },
      grid: { color: colours.line },
      border: { display: false },
      ...(request.target ? { suggestedMax: request.target.value } : {}),
    },
  };
  const base = { labels: data.periodLabels };
  const options = {
    plugins: { title, legend, tooltip: { enabled: false }, impact },
    scales,
    layout: { padding: 8 },
  };
  return request.type === 'line'
    ? { type: 'line', data: { ...base, datasets: lineDatasets(data, style) }, options }
    : { type: 'bar', data: { ...base, datasets: barDatasets(data, style) }, options };
}
