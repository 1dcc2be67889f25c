import type { ChartConfiguration, ChartDataset, ChartType, PointStyle, Tick } from 'chart.js';
import type { Dataset } from '../../schemas/index.ts';
import { contrastRatio } from '../colour.ts';
import { formatFixed, formatValue } from '../format.ts';
import { sharesOf } from './shares.ts';
import { formatPeriod, periodRange } from '../periods.ts';
import type { CreditText } from './chart-credit.ts';
import type { ChartData, ChartPoint, ChartRequest } from './chart-data.ts';
import type { ChartColours, ChartVariant } from './variants.ts';
import { targetLegendText } from './target-label.ts';

/**
 * Patterns that fill bars and slices: `diagonal` (lines of the colour on the background) marks
 * values that are not final; the others (marks of the background on the colour) tell apart
 * series beyond the palette.
 */
export type FillPattern = 'diagonal' | 'dots' | 'horizontal' | 'vertical' | 'grid';

/** Makes `pattern` (diagonal by default) of `colour` on `background`; the renderer's `hatch`. */
export type HatchFill = (
  colour: string,
  background: string,
  pattern?: FillPattern,
) => CanvasPattern | string;

/** What the configuration needs besides the data: sizes, colours, locale, the hatch maker. */
export interface ChartStyle {
  variant: ChartVariant;
  colours: ChartColours;
  locale: string;
  hatch: HatchFill;
  /** The footer line crediting source, publisher, licence and date (`creditText`); none when absent. */
  credit?: CreditText | undefined;
}

declare module 'chart.js' {
  // The type parameter must repeat Chart.js's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** Options of the renderer's `impact` plugin (src/lib/charts/render.ts). */
    impact?: ImpactPluginOptions;
  }
}

/** A point marker as Chart.js draws it (`radius` in px). */
export interface LegendPoint {
  style: PointStyle;
  radius: number;
  fill: string;
  stroke: string;
}

/** The sample drawn before a legend text. */
export type LegendSymbol =
  | { kind: 'box'; fill: string | CanvasPattern; stroke: string; lineWidth: number }
  | { kind: 'line'; colour: string; dash: number[]; lineWidth: number; point?: LegendPoint }
  | { kind: 'point'; point: LegendPoint }
  /** The mark of an incomplete stack (`incompleteMark` in render.ts). */
  | { kind: 'mark' };

/** One legend item; the renderer wraps `text` to the canvas. */
export interface LegendEntry {
  text: string;
  symbol: LegendSymbol;
}

/** A dashed line at `value` over the axis periods `first` to `last` (indices, inclusive). */
export interface TargetLine {
  value: number;
  colour: string;
  /** Undefined when no axis period lies inside the target's period: no line is drawn. */
  span: { first: number; last: number } | undefined;
}

/** The label of a doughnut slice: its share, in a colour legible on the slice. */
export interface SliceLabel {
  text: string;
  colour: string;
  /** A patch of this colour behind the text, for a patterned slice no text colour suits. */
  backing: string | undefined;
}

/**
 * Options of the renderer's own plugin: the page background, the legend (the renderer lays it
 * out and wraps it), a target line, the stacks whose total misses a part (their indices), and
 * the labels of doughnut slices.
 */
export interface ImpactPluginOptions {
  background: string;
  ink: string;
  legend: LegendEntry[];
  target?: TargetLine | undefined;
  incomplete?: number[] | undefined;
  slices?: SliceLabel[] | undefined;
  /**
   * The footer line under the legend (`creditText`), in `colour`: the whole text, or the short
   * one when the whole would take more lines than the renderer allows.
   */
  credit?: (CreditText & { colour: string }) | undefined;
}

/** Padding around the whole chart, in px. */
export const chartPadding = 8;

/** Radius plus border of the largest point marker (a restated value), in px. */
const largestPointExtent = 8;

const notFinal = (point: ChartPoint) => point.status !== undefined && point.status !== 'measured';
const partOfPeriod = (point: ChartPoint) => point.coverage !== undefined;
/** Drawn hatched, or hollow with a dashed segment: not final, or only part of its period. */
const provisional = (point: ChartPoint) => notFinal(point) || partOfPeriod(point);

/** How a series looks: its colour and, past the palette's first round, a pattern or dash. */
export interface SeriesStyle {
  colour: string;
  /** Fill pattern of bars and slices; undefined for a solid fill. */
  pattern: FillPattern | undefined;
  /** Line dash; empty for a solid line. */
  dash: number[];
  pointStyle: PointStyle;
}

const seriesPatterns = [undefined, 'dots', 'horizontal', 'vertical', 'grid'] as const;
const seriesDashes = [[], [10, 4], [2, 3]];
const seriesPointStyles: PointStyle[] = ['circle', 'rectRot', 'triangle', 'rect'];

/**
 * The style of the series at `index`: the palette's colours in order, then again with the next
 * pattern (bars, slices), and the next dash and point style (lines; 3 dashes and 4 point
 * styles, so each pair comes once in 12 rounds). Styles differ for up to 5 rounds of the
 * palette for bars and 12 for lines: 35 and 84 series with the 7 colours of `chartColours`.
 */
export function seriesStyle(index: number, palette: readonly string[]): SeriesStyle {
  const round = Math.floor(index / Math.max(palette.length, 1));
  return {
    colour: palette[index % palette.length] ?? '#000000',
    pattern: seriesPatterns[round % seriesPatterns.length],
    dash: seriesDashes[round % seriesDashes.length] ?? [],
    pointStyle: seriesPointStyles[round % seriesPointStyles.length] ?? 'circle',
  };
}

/** The fill of a bar or slice: hatched when provisional, else the series' colour or pattern. */
function fillOf(point: ChartPoint | undefined, series: SeriesStyle, style: ChartStyle) {
  const { colours, hatch } = style;
  if (point !== undefined && provisional(point)) return hatch(series.colour, colours.page);
  return series.pattern === undefined
    ? series.colour
    : hatch(series.colour, colours.page, series.pattern);
}

function barDatasets(data: ChartData, style: ChartStyle): ChartDataset<'bar'>[] {
  const { colours } = style;
  return data.series.map((series, index) => {
    const look = seriesStyle(index, colours.series);
    return {
      label: series.label,
      data: series.points.map((point) => point.value),
      backgroundColor: series.points.map((point) => fillOf(point, look, style)),
      borderColor: series.points.map((point) => (point.restated ? colours.ink : look.colour)),
      borderWidth: series.points.map((point) => (point.restated || provisional(point) ? 2 : 0)),
    };
  });
}

/** Whether the value at `index` has no value on either side: without a dot it is not drawn. */
function isolated(points: readonly ChartPoint[], index: number): boolean {
  const known = (i: number) => (points[i]?.value ?? null) !== null;
  return known(index) && !known(index - 1) && !known(index + 1);
}

/**
 * Radius of the dot at `index`, in px. Dense series (over 60 points) draw only the dots that
 * carry a mark, since thousands would hide the line; a value with no neighbour always has a
 * dot, as no segment shows it.
 */
function pointRadius(points: readonly ChartPoint[], index: number, dense: boolean): number {
  const point = points[index];
  if (point === undefined || point.value === null) return 0;
  if (point.restated) return 6;
  return provisional(point) || !dense || isolated(points, index) ? 4 : 0;
}

function lineDatasets(data: ChartData, style: ChartStyle): ChartDataset<'line'>[] {
  const { colours } = style;
  return data.series.map((series, index) => {
    const look = seriesStyle(index, colours.series);
    const points = series.points;
    const dense = points.length > 60;
    return {
      label: series.label,
      data: points.map((point) => point.value),
      borderColor: look.colour,
      backgroundColor: look.colour,
      borderWidth: dense ? 1.5 : 2.5,
      borderDash: look.dash,
      spanGaps: false,
      // Points at the edges of the plot are drawn whole.
      clip: largestPointExtent,
      // A solid line is dashed where it reaches a provisional value; a dashed series keeps its
      // own dash there, and its hollow point marks the value.
      ...(look.dash.length === 0 && points.some(provisional)
        ? {
            segment: {
              borderDash: (context: { p0DataIndex: number; p1DataIndex: number }) => {
                const from = points[context.p0DataIndex];
                const to = points[context.p1DataIndex];
                return (from && provisional(from)) || (to && provisional(to)) ? [6, 4] : undefined;
              },
            },
          }
        : {}),
      pointStyle: look.pointStyle,
      pointRadius: points.map((_, i) => pointRadius(points, i, dense)),
      pointBackgroundColor: points.map((point) =>
        provisional(point) ? colours.page : look.colour,
      ),
      pointBorderColor: points.map((point) => (point.restated ? colours.ink : look.colour)),
      pointBorderWidth: 2,
    };
  });
}

/**
 * The axis periods inside `period` (`2025` holds `2025-Q1` … `2025-Q4` and `2025`), as the
 * indices of the first and last; undefined when none is. A fiscal year's months are unknown
 * here, so a fiscal year holds only itself.
 */
export function periodSpan(
  periods: readonly string[],
  period: string,
): { first: number; last: number } | undefined {
  const outer = periodRange(period);
  const inside = (axisPeriod: string) => {
    if (axisPeriod === period) return true;
    const inner = periodRange(axisPeriod);
    return (
      outer !== undefined &&
      inner !== undefined &&
      inner.start >= outer.start &&
      inner.end <= outer.end
    );
  };
  const first = periods.findIndex(inside);
  if (first === -1) return undefined;
  return { first, last: periods.findLastIndex(inside) };
}

/** The target line of a request over the axis: its period's span, or the whole axis. */
function targetLine(
  data: ChartData,
  request: ChartRequest,
  colour: string,
): TargetLine | undefined {
  const target = request.target;
  if (target === undefined) return undefined;
  const span =
    target.period === undefined
      ? { first: 0, last: data.periods.length - 1 }
      : periodSpan(data.periods, target.period);
  return { value: target.value, colour, span };
}

/**
 * Indices of the periods of a stack where some series have a value and others none: the stack
 * is not the whole total.
 */
export function incompleteStacks(data: ChartData): number[] {
  return data.periods.flatMap((_, index) => {
    const values = data.series.map((series) => series.points[index]?.value ?? null);
    const some = values.some((value) => value !== null);
    const missing = values.some((value) => value === null);
    return some && missing ? [index] : [];
  });
}

/** The distinct coverages of part-period values (`Jan–Sep 2026`). */
function coverages(points: readonly ChartPoint[]): string[] {
  return [...new Set(points.flatMap((point) => (point.coverage ? [point.coverage] : [])))];
}

/** Legend items for what marks mean: provisional, part-period and restated values. */
function markLegend(points: readonly ChartPoint[], type: ChartRequest['type'], style: ChartStyle) {
  const { colours, hatch } = style;
  const isLine = type === 'line';
  const how = isLine ? 'dashed, hollow' : 'hatched';
  const provisionalSymbol: LegendSymbol = isLine
    ? {
        kind: 'line',
        colour: colours.muted,
        dash: [6, 4],
        lineWidth: 2,
        point: { style: 'circle', radius: 4, fill: colours.page, stroke: colours.muted },
      }
    : {
        kind: 'box',
        fill: hatch(colours.muted, colours.page),
        stroke: colours.muted,
        lineWidth: 2,
      };
  const entries: LegendEntry[] = [];
  if (points.some(notFinal))
    entries.push({ text: `Estimated or provisional (${how})`, symbol: provisionalSymbol });
  if (points.some(partOfPeriod)) {
    const covered = coverages(points);
    const which = covered.length === 1 ? `: ${covered[0] ?? ''}` : '';
    entries.push({ text: `Part of the period only${which} (${how})`, symbol: provisionalSymbol });
  }
  if (points.some((point) => point.restated)) {
    entries.push({
      text: 'Restated (outlined)',
      symbol: isLine
        ? {
            kind: 'point',
            point: { style: 'circle', radius: 5, fill: colours.page, stroke: colours.ink },
          }
        : { kind: 'box', fill: colours.page, stroke: colours.ink, lineWidth: 2 },
    });
  }
  return entries;
}

/** The legend item of a series: a box of its fill, or a line with its dash and point. */
function seriesSymbol(index: number, type: ChartRequest['type'], style: ChartStyle): LegendSymbol {
  const look = seriesStyle(index, style.colours.series);
  if (type !== 'line')
    return { kind: 'box', fill: fillOf(undefined, look, style), stroke: look.colour, lineWidth: 0 };
  return {
    kind: 'line',
    colour: look.colour,
    dash: look.dash,
    lineWidth: 2.5,
    point: { style: look.pointStyle, radius: 4, fill: look.colour, stroke: look.colour },
  };
}

/** The target's legend item, which names it where a label on the plot could cover data. */
function targetLegend(
  dataset: Dataset,
  request: ChartRequest,
  line: TargetLine,
  locale: string,
): LegendEntry {
  const target = request.target;
  const value = formatValue(line.value, dataset.measure, locale);
  const offAxis =
    line.span === undefined && target?.period !== undefined
      ? `; ${formatPeriod(target.period)} is not on this chart`
      : '';
  return {
    text: targetLegendText(target?.label, value, offAxis),
    symbol: { kind: 'line', colour: line.colour, dash: [8, 5], lineWidth: 2 },
  };
}

/**
 * Splits `text` into lines no wider than `width` (as `measure` measures a string, in px),
 * between words; a word wider than a line (a long address) is cut between characters, since
 * text past the canvas edge would be lost.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  // Only ordinary white space breaks: a no-break space keeps "RON 400,000" together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(...breakWord(word, width, measure));
  }
  return lines;
}

function breakWord(word: string, width: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && measure(piece + character) > width) {
      pieces.push(piece);
      piece = character;
    } else piece += character;
  }
  return [...pieces, piece];
}

/**
 * Splits a title into lines that fit the canvas, estimating a character at 0.6 of the font
 * size; the renderer wraps it again with the font's real widths.
 */
export function wrapTitle(text: string, width: number, fontSize: number): string[] {
  return wrapText(text, width, (line) => line.length * fontSize * 0.6);
}

/** The unit as the value axis states it. */
export function axisTitle(dataset: Dataset): string {
  const { unit, label } = dataset.measure;
  return (
    dataset.chart?.yAxisLabel ??
    `${label} (${unit.kind === 'currency' ? (unit.currency ?? unit.label) : unit.label})`
  );
}

/** Decimal places of `value` once float noise is rounded off (0.30000000000000004 → 1). */
function decimalPlaces(value: number): number {
  for (let places = 0; places < 12; places += 1) {
    const scaled = value * 10 ** places;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return places;
  }
  return 12;
}

/**
 * Decimal places for every tick of an axis: those of the finest tick value, so labels follow
 * the step (0.5 → one place, 250 → none) and no two ticks read the same.
 */
export function tickFractionDigits(values: readonly number[]): number {
  return Math.max(0, ...values.map(decimalPlaces));
}

/** The chart title, bold and a little larger than the text, wrapped to the canvas. */
function titleOptions(text: string, style: ChartStyle) {
  const size = Math.round(style.variant.fontSize * 1.15);
  return {
    display: true,
    text: wrapTitle(text, style.variant.width - 2 * chartPadding, size),
    color: style.colours.ink,
    font: { size, weight: 'bold' as const },
    padding: { top: 0, bottom: Math.round(size * 0.5) },
  };
}

/**
 * The value axis title as a line above the plot, left-aligned over the tick labels: written
 * across, it wraps over the whole width, where along a short axis (a narrow chart) it would
 * need a line per few words and take the plot's width.
 */
function axisTitleOptions(text: string, style: ChartStyle) {
  const size = style.variant.fontSize;
  return {
    display: true,
    text: wrapTitle(text, style.variant.width - 2 * chartPadding, size),
    align: 'start' as const,
    color: style.colours.ink,
    font: { size, weight: 'normal' as const },
    // The top tick label reaches half a line above the plot.
    padding: { top: 0, bottom: Math.round(size * 0.9) },
  };
}

/**
 * A Chart.js configuration for a dataset: honest by rule (bars from zero, the unit over the
 * value axis, values that are not final or cover part of their period hatched or dashed, restated
 * values outlined, incomplete stacks marked, each named in the legend), readable (formatted
 * periods and numbers, ticks that differ, every value visible), in the variant's colours.
 */
export function toChartConfig(
  dataset: Dataset,
  data: ChartData,
  request: ChartRequest,
  style: ChartStyle,
): ChartConfiguration<'bar' | 'line' | 'doughnut'> {
  if (request.type === 'doughnut') return doughnutConfig(dataset, data, request, style);
  const { colours, locale } = style;
  const points = data.series.flatMap((series) => series.points);
  const seriesLegend = data.series.map((series, index) => ({
    text: series.label,
    symbol: seriesSymbol(index, request.type, style),
  }));
  const stacked = request.type === 'stacked-bar';
  const target = targetLine(data, request, colours.ink);
  const incomplete = stacked ? incompleteStacks(data) : [];
  const legend: LegendEntry[] = [
    ...seriesLegend,
    ...(target ? [targetLegend(dataset, request, target, locale)] : []),
    ...markLegend(points, request.type, style),
    ...(incomplete.length > 0
      ? [{ text: 'Incomplete total: a part has no data', symbol: { kind: 'mark' as const } }]
      : []),
  ];
  const impact: ImpactPluginOptions = {
    background: colours.page,
    ink: colours.ink,
    legend,
    target,
    incomplete,
    credit: creditOptions(style),
  };
  const scales = {
    x: {
      stacked,
      // Half a period free at each end (bars have it by default): a line's first and last
      // points show whole, and a target spans whole periods.
      offset: true,
      // Measuring a sample of labels keeps long series (thousands of periods) fast to lay out.
      ticks: { color: colours.ink, maxRotation: 0, autoSkipPadding: 8, sampleSize: 24 },
      grid: { display: false },
      border: { color: colours.line },
    },
    y: {
      stacked,
      beginAtZero: request.type !== 'line',
      // Drawn as the subtitle instead (see `axisTitleOptions`); the axis keeps its name here.
      title: { display: false, text: axisTitle(dataset) },
      ticks: {
        color: colours.ink,
        // A count has whole ticks only.
        ...(dataset.measure.unit.kind === 'count' ? { precision: 0 } : {}),
        callback: (value: string | number, _index: number, ticks: Tick[]) =>
          formatFixed(Number(value), tickFractionDigits(ticks.map((tick) => tick.value)), locale),
      },
      grid: { color: colours.line },
      border: { display: false },
      ...(target?.span ? { suggestedMax: target.value } : {}),
      // Room above the stacks for the marks of incomplete ones (which otherwise overlap the top).
      ...(incomplete.length > 0 ? { grace: '10%' } : {}),
    },
  };
  const base = { labels: data.periodLabels };
  const options = {
    layout: { padding: chartPadding },
    plugins: {
      title: titleOptions(request.title ?? dataset.title, style),
      subtitle: axisTitleOptions(axisTitle(dataset), style),
      // The renderer draws its own legend, which wraps long items (see `impact`).
      legend: { display: false },
      tooltip: { enabled: false },
      impact,
    },
    scales,
  };
  return request.type === 'line'
    ? { type: 'line', data: { ...base, datasets: lineDatasets(data, style) }, options }
    : { type: 'bar', data: { ...base, datasets: barDatasets(data, style) }, options };
}

/** The footer credit in the muted text colour (4.5:1 on the page in both schemes). */
function creditOptions(style: ChartStyle): ImpactPluginOptions['credit'] {
  return style.credit && { ...style.credit, colour: style.colours.muted };
}

/** The text colour, of ink and page, that reads best on a slice of `colour`. */
function textOn(colour: string, colours: ChartColours): string {
  return contrastRatio(colours.ink, colour) >= contrastRatio(colours.page, colour)
    ? colours.ink
    : colours.page;
}

/**
 * A doughnut of the last period: each slice labelled with its share, the value and share of
 * each in the legend, the total in the title, provisional parts hatched.
 */
function doughnutConfig(
  dataset: Dataset,
  data: ChartData,
  request: ChartRequest,
  style: ChartStyle,
): ChartConfiguration<'doughnut'> {
  const { colours, locale } = style;
  const last = data.series.map((series) => series.points.at(-1));
  const values = last.map((point) => point?.value ?? 0);
  const total = values.reduce((sum, value) => sum + value, 0);
  const shares = sharesOf(values, locale);
  const looks = data.series.map((_, index) => seriesStyle(index, colours.series));
  const period = data.periodLabels.at(-1) ?? '';
  const heading = `${request.title ?? dataset.title}, ${period}: ${formatValue(total, dataset.measure, locale)} in total`;
  const legend: LegendEntry[] = [
    ...data.series.map((series, index) => ({
      text: `${series.label}: ${formatValue(values[index] ?? 0, dataset.measure, locale)} (${shares[index]?.text ?? ''})`,
      symbol: seriesSymbol(index, 'doughnut', style),
    })),
    ...markLegend(
      last.flatMap((point) => (point ? [point] : [])),
      'doughnut',
      style,
    ),
  ];
  const slices: SliceLabel[] = looks.map((look, index) => {
    const point = last[index];
    const patterned = look.pattern !== undefined || (point !== undefined && provisional(point));
    return {
      text: shares[index]?.text ?? '',
      colour: patterned ? colours.ink : textOn(look.colour, colours),
      backing: patterned ? colours.page : undefined,
    };
  });
  return {
    type: 'doughnut',
    data: {
      labels: data.series.map((series) => series.label),
      datasets: [
        {
          data: values,
          backgroundColor: looks.map((look, index) => fillOf(last[index], look, style)),
          borderColor: last.map((point) => (point?.restated ? colours.ink : colours.page)),
          borderWidth: 2,
        },
      ],
    },
    options: {
      layout: { padding: chartPadding },
      plugins: {
        title: titleOptions(heading, style),
        legend: { display: false },
        tooltip: { enabled: false },
        impact: {
          background: colours.page,
          ink: colours.ink,
          legend,
          slices,
          credit: creditOptions(style),
        } satisfies ImpactPluginOptions,
      },
    },
  };
}
