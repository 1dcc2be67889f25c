// The embeddable charts of the site (`embedTargets`) with their absolute URLs, iframe code and
// oEmbed, made once per build for the embed pages, the oEmbed endpoints and the pages that show
// the iframe code.
import { embedTargets, embedTitle, iframeCode, oEmbed, type EmbedTarget } from '../lib/embeds.ts';
import { goalPeriod } from '../lib/figures/goals.ts';
import { routes, withBase } from '../lib/routes.ts';
import type { ProgrammeGoal } from '../schemas/index.ts';
import { getDatasets, getProgrammes, getSite, perBuild } from './content.ts';

/** An embed as pages show it. */
export interface Embed extends EmbedTarget {
  title: string;
  /** The embed page's path with the base, for links on this site. */
  href: string;
  /** Absolute URL of the embed page. */
  url: string;
  /** The iframe a partner pastes (`iframeCode`). */
  code: string;
}

/** Every embed of the site, in dataset, series, goal order. */
export const getEmbeds = perBuild(async (): Promise<Embed[]> => {
  const site = await getSite();
  const base = import.meta.env.BASE_URL;
  const entries = await getDatasets();
  const datasets = new Map([...entries].map(([id, entry]) => [id, entry.data]));
  const targets = embedTargets(datasets, await getProgrammes(), site.fiscalYearStartMonth);
  return targets.flatMap((target) => {
    const dataset = datasets.get(target.datasetId);
    if (dataset === undefined) return [];
    const title = embedTitle(target, dataset);
    const href = withBase(base, target.path);
    const url = new URL(href, site.url).href;
    return [{ ...target, title, href, url, code: iframeCode(url, title) }];
  });
});

/** The embeds of dataset `id`: its own chart first, then one per series. Goals are not listed. */
export async function datasetEmbeds(id: string): Promise<Embed[]> {
  return (await getEmbeds()).filter((embed) => embed.datasetId === id && embed.kind !== 'goal');
}

/** The embed of a programme goal's chart (by its URL: two goals may share one). */
export async function goalEmbed(goal: ProgrammeGoal): Promise<Embed | undefined> {
  const path = routes.embedGoal(goal.dataset, goal.series, goalPeriod(goal));
  return (await getEmbeds()).find((embed) => embed.path === path);
}

/** The oEmbed response of dataset `id`'s own chart. */
export async function datasetOEmbed(id: string) {
  const site = await getSite();
  const embed = (await getEmbeds()).find(
    (item) => item.datasetId === id && item.kind === 'dataset',
  );
  if (embed === undefined) throw new Error(`no embed of dataset "${id}"`);
  const home = new URL(withBase(import.meta.env.BASE_URL, routes.home), site.url).href;
  return oEmbed({ name: site.name, url: home, author: site.legalName }, embed);
}
