/** Every public URL of the site, as paths without the base. Permalinks: change none of them. */
export const routes = {
  home: '/',
  stories: '/stories/',
  story: (slug: string) => `/stories/${slug}/`,
  programmes: '/programmes/',
  programme: (id: string) => `/programmes/${id}/`,
  partners: '/partners/',
  partner: (id: string) => `/partners/${id}/`,
  data: '/data/',
  dataset: (id: string) => `/data/${id}/`,
  /**
   * The data catalogue filtered by one facet (`/data/pillar/health/`,
   * `/data/verification/externally-assured/`); facets in `lib/data-catalogue.ts`.
   */
  dataFilter: (facet: 'pillar' | 'programme' | 'partner' | 'verification', value: string) =>
    `/data/${facet}/${value}/`,
  /** The row of a dataset page's tables that shows the figure for `period` (`/data/x/#2025`). */
  datasetPeriod: (id: string, period: string) => `/data/${id}/#${encodeURIComponent(period)}`,
  page: (slug: string) => `/${slug}/`,
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
  'tags',
  '404',
  '_astro',
  'rss',
  'sitemap',
] as const;
