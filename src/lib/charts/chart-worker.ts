// Runs in a worker thread of the chart pool (`chart-pool.ts`): draws one chart's files per task.
import type { ChartFiles } from './chart-cache.ts';
import { drawChartFiles } from './chart-draw.ts';
import type { ChartJob } from './chart-jobs.ts';

/** A task of the chart pool: a chart and the site's locale. */
export interface ChartTask {
  job: ChartJob;
  locale: string;
}

/** The chart's files, drawn. */
export default function drawChartTask({ job, locale }: ChartTask): Promise<ChartFiles> {
  return drawChartFiles(job, locale);
}
