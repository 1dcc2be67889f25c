import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import {
  chartCacheKey,
  readCachedChart,
  writeCachedChart,
  type ChartFiles,
} from './chart-cache.ts';
import type { ChartFileKind } from './chart-files.ts';
import type { ChartJob } from './chart-jobs.ts';
import type { ChartTask } from './chart-worker.ts';

/** What the pool needs from the build (`src/integrations/chart-files.ts`) and the site. */
export interface ChartPoolSettings {
  /** Absolute path of `chart-worker.ts`, which Node runs as it is (no bundling). */
  workerFile: string;
  /** Folder of the chart cache, created when missing. */
  cacheDir: string;
  /** `rendererFingerprint()`, computed where the sources are (not inside Vite's bundle). */
  fingerprint: string;
  /** BCP 47 locale of the site, for numbers and dates in the chart. */
  locale: string;
}

let pool: Tinypool | undefined;
const charts = new Map<string, Promise<ChartFiles>>();

/** Draws a chart on a worker thread, one thread per core; workers end after a second idle. */
async function drawOnPool(job: ChartJob, settings: ChartPoolSettings): Promise<ChartFiles> {
  pool ??= new Tinypool({
    filename: settings.workerFile,
    maxThreads: availableParallelism(),
    idleTimeout: 1000,
  });
  const task: ChartTask = { job, locale: settings.locale };
  return (await pool.run(task)) as ChartFiles;
}

/**
 * A chart's files: from the cache, read on this thread (a rebuild starts no worker), or drawn
 * on the pool and cached. A chart is drawn once however many files or pages ask for it.
 */
export function startChart(job: ChartJob, settings: ChartPoolSettings): Promise<ChartFiles> {
  let chart = charts.get(job.stem);
  if (chart === undefined) {
    const key = chartCacheKey(job, settings.locale, settings.fingerprint);
    const hit = readCachedChart(settings.cacheDir, key);
    chart =
      hit !== undefined
        ? Promise.resolve(hit)
        : drawOnPool(job, settings).then((files) => {
            writeCachedChart(settings.cacheDir, key, files);
            return files;
          });
    // Failures surface where a file is awaited (`chartFile`); this only keeps Node from calling
    // a chart started ahead of time an unhandled rejection.
    chart.catch(() => undefined);
    charts.set(job.stem, chart);
  }
  return chart;
}

/**
 * One file of a chart (`kind`), from the cache or drawn on the pool.
 *
 * @throws the drawing's error, naming the chart.
 */
export async function chartFile(
  job: ChartJob,
  kind: ChartFileKind,
  settings: ChartPoolSettings,
): Promise<Uint8Array> {
  try {
    return (await startChart(job, settings))[kind];
  } catch (error) {
    throw new Error(
      `chart ${job.stem}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** Forgets charts started so far, so the dev server looks a chart up again after an edit. */
export function forgetCharts(): void {
  charts.clear();
}
