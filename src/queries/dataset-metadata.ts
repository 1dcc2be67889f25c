// What a dataset page says about the dataset for people and machines citing it: its citation
// (text, BibLaTeX, CSL-JSON) and its schema.org Dataset JSON-LD.
import { datasetCitation } from '../lib/exports/citation.ts';
import { datasetJsonLd } from '../lib/exports/dataset-jsonld.ts';
import { routes, withBase } from '../lib/routes.ts';
import { getDataset, getProgrammes, getSite } from './content.ts';

/** The citation and the JSON-LD of dataset `id` (which the caller got from the collection). */
export async function datasetMetadata(id: string) {
  const site = await getSite();
  const { data } = await getDataset(id);
  const programme = (await getProgrammes()).find((entry) => entry.id === data.programme)?.data;
  const base = import.meta.env.BASE_URL;
  const absolute = (path: string) => new URL(withBase(base, path), site.url).href;
  const page = absolute(routes.dataset(id));
  return {
    citation: datasetCitation(data, {
      id,
      legalName: site.legalName,
      name: site.name,
      pageUrl: page,
    }),
    jsonLd: datasetJsonLd(data, {
      publisher: {
        legalName: site.legalName,
        name: site.name,
        url: absolute(routes.home),
        contactEmail: site.contactEmail,
        license: site.license,
        locale: site.locale,
        fiscalYearStartMonth: site.fiscalYearStartMonth,
      },
      urls: {
        page,
        csv: absolute(routes.datasetCsv(id)),
        json: absolute(routes.datasetJson(id)),
        dataPackage: absolute(routes.datasetPackage(id)),
        catalog: absolute(routes.dataCatalog),
      },
      programme,
    }),
  };
}
