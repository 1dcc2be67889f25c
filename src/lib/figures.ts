import type { Dataset, Observation } from '../schemas/index.ts';
import { periodRange } from './periods.ts';
import { didYouMean } from './suggest.ts';

/** Which number of a dataset a key figure shows. */
export interface FigureRequest {
  period: string;
  series?: string | undefined;
}

/** A resolved figure, or why it cannot be resolved (worded for the author). */
export type FigureResult =
  | { ok: true; value: number; status: Observation['status']; observations: Observation[] }
  | { ok: false; reason: string };

const statusRank: Record<Observation['status'], number> = {
  measured: 0,
  provisional: 1,
  estimated: 2,
};

/** Combines values of sub-periods the way the dataset says they add up. */
function aggregate(
  dataset: Dataset,
  observations: Observation[],
  fiscalYearStartMonth?: number,
): number {
  const values = observations.map(({ value }) => value);
  switch (dataset.measure.aggregation) {
    case 'sum':
      return values.reduce((total, value) => total + value, 0);
    case 'mean':
      return values.reduce((total, value) => total + value, 0) / values.length;
    case 'last': {
      const endOf = (observation: Observation) =>
        periodRange(observation.period, fiscalYearStartMonth)?.end ?? '';
      return (
        [...observations].sort((a, b) => endOf(a).localeCompare(endOf(b))).at(-1)?.value ??
        Number.NaN
      );
    }
  }
}

/**
 * The value of a dataset for a period: the observation itself, or the observations of shorter
 * periods inside it combined by the dataset's aggregation (quarters summed into a year). Without
 * a series, a multi-series dataset is summed across series when its aggregation is a sum.
 */
export function resolveFigure(
  dataset: Dataset,
  request: FigureRequest,
  fiscalYearStartMonth?: number,
): FigureResult {
  const seriesIds = dataset.series?.map(({ id }) => id) ?? [];
  if (request.series !== undefined && !seriesIds.includes(request.series)) {
    const expected =
      seriesIds.length === 0 ? 'no series (the dataset has one)' : `one of ${seriesIds.join(', ')}`;
    return {
      ok: false,
      reason: `unknown series "${request.series}": expected ${expected}${didYouMean(request.series, seriesIds)}`,
    };
  }
  if (
    request.series === undefined &&
    seriesIds.length > 0 &&
    dataset.measure.aggregation !== 'sum'
  ) {
    return {
      ok: false,
      reason: `expected a series (${seriesIds.join(', ')}): values of this dataset do not add up across series`,
    };
  }
  const range = periodRange(request.period, fiscalYearStartMonth);
  if (range === undefined) {
    return {
      ok: false,
      reason: `expected a period written YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or YYYY/YY, found "${request.period}"`,
    };
  }
  const inSeries = dataset.observations.filter(
    (observation) => request.series === undefined || observation.series === request.series,
  );
  const exact = inSeries.filter((observation) => observation.period === request.period);
  const inside = inSeries.filter((observation) => {
    const own = periodRange(observation.period, fiscalYearStartMonth);
    return own !== undefined && own.start >= range.start && own.end <= range.end;
  });
  const used = exact.length > 0 ? exact : inside;
  if (used.length === 0) {
    const available = [...new Set(inSeries.map(({ period }) => period))];
    return {
      ok: false,
      reason: `no value for period "${request.period}"; the dataset has ${available.join(', ')}${didYouMean(request.period, available)}`,
    };
  }
  const byPeriod = new Map<string, Observation[]>();
  for (const observation of used)
    byPeriod.set(observation.period, [...(byPeriod.get(observation.period) ?? []), observation]);
  // Across series values are summed per period first, then periods combined by the aggregation.
  const perPeriod = [...byPeriod.entries()].map(([period, observations]) => ({
    period,
    value: observations.reduce((total, { value }) => total + value, 0),
    status: 'measured' as const,
  }));
  const value = aggregate(dataset, perPeriod, fiscalYearStartMonth);
  const status = used.reduce<Observation['status']>(
    (worst, observation) =>
      statusRank[observation.status] > statusRank[worst] ? observation.status : worst,
    'measured',
  );
  return { ok: true, value, status, observations: used };
}
