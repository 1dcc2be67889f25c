import type { Dataset, ProgrammeGoal } from '../../schemas/index.ts';
import { formatValue } from '../format.ts';
import { formatPeriod, periodRange } from '../periods.ts';
import type { DayRange } from './coverage.ts';
import { resolveFigure, type Figure } from './resolve.ts';

/** Where a goal stands. */
export type GoalStatus =
  'exceeded' | 'reached' | 'missed' | 'on-track' | 'behind' | 'incomplete' | 'no-data';

/** How far a programme goal is, from the dataset's figure for the goal's period. */
export interface GoalProgress {
  goal: ProgrammeGoal;
  /** The period the target is for: `goal.period`, or the calendar year of `goal.by`. */
  period: string;
  figure: Figure | undefined;
  /** Value as a share of the target in per cent, not capped (105 when exceeded). */
  percent: number | undefined;
  status: GoalStatus;
  /** The status in words, qualified when the value is not final: "on track (provisional)". */
  statusLabel: string;
  /** The value with its unit ("4,200 trees"), undefined without data. */
  valueText: string | undefined;
  /** What follows the value: " of 4,000 trees (105%), 2025 — target exceeded". */
  detail: string;
  /** The whole statement: "4,200 trees of 4,000 trees (105%), 2025 — target exceeded". */
  summary: string;
}

const statusWords: Record<GoalStatus, string> = {
  exceeded: 'target exceeded',
  reached: 'target reached',
  missed: 'target missed',
  'on-track': 'on track',
  behind: 'behind target',
  incomplete: 'data incomplete',
  'no-data': 'no data',
};

/** The period a goal's target is for. */
export function goalPeriod(goal: ProgrammeGoal): string {
  return goal.period ?? goal.by.slice(0, 4);
}

const days = (start: string, end: string) =>
  (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;

/**
 * The status of a goal. A complete figure is final once `by` has passed (missed) or the target
 * is met (reached, exceeded); before that it is on track or behind. A figure for part of the
 * period: after the period has ended, the data is incomplete; before, a summed measure of
 * non-negative values that already meets the target has met it, and otherwise the figure is
 * compared, for summed measures, with the same share of the target (pro rata by days), for
 * others with the target itself.
 */
function goalStatus(
  goal: ProgrammeGoal,
  figure: Figure,
  dataset: Dataset,
  context: { today: string; range: DayRange },
): GoalStatus {
  const { coverage, value } = figure;
  const met = value > goal.target ? 'exceeded' : value === goal.target ? 'reached' : undefined;
  if (coverage === undefined) return met ?? (context.today > goal.by ? 'missed' : 'behind');
  if (context.today > context.range.end) return 'incomplete';
  const { aggregation, unit } = dataset.measure;
  // Values that cannot be negative only add to a sum: a target met part-way stays met.
  const summed = aggregation === 'sum' && unit.kind !== 'other';
  if (summed && met !== undefined) return met;
  const share = summed
    ? days(context.range.start, coverage.end) / days(context.range.start, context.range.end)
    : 1;
  return value >= goal.target * share ? 'on-track' : 'behind';
}

/**
 * Progress of a goal: the dataset's figure for the goal's period (see `resolveFigure`) against
 * the target, with the real ratio (uncapped) and a status; values that are provisional or
 * estimated qualify the status. `today` (`YYYY-MM-DD`) decides whether the deadline has passed.
 */
export function goalProgress(
  goal: ProgrammeGoal,
  dataset: Dataset,
  options: { locale: string; today: string; fiscalYearStartMonth?: number | undefined },
): GoalProgress {
  const period = goalPeriod(goal);
  const { fiscalYearStartMonth, today, locale } = options;
  const range = periodRange(period, fiscalYearStartMonth) ?? { start: goal.by, end: goal.by };
  const result = resolveFigure(dataset, { period, series: goal.series }, fiscalYearStartMonth);
  const target = formatValue(goal.target, dataset.measure, locale);
  if (!result.ok) {
    const when = formatPeriod(period);
    const none = result.readerNote === 'no data';
    const detail = none
      ? `Target ${target} for ${when}: no data for ${when}${today > range.end ? '' : ' yet'}.`
      : `Target ${target} for ${when}: data incomplete (${result.readerNote}).`;
    return {
      goal,
      period,
      figure: undefined,
      percent: undefined,
      status: none ? 'no-data' : 'incomplete',
      statusLabel: statusWords[none ? 'no-data' : 'incomplete'],
      valueText: undefined,
      detail,
      summary: detail,
    };
  }
  const { ok: _ok, ...figure } = result;
  const status = goalStatus(goal, figure, dataset, { today, range });
  const percent = goal.target === 0 ? undefined : (figure.value / goal.target) * 100;
  const statusLabel =
    figure.status === 'measured'
      ? statusWords[status]
      : `${statusWords[status]} (${figure.status})`;
  const ratio = percent === undefined ? '' : ` (${Math.round(percent)}%)`;
  const soFar = figure.coverage === undefined || status === 'incomplete' ? '' : ' so far';
  const only = status === 'incomplete' ? ' only' : '';
  const valueText = formatValue(figure.value, dataset.measure, locale);
  const detail = ` of ${target}${ratio}${soFar}, ${figure.periodLabel}${only} — ${statusLabel}`;
  return {
    goal,
    period,
    figure,
    percent,
    status,
    statusLabel,
    valueText,
    detail,
    summary: `${valueText}${detail}`,
  };
}
