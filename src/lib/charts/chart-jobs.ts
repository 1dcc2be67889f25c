import type { ComponentUsage } from '../checks/mdx-components.ts';
import type { Dataset, Programme } from '../../schemas/index.ts';
import type { ChartRequest } from './chart-data.ts';
import { embedTargets } from '../embeds.ts';
import { chartCredit, type ChartCredit } from './chart-credit.ts';
import { chartStem } from './chart-files.ts';
import { impactChartRequest } from './chart-requests.ts';

/** One chart the site shows, to be drawn once whatever the number of pages showing it. */
export interface ChartJob {
  datasetId: string;
  dataset: Dataset;
  request: ChartRequest;
  stem: string;
  /** From site.json: fiscal-year periods need it to be placed in time. */
  fiscalYearStartMonth: number | undefined;
  /** What the footer of every file credits (part of the cache key, like everything drawn). */
  credit: ChartCredit;
}

/** What decides the site's charts: datasets, programme goals and `<ImpactChart>` uses. */
export interface SiteChartSources {
  datasets: ReadonlyMap<string, Dataset>;
  /** With their ids: goal embeds name their programme. */
  programmes: readonly { id: string; data: Programme }[];
  /** Author components used in stories and pages (`componentUsages`). */
  usages: readonly ComponentUsage[];
  /** From site.json: fiscal-year periods need it to be placed in time. */
  fiscalYearStartMonth: number | undefined;
  /** From site.json: the publisher credited in every chart, and the default licence. */
  publisher: { legalName: string; license: string; fictional?: boolean | undefined };
}

/**
 * Every chart of the site: each embeddable one (`embedTargets`: each dataset's own, each series
 * of a dataset with several, each programme goal's with its target line) and each
 * `<ImpactChart>` in stories and pages, without duplicates, sorted by file stem.
 */
export function chartJobs(sources: SiteChartSources): ChartJob[] {
  const { datasets, fiscalYearStartMonth, publisher } = sources;
  const jobs = new Map<string, ChartJob>();
  const add = (datasetId: string, request: ChartRequest) => {
    const dataset = datasets.get(datasetId);
    if (dataset === undefined) return;
    const stem = chartStem(datasetId, dataset, request);
    if (!jobs.has(stem)) {
      const credit = chartCredit(dataset, publisher);
      jobs.set(stem, { datasetId, dataset, request, stem, fiscalYearStartMonth, credit });
    }
  };
  for (const target of embedTargets(datasets, sources.programmes, fiscalYearStartMonth))
    add(target.datasetId, target.request);
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
