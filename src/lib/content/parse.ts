import type { z } from 'astro/zod';
import {
  datasetSchema,
  idSchema,
  pageSchema,
  partnerSchema,
  programmeSchema,
  redirectsSchema,
  siteSchema,
  storySchema,
  type Dataset,
  type PageFrontMatter,
  type Partner,
  type Programme,
  type Redirects,
  type Site,
  type StoryFrontMatter,
} from '../../schemas/index.ts';
import type { SourceContent, SourceFile } from './load.ts';
import { parseParts, type Parts } from './parts.ts';
import { describeFound, type Problem } from './problem.ts';
import { parseWithProblems } from './zod-issues.ts';

/** A content file after validation. */
export interface Entry<Data> {
  id: string;
  file: string;
  /** The whole validated file, when it passed its schema. */
  data: Data | undefined;
  /** Every field that passed on its own, so checks run on a file that has other problems too. */
  parts: Parts<Data>;
  /** Fields (or lists with an item) that failed their schema. */
  invalid: ReadonlySet<string>;
  /** MDX body (stories and pages). */
  body?: string;
}

/** Every content file, validated. */
export interface ParsedContent {
  site: Site | undefined;
  /**
   * The site settings that passed their schema, even when another field of site.json did not,
   * so one bad field does not make checks elsewhere report false problems.
   */
  siteSettings: Parts<Site>;
  siteFile: string;
  programmes: Entry<Programme>[];
  partners: Entry<Partner>[];
  datasets: Entry<Dataset>[];
  stories: Entry<StoryFrontMatter>[];
  pages: Entry<PageFrontMatter>[];
  /** `redirects.json` when it is valid; none when absent. */
  redirects: Redirects | undefined;
  redirectsFile: string;
}

function parseEntries<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  sources: readonly SourceFile[],
  problems: Problem[],
): Entry<z.output<z.ZodObject<Shape>>>[] {
  return sources.map((source) => {
    if (!idSchema.safeParse(source.id).success) {
      problems.push({
        file: source.file,
        path: 'file name',
        message: `expected a kebab-case ASCII id such as "blood-donations", found ${describeFound(source.id)}`,
      });
    }
    const result = parseWithProblems(schema, source.data, source.file);
    problems.push(...result.problems);
    const entry: Entry<z.output<z.ZodObject<Shape>>> = {
      id: source.id,
      file: source.file,
      data: result.data,
      ...parseParts(schema, source.data),
    };
    if (source.body !== undefined) entry.body = source.body;
    return entry;
  });
}

/** Validates every file against its schema; returns the results and every problem found. */
export function parseContent(source: SourceContent): {
  content: ParsedContent;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const site = source.site && parseWithProblems(siteSchema, source.site.data, source.site.file);
  if (site) problems.push(...site.problems);
  const redirects =
    source.redirects &&
    parseWithProblems(redirectsSchema, source.redirects.data, source.redirects.file);
  if (redirects) problems.push(...redirects.problems);
  const content: ParsedContent = {
    site: site?.data,
    siteSettings: site?.data ?? (source.site ? parseParts(siteSchema, source.site.data).parts : {}),
    siteFile: source.site?.file ?? 'content/site.json',
    programmes: parseEntries(programmeSchema, source.programmes, problems),
    partners: parseEntries(partnerSchema, source.partners, problems),
    datasets: parseEntries(datasetSchema, source.datasets, problems),
    stories: parseEntries(storySchema, source.stories, problems),
    pages: parseEntries(pageSchema, source.pages, problems),
    redirects: source.redirects ? redirects?.data : {},
    redirectsFile: source.redirects?.file ?? 'content/redirects.json',
  };
  return { content, problems };
}
