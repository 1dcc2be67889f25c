import type { Dataset, ProgrammeGoal } from '../../schemas/index.ts';
import { formatValue } from '../format.ts';
import { formatPeriod, periodRange } from '../periods.ts';
import { resolveFigure, type Figure } from './resolve.ts';

/** Where a goal stands. */
export type GoalStatus = 'exceeded' | 'reached' | 'missed' | 'on-track' | 'behind' | 'no-data';

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
  'no-data': 'no data yet',
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
 * period (a year to date) is compared, for summed measures, with the same share of the target
 * (pro rata by days), otherwise with the target itself.
 */
function goalStatus(
  goal: ProgrammeGoal,
  figure: Figure,
  dataset: Dataset,
  today: string,
): GoalStatus {
  const { coverage, value } = figure;
  if (coverage === undefined) {
    if (value > goal.target) return 'exceeded';
    if (value === goal.target) return 'reached';
    return today > goal.by ? 'missed' : 'behind';
  }
  const range = periodRange(goalPeriod(goal)) ?? coverage;
  const share =
    dataset.measure.aggregation === 'sum'
      ? days(range.start, coverage.end) / days(range.start, range.end)
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
  const result = resolveFigure(
    dataset,
    { period, series: goal.series },
    options.fiscalYearStartMonth,
  );
  const target = formatValue(goal.target, dataset.measure, options.locale);
  if (!result.ok) {
    const when = formatPeriod(period);
    return {
      goal,
      period,
      figure: undefined,
      percent: undefined,
      status: 'no-data',
      statusLabel: statusWords['no-data'],
      valueText: undefined,
      detail: `Target ${target} for ${when}: no data for ${when} yet.`,
      summary: `Target ${target} for ${when}: no data for ${when} yet.`,
    };
  }
  const { ok: _ok, ...figure } = result;
  const status = goalStatus(goal, figure, dataset, options.today);
  const percent = goal.target === 0 ? undefined : (figure.value / goal.target) * 100;
  const statusLabel =
    figure.status === 'measured'
      ? statusWords[status]
      : `${statusWords[status]} (${figure.status})`;
  const ratio = percent === undefined ? '' : ` (${Math.round(percent)}%)`;
  const soFar = figure.coverage === undefined ? '' : ' so far';
  const valueText = formatValue(figure.value, dataset.measure, options.locale);
  const detail = ` of ${target}${ratio}${soFar}, ${figure.periodLabel} — ${statusLabel}`;
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
