// `npm run bench:charts`: milliseconds per chart, drawn cold and served from the cache, for the
// example site's charts and for one dataset of 10,000 observations. Numbers go in docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeChartFiles, type ChartStats } from '../src/lib/charts/chart-cache.ts';
import { chartJobs, type ChartJob } from '../src/lib/charts/chart-jobs.ts';
import { contentDir } from '../src/lib/content/content-dir.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { datasetSchema } from '../src/schemas/dataset.ts';

function bigDataset(): ChartJob {
  const start = Date.UTC(1990, 0, 1);
  const observations = Array.from({ length: 10_000 }, (_, day) => ({
    period: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
    value: 100 + Math.round(50 * Math.sin(day / 200) + (day % 17)),
  }));
  const dataset = datasetSchema.parse({
    title: 'Ten thousand daily readings',
    description: 'A synthetic dataset of 10,000 daily observations, to measure chart rendering.',
    programme: 'bench',
    measure: { label: 'Readings', unit: { label: 'readings', kind: 'count' }, aggregation: 'sum' },
    observations,
    methodology: 'Generated.',
    sources: [{ label: 'Benchmark', type: 'other' }],
    verification: { level: 'self-reported' },
    issued: '2026-01-01',
    modified: '2026-01-01',
  });
  return {
    datasetId: 'bench-10k',
    dataset,
    request: { type: 'line' },
    stem: 'bench-10k',
    fiscalYearStartMonth: undefined,
  };
}

function time(
  jobs: readonly ChartJob[],
  outDir: string,
  cacheDir: string,
): { ms: number; stats: ChartStats } {
  const stats: ChartStats = { rendered: 0, cached: 0 };
  const started = performance.now();
  for (const job of jobs) writeChartFiles(job, { outDir, cacheDir, locale: 'en' }, stats);
  return { ms: performance.now() - started, stats };
}

const work = mkdtempSync(path.join(tmpdir(), 'impact-ledger-bench-'));
try {
  const { content } = validateContent(contentDir());
  const suites = [
    { name: 'example site', jobs: chartJobs(content) },
    { name: '10,000 observations', jobs: [bigDataset()] },
  ];
  console.log('charts                 charts  files/chart  cold ms/chart  cached ms/chart');
  for (const { name, jobs } of suites) {
    const cacheDir = path.join(work, `${name}-cache`);
    const cold = time(jobs, path.join(work, `${name}-cold`), cacheDir);
    const cached = time(jobs, path.join(work, `${name}-cached`), cacheDir);
    const files = (cold.stats.rendered + cold.stats.cached) / jobs.length;
    console.log(
      `${name.padEnd(22)} ${String(jobs.length).padEnd(7)} ${String(files).padEnd(12)} ${(cold.ms / jobs.length).toFixed(1).padEnd(14)} ${(cached.ms / jobs.length).toFixed(1)}`,
    );
  }
  console.log(`\npeak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
