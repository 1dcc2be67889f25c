/**
 * Everything `npm run schemas` writes, as text: the JSON Schema of each kind of content file in
 * `content-schemas/`, and docs/content-model.md with its field tables made again. Formatted with
 * the project's Prettier settings, so `npm run lint` and the freshness test agree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { contentKinds, jsonSchemaFile } from './content-kinds.ts';
import { readSchemaDocs } from './field-docs.ts';
import { fieldTable, withFieldTables } from './field-table.ts';
import { contentJsonSchema, type JsonSchemaNode } from './json-schema.ts';

/** The content model reference, from the project root. */
export const contentModelDoc = 'docs/content-model.md';

/** The generated files and each kind's JSON Schema. */
export interface SchemaOutputs {
  /** Project-relative path → text (`content-schemas/site.schema.json`, `docs/content-model.md`). */
  files: Map<string, string>;
  /** By kind name (`dataset`). */
  schemas: Map<string, JsonSchemaNode>;
}

async function formatted(root: string, file: string, text: string): Promise<string> {
  const absolute = path.join(root, file);
  const options = await prettier.resolveConfig(absolute);
  return prettier.format(text, { ...options, filepath: absolute });
}

/**
 * Makes every output from the schemas in `src/schemas` and the doc at `root` (the project
 * folder); writes nothing. Throws when a field has no JSDoc or the doc lacks a table's comments.
 */
export async function schemaOutputs(root: string): Promise<SchemaOutputs> {
  const docs = readSchemaDocs(contentKinds.map((kind) => kind.schemaExport));
  const files = new Map<string, string>();
  const schemas = new Map<string, JsonSchemaNode>();
  const tables = new Map<string, string>();
  for (const kind of contentKinds) {
    const kindDocs = docs.get(kind.schemaExport);
    if (kindDocs === undefined) throw new Error(`no JSDoc read for ${kind.schemaExport}`);
    const schema = contentJsonSchema(kind, kindDocs);
    schemas.set(kind.name, schema);
    const file = jsonSchemaFile(kind);
    files.set(file, await formatted(root, file, JSON.stringify(schema)));
    if (schema.properties !== undefined) tables.set(kind.name, fieldTable(schema));
  }
  const doc = readFileSync(path.join(root, contentModelDoc), 'utf8');
  files.set(contentModelDoc, await formatted(root, contentModelDoc, withFieldTables(doc, tables)));
  return { files, schemas };
}
