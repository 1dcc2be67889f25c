import type { Dataset, Observation } from '../schemas/index.ts';
import { formatValue } from './format.ts';
import { formatPeriod, periodDatetime, periodRange, periodSequence } from './periods.ts';

/** One row of a dataset's table, ready to print. */
export interface ObservationRow {
  period: string;
  periodLabel: string;
  /** `datetime` of a `<time>` element, when HTML can express the period. */
  periodDatetime: string | undefined;
  series: string | undefined;
  seriesLabel: string | undefined;
  /** Null for a period without an observation: the table says "no data" rather than skip it. */
  value: number | null;
  valueLabel: string;
  status: Observation['status'] | undefined;
  note: string | undefined;
  /** Values published before this one, newest last. */
  restatedFrom: number[];
}

function observationRow(
  dataset: Dataset,
  observation: Observation,
  locale: string,
): ObservationRow {
  return {
    period: observation.period,
    periodLabel: formatPeriod(observation.period),
    periodDatetime: periodDatetime(observation.period),
    series: observation.series,
    seriesLabel: dataset.series?.find(({ id }) => id === observation.series)?.label,
    value: observation.value,
    valueLabel: formatValue(observation.value, dataset.measure, locale),
    status: observation.status,
    note: observation.note,
    restatedFrom: (dataset.restatements ?? [])
      .filter(
        (restatement) =>
          restatement.period === observation.period && restatement.series === observation.series,
      )
      .sort((a, b) => a.date.localeCompare(b.date))
      .map(({ previousValue }) => previousValue),
  };
}

/**
 * Every period from the first to the last, in time order, each series in declared order within
 * a period; a period without an observation is a row that says "no data", never left out.
 */
export function observationRows(
  dataset: Dataset,
  locale: string,
  fiscalYearStartMonth?: number,
): ObservationRow[] {
  const series: { id: string | undefined; label: string | undefined }[] = dataset.series ?? [
    { id: undefined, label: undefined },
  ];
  const byKey = new Map(dataset.observations.map((o) => [`${o.series ?? ''}\u0000${o.period}`, o]));
  const start = (period: string) => periodRange(period, fiscalYearStartMonth)?.start ?? period;
  const periods =
    periodSequence(dataset.observations.map(({ period }) => period)) ??
    [...new Set(dataset.observations.map(({ period }) => period))].sort((a, b) =>
      start(a).localeCompare(start(b)),
    );
  return periods.flatMap((period) =>
    series.map(({ id, label }) => {
      const observation = byKey.get(`${id ?? ''}\u0000${period}`);
      if (observation !== undefined) return observationRow(dataset, observation, locale);
      return {
        period,
        periodLabel: formatPeriod(period),
        periodDatetime: periodDatetime(period),
        series: id,
        seriesLabel: label,
        value: null,
        valueLabel: 'no data',
        status: undefined,
        note: undefined,
        restatedFrom: [],
      };
    }),
  );
}

/** First and last period of a dataset, for "2022 – 2025" labels. */
export function coveredPeriods(
  dataset: Dataset,
  fiscalYearStartMonth?: number,
): { first: string; last: string } {
  const start = (period: string) => periodRange(period, fiscalYearStartMonth)?.start ?? period;
  const periods = dataset.observations
    .map(({ period }) => period)
    .sort((a, b) => start(a).localeCompare(start(b)));
  return { first: periods[0] ?? '', last: periods.at(-1) ?? '' };
}
