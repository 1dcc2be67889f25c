// Every dataset of the site as a DCAT 3 catalogue in JSON-LD (https://www.w3.org/TR/vocab-dcat-3/),
// which open-data portals harvest. Each distribution carries the SHA-256 of the exact bytes the
// site serves, the DCAT way (spdx:checksum), so a partner can check that a file has not changed.
import type { Dataset, Pillar, Programme } from '../../schemas/index.ts';
import type { LicenceName } from '../framework-names.ts';
import { pillarLabels } from '../ordering.ts';
import { periodRange } from '../periods.ts';
import type { FileDigest } from './file-digest.ts';

/**
 * Inline context, so the catalogue expands without fetching anything. The prefixes are the ones
 * DCAT 3 itself uses; coercions make dates `xsd:date`, sizes `xsd:nonNegativeInteger` and links
 * IRIs.
 */
export const dcatContext = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  'dct:issued': { '@type': 'xsd:date' },
  'dct:modified': { '@type': 'xsd:date' },
  'dcat:startDate': { '@type': 'xsd:date' },
  'dcat:endDate': { '@type': 'xsd:date' },
  'dcat:byteSize': { '@type': 'xsd:nonNegativeInteger' },
  'spdx:checksumValue': { '@type': 'xsd:hexBinary' },
  'spdx:algorithm': { '@type': '@id' },
  'dcat:downloadURL': { '@type': '@id' },
  'dcat:accessURL': { '@type': '@id' },
  'dcat:landingPage': { '@type': '@id' },
  'dcat:mediaType': { '@type': '@id' },
  'dct:format': { '@type': '@id' },
  'dct:conformsTo': { '@type': '@id' },
  'dct:license': { '@type': '@id' },
  'foaf:homepage': { '@type': '@id' },
  'vcard:hasEmail': { '@type': '@id' },
  'dcat:themeTaxonomy': { '@type': '@id' },
} as const;

/** EU file-type authority codes of the media types the catalogue lists. */
const fileTypes: Readonly<Record<string, string>> = {
  'text/csv': 'CSV',
  'application/json': 'JSON',
};

/**
 * Theme schemes (documented in docs/publishing.md): the EU Data Theme vocabulary that DCAT-AP
 * portals such as data.europa.eu filter by (one theme per pillar), and the UN SDG
 * identifiers (http://metadata.un.org/sdg/<target>) for each SDG target a dataset maps to.
 */
export const themeSchemes = {
  euDataTheme: 'http://publications.europa.eu/resource/authority/data-theme',
  sdg: 'http://metadata.un.org/sdg',
} as const;

/** The EU Data Theme of each pillar: the closest of its 13 themes. */
const pillarDataThemes: Record<Pillar, string> = {
  education: 'EDUC',
  health: 'HEAL',
  environment: 'ENVI',
  community: 'SOCI',
};

/** A downloadable file of a dataset, as the site serves it. */
export interface CatalogFile {
  /** Absolute URL of the file. */
  url: string;
  /** IANA media type, `text/csv`. */
  mediaType: string;
  /** What the file is, for people: `CSV`. */
  title: string;
  /** Size and SHA-256 of the exact bytes served. */
  digest: FileDigest;
  /** The specification the file follows, if a standard one (the data package's). */
  conformsTo?: string;
}

/** One dataset of the catalogue with what the catalogue says beyond the dataset. */
export interface CatalogDataset {
  id: string;
  dataset: Dataset;
  /** The programme the dataset is filed under. */
  programme: Pick<Programme, 'name' | 'pillar' | 'locations'> | undefined;
  /** Absolute URL of the dataset's page. */
  page: string;
  licence: LicenceName;
  keywords: string[];
  files: CatalogFile[];
}

/** Who publishes the catalogue and where. */
export interface CatalogPublisher {
  /** Registered legal name. */
  name: string;
  email: string;
  /** Absolute URL of the site's home page. */
  homepage: string;
}

/** JSON-LD node of any shape (the catalogue is written for `JSON.stringify`). */
type Node = Record<string, unknown>;

/** First and last day any observation of a dataset covers (`YYYY-MM-DD`), or undefined. */
export function temporalCoverage(
  dataset: Dataset,
  fiscalYearStartMonth?: number,
): { start: string; end: string } | undefined {
  const ranges = dataset.observations.flatMap(
    ({ period }) => periodRange(period, fiscalYearStartMonth) ?? [],
  );
  if (ranges.length === 0) return undefined;
  return {
    start: ranges.map((range) => range.start).sort()[0] ?? '',
    end:
      ranges
        .map((range) => range.end)
        .sort()
        .at(-1) ?? '',
  };
}

function publisherNode(publisher: CatalogPublisher): Node {
  return {
    '@type': 'foaf:Organization',
    'foaf:name': publisher.name,
    'foaf:homepage': publisher.homepage,
  };
}

function contactNode(publisher: CatalogPublisher): Node {
  return {
    '@type': 'vcard:Organization',
    'vcard:fn': publisher.name,
    'vcard:hasEmail': `mailto:${publisher.email}`,
  };
}

function datasetNode(
  entry: CatalogDataset,
  publisher: CatalogPublisher,
  fiscalYearStartMonth: number | undefined,
): Node {
  const { dataset, programme } = entry;
  const coverage = temporalCoverage(dataset, fiscalYearStartMonth);
  const themes = [
    ...(programme
      ? [
          {
            '@id': `${themeSchemes.euDataTheme}/${pillarDataThemes[programme.pillar]}`,
            'skos:prefLabel': pillarLabels[programme.pillar],
          },
        ]
      : []),
    ...(dataset.frameworks?.sdgTargets ?? []).map((target) => ({
      '@id': `${themeSchemes.sdg}/${target}`,
      'skos:prefLabel': `SDG target ${target}`,
    })),
  ];
  const places = (programme?.locations ?? []).map((place) => ({
    '@type': 'dct:Location',
    'skos:prefLabel': [place.name, place.region, place.country]
      .filter((part) => part !== undefined)
      .join(', '),
  }));
  return {
    '@id': `${entry.page}#dataset`,
    '@type': 'dcat:Dataset',
    'dct:identifier': entry.id,
    'dct:title': dataset.title,
    'dct:description': dataset.description,
    'dcat:keyword': entry.keywords,
    ...(themes.length > 0 ? { 'dcat:theme': themes } : {}),
    ...(coverage
      ? {
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': coverage.start,
            'dcat:endDate': coverage.end,
          },
        }
      : {}),
    ...(places.length > 0 ? { 'dct:spatial': places } : {}),
    'dct:issued': dataset.issued,
    'dct:modified': dataset.modified,
    'dcat:landingPage': entry.page,
    'dct:publisher': publisherNode(publisher),
    'dcat:contactPoint': contactNode(publisher),
    'dct:license': entry.licence.url,
    'dcat:distribution': entry.files.map((file) => ({
      '@type': 'dcat:Distribution',
      'dct:title': file.title,
      'dcat:downloadURL': file.url,
      'dcat:accessURL': entry.page,
      // The IRIs DCAT-AP validators expect: IANA's media type (http, as DCAT-AP writes it) and
      // the EU file-type authority's format.
      'dcat:mediaType': `http://www.iana.org/assignments/media-types/${file.mediaType}`,
      'dct:format': `http://publications.europa.eu/resource/authority/file-type/${fileTypes[file.mediaType] ?? 'BIN'}`,
      ...(file.conformsTo === undefined ? {} : { 'dct:conformsTo': file.conformsTo }),
      'dcat:byteSize': file.digest.bytes,
      'dct:license': entry.licence.url,
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': 'spdx:checksumAlgorithm_sha256',
        'spdx:checksumValue': file.digest.sha256,
      },
    })),
  };
}

/**
 * The DCAT catalogue of the site (`/data/catalog.jsonld`): a `dcat:Catalog` (title, description,
 * publisher, licence, homepage, modified = the latest dataset change) whose `dcat:dataset`s have
 * their keywords, themes (`themeSchemes`), temporal coverage (`temporalCoverage`), places (the
 * programme's locations), landing page and distributions (download URL, IANA media type, byte
 * size, licence, SHA-256). Datasets in the order given; two-space indented with a final newline.
 */
export function dcatCatalogJson(catalog: {
  /** Absolute URL of the catalogue itself. */
  url: string;
  title: string;
  description: string;
  publisher: CatalogPublisher;
  licence: LicenceName;
  datasets: CatalogDataset[];
  fiscalYearStartMonth?: number | undefined;
}): string {
  const modified = catalog.datasets
    .map(({ dataset }) => dataset.modified)
    .sort()
    .at(-1);
  const document = {
    '@context': dcatContext,
    '@id': catalog.url,
    '@type': 'dcat:Catalog',
    'dct:title': catalog.title,
    'dct:description': catalog.description,
    'dct:publisher': publisherNode(catalog.publisher),
    'dcat:contactPoint': contactNode(catalog.publisher),
    'dct:license': catalog.licence.url,
    'foaf:homepage': catalog.publisher.homepage,
    ...(modified === undefined ? {} : { 'dct:modified': modified }),
    'dcat:themeTaxonomy': [themeSchemes.euDataTheme, themeSchemes.sdg],
    'dcat:dataset': catalog.datasets.map((entry) =>
      datasetNode(entry, catalog.publisher, catalog.fiscalYearStartMonth),
    ),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
