import type { Dataset, Observation } from '../../schemas/index.ts';
import { formatValue } from '../format.ts';
import { latestCompleteYear } from './latest.ts';
import { periodWithStatus } from './resolve.ts';
import { restatedIn, restatementAnchor, restatementHistory } from '../restatements.ts';

/** A dataset's newest complete-year figure, ready to print. */
export interface LatestValue {
  /** Series name when the dataset's series are separate figures; undefined for the whole. */
  seriesLabel: string | undefined;
  /** The year (or fiscal year) the value is for, as in the data (`2025`, `FY2025`). */
  period: string;
  /**
   * The period as readers read it, with the value's status when it is not final: `2025`,
   * `2025, provisional`, `2024/25, estimated`. Wherever a latest value is shown, this is shown
   * with it, so a provisional figure never reads as final.
   */
  when: string;
  /** The least certain status of the values it is made of. */
  status: Observation['status'];
  value: number;
  /** The value with its unit in the site's locale: `291 units`, `RON 48,200`. */
  text: string;
  /**
   * Anchor on the dataset page of the restatement history entry (or the whole history) to link
   * to when the value uses a restated observation (`restatementAnchor`); undefined otherwise.
   */
  restatement: string | undefined;
}

/**
 * The figures of the latest complete year of a dataset (see `latestCompleteYear`): one total for
 * a single series or series that add up, one per series otherwise (enrolled and completed are
 * not a total). Empty when no year has ended with the data complete.
 */
export function latestValues(
  dataset: Dataset,
  options: { locale: string; today: string; fiscalYearStartMonth?: number | undefined },
): LatestValue[] {
  const wholes =
    dataset.series === undefined || dataset.measure.seriesAddUp
      ? [{ id: undefined, label: undefined }]
      : dataset.series;
  const history = restatementHistory(dataset, options.locale);
  return wholes.flatMap((series) => {
    const latest = latestCompleteYear(dataset, { ...options, series: series.id });
    if (latest === undefined) return [];
    const { value, status, observations } = latest.figure;
    const restated = restatedIn(history, observations);
    return [
      {
        seriesLabel: series.label,
        period: latest.period,
        when: periodWithStatus(latest.figure),
        status,
        value,
        text: formatValue(value, dataset.measure, options.locale),
        restatement: restated.length === 0 ? undefined : restatementAnchor(restated),
      },
    ];
  });
}
