import { createHash } from 'node:crypto';
import type { Dataset } from '../../schemas/index.ts';
import type { ChartRequest } from './chart-data.ts';
import { chartVariants, type ChartVariantName } from './variants.ts';

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

/** The files of one chart, relative to the site root: four SVG variants, the PNG card and the plain SVG. */
export function chartFiles(stem: string): {
  variants: Record<ChartVariantName, string>;
  svg: string;
  png: string;
} {
  const variants = Object.fromEntries(
    Object.keys(chartVariants).map((name) => [name, `/charts/${stem}-${name}.svg`]),
  ) as Record<ChartVariantName, string>;
  return { variants, svg: `/charts/${stem}.svg`, png: `/charts/${stem}.png` };
}

/** A `<source>` of a chart's `<picture>`. */
export interface PictureSource {
  media: string;
  file: string;
  width: number;
  height: number;
}

/**
 * The `<picture>` sources of a chart, most specific first, and the wide light variant as the
 * `<img>` fallback. Narrow variants serve containers up to 648 px (viewports up to 679 px).
 */
export function pictureSources(stem: string): {
  sources: PictureSource[];
  fallback: PictureSource;
} {
  const { variants } = chartFiles(stem);
  const source = (media: string, name: ChartVariantName): PictureSource => ({
    media,
    file: variants[name],
    width: chartVariants[name].width,
    height: chartVariants[name].height,
  });
  return {
    sources: [
      source('(prefers-color-scheme: dark) and (max-width: 679px)', 'narrow-dark'),
      source('(max-width: 679px)', 'narrow-light'),
      source('(prefers-color-scheme: dark)', 'wide-dark'),
    ],
    fallback: source('all', 'wide-light'),
  };
}
