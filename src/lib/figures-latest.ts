import type { Dataset } from '../schemas/index.ts';
import { resolveFigure, type FigureResult } from './figures.ts';
import { periodRange } from './periods.ts';

/**
 * The latest calendar year the dataset covers to its last day (so a year with only three
 * quarters in is never summed as if complete), with the dataset's figure for it.
 */
export function latestYearFigure(
  dataset: Dataset,
  series?: string,
  fiscalYearStartMonth?: number,
): { period: string; figure: Extract<FigureResult, { ok: true }> } | undefined {
  const years = dataset.observations
    .filter((observation) => series === undefined || observation.series === series)
    .map((observation) => periodRange(observation.period, fiscalYearStartMonth))
    .filter((range) => range !== undefined && range.end.endsWith('-12-31'))
    .map((range) => range?.end.slice(0, 4) ?? '')
    .sort();
  const year = years.at(-1);
  if (year === undefined) return undefined;
  const figure = resolveFigure(dataset, { period: year, series }, fiscalYearStartMonth);
  return figure.ok ? { period: year, figure } : undefined;
}
