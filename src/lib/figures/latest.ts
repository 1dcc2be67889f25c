import type { Dataset } from '../../schemas/index.ts';
import { periodForm, periodRange } from '../periods.ts';
import { resolveFigure, type Figure } from './resolve.ts';

/**
 * The latest year the dataset covers completely — a calendar year, or a fiscal year where the
 * data is kept by fiscal year — with its figure (one series, or the total across series). A
 * year with a quarter missing, or still in progress, is skipped, never shown as the year.
 */
export function latestCompleteYear(
  dataset: Dataset,
  series?: string,
  fiscalYearStartMonth?: number,
): { period: string; figure: Figure } | undefined {
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
    const figure = resolveFigure(dataset, { period, series }, fiscalYearStartMonth);
    if (figure.ok && figure.coverage === undefined) return { period, figure };
  }
  return undefined;
}
