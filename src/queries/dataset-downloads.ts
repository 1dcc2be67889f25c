// The download files of every dataset (`/data/<id>.csv`, `.json`, `/data/<id>/datapackage.json`),
// the catalogue (`/data/catalog.jsonld`) and the archive (`/data/all.zip`), made once per build
// from the same collection entries as the dataset pages. Sizes and checksums are always taken
// from the very strings the endpoints serve, never recomputed another way.
import { archiveReadme, dataArchive } from '../lib/exports/data-archive.ts';
import { dataPackageJson } from '../lib/exports/data-package.ts';
import { datasetCsv } from '../lib/exports/dataset-csv.ts';
import { datasetJson } from '../lib/exports/dataset-json.ts';
import { dcatCatalogJson, type CatalogDataset } from '../lib/exports/dcat-catalog.ts';
import { fileDigest } from '../lib/exports/file-digest.ts';
import { datasetKeywords, openDataTitle } from '../lib/exports/keywords.ts';
import { licenceName } from '../lib/framework-names.ts';
import { routes, withBase } from '../lib/routes.ts';
import { getDatasets, getProgrammes, getSite, perBuild } from './content.ts';

/** A dataset's download files as text, by format. */
export interface DatasetDownloads {
  csv: string;
  json: string;
  /** The Frictionless data package describing the CSV. */
  datapackage: string;
}

/** Absolute URL of a site path, under the base the site is served from. */
async function absoluteUrl(): Promise<(path: string) => string> {
  const site = await getSite();
  const base = import.meta.env.BASE_URL;
  return (path) => new URL(withBase(base, path), site.url).href;
}

/** The publisher of every file: the site's legal name, contact and home page. */
async function publisher() {
  const site = await getSite();
  const url = await absoluteUrl();
  return { name: site.legalName, email: site.contactEmail, homepage: url(routes.home) };
}

/** What the catalogue and the data packages say about each dataset, by id. */
const datasetMetadata = perBuild(async () => {
  const site = await getSite();
  const programmes = new Map((await getProgrammes()).map((entry) => [entry.id, entry.data]));
  return new Map(
    [...(await getDatasets())].map(([id, { data }]) => {
      const programme = programmes.get(data.programme);
      return [
        id,
        {
          programme,
          licence: licenceName(data.license ?? site.license),
          keywords: datasetKeywords(data, programme),
        },
      ];
    }),
  );
});

/**
 * Every dataset's download files, made once per build: the dataset page (for their sizes), the
 * endpoints, the catalogue (for their checksums) and the archive use the same text.
 */
const allDownloads = perBuild(async () => {
  const site = await getSite();
  const url = await absoluteUrl();
  const metadata = await datasetMetadata();
  const owner = await publisher();
  return new Map(
    [...(await getDatasets())].map(([id, dataset]) => {
      const csv = datasetCsv(id, dataset.data, { fiscalYearStartMonth: site.fiscalYearStartMonth });
      const about = metadata.get(id);
      if (about === undefined) throw new Error(`no metadata for dataset "${id}"`);
      const downloads: DatasetDownloads = {
        csv,
        json: datasetJson(id, dataset.data, {
          legalName: site.legalName,
          contactEmail: site.contactEmail,
          license: site.license,
          pageUrl: url(routes.dataset(id)),
        }),
        datapackage: dataPackageJson(id, dataset.data, {
          urls: {
            page: url(routes.dataset(id)),
            csv: url(routes.datasetCsv(id)),
            datapackage: url(routes.datasetPackage(id)),
          },
          csv: fileDigest(csv),
          licence: about.licence,
          publisher: owner,
          keywords: about.keywords,
        }),
      };
      return [id, downloads];
    }),
  );
});

/** The download files of dataset `id` (which the caller got from the collection). */
export async function datasetDownloads(id: string): Promise<DatasetDownloads> {
  const downloads = (await allDownloads()).get(id);
  if (downloads === undefined) throw new Error(`no dataset "${id}"`);
  return downloads;
}

/** `{ id }` of every dataset, for the download endpoints. */
export async function datasetDownloadPaths() {
  return [...(await getDatasets()).keys()].map((id) => ({ params: { id } }));
}

/** The DCAT catalogue of every dataset and download, as `/data/catalog.jsonld` serves it. */
export const dataCatalog = perBuild(async (): Promise<string> => {
  const site = await getSite();
  const url = await absoluteUrl();
  const metadata = await datasetMetadata();
  const downloads = await allDownloads();
  const datasets = [...(await getDatasets())].map(([id, { data }]): CatalogDataset => {
    const about = metadata.get(id);
    const files = downloads.get(id);
    if (about === undefined || files === undefined) throw new Error(`no files for "${id}"`);
    return {
      id,
      dataset: data,
      programme: about.programme,
      page: url(routes.dataset(id)),
      licence: about.licence,
      keywords: about.keywords,
      files: [
        {
          title: 'CSV',
          url: url(routes.datasetCsv(id)),
          mediaType: 'text/csv',
          digest: fileDigest(files.csv),
        },
        {
          title: 'JSON',
          url: url(routes.datasetJson(id)),
          mediaType: 'application/json',
          digest: fileDigest(files.json),
        },
        {
          title: 'Frictionless data package',
          url: url(routes.datasetPackage(id)),
          mediaType: 'application/json',
          digest: fileDigest(files.datapackage),
          conformsTo: 'https://specs.frictionlessdata.io/tabular-data-package/',
        },
      ],
    };
  });
  return dcatCatalogJson({
    url: url(routes.dataCatalog),
    title: openDataTitle(site.name),
    description: `Every dataset ${site.legalName} publishes about its community programmes, with its files and their SHA-256 checksums.`,
    publisher: await publisher(),
    licence: licenceName(site.license),
    datasets,
    fiscalYearStartMonth: site.fiscalYearStartMonth,
  });
});

/**
 * `/data/all.zip`: every dataset's CSV, JSON and data package, the catalogue and a README, at
 * the paths the site serves them from, dated by the latest change to any dataset.
 */
export const dataArchiveBytes = perBuild(async (): Promise<Uint8Array<ArrayBuffer>> => {
  const site = await getSite();
  const url = await absoluteUrl();
  const metadata = await datasetMetadata();
  const downloads = await allDownloads();
  const datasets = [...(await getDatasets())];
  const modified =
    datasets
      .map(([, { data }]) => data.modified)
      .sort()
      .at(-1) ?? site.reportingPeriod.end;
  const path = (route: string) => route.replace(/^\//, '');
  const readme = archiveReadme({
    siteName: site.name,
    publisher: site.legalName,
    email: site.contactEmail,
    urls: { site: url(routes.home), data: url(routes.data), catalog: url(routes.dataCatalog) },
    licence: licenceName(site.license),
    modified,
    datasets: datasets.map(([id, { data }]) => ({
      id,
      title: data.title,
      licence: metadata.get(id)?.licence.id ?? site.license,
    })),
  });
  return dataArchive(
    [
      { path: 'README.txt', content: readme },
      { path: path(routes.dataCatalog), content: await dataCatalog() },
      ...[...downloads].flatMap(([id, files]) => [
        { path: path(routes.datasetCsv(id)), content: files.csv },
        { path: path(routes.datasetJson(id)), content: files.json },
        { path: path(routes.datasetPackage(id)), content: files.datapackage },
      ]),
    ],
    modified,
  );
});
