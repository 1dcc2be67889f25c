import type { Dataset, Observation } from '../schemas/index.ts';
import { formatValue } from './format.ts';
import { formatPeriod, periodDatetime, periodRange } from './periods.ts';

/** One row of a dataset's table, ready to print. */
export interface ObservationRow {
  period: string;
  periodLabel: string;
  /** `datetime` of a `<time>` element, when HTML can express the period. */
  periodDatetime: string | undefined;
  series: string | undefined;
  seriesLabel: string | undefined;
  value: number;
  valueLabel: string;
  status: Observation['status'];
  note: string | undefined;
  /** Values published before this one, newest last. */
  restatedFrom: number[];
}

/** Observations in time order (series in declared order within a period), formatted for a table. */
export function observationRows(
  dataset: Dataset,
  locale: string,
  fiscalYearStartMonth?: number,
): ObservationRow[] {
  const seriesOrder = dataset.series?.map(({ id }) => id) ?? [];
  const start = (observation: Observation) =>
    periodRange(observation.period, fiscalYearStartMonth)?.start ?? observation.period;
  return [...dataset.observations]
    .sort(
      (a, b) =>
        start(a).localeCompare(start(b)) ||
        seriesOrder.indexOf(a.series ?? '') - seriesOrder.indexOf(b.series ?? ''),
    )
    .map((observation) => ({
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
    }));
}

/** First and last period of a dataset, for "2022 – 2025" labels. */
export function coveredPeriods(
  dataset: Dataset,
  fiscalYearStartMonth?: number,
): { first: string; last: string } {
  const rows = observationRows(dataset, 'en', fiscalYearStartMonth);
  return { first: rows[0]?.period ?? '', last: rows.at(-1)?.period ?? '' };
}
