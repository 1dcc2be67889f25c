import type { Dataset, Measure, Programme } from '../../schemas/index.ts';
import { formatFigure, formatNumber } from '../format.ts';
import { continuedLabel } from '../measure-text.ts';
import { formatPeriod, periodContaining, periodForm, periodRange } from '../periods.ts';
import { resolveFigure, type Figure } from './resolve.ts';

interface WithId<Data> {
  id: string;
  data: Data;
}

/** The stretch of days a site reports on (`site.json` `reportingPeriod`), `YYYY-MM-DD` each. */
export interface ReportingPeriod {
  start: string;
  end: string;
}

/** One headline number for the home page. */
export interface HeadlineFigure<D extends WithId<Dataset>> {
  dataset: D;
  /** The series it counts; undefined for a single-series dataset or the total across series. */
  series: string | undefined;
  /** Exactly what the number counts: the measure, and the series when it is one of several. */
  label: string;
  /** The period asked for (`2025`, `2025/26`); the figure's `periodLabel` says what it covers. */
  period: string;
  figure: Figure;
}

/** What a figure of `dataset` (and `series`) counts, in the dataset's own words. */
export function figureLabel(dataset: Dataset, series: string | undefined): string {
  const seriesLabel = dataset.series?.find(({ id }) => id === series)?.label;
  if (seriesLabel === undefined) return dataset.measure.label;
  // The series continues the measure's phrase, so it loses its capital unless it is a name.
  const context = [dataset.title, dataset.description, dataset.measure.label];
  return `${dataset.measure.label} — ${continuedLabel(seriesLabel, context)}`;
}

/**
 * The year a headline reports: the one the reporting period ends in, as the dataset keeps
 * years (`2025`, or the fiscal year `2025/26` when its values are by fiscal year).
 */
export function headlinePeriod(
  dataset: Dataset,
  reportingPeriod: ReportingPeriod,
  fiscalYearStartMonth?: number,
): string | undefined {
  const byFiscalYear = dataset.observations.some(
    ({ period }) => periodForm(period) === 'fiscalYear',
  );
  return byFiscalYear
    ? periodContaining(reportingPeriod.end, 'fiscalYear', fiscalYearStartMonth)
    : reportingPeriod.end.slice(0, 4);
}

/**
 * The dataset with only the values that lie inside the reporting period and have ended by
 * `today`: a forecast or a quarter after the period never adds to the period's figure.
 */
function withinReport(
  dataset: Dataset,
  reportingPeriod: ReportingPeriod,
  today: string,
  fiscalYearStartMonth: number | undefined,
): Dataset {
  const last = reportingPeriod.end < today ? reportingPeriod.end : today;
  return {
    ...dataset,
    observations: dataset.observations.filter(({ period }) => {
      const range = periodRange(period, fiscalYearStartMonth);
      return range !== undefined && range.start >= reportingPeriod.start && range.end <= last;
    }),
  };
}

/**
 * One figure per programme, in programme-name order, for the last year of the reporting period
 * (`headlinePeriod`): from the dataset (and series) behind its first goal, or else its first
 * dataset that resolves. Only values inside the reporting period and ended by `today`
 * (`YYYY-MM-DD`) count. A year not yet complete gives a figure whose `periodLabel` says what
 * it covers ("Jan–Sep 2026", never "2026"); a year with a hole, or without data, gives none,
 * and the programme then shows no headline figure rather than a partial total.
 */
export function headlineFigures<D extends WithId<Dataset>>(
  programmes: readonly WithId<Programme>[],
  datasets: readonly D[],
  options: {
    reportingPeriod: ReportingPeriod;
    today: string;
    fiscalYearStartMonth?: number | undefined;
  },
): HeadlineFigure<D>[] {
  const { reportingPeriod, today, fiscalYearStartMonth } = options;
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
        const period = headlinePeriod(dataset.data, reportingPeriod, fiscalYearStartMonth);
        if (period === undefined) continue;
        const inReport = withinReport(dataset.data, reportingPeriod, today, fiscalYearStartMonth);
        const figure = resolveFigure(inReport, { period, series }, fiscalYearStartMonth);
        if (!figure.ok) continue;
        const label = figureLabel(dataset.data, series);
        return [{ dataset, series, label, period, figure }];
      }
      return [];
    });
}

/**
 * A headline number as shown above its label: a count bare ("291" over "Units of whole
 * blood"); another unit kept ("RON 90,000") unless the label already names it ("4,760" over
 * "Volunteering hours", not "4,760 hours").
 */
export function headlineValue(value: number, measure: Measure, locale: string): string {
  const label = measure.label.toLowerCase();
  const unit = measure.unit.label.toLowerCase();
  return /[a-z]/.test(unit) && label.includes(unit)
    ? formatNumber(value, measure, locale)
    : formatFigure(value, measure, locale);
}

/**
 * The period words a card needs besides the section's own ("In 2025"): nothing when the figure
 * covers exactly `sectionPeriod`, else what it covers ("Jan–Sep 2026", "FY 2025/26").
 */
export function periodNote(figure: Figure, sectionPeriod: string): string | undefined {
  return figure.periodLabel === formatPeriod(sectionPeriod) ? undefined : figure.periodLabel;
}
