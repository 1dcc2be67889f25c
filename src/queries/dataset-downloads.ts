// The download files of every dataset (`/data/<id>.csv`, `/data/<id>.json`), made from the same
// collection entries as the dataset pages, which link to them with their sizes.
import { datasetCsv } from '../lib/exports/dataset-csv.ts';
import { datasetJson } from '../lib/exports/dataset-json.ts';
import { routes, withBase } from '../lib/routes.ts';
import { getDatasets, getSite, perBuild } from './content.ts';

/** A dataset's download files as text, by format. */
export interface DatasetDownloads {
  csv: string;
  json: string;
}

/**
 * Every dataset's download files, made once per build: the dataset page (for their sizes) and
 * the two endpoints serve the same text.
 */
const allDownloads = perBuild(async () => {
  const site = await getSite();
  const base = import.meta.env.BASE_URL;
  return new Map(
    [...(await getDatasets())].map(([id, dataset]) => [
      id,
      {
        csv: datasetCsv(id, dataset.data, { fiscalYearStartMonth: site.fiscalYearStartMonth }),
        json: datasetJson(id, dataset.data, {
          legalName: site.legalName,
          contactEmail: site.contactEmail,
          license: site.license,
          pageUrl: new URL(withBase(base, routes.dataset(id)), site.url).href,
        }),
      } satisfies DatasetDownloads,
    ]),
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
