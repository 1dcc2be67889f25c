/** Every public URL of the site, as paths without the base. Permalinks: change none of them. */
export const routes = {
  home: '/',
  stories: '/stories/',
  story: (slug: string) => `/stories/${slug}/`,
  /** Stories of one pillar (`/stories/pillar/health/`): two segments, so no story slug clashes. */
  storiesPillar: (pillar: string) => `/stories/pillar/${pillar}/`,
  /** Stories with one tag, by `tagSlug` (`/stories/tag/blood-donation/`). */
  storiesTag: (slug: string) => `/stories/tag/${slug}/`,
  programmes: '/programmes/',
  programme: (id: string) => `/programmes/${id}/`,
  partners: '/partners/',
  partner: (id: string) => `/partners/${id}/`,
  data: '/data/',
  dataset: (id: string) => `/data/${id}/`,
  /** A dataset's observations as tidy CSV (`src/lib/exports/dataset-csv.ts`). */
  datasetCsv: (id: string) => `/data/${id}.csv`,
  /** A dataset as validated, with its provenance (`src/lib/exports/dataset-json.ts`). */
  datasetJson: (id: string) => `/data/${id}.json`,
  /** A dataset as a Frictionless tabular data package whose resource is its CSV. */
  datasetPackage: (id: string) => `/data/${id}/datapackage.json`,
  /** Every dataset's files, the catalogue and a README in one zip. */
  dataArchive: '/data/all.zip',
  /** DCAT catalogue in JSON-LD: every dataset and distribution with its SHA-256. */
  dataCatalog: '/data/catalog.jsonld',
  /** Atom feed of dataset publications, updates and restatements. */
  dataChanges: '/data/changes.xml',
  /** A dataset's chart alone, for iframes on other sites (no site chrome, no JavaScript). */
  embed: (id: string) => `/embed/${id}/`,
  /** One series of a dataset with several, alone (`/embed/recycling/paper/`). */
  embedSeries: (id: string, series: string) => `/embed/${id}/${series}/`,
  /**
   * A programme goal's chart (its target line), named by what the goal measures — dataset,
   * series when it has one, and the target's period with `/` as `-` (`2025/26` → `goal-2025-26`)
   * — never by its position, so reordering or adding goals changes no URL:
   * `/embed/trees-planted/goal-2025/`, `/embed/recycling/plastic-metal/goal-2025/`.
   */
  embedGoal: (id: string, series: string | undefined, period: string) =>
    `/embed/${id}/${series === undefined ? '' : `${series}/`}goal-${period.replaceAll('/', '-')}/`,
  /** oEmbed (type `rich`) of a dataset's embed, linked from its page. */
  oembed: (id: string) => `/oembed/${id}.json`,
  /**
   * The data catalogue filtered by one facet (`/data/pillar/health/`,
   * `/data/verification/externally-assured/`); facets in `lib/data-catalogue.ts`.
   */
  dataFilter: (facet: 'pillar' | 'programme' | 'partner' | 'verification', value: string) =>
    `/data/${facet}/${value}/`,
  /** The row of a dataset page's tables that shows the figure for `period` (`/data/x/#2025`). */
  datasetPeriod: (id: string, period: string) => `/data/${id}/#${encodeURIComponent(period)}`,
  /**
   * A dataset page's restatement history, or one entry of it by its anchor
   * (`restatementHistory` in `lib/restatements.ts`): `/data/x/#restated-2024-q2-2024-10-07`.
   */
  datasetRestatement: (id: string, anchor = 'restatements') => `/data/${id}/#${anchor}`,
  page: (slug: string) => `/${slug}/`,
  /** Full-text search (Pagefind); `?q=` holds the query. */
  search: '/search/',
  /** The Pagefind index and its script, written by the build. */
  searchIndexScript: '/pagefind/pagefind.js',
  /** RSS 2.0 feed of the stories. */
  rss: '/rss.xml',
  /** Sitemap index written by @astrojs/sitemap (it points at `/sitemap-0.xml`, …). */
  sitemap: '/sitemap-index.xml',
  robots: '/robots.txt',
  /** Social cards (1200×630 PNG) of stories, datasets and every other page. */
  storyCard: (slug: string) => `/social/stories/${slug}.png`,
  datasetCard: (id: string) => `/social/data/${id}.png`,
  siteCard: '/social/site.png',
} as const;

/** A site path under the base the site is served from (`/csr/` for `/csr/stories/`). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/**
 * Ids a page in `content/pages/` cannot have: the site's own sections and files live at
 * `/<id>/`, so such a page would never be published.
 */
export const reservedPageIds = [
  'stories',
  'programmes',
  'partners',
  'data',
  'charts',
  'embed',
  'oembed',
  'search',
  'pagefind',
  'tags',
  '404',
  '_astro',
  'rss',
  'sitemap',
  'social',
] as const;
