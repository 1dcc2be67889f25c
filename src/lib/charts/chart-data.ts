import type { Dataset, Observation, PeriodForm } from '../../schemas/index.ts';
import { resolveFigure } from '../figures/resolve.ts';
import {
  formatPeriod,
  periodContaining,
  periodForm,
  periodRange,
  periodSequence,
} from '../periods.ts';

/** How a chart of a dataset is asked for: by the dataset, a programme goal or an author. */
export interface ChartRequest {
  type: NonNullable<Dataset['chart']>['type'];
  /** Series to show; all when undefined. */
  series?: readonly string[] | undefined;
  title?: string | undefined;
  /**
   * Chart the dataset by periods of this form (`year`), each the figure of its sub-periods
   * (see `resolveFigure`); a goal for a year is charted by year even when the data is quarterly.
   */
  resolution?: PeriodForm | undefined;
  /** A target line; with `period`, it spans only the axis periods inside that period. */
  target?: ChartTarget | undefined;
}

/** A target drawn on a chart: a value to reach, what it is, and the period it is for. */
export interface ChartTarget {
  value: number;
  label: string;
  /** The period the target is for (`2025`); the whole axis when undefined. */
  period?: string | undefined;
}

/** One value on the chart; `value` is null for a period without an observation (a gap). */
export interface ChartPoint {
  period: string;
  value: number | null;
  status: Observation['status'] | undefined;
  restated: boolean;
  /**
   * What part of the period the value covers ("Jan–Sep 2026") when it is not the whole period
   * (a year still in progress); undefined for a value of the whole period.
   */
  coverage?: string | undefined;
}

/** One line, or one colour of bars. */
export interface ChartSeries {
  id: string | undefined;
  label: string;
  points: ChartPoint[];
}

/** What a chart shows, independent of how it is drawn. */
export interface ChartData {
  /** Every period on the axis, gaps included. */
  periods: string[];
  periodLabels: string[];
  series: ChartSeries[];
}

/** The series a chart draws: those asked for, in declared order; the single series otherwise. */
function selectedSeries(
  dataset: Dataset,
  request: ChartRequest,
): { id: string | undefined; label: string }[] {
  if (dataset.series === undefined) return [{ id: undefined, label: dataset.measure.label }];
  return dataset.series.filter(
    ({ id }) => request.series === undefined || request.series.includes(id),
  );
}

/** Whether charting needs to combine sub-periods into periods of `request.resolution`. */
function resolvesPeriods(
  dataset: Dataset,
  request: ChartRequest,
): request is ChartRequest & { resolution: PeriodForm } {
  const { resolution } = request;
  return (
    resolution !== undefined &&
    dataset.observations.some(({ period }) => periodForm(period) !== resolution)
  );
}

/** The axis periods: every period from the first to the last observation, gaps included. */
function axisPeriods(
  dataset: Dataset,
  request: ChartRequest,
  fiscalYearStartMonth: number | undefined,
): string[] | undefined {
  const periods = dataset.observations.map(({ period }) => period);
  if (!resolvesPeriods(dataset, request)) return periodSequence(periods);
  const days = periods.flatMap((period) => {
    const range = periodRange(period, fiscalYearStartMonth);
    return range === undefined ? [] : [range.start, range.end];
  });
  const first = days.reduce((a, b) => (b < a ? b : a), days[0] ?? '');
  const last = days.reduce((a, b) => (b > a ? b : a), days[0] ?? '');
  const ends = [first, last].map((day) =>
    periodContaining(day, request.resolution, fiscalYearStartMonth),
  );
  return ends.includes(undefined) ? undefined : periodSequence(ends as string[]);
}

const key = (series: string | undefined, period: string) => `${series ?? ''}\u0000${period}`;

/**
 * The values of a chart, one point per series and period, with gaps as null. With a
 * `resolution`, each point is the figure of its period: a part-period value carries its
 * `coverage`, and a period that cannot be computed (a quarter missing) is a gap.
 */
export function chartData(
  dataset: Dataset,
  request: ChartRequest,
  fiscalYearStartMonth?: number,
): ChartData {
  const series = selectedSeries(dataset, request);
  const periods = axisPeriods(dataset, request, fiscalYearStartMonth) ?? [];
  const restatements = dataset.restatements ?? [];
  const byKey = new Map(dataset.observations.map((o) => [key(o.series, o.period), o]));
  const resolving = resolvesPeriods(dataset, request);
  const point = (id: string | undefined, period: string): ChartPoint => {
    if (!resolving) {
      const observation = byKey.get(key(id, period));
      return {
        period,
        value: observation?.value ?? null,
        status: observation?.status,
        restated: restatements.some((r) => key(r.series, r.period) === key(id, period)),
      };
    }
    const figure = resolveFigure(dataset, { period, series: id }, fiscalYearStartMonth);
    if (!figure.ok) return { period, value: null, status: undefined, restated: false };
    const used = new Set(figure.observations.map((o) => key(o.series, o.period)));
    return {
      period,
      value: figure.value,
      status: figure.status,
      restated: restatements.some((r) => used.has(key(r.series, r.period))),
      coverage: figure.coverage?.label,
    };
  };
  return {
    periods,
    periodLabels: periods.map(formatPeriod),
    series: series.map(({ id, label }) => ({
      id,
      label,
      points: periods.map((period) => point(id, period)),
    })),
  };
}

/** Names of period forms, for messages. */
const formNames: Record<PeriodForm, string> = {
  year: 'years',
  quarter: 'quarters',
  month: 'months',
  day: 'days',
  fiscalYear: 'fiscal years',
};

function sharesProblem(data: ChartData): string | undefined {
  const period = data.periodLabels.at(-1) ?? '';
  const missing = data.series.filter((series) => series.points.at(-1)?.value == null);
  if (missing.length > 0) {
    return `a doughnut shows the shares of a whole: expected a value for every series in ${period}, found none for ${missing.map(({ id }) => `"${id ?? ''}"`).join(', ')}; use type="bar" or type="stacked-bar"`;
  }
  const values = data.series.map((series) => series.points.at(-1)?.value ?? 0);
  const negative = data.series.find((_, index) => (values[index] ?? 0) < 0);
  if (negative !== undefined) {
    return `a doughnut shows the shares of a whole: expected values ≥ 0, found a negative value for "${negative.id ?? ''}" in ${period}; use type="bar"`;
  }
  if (values.reduce((sum, value) => sum + value, 0) <= 0) {
    return `a doughnut shows the shares of a whole: expected a total above zero in ${period}, found 0; use type="bar"`;
  }
  return undefined;
}

/**
 * Why a chart cannot be drawn honestly from a dataset, worded for the author, or undefined.
 * The same rules guard the check and the renderer: one form of period on the axis; stacks and
 * doughnuts need several series that add up (`measure.seriesAddUp`); a doughnut needs a value
 * ≥ 0 for every series in its period and a total above zero.
 */
export function chartProblem(
  dataset: Dataset,
  request: ChartRequest,
  fiscalYearStartMonth?: number,
): string | undefined {
  const series = selectedSeries(dataset, request);
  if (request.series?.length === 0) return 'expected at least one series id, found an empty list';
  if (axisPeriods(dataset, request, fiscalYearStartMonth) === undefined) {
    const forms = [...new Set(dataset.observations.map(({ period }) => periodForm(period)))];
    const found = forms.flatMap((form) => (form === undefined ? [] : [formNames[form]]));
    return `expected periods of one form on a chart's time axis, found ${found.join(' and ')}; keep one form in this dataset (for example only quarters) or put the others in a dataset of their own`;
  }
  if (request.type === 'stacked-bar' || request.type === 'doughnut') {
    const shape =
      request.type === 'doughnut'
        ? 'a doughnut shows the shares of a whole'
        : 'a stacked bar adds series up';
    if ((dataset.series?.length ?? 0) < 2)
      return `${shape}: expected a dataset with several series, found one`;
    if (series.length < 2) return `${shape}: expected several series, found one selected`;
    // The shares of some parts are not their shares of the whole.
    if (request.type === 'doughnut' && series.length < (dataset.series?.length ?? 0)) {
      return `${shape}: expected every series (${dataset.series?.map(({ id }) => id).join(', ') ?? ''}), found ${series.length} selected; leave series out, or use type="bar"`;
    }
    if (!dataset.measure.seriesAddUp) {
      return `${shape}: expected series that are parts of one whole (measure.seriesAddUp: true in the dataset), found series that do not add up; use type="bar" or type="line"`;
    }
  }
  if (request.type === 'doughnut')
    return sharesProblem(chartData(dataset, request, fiscalYearStartMonth));
  return undefined;
}
