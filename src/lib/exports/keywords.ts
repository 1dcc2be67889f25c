import type { Dataset, Pillar } from '../../schemas/index.ts';
import { pillarLabels } from '../ordering.ts';

/** The title of a site's open-data catalogue, the same in the DCAT catalogue, the archive's
 * README and each dataset's schema.org `includedInDataCatalog`. */
export function openDataTitle(siteName: string): string {
  return `${siteName}: open data`;
}

/**
 * Keywords of a dataset for every catalogue (data package `keywords`, DCAT `dcat:keyword`,
 * schema.org `keywords`), in this order, without repeats: the pillar, the programme, what is
 * measured, each series, its B4SI layer (`B4SI output`), the SDG targets (`SDG 12.5`) and GRI
 * disclosures (`GRI 306-4`) it maps to.
 */
export function datasetKeywords(
  dataset: Dataset,
  programme: { name: string; pillar: Pillar } | undefined,
): string[] {
  return [
    ...new Set([
      ...(programme ? [pillarLabels[programme.pillar], programme.name] : []),
      dataset.measure.label,
      ...(dataset.series ?? []).map((series) => series.label),
      ...(dataset.b4si ? [`B4SI ${dataset.b4si.layer}`] : []),
      ...(dataset.frameworks?.sdgTargets ?? []).map((target) => `SDG ${target}`),
      ...(dataset.frameworks?.gri ?? []).map((disclosure) => `GRI ${disclosure}`),
    ]),
  ];
}
