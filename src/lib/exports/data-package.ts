// A dataset as a Frictionless tabular data package (Data Package v1,
// https://specs.frictionlessdata.io/tabular-data-package/): the CSV download described by a
// Table Schema, so a partner's tools can load and check it without reading our docs.
import { observationStatuses, periodPatterns, type Dataset } from '../../schemas/index.ts';
import type { LicenceName } from '../framework-names.ts';
import { csvColumns } from './dataset-csv.ts';
import type { FileDigest } from './file-digest.ts';

/** One column of the CSV in Table Schema terms (https://specs.frictionlessdata.io/table-schema/). */
export interface TableSchemaField {
  name: (typeof csvColumns)[number];
  type: 'string' | 'date' | 'number';
  title: string;
  description: string;
  /** The unit of the values, as in the CSV's `unit` column (a Table Schema extension). */
  unit?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

/** A data package descriptor (`datapackage.json`), profile `tabular-data-package`. */
export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  id: string;
  title: string;
  description: string;
  homepage: string;
  version: string;
  created: string;
  modified: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  contributors: { title: string; email: string; path: string; role: 'publisher' }[];
  sources: { title: string; path?: string }[];
  resources: [
    {
      profile: 'tabular-data-resource';
      name: string;
      path: string;
      title: string;
      description: string;
      format: 'csv';
      mediatype: 'text/csv';
      encoding: 'utf-8';
      bytes: number;
      hash: string;
      dialect: {
        delimiter: ',';
        lineTerminator: '\r\n';
        quoteChar: '"';
        doubleQuote: true;
        header: true;
      };
      schema: { fields: TableSchemaField[]; missingValues: string[]; primaryKey: string[] };
    },
  ];
}

/** What a data package says about a dataset beyond the dataset itself. */
export interface DataPackageContext {
  /** Absolute URLs of the dataset's page, its CSV and this descriptor. */
  urls: { page: string; csv: string; datapackage: string };
  /** Size and SHA-256 of the CSV exactly as `/data/<id>.csv` serves it. */
  csv: FileDigest;
  /** The licence the data is published under (the dataset's own or the site's). */
  licence: LicenceName;
  publisher: { name: string; email: string; homepage: string };
  keywords: string[];
}

/**
 * Any period form the CSV's `period` column may hold, as one pattern: the site's period patterns
 * without their anchors, since Table Schema patterns (XML Schema syntax) match the whole value.
 */
const periodPattern = Object.values(periodPatterns)
  .map((pattern) => pattern.source.replace(/^\^|\$$/g, ''))
  .join('|');

/** The Table Schema of a dataset's CSV (`datasetCsv`): one field per column, in its order. */
function tableSchema(id: string, dataset: Dataset): DataPackage['resources'][0]['schema'] {
  const unit = dataset.measure.unit.currency ?? dataset.measure.unit.label;
  const series = dataset.series ?? [];
  const fields: TableSchemaField[] = [
    {
      name: 'dataset_id',
      type: 'string',
      title: 'Dataset',
      description: 'The dataset id; the same in every row, so files can be stacked.',
      constraints: { required: true, enum: [id] },
    },
    {
      name: 'series_id',
      type: 'string',
      title: 'Series',
      description:
        series.length > 0
          ? `The series of the value: ${series.map((item) => `${item.id} (${item.label})`).join(', ')}.`
          : 'Always empty: the dataset has a single series.',
      constraints: series.length > 0 ? { required: true, enum: series.map((item) => item.id) } : {},
    },
    {
      name: 'period',
      type: 'string',
      title: 'Period',
      description:
        'The period the value covers, as published: a year (2025), quarter (2025-Q2), month (2025-03), day (2025-03-14) or fiscal year (2024/25).',
      constraints: { required: true, pattern: periodPattern },
    },
    {
      name: 'period_start',
      type: 'date',
      title: 'Period start',
      description: 'First day the period covers.',
      constraints: { required: true },
    },
    {
      name: 'period_end',
      type: 'date',
      title: 'Period end',
      description: 'Last day the period covers (inclusive).',
      constraints: { required: true },
    },
    {
      name: 'value',
      type: 'number',
      title: dataset.measure.label,
      description: `${dataset.measure.label}, in ${unit}.`,
      unit,
      constraints: { required: true },
    },
    {
      name: 'unit',
      type: 'string',
      title: 'Unit',
      description:
        dataset.measure.unit.currency === undefined
          ? 'The unit of the value.'
          : 'The ISO 4217 currency code of the value.',
      constraints: { required: true, enum: [unit] },
    },
    {
      name: 'status',
      type: 'string',
      title: 'Status',
      description:
        'How sure the value is: measured, estimated, or provisional (may still change; a change is listed under the dataset’s restatements).',
      constraints: { required: true, enum: [...observationStatuses] },
    },
  ];
  return {
    fields,
    // The CSV writes an empty cell where there is no value (series_id of a single series).
    missingValues: [''],
    // One value per series and period (the content check refuses duplicates).
    primaryKey: series.length > 0 ? ['series_id', 'period'] : ['period'],
  };
}

/**
 * The data package of dataset `id` (`/data/<id>/datapackage.json`): name = id, version = the
 * `modified` date (it changes with every published change, as in the JSON download), created =
 * `issued` at midnight UTC (Data Package requires an RFC 3339 date-time), and one
 * `tabular-data-resource` whose `path` is the CSV's absolute URL (v1 forbids `../` paths) with its
 * byte size and `sha256:<hex>` hash. The CSV starts with a UTF-8 byte order mark: `encoding` stays
 * `utf-8`, the IANA name (pandas, readr and LibreOffice skip the mark; datapackage.js 1.x does
 * not: docs/publishing.md).
 */
export function dataPackage(
  id: string,
  dataset: Dataset,
  context: DataPackageContext,
): DataPackage {
  const { urls, licence, publisher } = context;
  return {
    profile: 'tabular-data-package',
    name: id,
    id: urls.datapackage,
    title: dataset.title,
    description: dataset.description,
    homepage: urls.page,
    version: dataset.modified,
    created: `${dataset.issued}T00:00:00Z`,
    modified: dataset.modified,
    keywords: context.keywords,
    licenses: [{ name: licence.id, path: licence.url, title: licence.name }],
    contributors: [
      {
        title: publisher.name,
        email: publisher.email,
        path: publisher.homepage,
        role: 'publisher',
      },
    ],
    sources: dataset.sources.map((source) => ({
      title: source.date === undefined ? source.label : `${source.label} (${source.date})`,
      ...(source.url === undefined ? {} : { path: source.url }),
    })),
    resources: [
      {
        profile: 'tabular-data-resource',
        name: id,
        path: urls.csv,
        title: dataset.title,
        description: `${dataset.measure.label}: one row per observation.`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: context.csv.bytes,
        hash: `sha256:${context.csv.sha256}`,
        dialect: {
          delimiter: ',',
          lineTerminator: '\r\n',
          quoteChar: '"',
          doubleQuote: true,
          header: true,
        },
        schema: tableSchema(id, dataset),
      },
    ],
  };
}

/** `dataPackage` as the file serves it: two-space indented JSON with a final newline. */
export function dataPackageJson(id: string, dataset: Dataset, context: DataPackageContext): string {
  return `${JSON.stringify(dataPackage(id, dataset, context), null, 2)}\n`;
}
