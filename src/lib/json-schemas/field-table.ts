/**
 * The field tables of docs/content-model.md, made from the JSON Schemas so the reference lists
 * every field with the words the editor shows. Each table sits between two comments:
 * `<!-- fields: dataset -->` … `<!-- end of fields -->`; the prose around it is handwritten.
 */
import { forEachField, type JsonSchemaNode } from './json-schema.ts';

/** What kind of value a field takes, in a few plain words. */
function valueWords(node: JsonSchemaNode): string {
  if (node.enum !== undefined) return 'one of the choices';
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  switch (node.type) {
    case 'string': {
      if (node.format === 'date') return 'date';
      if (node.format === 'email') return 'email address';
      if (node.maxLength !== undefined) return `text, at most ${node.maxLength} characters`;
      return 'text';
    }
    case 'integer':
      return node.minimum !== undefined && node.maximum !== undefined
        ? `whole number ${node.minimum}–${node.maximum}`
        : 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return '`true` or `false`';
    case 'array': {
      const item = node.items === undefined ? 'values' : valueWords(node.items);
      const list = item === 'group of fields' ? 'list of groups of fields' : `list of: ${item}`;
      return node.minItems === undefined ? list : `${list} (at least ${node.minItems})`;
    }
    case 'object':
      return 'group of fields';
    default:
      return 'any';
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Markdown table of every field of a JSON Schema, in the order of the zod schema. */
export function fieldTable(schema: JsonSchemaNode): string {
  const rows = ['| field | required | value | what it is |', '| --- | --- | --- | --- |'];
  forEachField(schema, (path, field, required) => {
    rows.push(
      `| \`${path}\` | ${required ? 'yes' : 'no'} | ${cell(valueWords(field))} | ${cell(field.markdownDescription ?? '')} |`,
    );
  });
  return rows.join('\n');
}

/** The comment that opens a kind's table. */
export function tableStart(kindName: string): string {
  return `<!-- fields: ${kindName} (made by npm run schemas from src/schemas; do not edit) -->`;
}

/** The comment that closes every table. */
export const tableEnd = '<!-- end of fields -->';

/** The field paths a table of the doc lists (`hero.src`), for messages naming the missing ones. */
export function fieldsInTable(table: string): string[] {
  return [...table.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1] ?? '');
}

/**
 * The text of `doc` with each kind's table between its comments replaced by `tables` (by kind
 * name). Throws when a kind's opening comment is missing or is not followed by the closing one.
 */
export function withFieldTables(doc: string, tables: ReadonlyMap<string, string>): string {
  let result = doc;
  for (const [kindName, table] of tables) {
    const start = tableStart(kindName);
    const from = result.indexOf(start);
    if (from === -1) throw new Error(`the doc has no line ${start}`);
    const to = result.indexOf(tableEnd, from);
    if (to === -1) throw new Error(`the doc has no ${tableEnd} after ${start}`);
    result = `${result.slice(0, from)}${start}\n\n${table}\n\n${result.slice(to)}`;
  }
  return result;
}

/** The table between a kind's comments in `doc`, or undefined when it has none. */
export function tableInDoc(doc: string, kindName: string): string | undefined {
  const from = doc.indexOf(tableStart(kindName));
  if (from === -1) return undefined;
  const to = doc.indexOf(tableEnd, from);
  return to === -1 ? undefined : doc.slice(from, to);
}
