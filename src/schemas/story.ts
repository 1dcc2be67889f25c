import { z } from 'astro/zod';
import { frontMatterDateSchema, idSchema, localImagePathSchema, textSchema } from './common.ts';
import { personSchema } from './person.ts';

/**
 * Front matter of `content/stories/<slug>.mdx`. `image` is the schema of the hero image: Astro's
 * `image()` in the content collection, a plain path where content is checked without Astro.
 */
export function createStorySchema<Image extends z.ZodType>(image: Image) {
  return z.strictObject({
    /** Headline of the story. */
    title: textSchema,
    /** Teaser for lists, feeds and search engines; at most 200 characters. */
    description: textSchema.max(200, { error: 'expected at most 200 characters' }),
    /** Publication date. @example 2025-05-14 */
    date: frontMatterDateSchema,
    /** Date of the last substantial change. */
    updated: frontMatterDateSchema.optional(),
    /** Programme id the story belongs to. */
    programme: idSchema,
    /** Partner ids the story features. */
    partners: z.array(idSchema).optional(),
    /** Who wrote it. */
    author: z.strictObject({
      /** Author's name. */
      name: textSchema,
      /** Author's role. @example "CSR coordinator" */
      role: textSchema.optional(),
    }),
    /** Lead image. */
    hero: z
      .strictObject({
        /** Image file, relative to the story. */
        src: image,
        /** Text alternative; "" only for a purely decorative image. */
        alt: z.string({ error: 'expected alt text ("" only if the image is decorative)' }),
        /** Photographer or source credit. */
        credit: textSchema.optional(),
      })
      .optional(),
    /** Free keywords. */
    tags: z.array(textSchema).optional(),
    /** Where the story happened. @example "Cluj-Napoca" */
    location: textSchema.optional(),
    /**
     * People the story names, quotes or shows, each with their consent; checked before
     * publishing and never published. Every `<Quote by="…">` names one of them.
     */
    people: z.array(personSchema).optional(),
    /** A draft is built by `npm run dev` only. */
    draft: z.boolean({ error: 'expected true or false' }).default(false),
  });
}

/** The story schema as checked outside Astro: the hero image is a path. */
export const storySchema = createStorySchema(localImagePathSchema);

/** Validated story front matter. */
export type StoryFrontMatter = z.output<typeof storySchema>;
