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
import { threadId } from 'node:worker_threads';
import type { ChartFileKind } from './chart-files.ts';
import type { ChartJob } from './chart-jobs.ts';
import { cardVariant, chartSizes } from './variants.ts';

/** The bytes of each file of a chart. */
export type ChartFiles = Record<ChartFileKind, Uint8Array>;

const chartFileKinds = ['wide', 'narrow', 'png'] as const satisfies readonly ChartFileKind[];

/**
 * The cache key of a chart's files: a SHA-256 of everything their bytes depend on — the
 * renderer's fingerprint (`rendererFingerprint`: chart code and package versions), dataset,
 * options, credit (publisher, licence), sizes, locale, stem — so a hit is always the same bytes.
 */
export function chartCacheKey(job: ChartJob, locale: string, fingerprint: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        renderer: fingerprint,
        dataset: job.dataset,
        request: job.request,
        fiscalYearStartMonth: job.fiscalYearStartMonth,
        credit: job.credit,
        sizes: chartSizes,
        card: cardVariant,
        locale,
        stem: job.stem,
      }),
    )
    .digest('hex');
}

/** The cache files of a chart under `key`, by kind. */
const cachePaths = (cacheDir: string, key: string): Record<ChartFileKind, string> => ({
  wide: path.join(cacheDir, `${key}.wide.svg`),
  narrow: path.join(cacheDir, `${key}.narrow.svg`),
  png: path.join(cacheDir, `${key}.png`),
});

/**
 * The files of a chart cached under `key`, or `undefined` when any is missing. A hit counts as
 * a use (the files' modification time is refreshed), so pruning by age keeps what builds still read.
 */
export function readCachedChart(cacheDir: string, key: string): ChartFiles | undefined {
  const paths = cachePaths(cacheDir, key);
  if (!chartFileKinds.every((kind) => existsSync(paths[kind]))) return undefined;
  const now = new Date();
  const read = (kind: ChartFileKind) => {
    utimesSync(paths[kind], now, now);
    return readFileSync(paths[kind]);
  };
  return { wide: read('wide'), narrow: read('narrow'), png: read('png') };
}

/**
 * Caches a chart's files under `key`. Each is written beside its name and renamed, so a build
 * killed mid-write never leaves a truncated file to be served for ever.
 */
export function writeCachedChart(cacheDir: string, key: string, files: ChartFiles): void {
  const paths = cachePaths(cacheDir, key);
  mkdirSync(cacheDir, { recursive: true });
  for (const kind of chartFileKinds) {
    const partial = `${paths[kind]}.${process.pid}.${threadId}.partial`;
    writeFileSync(partial, files[kind]);
    renameSync(partial, paths[kind]);
  }
}

/**
 * How many charts a build drew and how many it took from the cache, from the cache files' times:
 * a file created since `since` was drawn; one only touched since (every hit refreshes its
 * modification time) was reused. Counts charts by their wide SVG.
 */
export function chartCacheUse(cacheDir: string, since: Date): { drawn: number; reused: number } {
  let drawn = 0;
  let reused = 0;
  if (!existsSync(cacheDir)) return { drawn, reused };
  for (const name of readdirSync(cacheDir)) {
    if (!name.endsWith('.wide.svg')) continue;
    const { birthtime, mtime } = statSync(path.join(cacheDir, name));
    if (birthtime >= since) drawn += 1;
    else if (mtime >= since) reused += 1;
  }
  return { drawn, reused };
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
