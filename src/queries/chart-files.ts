// The chart files of the site as static paths and responses, for the endpoints under
// src/pages/[folder]/: the same chart jobs the pages link to, drawn on the worker pool.
import { buildSettings } from 'virtual:impact-ledger/build-settings';
import { chartFiles, type ChartFileKind } from '../lib/charts/chart-files.ts';
import type { ChartJob } from '../lib/charts/chart-jobs.ts';
import {
  chartFile,
  forgetCharts,
  startChart,
  type ChartPoolSettings,
} from '../lib/charts/chart-pool.ts';
import { getChartJobs, getSite } from './content.ts';

/** What one chart file's response needs (a type, not an interface: Astro's props are records). */
export type ChartFileProps = {
  job: ChartJob;
  kind: ChartFileKind;
  settings: ChartPoolSettings;
};

const mediaTypes: Record<ChartFileKind, string> = {
  wide: 'image/svg+xml',
  narrow: 'image/svg+xml',
  png: 'image/png',
};

/**
 * Static paths of every chart file of the given kinds, as `{ folder: 'charts', file }` with
 * `file` the name without its extension. In a build, drawing starts here on worker threads and
 * goes on while Astro renders the pages.
 */
export async function chartFilePaths(kinds: readonly ChartFileKind[]) {
  const settings: ChartPoolSettings = {
    workerFile: buildSettings.chartWorkerFile,
    cacheDir: buildSettings.chartCacheDir,
    fingerprint: buildSettings.rendererFingerprint,
    locale: (await getSite()).locale,
  };
  const jobs = await getChartJobs();
  if (import.meta.env.PROD) for (const job of jobs) void startChart(job, settings);
  return jobs.flatMap((job) =>
    kinds.map((kind) => {
      const file = chartFiles(job.stem)[kind];
      const name = file.replace(/^\/charts\//, '').replace(/\.\w+$/, '');
      const props: ChartFileProps = { job, kind, settings };
      return { params: { folder: 'charts', file: name }, props };
    }),
  );
}

/** The response of one chart file. */
export async function chartFileResponse({ job, kind, settings }: ChartFileProps) {
  // The dev server looks charts up from the content as it is at this request.
  if (import.meta.env.DEV) forgetCharts();
  const bytes = await chartFile(job, kind, settings);
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': mediaTypes[kind] } });
}
