/**
 * A content kind's JSON Schema for editors: zod 4's `z.toJSONSchema` of the schema, with each
 * field's words from its JSDoc (see field-docs.ts) and our own messages where JSON Schema has
 * room for them.
 *
 * Options, and why: `io: 'input'` describes what an author writes (a field with a default may be
 * left out); `target: 'draft-07'` is the draft every editor's JSON and YAML support reads
 * (VS Code, JetBrains, the YAML language server); `unrepresentable: 'any'` lets through the
 * checks JSON Schema cannot say (a URL's rules, `logoAlt` with `logo`), which `npm run check`
 * and the preview still report with their full message.
 */
import { z } from 'astro/zod';
import { periodPatterns, periodSchema } from '../../schemas/index.ts';
import type { ContentKind } from './content-kinds.ts';
import type { FieldDoc, SchemaDocs } from './field-docs.ts';

/** A JSON Schema node as this generator reads and writes it. */
export interface JsonSchemaNode {
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  description?: string;
  /** VS Code shows this on hover instead of `description`, as Markdown. */
  markdownDescription?: string;
  /** VS Code's message for a wrong type. */
  errorMessage?: string;
  /** VS Code's message for text that does not match `pattern` or `format`. */
  patternErrorMessage?: string;
  [keyword: string]: unknown;
}

type ErrorFn = (issue: { code: string; input: unknown }) => unknown;
interface CheckLike {
  _zod: { def: { check?: string; format?: string; error?: ErrorFn } };
}
interface DefLike {
  type: string;
  format?: string;
  error?: ErrorFn;
  checks?: CheckLike[];
}

function sentence(message: unknown): string | undefined {
  if (typeof message !== 'string' || message === '') return undefined;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Our `error:` texts, where JSON Schema has a place for them (VS Code's `errorMessage` …). */
function addOwnMessages(def: DefLike, json: JsonSchemaNode): void {
  if (!['string', 'number', 'boolean'].includes(def.type)) return;
  const typeMessage = sentence(def.error?.({ code: 'invalid_type', input: undefined }));
  if (typeMessage !== undefined) json.errorMessage = typeMessage;
  // `z.iso.date({ error })` carries its one message on the schema itself.
  if (def.format !== undefined && typeMessage !== undefined) json.patternErrorMessage = typeMessage;
  const regex = def.checks?.find((check) => check._zod.def.format === 'regex');
  const patternMessage = sentence(regex?._zod.def.error?.({ code: 'invalid_format', input: '' }));
  if (patternMessage !== undefined) json.patternErrorMessage = patternMessage;
}

/**
 * A period is checked by refinements, which JSON Schema cannot carry; its forms are patterns
 * (`periodPatterns`), so an editor can still flag `2025-Q5`.
 */
function addPeriodPattern(json: JsonSchemaNode): void {
  json.pattern = Object.values(periodPatterns)
    .map((pattern) => `(?:${pattern.source})`)
    .join('|');
  const [forms] = (periodSchema._zod.def.checks ?? []) as unknown as CheckLike[];
  const message = sentence(forms?._zod.def.error?.({ code: 'custom', input: '' }));
  if (message !== undefined) json.patternErrorMessage = message;
}

function shown(value: unknown): string {
  return JSON.stringify(value);
}

/** The field's words, then what an author needs while typing: choices, default, form, example. */
function describe(
  doc: FieldDoc | undefined,
  node: JsonSchemaNode,
): { plain: string; markdown: string } {
  const parts: { plain: string; markdown: string }[] = [];
  const text = doc?.text ?? '';
  if (text !== '') parts.push({ plain: text.replace(/`/g, ''), markdown: text });
  const values = (label: string, list: readonly unknown[]) =>
    parts.push({
      plain: `${label}: ${list.map(shown).join(', ')}.`,
      markdown: `${label}: ${list.map((value) => `\`${shown(value)}\``).join(', ')}.`,
    });
  if (node.enum !== undefined) values('Choices', node.enum);
  if (node.const !== undefined) values('Only', [node.const]);
  if (node.format === 'date')
    parts.push({ plain: 'Written YYYY-MM-DD.', markdown: 'Written `YYYY-MM-DD`.' });
  if (node.default !== undefined) values('Default', [node.default]);
  const examples = doc?.examples ?? [];
  if (examples.length > 0) values(examples.length > 1 ? 'Examples' : 'Example', examples);
  return {
    plain: parts.map((part) => part.plain).join(' '),
    markdown: parts.map((part) => part.markdown).join(' '),
  };
}

/** Visits every field of a JSON Schema with its path (`hero.src`, `goals[].by`). */
export function forEachField(
  node: JsonSchemaNode,
  visit: (path: string, field: JsonSchemaNode, required: boolean) => void,
  prefix = '',
): void {
  if (node.items !== undefined) forEachField(node.items, visit, `${prefix}[]`);
  for (const [name, field] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    visit(path, field, node.required?.includes(name) ?? false);
    forEachField(field, visit, path);
  }
}

/**
 * The JSON Schema of one kind of content file, every field described (`description`, and
 * `markdownDescription` for VS Code's hover). Throws when a field has no JSDoc: hover help for
 * authors is not optional.
 */
export function contentJsonSchema(kind: ContentKind, docs: SchemaDocs): JsonSchemaNode {
  const generated = z.toJSONSchema(kind.schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const json = jsonSchema as JsonSchemaNode;
      if (zodSchema === periodSchema) addPeriodPattern(json);
      else addOwnMessages(zodSchema._zod.def as unknown as DefLike, json);
    },
  });
  // One zod schema used by several fields may come out as one shared object: describe copies.
  const schema = structuredClone(generated) as JsonSchemaNode;
  const undocumented: string[] = [];
  forEachField(schema, (path, field) => {
    const doc = docs.fields.get(path);
    if (doc === undefined || doc.text === '') undocumented.push(path);
    const { plain, markdown } = describe(doc, field);
    field.description = plain;
    field.markdownDescription = markdown;
    if (doc !== undefined && doc.examples.length > 0) field.examples = doc.examples;
  });
  if (undocumented.length > 0)
    throw new Error(
      `${kind.schemaExport}: no JSDoc on ${undocumented.join(', ')}; write a /** … */ comment on each field, on its own line: it is the help editors show`,
    );
  const { $schema, ...rest } = schema;
  const summary = docs.summary.replace(/`/g, '');
  return {
    $schema,
    title: `Impact Ledger: ${kind.form === 'json' ? kind.files : `front matter of ${kind.files}`}`,
    description: summary,
    markdownDescription: docs.summary,
    ...(docs.examples.length > 0 ? { examples: docs.examples } : {}),
    ...rest,
  };
}
