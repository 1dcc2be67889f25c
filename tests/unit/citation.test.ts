import { describe, expect, test } from 'vitest';
import { datasetCitation } from '../../src/lib/exports/citation.ts';
import { datasetSchema } from '../../src/schemas/index.ts';

/** A dataset whose title and publisher hold every Romanian letter with a diacritic. */
const dataset = datasetSchema.parse({
  title: 'Puieți plantați în Pădurea Făget și în Ținutul Bârgăului',
  description: 'Saplings planted by volunteers in the Făget forest and the Bârgău lands, by year.',
  programme: 'tree-planting',
  measure: {
    label: 'Saplings planted',
    unit: { label: 'saplings', kind: 'count' },
    aggregation: 'sum',
  },
  observations: [{ period: '2024', value: 1200 }],
  methodology: 'Counted by the forest district at planting.',
  sources: [{ label: 'Forest district planting records', type: 'partner-records' }],
  verification: { level: 'self-reported' },
  issued: '2024-05-02',
  modified: '2025-03-14',
});
const source = {
  id: 'trees-planted',
  legalName: 'Someș Țară Contact Center S.R.L.',
  name: 'Someș Țară Contact Center',
  pageUrl: 'https://impact.example.com/data/trees-planted/',
};

describe('the citation of a dataset', () => {
  test('as text: organisation, year issued, title, version, type and URL; the access date comes after', () => {
    expect(datasetCitation(dataset, source).text).toMatchInlineSnapshot(`
      {
        "after": ", from https://impact.example.com/data/trees-planted/",
        "before": "Someș Țară Contact Center S.R.L. (2025). Puieți plantați în Pădurea Făget și în Ținutul Bârgăului (Version 2025-03-14) [Data set]. Retrieved",
      }
    `);
  });

  test('as BibLaTeX: a @dataset with our key, the diacritics as written and the version', () => {
    expect(datasetCitation(dataset, source).bibtex).toMatchInlineSnapshot(`
      "@dataset{somes-tara-contact-center-trees-planted-2024,
      	author = {{Someș Țară Contact Center S.R.L.}},
      	date = {2025},
      	publisher = {Someș Țară Contact Center S.R.L.},
      	title = {Puieți plantați în {P}ădurea {F}ăget și în Ținutul {B}ârgăului},
      	url = {https://impact.example.com/data/trees-planted/},
      	version = {2025-03-14},
      }
      "
    `);
  });

  test('with an access date, BibLaTeX has its urldate and CSL-JSON its accessed date', () => {
    const cited = datasetCitation(dataset, { ...source, accessed: '2026-11-29' });
    expect(cited.bibtex).toContain('urldate = {2026-11-29}');
    expect(JSON.parse(cited.cslJson)).toEqual([
      expect.objectContaining({ accessed: { 'date-parts': [[2026, 11, 29]] } }),
    ]);
  });

  test('as CSL-JSON: one dataset item that names the organisation as one literal author', () => {
    expect(JSON.parse(datasetCitation(dataset, source).cslJson)).toMatchInlineSnapshot(`
      [
        {
          "URL": "https://impact.example.com/data/trees-planted/",
          "author": [
            {
              "literal": "Someș Țară Contact Center S.R.L.",
            },
          ],
          "id": "somes-tara-contact-center-trees-planted-2024",
          "issued": {
            "date-parts": [
              [
                2025,
              ],
            ],
          },
          "publisher": "Someș Țară Contact Center S.R.L.",
          "title": "Puieți plantați în Pădurea Făget și în Ținutul Bârgăului",
          "type": "dataset",
          "version": "2025-03-14",
        },
      ]
    `);
  });
});
