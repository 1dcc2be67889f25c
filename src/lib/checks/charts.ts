import type { ParsedContent } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';
import { chartProblem } from '../charts/chart-data.ts';
import { defaultChartRequest } from '../charts/chart-files.ts';
import { goalChartRequest } from '../charts/chart-requests.ts';
import { goalPeriod } from '../figures/goals.ts';
import { formatPeriod, periodRange } from '../periods.ts';

/**
 * Every chart the build draws outside MDX — each dataset's own chart and each programme goal's —
 * checked with the rules the renderer follows (`chartProblem`), so a chart that cannot be drawn
 * honestly fails the check instead of the build. `<ImpactChart>` is checked with the MDX.
 */
export function checkCharts(content: ParsedContent): Problem[] {
  const fiscalYearStartMonth = content.siteSettings.fiscalYearStartMonth;
  const datasets = new Map(
    content.datasets.flatMap(({ id, data }) => (data ? [[id, data] as const] : [])),
  );
  const problems: Problem[] = [];
  for (const { file, data } of content.datasets) {
    if (data === undefined) continue;
    const problem = chartProblem(data, defaultChartRequest(data), fiscalYearStartMonth);
    if (problem === undefined) continue;
    problems.push(
      data.chart === undefined
        ? { file, path: 'observations', message: `the dataset's chart: ${problem}` }
        : { file, path: 'chart.type', message: `"${data.chart.type}": ${problem}` },
    );
  }
  for (const { file, data } of content.programmes) {
    data?.goals?.forEach((goal, index) => {
      const period = goalPeriod(goal);
      const end = periodRange(period, fiscalYearStartMonth)?.end;
      // A goal is judged on its period's figure, which is only known once the period is over.
      if (end !== undefined && goal.by < end) {
        problems.push({
          file,
          path: `goals[${index}].by`,
          message: `expected a date on or after the end of the goal's period (${formatPeriod(period)} ends ${end}), found "${goal.by}"; set "period" to the period the target is for`,
        });
      }
      const dataset = datasets.get(goal.dataset);
      if (dataset === undefined) return;
      // A goal on the total of series that do not add up is reported by the reference checks.
      const totalOfParts = goal.series !== undefined || dataset.measure.seriesAddUp;
      if (dataset.series !== undefined && !totalOfParts) return;
      const problem = chartProblem(dataset, goalChartRequest(goal, dataset), fiscalYearStartMonth);
      if (problem !== undefined)
        problems.push({ file, path: `goals[${index}]`, message: `the goal's chart: ${problem}` });
    });
  }
  return problems;
}
