import type { Dataset } from '../../schemas/index.ts';
import { loadSourceContent } from '../content/load.ts';
import { parseContent } from '../content/parse.ts';

/** What the scaffolder offers to choose from: the content as it is now. */
export interface ContentChoices {
  /** Programmes, with the partner ids each lists. */
  programmes: { id: string; name: string; partners: string[] }[];
  /** Partners; `published` when they agreed to a public page (a `<PartnerCard>` needs one). */
  partners: { id: string; name: string; published: boolean }[];
  /** Valid datasets, with their ids. */
  datasets: { id: string; data: Dataset }[];
  fiscalYearStartMonth: number | undefined;
  /** Path the site is served under (`/`, or `/impact/` for a site URL with a path). */
  base: string;
}

/** The site's base path, as astro.config.mjs takes it from an https site URL. */
function siteBase(url: string | undefined): string {
  return url !== undefined && url.startsWith('https://') && URL.canParse(url)
    ? new URL(url).pathname.replace(/\/?$/, '/')
    : '/';
}

/**
 * Programmes, partners and datasets of `contentDir` (names from the files; a file that does not
 * validate is offered by its id, so a broken file elsewhere does not hide a choice).
 */
export function contentChoices(contentDir: string): ContentChoices {
  const { content } = parseContent(loadSourceContent(contentDir).content);
  return {
    programmes: content.programmes.map(({ id, parts }) => ({
      id,
      name: parts.name ?? id,
      partners: (parts.partners ?? []).flatMap((link) => (link ? [link.partner] : [])),
    })),
    partners: content.partners.map(({ id, parts }) => ({
      id,
      name: parts.name ?? id,
      published: parts.consent?.published === true,
    })),
    datasets: content.datasets.flatMap(({ id, data }) => (data ? [{ id, data }] : [])),
    fiscalYearStartMonth: content.siteSettings.fiscalYearStartMonth,
    base: siteBase(content.siteSettings.url),
  };
}
