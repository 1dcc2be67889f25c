import type { Dataset } from '../../schemas/index.ts';

/** Who publishes a dataset and where, for the provenance of its JSON download. */
export interface Publisher {
  /** Registered legal name (site.json `legalName`). */
  name: string;
  /** Where readers write about the figures. */
  email: string;
}

/** The JSON download of a dataset: the validated dataset with where it comes from. */
export interface DatasetDownload {
  /** The dataset id (its file name and URL segment). */
  id: string;
  provenance: {
    publisher: Publisher;
    /** Absolute URL of the dataset's page. */
    page: string;
    /** SPDX identifier of the licence the data is published under. */
    license: string;
    /** The dataset's version: its `modified` date, which changes with every published change. */
    version: string;
    issued: string;
    modified: string;
  };
  /** The dataset exactly as the content check validated it (defaults applied). */
  dataset: Dataset;
}

/**
 * The JSON download of a dataset (`/data/<id>.json`): `{ id, provenance, dataset }`, two-space
 * indented with a final newline, keys in the schema's order, so the same content gives the same
 * bytes. The licence is the dataset's own or else the site's default.
 */
export function datasetJson(
  id: string,
  dataset: Dataset,
  site: { legalName: string; contactEmail: string; license: string; pageUrl: string },
): string {
  const download: DatasetDownload = {
    id,
    provenance: {
      publisher: { name: site.legalName, email: site.contactEmail },
      page: site.pageUrl,
      license: dataset.license ?? site.license,
      version: dataset.modified,
      issued: dataset.issued,
      modified: dataset.modified,
    },
    dataset,
  };
  return `${JSON.stringify(download, null, 2)}\n`;
}
