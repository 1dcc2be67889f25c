import type { Dataset } from '../../schemas/index.ts';
import { formatDate } from '../format.ts';

/**
 * Who and what a chart image credits, drawn in its footer so that a chart pasted into someone
 * else's report stays attributed (issue 11): the dataset's sources, the publisher, the licence
 * and the date the data last changed.
 */
export interface ChartCredit {
  /** Labels of the dataset's sources, in the dataset's order. */
  sources: string[];
  /** The publisher's registered legal name (site.json `legalName`). */
  publisher: string;
  /** SPDX id of the data's licence: the dataset's own, else the site's default. */
  license: string;
  /** ISO date (`YYYY-MM-DD`) the dataset last changed (`modified`). */
  modified: string;
  /**
   * The site is an example (site.json `fictional`): the image says so itself, since a pasted
   * chart leaves the site's "Example site" banner behind. Absent means false.
   */
  fictional?: boolean;
}

/** The credit of a dataset's charts, from the dataset and the site's publisher and licence. */
export function chartCredit(
  dataset: Dataset,
  site: { legalName: string; license: string; fictional?: boolean | undefined },
): ChartCredit {
  return {
    ...(site.fictional === true ? { fictional: true } : {}),
    sources: dataset.sources.map(({ label }) => label),
    publisher: site.legalName,
    license: dataset.license ?? site.license,
    modified: dataset.modified,
  };
}

/** A chart's footer line, whole and shortened (see `creditText`). */
export interface CreditText {
  /** Every source, publisher, licence and date. */
  full: string;
  /** The first source and how many more, publisher, licence and date. */
  short: string;
  /**
   * `short` in three parts, `before + source + after`, so that a drawing too small even for
   * `short` cuts the source label alone and keeps publisher, licence and date whole.
   */
  parts: { before: string; source: string; after: string };
}

/**
 * The footer line of a chart, whole and shortened: "Source: <sources> · <publisher> ·
 * <licence> · <date in the locale's style>", after "Fictional example data · " on an example
 * site. The short one names the first source and how many more, for drawings where the whole
 * line would take more than a few lines. The separators are " · " with a no-break space before
 * the dot.
 */
export function creditText(credit: ChartCredit, locale: string): CreditText {
  // A no-break space before each "·" keeps it at the end of a line when the footer wraps.
  const tail = `\u00a0· ${credit.publisher}\u00a0· ${credit.license}\u00a0· ${formatDate(credit.modified, locale)}`;
  const [first = '', ...rest] = credit.sources;
  const more = rest.length === 0 ? '' : ` and ${rest.length} more`;
  const before = `${credit.fictional === true ? 'Fictional example data\u00a0· ' : ''}Source: `;
  return {
    full: `${before}${credit.sources.join('; ')}${tail}`,
    short: `${before}${first}${more}${tail}`,
    parts: { before, source: first, after: `${more}${tail}` },
  };
}
