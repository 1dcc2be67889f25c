// schema.org `Dataset` of a dataset page, for search engines' dataset results (Google Dataset
// Search reads it: https://developers.google.com/search/docs/appearance/structured-data/dataset).
import type { Dataset, Programme } from '../../schemas/index.ts';
import { coveredPeriods } from '../data-table.ts';
import { licenceName } from '../framework-names.ts';
import { datasetKeywords, openDataTitle } from './keywords.ts';
import { measureText } from '../measure-text.ts';
import { periodRange } from '../periods.ts';

/** Absolute URLs of a dataset's page and files. */
export interface DatasetUrls {
  page: string;
  csv: string;
  json: string;
  /** Its Frictionless data package. */
  dataPackage: string;
  /** The DCAT catalogue of every dataset. */
  catalog: string;
}

/** The publisher, from site.json. */
export interface DatasetPublisher {
  /** Registered legal name. */
  legalName: string;
  /** Short name, for the catalogue's name. */
  name: string;
  /** Absolute address of the site's home page. */
  url: string;
  contactEmail: string;
  /** Default SPDX licence of every dataset. */
  license: string;
  /** BCP 47 tag of the content. */
  locale: string;
  fiscalYearStartMonth?: number | undefined;
}

/** A schema.org object as JSON-LD: `@type` and its properties. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

/**
 * First and last day the dataset's observations cover, as an ISO 8601 interval
 * (`2022-01-01/2025-12-31`), schema.org `temporalCoverage`'s form for a closed period; undefined
 * when a period cannot be resolved (a fiscal year without `fiscalYearStartMonth`).
 */
export function temporalCoverage(dataset: Dataset, fiscalYearStartMonth?: number) {
  const { first, last } = coveredPeriods(dataset, fiscalYearStartMonth);
  const start = periodRange(first, fiscalYearStartMonth)?.start;
  const end = periodRange(last, fiscalYearStartMonth)?.end;
  return start === undefined || end === undefined ? undefined : `${start}/${end}`;
}

/**
 * The schema.org `Dataset` (JSON-LD, `@context` https://schema.org) of a dataset: name,
 * description, url, identifier (the page's URL), version (the `modified` date, as the JSON
 * download's provenance), licence URL, creator and publisher (an Organization with a contact
 * point), ISO 8601 temporal coverage, one `PropertyValue` per measured variable with its unit,
 * its downloads (CSV, JSON, data package) with their media types, dates, keywords, catalogue and
 * the places of its programme. Holds only what the content says: a field it lacks is left out.
 */
export function datasetJsonLd(
  dataset: Dataset,
  context: {
    publisher: DatasetPublisher;
    urls: DatasetUrls;
    programme?: Pick<Programme, 'name' | 'pillar' | 'locations'> | undefined;
  },
): JsonLdNode & { '@context': string } {
  const { publisher, urls, programme } = context;
  const measure = measureText(dataset.measure);
  const unit = dataset.measure.unit;
  const unitText = unit.kind === 'currency' && unit.currency ? unit.currency : unit.label;
  const organisation: JsonLdNode = {
    '@type': 'Organization',
    name: publisher.legalName,
    url: publisher.url,
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: 'data enquiries',
      email: publisher.contactEmail,
    },
  };
  const variables = dataset.series?.map((series) => ({ name: series.label })) ?? [
    { name: dataset.measure.label },
  ];
  const download = (contentUrl: string, encodingFormat: string, name: string): JsonLdNode => ({
    '@type': 'DataDownload',
    name,
    contentUrl,
    encodingFormat,
  });
  const coverage = temporalCoverage(dataset, publisher.fiscalYearStartMonth);
  const places = (programme?.locations ?? []).map((place): JsonLdNode => ({
    '@type': 'Place',
    name: place.name,
    address: {
      '@type': 'PostalAddress',
      addressLocality: place.name,
      ...(place.region === undefined ? {} : { addressRegion: place.region }),
      addressCountry: place.country,
    },
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': urls.page,
    name: dataset.title,
    description: dataset.description,
    url: urls.page,
    identifier: urls.page,
    version: dataset.modified,
    license: licenceName(dataset.license ?? publisher.license).url,
    isAccessibleForFree: true,
    inLanguage: publisher.locale,
    creator: organisation,
    publisher: organisation,
    datePublished: dataset.issued,
    dateModified: dataset.modified,
    ...(coverage === undefined ? {} : { temporalCoverage: coverage }),
    ...(places.length === 0 ? {} : { spatialCoverage: places }),
    variableMeasured: variables.map((variable): JsonLdNode => ({
      '@type': 'PropertyValue',
      name: variable.name,
      ...(measure === variable.name ? {} : { description: measure }),
      unitText,
    })),
    keywords: datasetKeywords(dataset, programme),
    distribution: [
      download(urls.csv, 'text/csv', 'CSV, one row per observation'),
      download(urls.json, 'application/json', 'JSON, the dataset with its provenance'),
      download(urls.dataPackage, 'application/json', 'Frictionless tabular data package'),
    ],
    includedInDataCatalog: {
      '@type': 'DataCatalog',
      name: openDataTitle(publisher.name),
      url: urls.catalog,
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: every `<` written `\u003c`, so no
 * text in the content can close the element (`</script>`) or open a comment (`<!--`); JSON
 * parsers read the escape back as `<`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
