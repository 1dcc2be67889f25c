// The data catalogue's filters: facets a reader narrows the list of datasets by. Each filter is
// a static page (`routes.dataFilter`) so it works without JavaScript; the page script applies
// the same filters in place from each item's `data-*` keys.
import type { Dataset, Pillar, VerificationLevel } from '../schemas/index.ts';
import { verificationLevels } from '../schemas/index.ts';
import { verificationShortLabels } from './labels.ts';
import { pillarLabels } from './ordering.ts';
import { pillars } from '../schemas/index.ts';
import { coveredPeriods } from './data-table.ts';
import { latestValues, type LatestValue } from './figures/latest-values.ts';
import { measureText } from './measure-text.ts';
import { formatPeriod } from './periods.ts';

interface WithId<Data> {
  id: string;
  data: Data;
}

/** A facet of the catalogue, and the segment of its filter URLs. */
export type CatalogueFacet = 'pillar' | 'programme' | 'partner' | 'verification';

/** Reader-facing facet names, in the order the filters are shown. */
export const facetLabels: Record<CatalogueFacet, string> = {
  pillar: 'Pillar',
  programme: 'Programme',
  partner: 'Partner',
  verification: 'Verification',
};

/** One filter: a facet value. */
export interface CatalogueFilter {
  facet: CatalogueFacet;
  value: string;
}

/** A filter with its words and the number of datasets it keeps. */
export interface CatalogueOption extends CatalogueFilter {
  label: string;
  count: number;
}

/** The facet values of one dataset; `partner` holds every published partner it names. */
export type CatalogueKeys = Record<CatalogueFacet, string[]>;

/** What the catalogue knows of the content. */
export interface CatalogueContent {
  datasets: readonly WithId<Pick<Dataset, 'programme' | 'partners' | 'verification'>>[];
  programmes: readonly WithId<{ name: string; pillar: Pillar }>[];
  /** Partners with a public page (others are never a filter). */
  publishedPartners: readonly WithId<{ name: string }>[];
}

/** The facet values of a dataset. */
export function catalogueKeys(
  dataset: CatalogueContent['datasets'][number],
  content: CatalogueContent,
): CatalogueKeys {
  const programme = content.programmes.find(({ id }) => id === dataset.data.programme);
  const published = new Set(content.publishedPartners.map(({ id }) => id));
  return {
    pillar: programme ? [programme.data.pillar] : [],
    programme: [dataset.data.programme],
    partner: (dataset.data.partners ?? []).filter((id) => published.has(id)),
    verification: [dataset.data.verification.level],
  };
}

/** Whether a dataset with these keys passes `filter` (no filter: every dataset). */
export function passes(keys: CatalogueKeys, filter: CatalogueFilter | undefined): boolean {
  return filter === undefined || keys[filter.facet].includes(filter.value);
}

/**
 * Every filter that keeps at least one dataset, by facet, in the site's order: pillars in pillar
 * order, programmes and partners by name, verification levels weakest first.
 */
export function catalogueOptions(
  content: CatalogueContent,
): { facet: CatalogueFacet; label: string; options: CatalogueOption[] }[] {
  const keys = content.datasets.map((dataset) => catalogueKeys(dataset, content));
  const option = (facet: CatalogueFacet, value: string, label: string) => ({
    facet,
    value,
    label,
    count: keys.filter((key) => key[facet].includes(value)).length,
  });
  const byName = <T extends WithId<{ name: string }>>(items: readonly T[]) =>
    [...items].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const facets: Record<CatalogueFacet, CatalogueOption[]> = {
    pillar: pillars.map((pillar: Pillar) => option('pillar', pillar, pillarLabels[pillar])),
    programme: byName(content.programmes).map(({ id, data }) => option('programme', id, data.name)),
    partner: byName(content.publishedPartners).map(({ id, data }) =>
      option('partner', id, data.name),
    ),
    verification: verificationLevels.map((level: VerificationLevel) =>
      option('verification', level, verificationShortLabels[level]),
    ),
  };
  return (Object.keys(facetLabels) as CatalogueFacet[]).map((facet) => ({
    facet,
    label: facetLabels[facet],
    options: facets[facet].filter(({ count }) => count > 0),
  }));
}

/** "3 datasets", "1 dataset": the result count the page announces. */
export function datasetCount(count: number): string {
  return count === 1 ? '1 dataset' : `${count} datasets`;
}

/** What a catalogue page says it shows: its heading (before the site name in the title) and lead. */
export interface CatalogueHeader {
  heading: string;
  lead: string;
}

/**
 * The heading and lead of the catalogue (`/data/`, no filter) or of one filter's page
 * (`/data/pillar/education/`): "Data: Education", "4 datasets of 13, filtered by pillar:
 * Education." The filter script shows the same words when it filters in place.
 * @param total datasets in the whole catalogue
 * @param filtered the filter's option and its facet's label; none for the whole catalogue
 */
export function catalogueHeader(
  total: number,
  filtered?: { option: CatalogueOption; facetLabel: string },
): CatalogueHeader {
  if (filtered === undefined)
    return {
      heading: 'Data',
      lead: `Every figure on this site comes from one of these ${total} datasets, each with its methodology, sources and verification.`,
    };
  const { option, facetLabel } = filtered;
  return {
    heading: `Data: ${option.label}`,
    lead: `${datasetCount(option.count)} of ${total}, filtered by ${facetLabel.toLowerCase()}: ${option.label}.`,
  };
}

/** A dataset as the catalogue lists it. */
export interface CatalogueEntry {
  id: string;
  title: string;
  programmeName: string | undefined;
  /** The measure with its unit said once (`measureText`). */
  measure: string;
  /** The periods covered, in words: "2022 to 2025". */
  covered: string;
  latest: LatestValue[];
  verification: VerificationLevel;
  keys: CatalogueKeys;
}

/** Every dataset of the catalogue, by title, with what a reader compares them by. */
export function catalogueEntries(
  content: CatalogueContent & {
    datasets: readonly WithId<Dataset>[];
  },
  options: { locale: string; today: string; fiscalYearStartMonth?: number | undefined },
): CatalogueEntry[] {
  return [...content.datasets]
    .sort((a, b) => a.data.title.localeCompare(b.data.title))
    .map((dataset) => {
      const { data } = dataset;
      const covered = coveredPeriods(data, options.fiscalYearStartMonth);
      return {
        id: dataset.id,
        title: data.title,
        programmeName: content.programmes.find(({ id }) => id === data.programme)?.data.name,
        measure: measureText(data.measure),
        covered:
          covered.first === covered.last
            ? formatPeriod(covered.first)
            : `${formatPeriod(covered.first)} to ${formatPeriod(covered.last)}`,
        latest: latestValues(data, options),
        verification: data.verification.level,
        keys: catalogueKeys(dataset, content),
      };
    });
}
