// What each page's social card says, from validated content.
import type { Dataset, Programme, Site, StoryFrontMatter } from '../../schemas/index.ts';
import { headlineFigures, type ReportingPeriod } from '../figures/headline.ts';
import { latestCompleteYear } from '../figures/latest.ts';
import { periodWithStatus } from '../figures/resolve.ts';
import { formatFigure } from '../format.ts';
import { figureLabel } from '../figures/headline.ts';
import type { CardFigure, SocialCard } from './card.ts';

interface WithId<Data> {
  id: string;
  data: Data;
}

/** What every card of the site shares: organisation, address, colour. */
type SiteCard = Pick<SocialCard, 'organisation' | 'address' | 'brandColor'>;

/** The site's part of every card; the address is the site URL without its scheme. */
export function siteCardParts(
  site: Pick<Site, 'name' | 'url' | 'brandColor'> & { fictional?: boolean | undefined },
): SiteCard {
  const host = site.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return {
    organisation: site.name,
    // A preview shared out of the site must not pass for a real organisation's figures.
    address: site.fictional === true ? `${host} · fictional example organisation` : host,
    brandColor: site.brandColor,
  };
}

interface FigureOptions {
  /** Today as `YYYY-MM-DD`: only years that have ended count. */
  today: string;
  fiscalYearStartMonth?: number | undefined;
  locale: string;
}

/**
 * A dataset's key number: its latest complete year that has ended (`latestCompleteYear`), with
 * its unit; undefined when it has none (a dataset still in its first year).
 */
export function datasetFigure(dataset: Dataset, options: FigureOptions): CardFigure | undefined {
  const latest = latestCompleteYear(dataset, options);
  if (latest === undefined) return undefined;
  return {
    value: formatFigure(latest.figure.value, dataset.measure, options.locale),
    label: figureLabel(dataset, undefined),
    period: periodWithStatus(latest.figure),
  };
}

/** The card of a dataset page: its title and key number. */
export function datasetCard(dataset: Dataset, site: SiteCard, options: FigureOptions): SocialCard {
  return {
    ...site,
    kind: 'Open data',
    title: dataset.title,
    figure: datasetFigure(dataset, options),
  };
}

/**
 * The card of a story: its title with its hero photo when it has one (`photo`, see
 * `cardPhoto`), else with the headline figure of its programme (`headlineFigures`: the dataset
 * behind the programme's first goal, or its first dataset), else with the title alone.
 */
export function storyCard(
  story: Pick<StoryFrontMatter, 'title'>,
  context: {
    site: SiteCard;
    programme: WithId<Programme> | undefined;
    datasets: readonly WithId<Dataset>[];
    photo?: Uint8Array | undefined;
    /** The site's reporting period: the programme's figure is its last year's, as on the home page. */
    reportingPeriod: ReportingPeriod;
  } & FigureOptions,
): SocialCard {
  const { site, programme, datasets, photo, ...options } = context;
  const card: SocialCard = { ...site, kind: 'Story', title: story.title };
  if (photo !== undefined) return { ...card, photo };
  const headline =
    programme === undefined ? undefined : headlineFigures([programme], datasets, options)[0];
  if (headline === undefined) return card;
  return {
    ...card,
    figure: {
      value: formatFigure(headline.figure.value, headline.dataset.data.measure, options.locale),
      label: headline.label,
      period: periodWithStatus(headline.figure),
    },
  };
}

/** The site-wide card, for every page without its own (home, lists, about, 404). */
export function siteCard(
  site: Pick<Site, 'name' | 'url' | 'brandColor'> & { fictional?: boolean | undefined },
): SocialCard {
  return {
    ...siteCardParts(site),
    kind: 'Impact report',
    title: 'Our community impact, with open data behind every figure',
  };
}
