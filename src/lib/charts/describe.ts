import type { Dataset } from '../../schemas/index.ts';
import { formatNumber, formatValue } from '../format.ts';
import { formatPeriod } from '../periods.ts';
import type { ChartData, ChartRequest, ChartSeries } from './chart-data.ts';

const typeNames: Record<ChartRequest['type'], string> = {
  bar: 'Bar chart',
  line: 'Line chart',
  'stacked-bar': 'Stacked bar chart',
  doughnut: 'Doughnut chart',
};

function describeSeries(
  series: ChartSeries,
  dataset: Dataset,
  locale: string,
  named: boolean,
): string {
  const value = (v: number) => formatValue(v, dataset.measure, locale);
  // A change between percentages is in percentage points, not per cent.
  const difference = (v: number) =>
    dataset.measure.unit.kind === 'percent'
      ? `${formatNumber(v, dataset.measure, locale)} percentage points`
      : value(v);
  const known = series.points.filter((point) => point.value !== null) as {
    period: string;
    value: number;
    status: string | undefined;
  }[];
  const first = known[0];
  const last = known.at(-1);
  if (first === undefined || last === undefined) return `${series.label}: no data.`;
  const subject = named ? `${series.label}: ` : `${dataset.measure.label} `;
  if (first === last)
    return `${subject}${named ? '' : 'was '}${value(first.value)} in ${formatPeriod(first.period)}.`;
  const change = last.value - first.value;
  const sign = change >= 0 ? '+' : '−';
  const share = Math.abs(Math.round((change / first.value) * 100));
  const percent =
    first.value === 0 ? '' : `, ${sign}${new Intl.NumberFormat(locale).format(share)}%`;
  const highest = known.reduce((best, point) => (point.value > best.value ? point : best), first);
  const from = `${value(first.value)} in ${formatPeriod(first.period)}`;
  const to = `${value(last.value)} in ${formatPeriod(last.period)}`;
  const trend =
    change === 0
      ? `${subject}stayed at ${value(first.value)} from ${formatPeriod(first.period)} to ${formatPeriod(last.period)}.`
      : `${subject}${change > 0 ? 'rose' : 'fell'} from ${from} to ${to} (${sign}${difference(Math.abs(change))}${percent}).`;
  const sentences = [trend, `Highest: ${value(highest.value)} in ${formatPeriod(highest.period)}.`];
  const uncertain = known
    .filter((point) => point.status !== 'measured')
    .map((point) => `${formatPeriod(point.period)} (${point.status ?? ''})`);
  if (uncertain.length > 0) sentences.push(`Not final: ${uncertain.join(', ')}.`);
  const gaps = series.points
    .filter((point) => point.value === null)
    .map((point) => formatPeriod(point.period));
  if (gaps.length > 0) sentences.push(`No data for ${gaps.join(', ')}.`);
  return sentences.join(' ');
}

/**
 * The text alternative of a chart, generated from the data: what is measured, the periods
 * covered, first and last values, the change, the highest value, and what is not final.
 */
export function describeChart(
  dataset: Dataset,
  data: ChartData,
  request: ChartRequest,
  locale: string,
): string {
  const first = data.periodLabels[0] ?? '';
  const last = data.periodLabels.at(-1) ?? '';
  const what = `${typeNames[request.type]} of ${dataset.measure.label.toLowerCase()}`;
  if (request.type === 'doughnut') {
    const period = data.periods.at(-1) ?? '';
    const parts = data.series.map((series) => ({
      label: series.label,
      value: series.points.at(-1)?.value ?? 0,
    }));
    const total = parts.reduce((sum, part) => sum + part.value, 0);
    const shares = parts.map(
      (part) =>
        `${part.label} ${formatValue(part.value, dataset.measure, locale)} (${total === 0 ? 0 : Math.round((part.value / total) * 100)}%)`,
    );
    return `${what} in ${formatPeriod(period)}, by ${dataset.series === undefined ? 'part' : 'series'}: ${shares.join('; ')}. Total ${formatValue(total, dataset.measure, locale)}.`;
  }
  const span = first === last ? first : `from ${first} to ${last}`;
  const intro = `${what}, ${span}.`;
  const named = data.series.length > 1;
  const body = data.series
    .map((series) => describeSeries(series, dataset, locale, named))
    .join(' ');
  const target = request.target
    ? ` Target: ${formatValue(request.target.value, dataset.measure, locale)} (${request.target.label}).`
    : '';
  return `${intro} ${body}${target}`;
}
