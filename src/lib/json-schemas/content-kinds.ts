/**
 * The kinds of content file an author edits, each with its zod schema, the JSON Schema file made
 * from it (`content-schemas/`) and the section of docs/content-model.md that lists its fields.
 */
import type { z } from 'astro/zod';
import {
  datasetSchema,
  pageSchema,
  partnerSchema,
  programmeSchema,
  redirectsSchema,
  siteSchema,
  storySchema,
} from '../../schemas/index.ts';

/** One kind of content file. */
export interface ContentKind {
  /** Short name: `dataset`, also the JSON Schema file's (`dataset.schema.json`). */
  name: string;
  /** The export of `src/schemas` whose JSDoc describes the fields (`datasetSchema`). */
  schemaExport: string;
  /** The schema an editor checks the file with. */
  schema: z.ZodType;
  /** Where these files are, from the project root (`content/datasets/*.json`). */
  files: string;
  /** `json`: the whole file; `front matter`: the YAML between `---` lines of an MDX file. */
  form: 'json' | 'front matter';
  /** Heading of its section in docs/content-model.md, without the `## `. */
  section: string;
}

/**
 * A dataset's observations may instead be in `<id>.csv` beside it, and an editor cannot look
 * for that file: here the JSON may leave them out; `npm run check` says when neither has them.
 */
const datasetFileSchema = datasetSchema.extend({
  observations: datasetSchema.shape.observations.optional(),
});

/** Every kind of content file, in the order of docs/content-model.md. */
export const contentKinds: readonly ContentKind[] = [
  {
    name: 'site',
    schemaExport: 'siteSchema',
    schema: siteSchema,
    files: 'content/site.json',
    form: 'json',
    section: 'content/site.json',
  },
  {
    name: 'programme',
    schemaExport: 'programmeSchema',
    schema: programmeSchema,
    files: 'content/programmes/*.json',
    form: 'json',
    section: 'content/programmes/<id>.json',
  },
  {
    name: 'partner',
    schemaExport: 'partnerSchema',
    schema: partnerSchema,
    files: 'content/partners/*.json',
    form: 'json',
    section: 'content/partners/<id>.json',
  },
  {
    name: 'dataset',
    schemaExport: 'datasetSchema',
    schema: datasetFileSchema,
    files: 'content/datasets/*.json',
    form: 'json',
    section: 'content/datasets/<id>.json',
  },
  {
    name: 'story',
    schemaExport: 'storySchema',
    schema: storySchema,
    files: 'content/stories/*.mdx',
    form: 'front matter',
    section: 'content/stories/<slug>.mdx (front matter)',
  },
  {
    name: 'page',
    schemaExport: 'pageSchema',
    schema: pageSchema,
    files: 'content/pages/*.mdx',
    form: 'front matter',
    section: 'content/pages/<slug>.mdx (front matter)',
  },
  {
    name: 'redirects',
    schemaExport: 'redirectsSchema',
    schema: redirectsSchema,
    files: 'content/redirects.json',
    form: 'json',
    section: 'content/redirects.json',
  },
];

/** Folder of the generated JSON Schemas, from the project root. */
export const jsonSchemaFolder = 'content-schemas';

/** `content-schemas/dataset.schema.json`. */
export function jsonSchemaFile(kind: ContentKind): string {
  return `${jsonSchemaFolder}/${kind.name}.schema.json`;
}
