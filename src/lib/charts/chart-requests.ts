import { chartTypes, type Dataset, type ProgrammeGoal } from '../../schemas/index.ts';
import { didYouMean } from '../suggest.ts';
import { chartTypeProblem, type ChartRequest } from './chart-data.ts';
import { defaultChartRequest } from './chart-files.ts';

/** Attributes of `<ImpactChart>` as an author writes them. */
export interface ImpactChartAttributes {
  /** Series ids, comma-separated. */
  series?: string | undefined;
  type?: string | undefined;
  title?: string | undefined;
}

/**
 * The chart an `<ImpactChart>` asks for, or why it cannot be drawn (worded for the author):
 * unknown series or type, or a type that does not fit the data.
 */
export function impactChartRequest(
  dataset: Dataset,
  attributes: ImpactChartAttributes,
): { ok: true; request: ChartRequest } | { ok: false; reason: string } {
  const base = defaultChartRequest(dataset);
  const known = dataset.series?.map(({ id }) => id) ?? [];
  const series = attributes.series
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  for (const id of series ?? []) {
    if (!known.includes(id)) {
      const expected =
        known.length === 0 ? 'no series (the dataset has one)' : `one of ${known.join(', ')}`;
      return {
        ok: false,
        reason: `series: unknown series "${id}": expected ${expected}${didYouMean(id, known)}`,
      };
    }
  }
  const type = attributes.type ?? base.type;
  if (!(chartTypes as readonly string[]).includes(type)) {
    return {
      ok: false,
      reason: `type: expected one of ${chartTypes.join(', ')}, found "${type}"${didYouMean(type, chartTypes)}`,
    };
  }
  const request: ChartRequest = {
    ...base,
    type: type as ChartRequest['type'],
    series,
    title: attributes.title,
  };
  const problem = chartTypeProblem(dataset, request);
  return problem === undefined
    ? { ok: true, request }
    : { ok: false, reason: `type "${type}": ${problem}` };
}

/** The chart of a programme goal: the goal's series, with the target drawn as a line. */
export function goalChartRequest(goal: ProgrammeGoal, dataset: Dataset): ChartRequest {
  const base = defaultChartRequest(dataset);
  // A target is a value per period, which a stack or a doughnut cannot show against one series.
  const type = base.type === 'bar' || base.type === 'line' ? base.type : 'bar';
  return {
    type,
    series: goal.series === undefined ? undefined : [goal.series],
    target: { value: goal.target, label: goal.label },
  };
}
