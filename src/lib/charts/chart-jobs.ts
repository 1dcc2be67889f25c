import type { ParsedContent } from '../content/parse.ts';
import { componentUsages } from '../checks/mdx-components.ts';
import type { Dataset } from '../../schemas/index.ts';
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

/**
 * Every chart of the site: each dataset's own, each programme goal's (with its target line) and
 * each `<ImpactChart>` in stories and pages, without duplicates.
 */
export function chartJobs(content: ParsedContent): ChartJob[] {
  const fiscalYearStartMonth = content.site?.fiscalYearStartMonth;
  const datasets = new Map(
    content.datasets.flatMap(({ id, data }) => (data ? [[id, data] as const] : [])),
  );
  const jobs = new Map<string, ChartJob>();
  const add = (datasetId: string, request: ChartRequest) => {
    const dataset = datasets.get(datasetId);
    if (dataset === undefined) return;
    const stem = chartStem(datasetId, dataset, request);
    if (!jobs.has(stem))
      jobs.set(stem, { datasetId, dataset, request, stem, fiscalYearStartMonth });
  };
  for (const [id, dataset] of datasets) add(id, defaultChartRequest(dataset));
  for (const { data } of content.programmes) {
    for (const goal of data?.goals ?? []) {
      const dataset = datasets.get(goal.dataset);
      if (dataset) add(goal.dataset, goalChartRequest(goal, dataset));
    }
  }
  for (const { body } of [...content.stories, ...content.pages]) {
    for (const attributes of componentUsages(body ?? '', 'ImpactChart')) {
      const id = attributes.get('dataset') ?? '';
      const dataset = datasets.get(id);
      const result =
        dataset &&
        impactChartRequest(dataset, Object.fromEntries(attributes), fiscalYearStartMonth);
      if (result?.ok) add(id, result.request);
    }
  }
  return [...jobs.values()].sort((a, b) => a.stem.localeCompare(b.stem));
}
