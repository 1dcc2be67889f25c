import type { Dataset, Observation, Programme } from '../schemas/index.ts';
import { latestYearFigure } from './figures-latest.ts';

interface WithId<Data> {
  id: string;
  data: Data;
}

/** One headline number for the home page. */
export interface HeadlineFigure<D extends WithId<Dataset>> {
  dataset: D;
  period: string;
  value: number;
  status: Observation['status'];
}

/**
 * One figure per programme: the latest full year of the dataset behind its first goal (or its
 * first dataset), in programme order, so the home page shows each programme's main result.
 */
export function headlineFigures<D extends WithId<Dataset>>(
  programmes: readonly WithId<Programme>[],
  datasets: readonly D[],
  fiscalYearStartMonth?: number,
): HeadlineFigure<D>[] {
  return [...programmes]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .flatMap((programme) => {
      const goal = programme.data.goals?.[0];
      const dataset =
        datasets.find(({ id }) => id === goal?.dataset) ??
        datasets.find(({ data }) => data.programme === programme.id);
      if (dataset === undefined) return [];
      const latest = latestYearFigure(dataset.data, goal?.series, fiscalYearStartMonth);
      return latest === undefined
        ? []
        : [
            {
              dataset,
              period: latest.period,
              value: latest.figure.value,
              status: latest.figure.status,
            },
          ];
    });
}
