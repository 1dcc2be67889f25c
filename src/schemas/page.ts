import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** Front matter of `content/pages/<slug>.mdx` (about, methodology). */
export const pageSchema = z.strictObject({
  /** Page title. */
  title: textSchema,
  /** Summary for search engines; at most 200 characters. */
  description: textSchema.max(200, { error: 'expected at most 200 characters' }),
});

/** Validated page front matter. */
export type PageFrontMatter = z.output<typeof pageSchema>;
