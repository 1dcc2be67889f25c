import type { Dataset, ProgrammeGoal } from '../../schemas/index.ts';
import { formatAgainstTarget, formatValue } from '../format.ts';
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
  /** The value as the statement starts with it: "4,200" (a count), "RON 90,000", "81%". */
  valueText: string | undefined;
  /** The target and the real ratio after the value: " of 4,000 trees (105%)", " against a
   * target of 80%" (no ratio of two percentages); empty without data. */
  ofTarget: string;
  /** What follows: the period unless the goal's label names it, and the status: " in 2025 ·
   * target exceeded", " in Jan–Jun 2026 so far · on track"; the whole text without data. */
  detail: string;
  /** The whole statement: "4,200 of 4,000 trees (105%) in 2025 · target exceeded". */
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
  // The goal's own label often names its period ("Trees planted in 2025"): then it is not repeated.
  const labelNamesPeriod = goal.label.includes(period) || goal.label.includes(formatPeriod(period));
  if (!result.ok) {
    const forWhen = labelNamesPeriod ? '' : ` for ${formatPeriod(period)}`;
    const none = result.readerNote === 'no data';
    const detail = none
      ? `Target ${target}${forWhen}: no data${today > range.end ? '' : ' yet'}.`
      : `Target ${target}${forWhen}: data incomplete (${result.readerNote}).`;
    return {
      goal,
      period,
      figure: undefined,
      percent: undefined,
      status: none ? 'no-data' : 'incomplete',
      statusLabel: statusWords[none ? 'no-data' : 'incomplete'],
      valueText: undefined,
      ofTarget: '',
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
  const amount = formatAgainstTarget(figure.value, goal.target, dataset.measure, locale);
  // A ratio of two percentages reads as a percentage of a percentage: the bar shows it instead.
  const ratio =
    percent === undefined || dataset.measure.unit.kind === 'percent'
      ? ''
      : ` (${Math.round(percent)}%)`;
  // The part of the period the figure covers is news even when the label names the period.
  const when =
    figure.coverage === undefined
      ? labelNamesPeriod
        ? ''
        : ` in ${figure.periodLabel}`
      : status === 'incomplete'
        ? ` in ${figure.periodLabel} only`
        : ` in ${figure.periodLabel} so far`;
  const ofTarget = `${amount.ofTarget}${ratio}`;
  const detail = `${when} · ${statusLabel}`;
  return {
    goal,
    period,
    figure,
    percent,
    status,
    statusLabel,
    valueText: amount.value,
    ofTarget,
    detail,
    summary: `${amount.value}${ofTarget}${detail}`,
  };
}
