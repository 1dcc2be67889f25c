import type { ComponentUsage } from '../checks/mdx-components.ts';
import type { Dataset, Programme } from '../../schemas/index.ts';
import type { ChartRequest } from './chart-data.ts';
import { chartStem, defaultChartRequest } from './chart-files.ts';
import { goalChartRequest, impactChartRequest } from './chart-requests.ts';

/** One chart the site shows, to be drawn once whatever the number of pages showing it. */
export interface ChartJob {
  datasetId: string;
  dataset: Dataset;
  request: ChartRequest;
  stem: string;
  /** From site.json: fiscal-year periods need it to be placed in time. */
  fiscalYearStartMonth: number | undefined;
}

/** What decides the site's charts: datasets, programme goals and `<ImpactChart>` uses. */
export interface SiteChartSources {
  datasets: ReadonlyMap<string, Dataset>;
  programmes: readonly Programme[];
  /** Author components used in stories and pages (`componentUsages`). */
  usages: readonly ComponentUsage[];
  /** From site.json: fiscal-year periods need it to be placed in time. */
  fiscalYearStartMonth: number | undefined;
}

/**
 * Every chart of the site: each dataset's own, each programme goal's (with its target line) and
 * each `<ImpactChart>` in stories and pages, without duplicates, sorted by file stem.
 */
export function chartJobs(sources: SiteChartSources): ChartJob[] {
  const { datasets, fiscalYearStartMonth } = sources;
  const jobs = new Map<string, ChartJob>();
  const add = (datasetId: string, request: ChartRequest) => {
    const dataset = datasets.get(datasetId);
    if (dataset === undefined) return;
    const stem = chartStem(datasetId, dataset, request);
    if (!jobs.has(stem))
      jobs.set(stem, { datasetId, dataset, request, stem, fiscalYearStartMonth });
  };
  for (const [id, dataset] of datasets) add(id, defaultChartRequest(dataset));
  for (const programme of sources.programmes) {
    for (const goal of programme.goals ?? []) {
      const dataset = datasets.get(goal.dataset);
      if (dataset) add(goal.dataset, goalChartRequest(goal, dataset));
    }
  }
  for (const { name, attributes } of sources.usages) {
    if (name !== 'ImpactChart') continue;
    const id = attributes.get('dataset') ?? '';
    const dataset = datasets.get(id);
    const result =
      dataset && impactChartRequest(dataset, Object.fromEntries(attributes), fiscalYearStartMonth);
    if (result?.ok) add(id, result.request);
  }
  return [...jobs.values()].sort((a, b) => a.stem.localeCompare(b.stem));
}
