import { chartTypes, type Dataset, type ProgrammeGoal } from '../../schemas/index.ts';
import { goalPeriod } from '../figures/goals.ts';
import { periodForm } from '../periods.ts';
import { didYouMean } from '../suggest.ts';
import { chartProblem, type ChartRequest } from './chart-data.ts';
import { defaultChartRequest } from './chart-files.ts';

/** Attributes of `<ImpactChart>` as an author writes them. */
export interface ImpactChartAttributes {
  /** Series ids, comma-separated. */
  series?: string | undefined;
  type?: string | undefined;
  title?: string | undefined;
}

/** The title of a chart of some of a dataset's series: the dataset's title and their names. */
function subsetTitle(dataset: Dataset, series: readonly string[] | undefined): string | undefined {
  const all = dataset.series ?? [];
  if (series === undefined || series.length === all.length) return undefined;
  const labels = all.filter(({ id }) => series.includes(id)).map(({ label }) => label);
  return `${dataset.title}: ${labels.join(', ')}`;
}

/** Problems with the `series` attribute: empty, a series twice, unknown series (each one). */
function seriesProblems(series: readonly string[] | undefined, known: readonly string[]): string[] {
  if (series?.length === 0) {
    const expected =
      known.length === 0
        ? 'no series attribute (the dataset has one series)'
        : `series ids (${known.join(', ')}), comma-separated`;
    return [`series: expected ${expected}, found an empty value`];
  }
  const twice = [...new Set(series?.filter((id, index) => series.indexOf(id) !== index))];
  const expected =
    known.length === 0 ? 'no series (the dataset has one)' : `one of ${known.join(', ')}`;
  return [
    ...twice.map((id) => `series: expected each series once, found "${id}" twice`),
    ...[...new Set(series)]
      .filter((id) => !known.includes(id))
      .map((id) => `series: unknown series "${id}": expected ${expected}${didYouMean(id, known)}`),
  ];
}

/**
 * The chart an `<ImpactChart>` asks for, or every reason it cannot be drawn (worded for the
 * author, one per problem): unknown series and an unknown type are reported together; whether a
 * known type fits the data is judged once the series are right.
 */
export function impactChartRequest(
  dataset: Dataset,
  attributes: ImpactChartAttributes,
  fiscalYearStartMonth?: number,
): { ok: true; request: ChartRequest } | { ok: false; reasons: string[] } {
  const base = defaultChartRequest(dataset);
  const known = dataset.series?.map(({ id }) => id) ?? [];
  const series = attributes.series
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const reasons = seriesProblems(series, known);
  // One series picked from a stacked dataset is drawn as plain bars unless the author says otherwise.
  const adds = base.type === 'stacked-bar' || base.type === 'doughnut';
  const type = attributes.type ?? (adds && series?.length === 1 ? 'bar' : base.type);
  if (!(chartTypes as readonly string[]).includes(type)) {
    reasons.push(
      `type: expected one of ${chartTypes.join(', ')}, found "${type}"${didYouMean(type, chartTypes)}`,
    );
  }
  if (reasons.length === 0) {
    const request: ChartRequest = {
      ...base,
      type: type as ChartRequest['type'],
      series,
      title: attributes.title ?? subsetTitle(dataset, series),
    };
    const problem = chartProblem(dataset, request, fiscalYearStartMonth);
    if (problem === undefined) return { ok: true, request };
    reasons.push(`type "${type}": ${problem}`);
  }
  return { ok: false, reasons };
}

/**
 * The chart of a programme goal: the goal's series (or the stack of all series for a goal on
 * their total), by periods of the goal's form (a yearly goal on quarterly data is charted by
 * year), with the target drawn over the goal's period only.
 */
export function goalChartRequest(goal: ProgrammeGoal, dataset: Dataset): ChartRequest {
  const base = defaultChartRequest(dataset);
  const period = goalPeriod(goal);
  const total = goal.series === undefined && dataset.series !== undefined;
  // A target is one value per period: bars or a line of the goal's series, or a stack of parts.
  const type = total ? 'stacked-bar' : base.type === 'line' ? 'line' : 'bar';
  return {
    type,
    series: goal.series === undefined ? undefined : [goal.series],
    title: subsetTitle(dataset, goal.series === undefined ? undefined : [goal.series]),
    resolution: periodForm(period),
    target: { value: goal.target, label: goal.label, period },
  };
}
