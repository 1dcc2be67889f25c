import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import {
  createStorySchema,
  datasetSchema,
  pageSchema,
  createPartnerSchema,
  programmeSchema,
  createSiteSchema,
} from './schemas/index.ts';
import { contentDir } from './lib/content/content-dir.ts';
import { datasetsLoader } from './loaders/datasets.ts';

const root = contentDir();
// Ids are file names, as the validator and every URL assume.
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.(?:json|mdx)$/, '');
const folder = (name: string, pattern: string) =>
  glob({ pattern, base: path.join(root, name), generateId: byFileName });

export const collections = {
  // Read by every layout (name, locale, licence) and the home page.
  site: defineCollection({
    loader: file(path.join(root, 'site.json'), {
      parser: (text) => ({ site: JSON.parse(text) as Record<string, unknown> }),
    }),
    schema: ({ image }) => createSiteSchema(image()),
  }),
  // Programme pages, the home page's pillars, and every dataset's programme link.
  programmes: defineCollection({ loader: folder('programmes', '*.json'), schema: programmeSchema }),
  // Partner pages and partner names everywhere.
  partners: defineCollection({
    loader: folder('partners', '*.json'),
    schema: ({ image }) => createPartnerSchema(image()),
  }),
  // Dataset pages, key figures and goals.
  datasets: defineCollection({ loader: datasetsLoader(root), schema: datasetSchema }),
  // Story pages and lists.
  stories: defineCollection({
    loader: folder('stories', '*.mdx'),
    schema: ({ image }) => createStorySchema(image()),
  }),
  // About and methodology.
  pages: defineCollection({ loader: folder('pages', '*.mdx'), schema: pageSchema }),
};
