import type { Dataset, Programme } from '../../schemas/index.ts';
import { latestCompleteYear } from './latest.ts';
import type { Figure } from './resolve.ts';

interface WithId<Data> {
  id: string;
  data: Data;
}

/** One headline number for the home page. */
export interface HeadlineFigure<D extends WithId<Dataset>> {
  dataset: D;
  /** The series it counts; undefined for a single-series dataset or the total across series. */
  series: string | undefined;
  /** Exactly what the number counts: the measure, and the series when it is one of several. */
  label: string;
  period: string;
  figure: Figure;
}

/** What a figure of `dataset` (and `series`) counts, in the dataset's own words. */
export function figureLabel(dataset: Dataset, series: string | undefined): string {
  const seriesLabel = dataset.series?.find(({ id }) => id === series)?.label;
  return seriesLabel === undefined
    ? dataset.measure.label
    : `${dataset.measure.label} — ${seriesLabel}`;
}

/**
 * One figure per programme, in programme-name order: the latest complete year that has ended
 * (see `latestCompleteYear`) of the dataset (and series) behind its first goal, or of its first
 * dataset whose series add up. A programme without such a year shows no headline figure rather
 * than a partial one.
 */
export function headlineFigures<D extends WithId<Dataset>>(
  programmes: readonly WithId<Programme>[],
  datasets: readonly D[],
  options: { today: string; fiscalYearStartMonth?: number | undefined },
): HeadlineFigure<D>[] {
  return [...programmes]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .flatMap((programme) => {
      const goal = programme.data.goals?.[0];
      const candidates = [
        ...datasets
          .filter(({ id }) => id === goal?.dataset)
          .map((dataset) => ({ dataset, series: goal?.series })),
        ...datasets
          .filter(({ data }) => data.programme === programme.id)
          .map((dataset) => ({ dataset, series: undefined })),
      ];
      for (const { dataset, series } of candidates) {
        const latest = latestCompleteYear(dataset.data, { ...options, series });
        if (latest === undefined) continue;
        const label = figureLabel(dataset.data, series);
        return [{ dataset, series, label, period: latest.period, figure: latest.figure }];
      }
      return [];
    });
}
