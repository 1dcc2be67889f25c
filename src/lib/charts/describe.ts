import type { Dataset } from '../../schemas/index.ts';
import { formatNumber, formatValue } from '../format.ts';
import { formatPeriod, periodRange } from '../periods.ts';
import type {
  ChartData,
  ChartPoint,
  ChartRequest,
  ChartSeries,
  ChartTarget,
} from './chart-data.ts';
import { sharesOf } from './shares.ts';
import { targetName } from './target-label.ts';

const typeNames: Record<ChartRequest['type'], string> = {
  bar: 'Bar chart',
  line: 'Line chart',
  'stacked-bar': 'Stacked bar chart',
  doughnut: 'Doughnut chart',
};

type KnownPoint = ChartPoint & { value: number };

/** What a chart shows, as its title says: the author's title or the dataset's. */
export function chartTitle(dataset: Dataset, request: ChartRequest): string {
  return request.title ?? dataset.title;
}

/** "Q3 2024 (estimated)". */
function pointLabel(point: ChartPoint): string {
  return `${formatPeriod(point.period)} (${point.status ?? 'measured'})`;
}

function describeSeries(series: ChartSeries, dataset: Dataset, locale: string): string {
  const subject = series.label;
  const value = (v: number) => formatValue(v, dataset.measure, locale);
  // A change between percentages is in percentage points, not per cent.
  const difference = (v: number) =>
    dataset.measure.unit.kind === 'percent'
      ? `${formatNumber(v, dataset.measure, locale)} percentage points`
      : value(v);
  const withValue = series.points.filter((point): point is KnownPoint => point.value !== null);
  // A value for part of a period (a year to date) is no match for whole periods: trends,
  // highest and lowest use whole periods, and the part is stated on its own.
  const known = withValue.filter((point) => point.coverage === undefined);
  const partial = withValue.filter((point) => point.coverage !== undefined);
  const first = known[0];
  const last = known.at(-1);
  const partNotes = partial.map(
    (point) =>
      `${formatPeriod(point.period)} so far (${point.coverage ?? ''}): ${value(point.value)}.`,
  );
  if (first === undefined || last === undefined)
    return partNotes.length === 0 ? `${subject}: no data.` : `${subject}: ${partNotes.join(' ')}`;
  const at = (point: KnownPoint) => `${value(point.value)} in ${formatPeriod(point.period)}`;
  const sentences: string[] = [];
  const highest = known.reduce((best, point) => (point.value > best.value ? point : best));
  const lowest = known.reduce((best, point) => (point.value < best.value ? point : best));
  if (first === last) sentences.push(`${subject}: ${at(first)}.`);
  else if (highest.value === lowest.value)
    sentences.push(
      `${subject}: stayed at ${value(first.value)} from ${formatPeriod(first.period)} to ${formatPeriod(last.period)}.`,
    );
  else {
    const change = last.value - first.value;
    const sign = change >= 0 ? '+' : '−';
    const share = Math.abs(Math.round((change / first.value) * 100));
    const percent =
      first.value === 0 ? '' : `, ${sign}${new Intl.NumberFormat(locale).format(share)}%`;
    sentences.push(
      change === 0
        ? `${subject}: ${at(first)} and again ${at(last)}.`
        : `${subject}: ${change > 0 ? 'rose' : 'fell'} from ${at(first)} to ${at(last)} (${sign}${difference(Math.abs(change))}${percent}).`,
      `Highest: ${at(highest)}; lowest: ${at(lowest)}.`,
    );
  }
  sentences.push(...partNotes);
  const notFinal = withValue.filter((point) => (point.status ?? 'measured') !== 'measured');
  if (notFinal.length > 0) sentences.push(`Not final: ${notFinal.map(pointLabel).join(', ')}.`);
  // Restated values are outlined in the picture; the text says which they are.
  const restated = withValue.filter((point) => point.restated).map((p) => formatPeriod(p.period));
  if (restated.length > 0) sentences.push(`Restated: ${restated.join(', ')}.`);
  const gaps = series.points
    .filter((point) => point.value === null)
    .map((point) => formatPeriod(point.period));
  if (gaps.length > 0) sentences.push(`No data for ${gaps.join(', ')}.`);
  return sentences.join(' ');
}

/** Periods where a stack is missing some of its parts, so its height is not a total. */
function incompleteStacks(data: ChartData): string[] {
  return data.periods.flatMap((period, index) => {
    const values = data.series.map((series) => series.points[index]?.value ?? null);
    const missing = data.series.filter((_, i) => values[i] === null).map(({ label }) => label);
    return missing.length > 0 && missing.length < values.length
      ? [`${formatPeriod(period)} (no data for ${missing.join(', ')})`]
      : [];
  });
}

function describeDoughnut(
  dataset: Dataset,
  data: ChartData,
  request: ChartRequest,
  locale: string,
): string {
  const index = data.periods.length - 1;
  const period = data.periods[index] ?? '';
  const parts = data.series.map((series) => ({
    label: series.label,
    point: series.points[index],
    value: series.points[index]?.value ?? 0,
  }));
  const shares = sharesOf(
    parts.map(({ value }) => value),
    locale,
  );
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  const listed = parts.map(({ label, point, value }, i) => {
    const status =
      point?.status === undefined || point.status === 'measured' ? '' : `, ${point.status}`;
    return `${label} ${formatValue(value, dataset.measure, locale)} (${shares[i]?.text ?? ''}${status})`;
  });
  return `${typeNames.doughnut}: ${chartTitle(dataset, request)}, ${formatPeriod(period)}. Total ${formatValue(total, dataset.measure, locale)}: ${listed.join('; ')}.`;
}

/** The target, its period, and whether that period is on the chart's axis at all. */
function describeTarget(
  target: ChartTarget,
  data: ChartData,
  dataset: Dataset,
  locale: string,
): string {
  const name = targetName(target.label);
  const amount = formatValue(target.value, dataset.measure, locale);
  const value = name === undefined ? amount : `${amount} (${name})`;
  if (target.period === undefined) return `Target: ${value}.`;
  const range = periodRange(target.period);
  // Fiscal years are matched by name: their days need the site's fiscal month.
  const onAxis = data.periods.some((period) => {
    const own = periodRange(period);
    return (
      period === target.period || (range && own && own.start >= range.start && own.end <= range.end)
    );
  });
  const absent = onAxis ? '' : ' (not on the chart: no data for that period yet)';
  return `Target for ${formatPeriod(target.period)}: ${value}${absent}.`;
}

/**
 * The text alternative of a chart, generated from exactly what is drawn: the chart's title,
 * the periods, and per series its first and last values, the change (or that it stayed flat),
 * the highest and lowest values, what is not final or covers part of its period, what was
 * restated, and gaps; incomplete stacks; the target and its period. Doughnuts give shares that add up to 100%.
 */
export function describeChart(
  dataset: Dataset,
  data: ChartData,
  request: ChartRequest,
  locale: string,
): string {
  if (request.type === 'doughnut') return describeDoughnut(dataset, data, request, locale);
  const first = data.periodLabels[0] ?? '';
  const last = data.periodLabels.at(-1) ?? '';
  const span = first === last ? first : `${first} to ${last}`;
  const intro = `${typeNames[request.type]}: ${chartTitle(dataset, request)}, ${span}.`;
  // A single-series dataset's one series is labelled with its measure (see `chartData`).
  const bodies = data.series.map((series) => describeSeries(series, dataset, locale));
  const incomplete = request.type === 'stacked-bar' ? incompleteStacks(data) : [];
  const stacks = incomplete.length === 0 ? [] : [`Incomplete totals: ${incomplete.join(', ')}.`];
  const target =
    request.target === undefined ? [] : [describeTarget(request.target, data, dataset, locale)];
  return [intro, ...bodies, ...stacks, ...target].join(' ');
}
