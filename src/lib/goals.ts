import type { Dataset, ProgrammeGoal } from '../schemas/index.ts';
import { latestYearFigure } from './figures-latest.ts';

/** How far a programme goal is, from its dataset's latest complete year. */
export interface GoalProgress {
  goal: ProgrammeGoal;
  /** Latest full year with data, or undefined when the dataset has none yet. */
  period: string | undefined;
  current: number | undefined;
  /** Share of the target reached, 0–100 (capped), or undefined without data. */
  percent: number | undefined;
}

/** Progress of a goal: the latest full year's value against the target. */
export function goalProgress(
  goal: ProgrammeGoal,
  dataset: Dataset,
  fiscalYearStartMonth?: number,
): GoalProgress {
  const latest = latestYearFigure(dataset, goal.series, fiscalYearStartMonth);
  if (latest === undefined)
    return { goal, period: undefined, current: undefined, percent: undefined };
  const current = latest.figure.value;
  const percent =
    goal.target === 0 ? 100 : Math.min(100, Math.max(0, (current / goal.target) * 100));
  return { goal, period: latest.period, current, percent };
}
