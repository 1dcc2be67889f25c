import type { Dataset, Programme, ProgrammeGoal } from '../schemas/index.ts';
import type { ChartRequest } from './charts/chart-data.ts';
import { defaultChartRequest } from './charts/chart-files.ts';
import { goalChartRequest, impactChartRequest } from './charts/chart-requests.ts';
import { goalPeriod } from './figures/goals.ts';
import { routes } from './routes.ts';

/** One chart other sites can embed: its page under `/embed/` and what it draws. */
export interface EmbedTarget {
  /** The embed page's path without the base (`routes.embed`, `embedSeries`, `embedGoal`). */
  path: string;
  datasetId: string;
  kind: 'dataset' | 'series' | 'goal';
  /** The chart drawn, as pages request it (its stem names the chart files). */
  request: ChartRequest;
  /** The series shown alone (`series` embeds, and goals on one series). */
  series?: string | undefined;
  /** The programme goal charted (`goal` embeds), and the programme that sets it. */
  goal?: ProgrammeGoal | undefined;
  programmeId?: string | undefined;
}

/**
 * Every embeddable chart: each dataset's own, each series of a dataset with several on its own,
 * and each programme goal with its target line. Two goals that would share a URL (the same
 * dataset, series and period) get one embed, the first in programme file order.
 *
 * @param datasets by id; @param programmes with their ids, in file-name order.
 */
export function embedTargets(
  datasets: ReadonlyMap<string, Dataset>,
  programmes: readonly { id: string; data: Programme }[],
  fiscalYearStartMonth: number | undefined,
): EmbedTarget[] {
  const targets = new Map<string, EmbedTarget>();
  const add = (target: EmbedTarget) => {
    if (!targets.has(target.path)) targets.set(target.path, target);
  };
  for (const [id, dataset] of datasets) {
    add({
      path: routes.embed(id),
      datasetId: id,
      kind: 'dataset',
      request: defaultChartRequest(dataset),
    });
    if ((dataset.series?.length ?? 0) < 2) continue;
    for (const { id: series } of dataset.series ?? []) {
      // The content check has refused a dataset whose series cannot be charted.
      const result = impactChartRequest(dataset, { series }, fiscalYearStartMonth);
      if (result.ok)
        add({
          path: routes.embedSeries(id, series),
          datasetId: id,
          kind: 'series',
          request: result.request,
          series,
        });
    }
  }
  for (const { id: programmeId, data: programme } of programmes) {
    for (const goal of programme.goals ?? []) {
      const dataset = datasets.get(goal.dataset);
      if (dataset === undefined) continue;
      add({
        path: routes.embedGoal(goal.dataset, goal.series, goalPeriod(goal)),
        datasetId: goal.dataset,
        kind: 'goal',
        request: goalChartRequest(goal, dataset),
        series: goal.series,
        goal,
        programmeId,
      });
    }
  }
  return [...targets.values()];
}

/** What an embed is called: the goal's own label, else the chart's title. */
export function embedTitle(target: EmbedTarget, dataset: Dataset): string {
  return target.goal?.label ?? target.request.title ?? dataset.title;
}

/** Height of the iframe in CSS px: the embed page's chart, heading and caption at 320–800 px. */
export const embedHeight = 640;

const attributeEntities: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;' };
const escapeAttribute = (text: string) =>
  text.replace(/[&"<]/g, (character) => attributeEntities[character] ?? character);

/**
 * The iframe a partner pastes to show an embed: the page's absolute URL, a `title` naming the
 * chart (screen readers announce a frame by it, WCAG 4.1.2), `loading="lazy"`, full width up to
 * 800 px and `embedHeight` high. One line, so it copies whole.
 *
 * @param url absolute URL of the embed page; @param title the chart's title.
 */
export function iframeCode(url: string, title: string): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${embedHeight}" loading="lazy" style="border:0;max-width:800px"></iframe>`;
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  /** The iframe, as `iframeCode` writes it. */
  html: string;
  /** In px; `width` is the widest the embed is laid out for. */
  width: number;
  height: number;
  /** Seconds a consumer may cache the response: a day, since datasets can be restated. */
  cache_age: number;
}

/**
 * The oEmbed response of an embed.
 *
 * @param provider the site's name, its home page's absolute URL, the publisher's legal name;
 * @param embed the embed page's absolute URL and the chart's title.
 */
export function oEmbed(
  provider: { name: string; url: string; author: string },
  { url, title }: { url: string; title: string },
): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: provider.name,
    provider_url: provider.url,
    author_name: provider.author,
    html: iframeCode(url, title),
    width: 800,
    height: embedHeight,
    cache_age: 86_400,
  };
}
