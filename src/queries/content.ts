// The one module that reads the content collections (ESLint keeps `astro:content` out of every
// other module but for types). What several pages derive from all the content — author
// component uses, chart jobs, quoted periods — is computed once per build here.
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { buildSettings } from 'virtual:impact-ledger/build-settings';
import { chartJobs, type ChartJob } from '../lib/charts/chart-jobs.ts';
import { componentUsages, type ComponentUsage } from '../lib/checks/mdx-components.ts';
import { MdxAnalysisCache } from '../lib/mdx/analysis.ts';
import { quotedPeriods } from '../lib/figures/quoted.ts';
import { newestFirst } from '../lib/ordering.ts';
import { storiesByPillar } from '../lib/stories/pillars.ts';
import { storiesByTag } from '../lib/stories/tags.ts';
import { contentDir } from '../lib/content/content-dir.ts';
import { readRedirects } from '../lib/redirects.ts';
import { catalogueEntries, catalogueOptions } from '../lib/data-catalogue.ts';
import { today } from '../lib/today.ts';

/**
 * Once per build, on every call under `astro dev` (where content changes while the server runs
 * and no build-wide result may go stale).
 */
export function perBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    result ??= compute();
    return result;
  };
}

/** Site settings (validated before the build starts, so always present). */
export async function getSite() {
  const entry = await getEntry('site', 'site');
  if (entry === undefined) throw new Error('content/site.json is missing');
  return entry.data;
}

/** Stories to publish, newest first; drafts only under `astro dev`. */
export async function getStories() {
  // MODE comes from the command (`astro dev` or `astro build`), not from NODE_ENV.
  const showDrafts = import.meta.env.MODE === 'development';
  const stories = await getCollection('stories', ({ data }) => showDrafts || !data.draft);
  return newestFirst(stories);
}

/** Partners that agreed to a public page, by name. */
export async function getPublishedPartners() {
  const partners = await getCollection('partners', ({ data }) => data.consent?.published === true);
  return partners.sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** Every partner by id (names on dataset pages, published or not). */
export const getPartners = perBuild(
  async () => new Map((await getCollection('partners')).map((entry) => [entry.id, entry])),
);

/** Every programme, in file-name order. */
export function getProgrammes(): Promise<CollectionEntry<'programmes'>[]> {
  return getCollection('programmes');
}

/** Every dataset by id. */
export const getDatasets = perBuild(
  async () => new Map((await getCollection('datasets')).map((entry) => [entry.id, entry])),
);

/** The dataset `id`; the content check has refused a story or page naming an unknown one. */
export async function getDataset(id: string): Promise<CollectionEntry<'datasets'>> {
  const entry = (await getDatasets()).get(id);
  if (entry === undefined) throw new Error(`unknown dataset "${id}"`);
  return entry;
}

/** The about and methodology pages. */
export function getPages(): Promise<CollectionEntry<'pages'>[]> {
  return getCollection('pages');
}

/** A story or page compiled for rendering (`<Content components={mdxComponents} />`). */
export function renderEntry(entry: CollectionEntry<'stories'> | CollectionEntry<'pages'>) {
  return render(entry);
}

/**
 * Author components used in the published stories and the pages, from the analyses the content
 * check made before the build (a body it did not see, under `astro dev`, is analysed now).
 */
const getComponentUsages = perBuild(async (): Promise<ComponentUsage[]> => {
  const analyses = new MdxAnalysisCache(
    buildSettings.mdxAnalysisFile,
    buildSettings.analyserFingerprint,
  );
  const { fullMdxPages } = await getSite();
  const entries = [
    ...(await getStories()).map((entry) => ({ entry, fullMdx: false })),
    ...(await getPages()).map((entry) => ({ entry, fullMdx: fullMdxPages })),
  ];
  return entries.flatMap(({ entry, fullMdx }) =>
    componentUsages(analyses.analyse(entry.body ?? '', fullMdx)),
  );
});

/** Every chart of the site (dataset defaults, programme goals, `<ImpactChart>`s). */
export const getChartJobs = perBuild(async (): Promise<ChartJob[]> => {
  const site = await getSite();
  return chartJobs({
    datasets: new Map([...(await getDatasets())].map(([id, entry]) => [id, entry.data])),
    programmes: await getProgrammes(),
    usages: await getComponentUsages(),
    fiscalYearStartMonth: site.fiscalYearStartMonth,
    publisher: site,
  });
});

/** Periods the site quotes a figure for, by dataset id (`quotedPeriods`). */
export const getQuotedPeriods = perBuild(async () =>
  quotedPeriods(
    await getComponentUsages(),
    (await getProgrammes()).map((entry) => entry.data),
  ),
);

/** Published stories grouped by the pillar of their programme (`storiesByPillar`). */
export const getStoriesByPillar = perBuild(async () =>
  storiesByPillar(
    await getStories(),
    new Map((await getProgrammes()).map((entry) => [entry.id, entry.data.pillar])),
  ),
);

/** Published stories by tag, one group per tag page (`storiesByTag`). */
export const getStoriesByTag = perBuild(async () => storiesByTag(await getStories()));

/** Redirects by old path (content/redirects.json, checked before the build; none without it). */
export const getRedirects = perBuild(() => Promise.resolve(readRedirects(contentDir())));

/** The data catalogue: every dataset with its filter keys and latest figures, and the filters. */
export const getCatalogue = perBuild(async () => {
  const site = await getSite();
  const content = {
    datasets: [...(await getDatasets()).values()],
    programmes: await getProgrammes(),
    publishedPartners: await getPublishedPartners(),
  };
  return {
    entries: catalogueEntries(content, {
      locale: site.locale,
      today: today(),
      fiscalYearStartMonth: site.fiscalYearStartMonth,
    }),
    filters: catalogueOptions(content),
  };
});
