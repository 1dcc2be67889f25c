import { createHash } from 'node:crypto';
import type { Dataset } from '../../schemas/index.ts';
import type { ChartRequest } from './chart-data.ts';
import { chartSizes, type ChartSizeName } from './variants.ts';

/** The chart a dataset shows by default: its own `chart` settings, bars otherwise. */
export function defaultChartRequest(dataset: Dataset): ChartRequest {
  return { type: dataset.chart?.type ?? 'bar', target: dataset.chart?.target };
}

/** Stable JSON of a request, with absent options left out, for names and cache keys. */
export function requestKey(request: ChartRequest): string {
  return JSON.stringify([
    request.type,
    request.series ?? null,
    request.title ?? null,
    request.target ?? null,
    request.resolution ?? null,
  ]);
}

/**
 * The file name stem of a chart: the dataset id for its default chart (`/charts/<id>.svg`, a
 * permalink), the id and a short hash of the options for any other.
 */
export function chartStem(datasetId: string, dataset: Dataset, request: ChartRequest): string {
  const key = requestKey(request);
  if (key === requestKey(defaultChartRequest(dataset))) return datasetId;
  return `${datasetId}--${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** What a chart file holds: the SVG at a size (both colour schemes), or the PNG card. */
export type ChartFileKind = ChartSizeName | 'png';

/**
 * The files of one chart, relative to the site root: the wide SVG (`/charts/<stem>.svg`, also
 * the download), the narrow SVG for phones, and the 1200×630 PNG card (downloads, social cards).
 */
export function chartFiles(stem: string): Record<ChartFileKind, string> {
  return {
    wide: `/charts/${stem}.svg`,
    narrow: `/charts/${stem}-narrow.svg`,
    png: `/charts/${stem}.png`,
  };
}

/** A `<source>` of a chart's `<picture>`. */
export interface PictureSource {
  media: string;
  file: string;
  width: number;
  height: number;
}

/**
 * The `<picture>` source of a chart for narrow screens, and the wide SVG as the `<img>`.
 * The narrow file serves viewports up to 759 px (shown at most 544 px wide). Each file follows
 * the reader's colour scheme itself.
 */
export function pictureSources(stem: string): {
  sources: PictureSource[];
  fallback: PictureSource;
} {
  const files = chartFiles(stem);
  const source = (media: string, size: ChartSizeName): PictureSource => ({
    media,
    file: files[size],
    width: chartSizes[size].width,
    height: chartSizes[size].height,
  });
  return { sources: [source('(max-width: 759px)', 'narrow')], fallback: source('all', 'wide') };
}
