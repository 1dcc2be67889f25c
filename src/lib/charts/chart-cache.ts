import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { toChartConfig } from './chart-config.ts';
import { chartData } from './chart-data.ts';
import { chartFiles } from './chart-files.ts';
import type { ChartJob } from './chart-jobs.ts';
import { hatch, renderPng, renderSvg, rendererVersion } from './render.ts';
import { rendererFingerprint } from './renderer-fingerprint.ts';
import { cardVariant, chartColours, chartVariants, type ChartVariant } from './variants.ts';

/** How many chart files were drawn and how many came from the cache. */
export interface ChartStats {
  rendered: number;
  cached: number;
}

/** Writes every file of one chart under `outDir`, drawing only what the cache does not hold. */
export function writeChartFiles(
  job: ChartJob,
  options: { outDir: string; cacheDir: string; locale: string },
  stats: ChartStats,
): void {
  const data = chartData(job.dataset, job.request, job.fiscalYearStartMonth);
  const files = chartFiles(job.stem);
  const produce = (variant: ChartVariant, format: 'svg' | 'png'): Buffer => {
    // Everything the bytes depend on is in the key, so a hit is always the same file.
    const key = createHash('sha256')
      .update(
        JSON.stringify({
          rendererVersion,
          renderer: rendererFingerprint(),
          dataset: job.dataset,
          request: job.request,
          fiscalYearStartMonth: job.fiscalYearStartMonth,
          variant,
          format,
          locale: options.locale,
          stem: job.stem,
        }),
      )
      .digest('hex');
    const cached = path.join(options.cacheDir, `${key}.${format}`);
    if (existsSync(cached)) {
      stats.cached += 1;
      // A hit counts as a use, so pruning by age keeps what builds still read.
      const now = new Date();
      utimesSync(cached, now, now);
      return readFileSync(cached);
    }
    const config = toChartConfig(job.dataset, data, job.request, {
      variant,
      colours: chartColours(variant.scheme),
      locale: options.locale,
      hatch,
    });
    const bytes =
      format === 'svg'
        ? Buffer.from(renderSvg(config, variant, `${job.stem}-`))
        : renderPng(config, variant);
    mkdirSync(options.cacheDir, { recursive: true });
    // Written beside it and renamed: a build killed mid-write never leaves a truncated entry.
    const partial = `${cached}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, cached);
    stats.rendered += 1;
    return bytes;
  };
  const write = (file: string, bytes: Buffer) => {
    const target = path.join(options.outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  };
  for (const [name, variant] of Object.entries(chartVariants)) {
    const bytes = produce(variant, 'svg');
    write(files.variants[name as keyof typeof chartVariants], bytes);
    if (name === 'wide-light') write(files.svg, bytes);
  }
  write(files.png, produce(cardVariant, 'png'));
}

/**
 * Removes cache entries no build has used since `unusedSince` (every hit refreshes an entry's
 * modification time) and partial files a killed build left behind; returns how many went.
 * Entries of other sites built with the same checkout stay while they are used.
 */
export function pruneChartCache(cacheDir: string, unusedSince: Date): number {
  if (!existsSync(cacheDir)) return 0;
  let removed = 0;
  for (const name of readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    const partial = name.endsWith('.partial');
    if (partial || statSync(file).mtime < unusedSince) {
      rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
