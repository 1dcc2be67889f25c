import type { Dataset, Pillar } from '../../schemas/index.ts';
import { pillarLabels } from '../ordering.ts';

/**
 * Keywords of a dataset for catalogues (data package `keywords`, DCAT `dcat:keyword`), in this
 * order, without repeats: the pillar, the programme, what is measured, each series, the SDG
 * targets (`SDG 12.5`) and GRI disclosures (`GRI 306-4`) it maps to.
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
      ...(dataset.frameworks?.sdgTargets ?? []).map((target) => `SDG ${target}`),
      ...(dataset.frameworks?.gri ?? []).map((disclosure) => `GRI ${disclosure}`),
    ]),
  ];
}
