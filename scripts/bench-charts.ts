// `npm run bench:charts`: milliseconds per chart, drawn cold and served from the cache, for the
// example site's charts and for one dataset of 10,000 observations. Numbers go in docs/benchmarks.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cachedChartFiles } from '../src/lib/charts/chart-draw.ts';
import { chartCredit } from '../src/lib/charts/chart-credit.ts';
import { chartJobs, type ChartJob } from '../src/lib/charts/chart-jobs.ts';
import { componentUsages } from '../src/lib/checks/mdx-components.ts';
import { analyseMdx } from '../src/lib/mdx/analysis.ts';
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
    credit: chartCredit(dataset, { legalName: 'Bench S.R.L.', license: 'CC-BY-4.0' }),
  };
}

/** Milliseconds to get every chart's files, one after the other, and how many were cached. */
async function time(
  jobs: readonly ChartJob[],
  cacheDir: string,
): Promise<{ ms: number; cached: number }> {
  let cached = 0;
  const started = performance.now();
  for (const job of jobs) {
    if ((await cachedChartFiles(job, { cacheDir, locale: 'en' })).cached) cached += 1;
  }
  return { ms: performance.now() - started, cached };
}

const work = mkdtempSync(path.join(tmpdir(), 'impact-ledger-bench-'));
try {
  const { content } = validateContent(contentDir());
  const siteJobs = chartJobs({
    datasets: new Map(content.datasets.flatMap(({ id, data }) => (data ? [[id, data]] : []))),
    programmes: content.programmes.flatMap(({ id, data }) => (data ? [{ id, data }] : [])),
    usages: [...content.stories, ...content.pages].flatMap(({ body }) =>
      componentUsages(analyseMdx(body ?? '')),
    ),
    fiscalYearStartMonth: content.site?.fiscalYearStartMonth,
    publisher: content.site ?? { legalName: '', license: 'CC-BY-4.0' },
  });
  const suites = [
    { name: 'example site', jobs: siteJobs },
    { name: '10,000 observations', jobs: [bigDataset()] },
  ];
  console.log('charts                 charts  cold ms/chart  cached ms/chart  (one thread)');
  for (const { name, jobs } of suites) {
    const cacheDir = path.join(work, `${name}-cache`);
    const cold = await time(jobs, cacheDir);
    const cached = await time(jobs, cacheDir);
    if (cold.cached !== 0 || cached.cached !== jobs.length) throw new Error('cache misbehaved');
    console.log(
      `${name.padEnd(22)} ${String(jobs.length).padEnd(7)} ${(cold.ms / jobs.length).toFixed(1).padEnd(14)} ${(cached.ms / jobs.length).toFixed(1)}`,
    );
  }
  console.log(`\npeak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
