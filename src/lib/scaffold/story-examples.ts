import type { Dataset } from '../../schemas/index.ts';
import { impactChartRequest } from '../charts/chart-requests.ts';
import { resolveFigure } from '../figures/resolve.ts';
import { periodRange } from '../periods.ts';
import type { ContentChoices } from './content-choices.ts';

/** Attributes of one example component, each checked to work as written. */
export interface StoryExamples {
  keyFigure?: { dataset: Dataset; id: string; series?: string; period: string };
  chart?: { dataset: Dataset; id: string; series?: string };
  /** Id and name of a partner with a public page. */
  partner?: { id: string; name: string };
  /** Whether the datasets come from another programme (the chosen one has none that work). */
  otherProgramme: boolean;
}

/**
 * Series to try for one value: none first when the series add up to a total (or there are
 * none), then each series in order.
 */
function seriesOptions(dataset: Dataset): (string | undefined)[] {
  const ids = dataset.series?.map(({ id }) => id) ?? [];
  return ids.length === 0 || dataset.measure.seriesAddUp ? [undefined, ...ids] : ids;
}

/** Periods to try, latest first: whole years, then the observations' own periods. */
function periodOptions(dataset: Dataset, fiscalYearStartMonth: number | undefined): string[] {
  const periods = dataset.observations.map(({ period }) => period);
  const years = periods.map((period) => period.slice(0, 4));
  const latest = (list: string[]) =>
    [...new Set(list)].sort(
      (a, b) =>
        (periodRange(b, fiscalYearStartMonth)?.end ?? b).localeCompare(
          periodRange(a, fiscalYearStartMonth)?.end ?? a,
        ) || a.localeCompare(b),
    );
  return [...latest(years), ...latest(periods)];
}

function keyFigureOf(
  id: string,
  dataset: Dataset,
  fiscalYearStartMonth: number | undefined,
): StoryExamples['keyFigure'] {
  for (const period of periodOptions(dataset, fiscalYearStartMonth)) {
    for (const series of seriesOptions(dataset)) {
      const figure = resolveFigure(dataset, { period, series }, fiscalYearStartMonth);
      // A measured figure makes the better example; provisional ones carry a caveat.
      if (figure.ok && figure.status === 'measured')
        return { dataset, id, period, ...(series === undefined ? {} : { series }) };
    }
  }
  return undefined;
}

function chartOf(
  id: string,
  dataset: Dataset,
  fiscalYearStartMonth: number | undefined,
): StoryExamples['chart'] {
  // All series in one chart first: it shows the whole dataset.
  for (const series of [undefined, ...seriesOptions(dataset)]) {
    const request = impactChartRequest(dataset, { series }, fiscalYearStartMonth);
    if (request.ok) return { dataset, id, ...(series === undefined ? {} : { series }) };
  }
  return undefined;
}

/**
 * The real ids the story's examples use, each checked the way the content check will check
 * it (`resolveFigure`, `impactChartRequest`, a partner with consent): a dataset of the chosen
 * programme and its latest measured period, a chart it can draw, and a chosen partner (or one
 * of the programme's, or any) with a public page. Datasets of another programme stand in when
 * the chosen one has none that work.
 */
export function storyExamples(
  choices: ContentChoices,
  programme: string,
  partners: readonly string[],
  programmePartners: readonly string[],
): StoryExamples {
  const { fiscalYearStartMonth } = choices;
  const own = choices.datasets.filter(({ data }) => data.programme === programme);
  const pick = (list: typeof own) => {
    const keyFigure = list
      .map(({ id, data }) => keyFigureOf(id, data, fiscalYearStartMonth))
      .find(Boolean);
    const chart = list.map(({ id, data }) => chartOf(id, data, fiscalYearStartMonth)).find(Boolean);
    return { keyFigure, chart };
  };
  let found = pick(own);
  const otherProgramme = found.keyFigure === undefined && found.chart === undefined;
  if (otherProgramme) found = pick(choices.datasets);
  const published = choices.partners.filter((partner) => partner.published);
  const partner =
    [...partners, ...programmePartners]
      .map((id) => published.find((candidate) => candidate.id === id))
      .find(Boolean) ?? published[0];
  return {
    ...(found.keyFigure === undefined ? {} : { keyFigure: found.keyFigure }),
    ...(found.chart === undefined ? {} : { chart: found.chart }),
    ...(partner === undefined ? {} : { partner: { id: partner.id, name: partner.name } }),
    otherProgramme: otherProgramme && (found.keyFigure !== undefined || found.chart !== undefined),
  };
}
