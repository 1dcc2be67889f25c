/**
 * Reads the JSDoc of every field of the content schemas, so editors' hover help and the content
 * model's field tables say what `src/schemas/` says, written once. The TypeScript compiler keeps a
 * field's JSDoc on `z.input<typeof schema>` (zod's input types map the object literal's
 * properties), so the walk follows the author-facing shape: optional fields, lists, groups.
 */
import path from 'node:path';
import ts from 'typescript';

/** What the JSDoc of one field says. */
export interface FieldDoc {
  /** The comment's text on one line, Markdown code spans kept (`content/`). */
  text: string;
  /** Values of its `@example` tags, parsed as JSON where they are JSON. */
  examples: unknown[];
}

/** The JSDoc of one exported schema: its own first sentence and every field's. */
export interface SchemaDocs {
  /** First sentence of the export's JSDoc (`content/site.json`: who publishes the site …). */
  summary: string;
  /** Examples of the whole file (`@example` on the export). */
  examples: unknown[];
  /** By field path: `hero.src`, `observations[].period` (a list's items are `[]`). */
  fields: Map<string, FieldDoc>;
}

const schemasEntry = path.resolve(import.meta.dirname, '../../schemas/index.ts');
const schemasFolder = path.dirname(schemasEntry);

function isSchemaSource(file: ts.SourceFile): boolean {
  return path.dirname(path.resolve(file.fileName)) === schemasFolder;
}

/**
 * `@example 2025-05-14` is text; `@example "units", "kg"` two examples; `@example ["3.8"]` one
 * list. JSON first, then a comma-separated list of JSON values, else the text as written.
 */
function parseExamples(text: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch {
    try {
      return JSON.parse(`[${text}]`) as unknown[];
    } catch {
      return [text];
    }
  }
}

function docOf(symbol: ts.Symbol, checker: ts.TypeChecker): FieldDoc {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  const examples = symbol
    .getJsDocTags(checker)
    .filter((tag) => tag.name === 'example')
    .flatMap((tag) => parseExamples(ts.displayPartsToString(tag.text).trim()));
  return { text: text.replace(/\s+/g, ' ').trim(), examples };
}

function collectFields(
  type: ts.Type,
  prefix: string,
  checker: ts.TypeChecker,
  fields: Map<string, FieldDoc>,
): void {
  const value = checker.getNonNullableType(type);
  if (checker.isArrayType(value)) {
    const [item] = checker.getTypeArguments(value as ts.TypeReference);
    if (item) collectFields(item, `${prefix}[]`, checker, fields);
    return;
  }
  // Groups of fields are object types; text, numbers and `true`/`false` have no fields.
  if (!(value.flags & ts.TypeFlags.Object)) return;
  for (const property of checker.getPropertiesOfType(value)) {
    const name = prefix === '' ? property.name : `${prefix}.${property.name}`;
    fields.set(name, docOf(property, checker));
    collectFields(checker.getTypeOfSymbol(property), name, checker, fields);
  }
}

/**
 * The JSDoc of the named exports of `src/schemas/index.ts` (zod schemas such as `storySchema`).
 * Compiles the schemas with TypeScript once (a few seconds). Throws when an export is missing or
 * is not a zod schema.
 */
export function readSchemaDocs(exportNames: readonly string[]): Map<string, SchemaDocs> {
  const program = ts.createProgram([schemasEntry], {
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(schemasEntry);
  const moduleSymbol = entry && checker.getSymbolAtLocation(entry);
  if (moduleSymbol === undefined) throw new Error(`cannot read ${schemasEntry}`);
  const exports = checker.getExportsOfModule(moduleSymbol);
  const result = new Map<string, SchemaDocs>();
  for (const name of exportNames) {
    const exported = exports.find((symbol) => symbol.name === name);
    if (exported === undefined) throw new Error(`src/schemas exports no ${name}`);
    const target =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const internals = checker.getTypeOfSymbol(target).getProperty('_zod');
    const input = internals && checker.getTypeOfSymbol(internals).getProperty('input');
    if (input === undefined) throw new Error(`${name} is not a zod schema`);
    const fields = new Map<string, FieldDoc>();
    collectFields(checker.getTypeOfSymbol(input), '', checker, fields);
    result.set(name, { ...summaryOf(target, checker), fields });
  }
  return result;
}

/**
 * A schema made by a function (`storySchema = createStorySchema(…)`) has its words on the
 * function; the first sentence is for authors, the rest for developers.
 */
function summaryOf(symbol: ts.Symbol, checker: ts.TypeChecker): Omit<SchemaDocs, 'fields'> {
  const declaration = symbol.valueDeclaration;
  let documented = symbol;
  if (
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer &&
    ts.isCallExpression(declaration.initializer)
  ) {
    let callee = checker.getSymbolAtLocation(declaration.initializer.expression);
    if (callee && callee.flags & ts.SymbolFlags.Alias) callee = checker.getAliasedSymbol(callee);
    // Our own factory (`createStorySchema`), not zod's `z.strictObject`.
    const ours = callee?.declarations?.some((node) => isSchemaSource(node.getSourceFile()));
    if (callee && ours) documented = callee;
  }
  const { text, examples } = docOf(documented, checker);
  const summary = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return { summary, examples };
}
