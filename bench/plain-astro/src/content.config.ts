import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The stories live outside the fixture: `npm run bench` generates them into a temporary folder.
const stories = process.env['BENCH_STORIES'];
if (stories === undefined || stories === '') {
  throw new Error('BENCH_STORIES: expected the folder of the stories (*.mdx) to build');
}

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: stories }),
    schema: z.object({ title: z.string(), description: z.string(), date: z.coerce.date() }),
  }),
};
