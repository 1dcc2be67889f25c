// "Cite this dataset": one CSL-JSON item, from which the BibLaTeX entry (citation-js) and the
// citation text (our template, see `citationText`) are made, so the three never disagree.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Dataset } from '../../schemas/index.ts';
import { tagSlug } from '../stories/tags.ts';

// Entry keys are ours (`citationKey`), kept as written: citation-js would otherwise make its own
// ("Somes2024Units") or strip the hyphens from ours. UTF-8 output rather than LaTeX escapes:
// BibLaTeX (whose `@dataset` type we use) reads UTF-8 through biber, and citation-js escapes the
// title but not a literal author, so its ASCII mode gives a half-escaped entry.
const bibtexConfig = plugins.config.get('@bibtex') as {
  format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
};
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;
bibtexConfig.format.asciiOnly = false;

/** A date as CSL-JSON writes it: `[[year, month, day]]`, or `[[year]]`. */
export interface CslDate {
  'date-parts': [[number] | [number, number, number]];
}

/** The CSL-JSON item of a dataset (CSL 1.0.2 `dataset` type); fields as CSL names them. */
export interface CslDataset {
  /** The citation key, also the BibLaTeX entry key (`citationKey`). */
  id: string;
  type: 'dataset';
  /** The publishing organisation, as one literal name (never split into given/family). */
  author: [{ literal: string }];
  publisher: string;
  title: string;
  /** The dataset's version: its `modified` date, as in the JSON download's provenance. */
  version: string;
  /** Year of first publication. */
  issued: CslDate;
  /** Absolute URL of the dataset page. */
  URL: string;
  /** When the reader looked at it; absent on the static page (see `citationText`). */
  accessed?: CslDate;
}

/** What a citation needs besides the dataset. */
export interface CitationSource {
  /** The dataset id (URL segment). */
  id: string;
  /** Registered legal name of the publisher (site.json `legalName`). */
  legalName: string;
  /** Short name of the publisher (site.json `name`), for the citation key. */
  name: string;
  /** Absolute URL of the dataset page. */
  pageUrl: string;
  /** `YYYY-MM-DD` the reader accessed the dataset, when known. */
  accessed?: string | undefined;
}

const year = (isoDate: string) => Number(isoDate.slice(0, 4));
const dateParts = (isoDate: string): CslDate => ({
  'date-parts': [[year(isoDate), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))]],
});

/**
 * The citation key of a dataset: `<organisation slug>-<dataset id>-<year issued>`, ASCII
 * (`somes-contact-center-blood-donations-2022`), so it is stable across versions and LaTeX
 * accepts it.
 */
export function citationKey(organisation: string, id: string, issued: string): string {
  return `${tagSlug(organisation)}-${id}-${year(issued)}`;
}

/** The CSL-JSON item of a dataset, the source of every other citation format. */
export function cslItem(dataset: Dataset, source: CitationSource): CslDataset {
  return {
    id: citationKey(source.name, source.id, dataset.issued),
    type: 'dataset',
    author: [{ literal: source.legalName }],
    publisher: source.legalName,
    title: dataset.title,
    version: dataset.modified,
    // APA 7 and DataCite date a dataset by the version cited, not its first publication: the
    // year the values being cited were published (`modified`).
    issued: { 'date-parts': [[year(dataset.modified)]] },
    URL: source.pageUrl,
    ...(source.accessed === undefined ? {} : { accessed: dateParts(source.accessed) }),
  };
}

/** CSL-JSON as reference managers import it (Zotero, Mendeley): an array of one item. */
export function cslJson(item: CslDataset): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * The BibLaTeX `@dataset` entry of an item (by @citation-js/plugin-bibtex), in UTF-8, with
 * `version` and, when the item has an access date, `urldate`.
 */
export function bibtex(item: CslDataset): string {
  return `${new Cite(item).format<'biblatex', [], string>('biblatex').trim()}\n`;
}

/** The citation text around the access date, which only the reader's browser knows. */
export interface CitationText {
  /** Up to the access date: organisation, year, title, version, type, "Retrieved". */
  before: string;
  /** After the access date: ", from <URL>". */
  after: string;
}

/**
 * The citation as text, after APA 7's dataset reference (10.9) with a retrieval date, since the
 * figures can change: `Org. (2026). Title (Version 2026-01-12) [Data set]. Retrieved <date>,
 * from URL`, the date filled in the reader's browser. The publisher is left out because it is
 * the author (APA 7, 9.25). Our template rather than a CSL style: the APA style bundled with
 * citation-js reads a date version as a range ("Versions 2025-03-14") and gives no retrieval
 * date; its Harvard style drops the version.
 */
export function citationText(item: CslDataset): CitationText {
  const issued = item.issued['date-parts'][0][0];
  const author = item.author[0].literal;
  // APA ends the author element with a full stop, which a name like "S.R.L." already has.
  const authorElement = author.endsWith('.') ? author : `${author}.`;
  return {
    before: `${authorElement} (${issued}). ${item.title} (Version ${item.version}) [Data set]. Retrieved`,
    after: `, from ${item.URL}`,
  };
}

/** Every form of a dataset's citation, as the page shows them. */
export interface DatasetCitation {
  text: CitationText;
  bibtex: string;
  cslJson: string;
}

/** The citation of a dataset in every form the dataset page offers. */
export function datasetCitation(dataset: Dataset, source: CitationSource): DatasetCitation {
  const item = cslItem(dataset, source);
  return { text: citationText(item), bibtex: bibtex(item), cslJson: cslJson(item) };
}
