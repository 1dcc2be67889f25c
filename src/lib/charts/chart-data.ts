import type { Dataset, Observation } from '../../schemas/index.ts';
import { formatPeriod, periodSequence } from '../periods.ts';

/** How a chart of a dataset is asked for: by the dataset, a programme goal or an author. */
export interface ChartRequest {
  type: NonNullable<Dataset['chart']>['type'];
  /** Series to show; all when undefined. */
  series?: readonly string[] | undefined;
  title?: string | undefined;
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

/** The values of a chart, one point per series and period, with gaps as null. */
export function chartData(dataset: Dataset, request: ChartRequest): ChartData {
  const series = selectedSeries(dataset, request);
  const observations = dataset.observations.filter((observation) =>
    series.some(({ id }) => id === observation.series),
  );
  const periods = periodSequence(observations.map(({ period }) => period)) ?? [];
  const restated = new Set(
    (dataset.restatements ?? []).map((r) => `${r.series ?? ''}\u0000${r.period}`),
  );
  const byKey = new Map(observations.map((o) => [`${o.series ?? ''}\u0000${o.period}`, o]));
  return {
    periods,
    periodLabels: periods.map(formatPeriod),
    series: series.map(({ id, label }) => ({
      id,
      label,
      points: periods.map((period) => {
        const observation = byKey.get(`${id ?? ''}\u0000${period}`);
        return {
          period,
          value: observation?.value ?? null,
          status: observation?.status,
          restated: restated.has(`${id ?? ''}\u0000${period}`),
        };
      }),
    })),
  };
}

/**
 * Why a chart type does not fit a dataset, worded for the author, or undefined when it fits.
 * Stacks and doughnuts add series up, so they need several series of a summed measure; a
 * chart's axis needs periods of one form.
 */
export function chartTypeProblem(dataset: Dataset, request: ChartRequest): string | undefined {
  const series = selectedSeries(dataset, request);
  if (periodSequence(dataset.observations.map(({ period }) => period)) === undefined) {
    return 'expected periods of one form (all years, all quarters, …) to put them on one axis';
  }
  if (request.type === 'stacked-bar' || request.type === 'doughnut') {
    const shape =
      request.type === 'doughnut'
        ? 'a doughnut shows the shares of a whole'
        : 'a stacked bar adds series up';
    if (series.length < 2) return `${shape}: expected a dataset with several series, found one`;
    if (dataset.measure.aggregation !== 'sum' || dataset.measure.unit.kind === 'percent') {
      return `${shape}: expected values that add up (aggregation "sum", not a percentage)`;
    }
  }
  return undefined;
}
