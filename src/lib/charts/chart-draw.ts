import {
  chartCacheKey,
  readCachedChart,
  writeCachedChart,
  type ChartFiles,
} from './chart-cache.ts';
import { toChartConfig } from './chart-config.ts';
import { creditText } from './chart-credit.ts';
import { chartData } from './chart-data.ts';
import type { ChartJob } from './chart-jobs.ts';
import { embeddedFontFaces } from './font-subset.ts';
import { drawSvg, hatch, renderPng, svgDocument, type SvgDrawing } from './render.ts';
import { rendererFingerprint } from '../code-fingerprint.ts';
import { charactersByWeight } from './svg-text.ts';
import {
  cardVariant,
  chartColours,
  chartSizes,
  type ChartSizeName,
  type ChartVariant,
} from './variants.ts';

/**
 * Draws every file of a chart: the wide and narrow SVGs, each with a light and a dark drawing
 * and one font subset for all four (the same characters, so subsetting runs once), and the light
 * PNG card. Every file ends with the credit line (source, publisher, licence, date). Takes about 0.1–0.2 s of one core for a typical chart.
 */
export async function drawChartFiles(job: ChartJob, locale: string): Promise<ChartFiles> {
  const data = chartData(job.dataset, job.request, job.fiscalYearStartMonth);
  const credit = creditText(job.credit, locale);
  const config = (variant: ChartVariant) =>
    toChartConfig(job.dataset, data, job.request, {
      variant,
      colours: chartColours(variant.scheme),
      locale,
      hatch,
      credit,
    });
  const drawings = Object.fromEntries(
    (['wide', 'narrow'] as const).map((size) => {
      const drawing = (scheme: 'light' | 'dark') =>
        drawSvg(
          config({ ...chartSizes[size], scheme }),
          chartSizes[size],
          `${job.stem}-${size}-${scheme[0] ?? ''}`,
        );
      return [size, { light: drawing('light'), dark: drawing('dark') }];
    }),
  ) as Record<ChartSizeName, { light: SvgDrawing; dark: SvgDrawing }>;
  const texts = Object.values(drawings).flatMap(({ light, dark }) => [
    ...light.texts,
    ...dark.texts,
  ]);
  const fontFaces = await embeddedFontFaces(charactersByWeight(texts));
  const svg = (size: ChartSizeName) =>
    Buffer.from(svgDocument(chartSizes[size], drawings[size], fontFaces));
  return {
    wide: svg('wide'),
    narrow: svg('narrow'),
    png: renderPng(config(cardVariant), cardVariant),
  };
}

/**
 * A chart's files from the cache in `cacheDir`, or drawn on this thread and cached (scripts and
 * tests; the build draws on the worker pool of `chart-pool.ts`).
 */
export async function cachedChartFiles(
  job: ChartJob,
  { cacheDir, locale }: { cacheDir: string; locale: string },
): Promise<{ files: ChartFiles; cached: boolean }> {
  const key = chartCacheKey(job, locale, rendererFingerprint());
  const hit = readCachedChart(cacheDir, key);
  if (hit !== undefined) return { files: hit, cached: true };
  const files = await drawChartFiles(job, locale);
  writeCachedChart(cacheDir, key, files);
  return { files, cached: false };
}
