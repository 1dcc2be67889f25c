import type { Dataset } from '../../schemas/index.ts';
import { periodForm, periodRange } from '../periods.ts';
import { resolveFigure, type Figure } from './resolve.ts';

/**
 * The latest year that has ended by `today` (`YYYY-MM-DD`) and that the dataset covers
 * completely — a calendar year, or a fiscal year where the data is kept by fiscal year — with
 * its figure (one series, or the total across series). A year with a quarter missing, a year
 * still in progress and a year of forecasts are skipped, never shown as a year's result.
 */
export function latestCompleteYear(
  dataset: Dataset,
  options: {
    today: string;
    series?: string | undefined;
    fiscalYearStartMonth?: number | undefined;
  },
): { period: string; figure: Figure } | undefined {
  const { today, series, fiscalYearStartMonth } = options;
  const candidates = new Set<string>();
  for (const { period } of dataset.observations) {
    const range = periodRange(period, fiscalYearStartMonth);
    if (range === undefined) continue;
    if (periodForm(period) === 'fiscalYear') candidates.add(period);
    else for (const day of [range.start, range.end]) candidates.add(day.slice(0, 4));
  }
  const end = (period: string) => periodRange(period, fiscalYearStartMonth)?.end ?? '';
  const newestFirst = [...candidates].sort((a, b) => end(b).localeCompare(end(a)));
  for (const period of newestFirst) {
    if (end(period) > today) continue;
    const figure = resolveFigure(dataset, { period, series }, fiscalYearStartMonth);
    if (figure.ok && figure.coverage === undefined) return { period, figure };
  }
  return undefined;
}
