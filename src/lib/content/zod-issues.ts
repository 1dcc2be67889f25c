import { z } from 'astro/zod';
import { didYouMean } from '../suggest.ts';
import { describeFound, formatPath, type Problem } from './problem.ts';

const typeNouns: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Size of a value, as a too-short or too-long message reports it. */
function describeSize(input: unknown): string {
  if (typeof input === 'string') return plural(input.length, 'character');
  if (Array.isArray(input)) return input.length === 0 ? 'none' : plural(input.length, 'item');
  return describeFound(input);
}

/**
 * Messages for issues whose schema gives none. Schema-level messages win over this map, so it
 * only fills the gaps (enums, lengths, wrong types of nested objects).
 */
const fallbackErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeNouns[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array')
        return `expected at least ${plural(Number(issue.minimum), 'item')}`;
      if (issue.origin === 'string')
        return `expected at least ${plural(Number(issue.minimum), 'character')}`;
      return `expected a number ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `expected at most ${plural(Number(issue.maximum), 'item')}`;
      if (issue.origin === 'string')
        return `expected at most ${plural(Number(issue.maximum), 'character')}`;
      return `expected a number ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    default:
      return undefined;
  }
};

/** The object schema found by following `path` into `schema`, if there is one. */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (node: z.ZodType): z.ZodType => {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault)
      return unwrap(node.unwrap() as z.ZodType);
    if (node instanceof z.ZodPipe) return unwrap(node.out as z.ZodType);
    return node;
  };
  for (const key of path) {
    if (current === undefined) return [];
    current = unwrap(current);
    if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodObject)
      current = current.shape[String(key)] as z.ZodType | undefined;
    else return [];
  }
  if (current === undefined) return [];
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/**
 * Validates `input` against `schema` and turns every zod issue into a `Problem` of `file`:
 * all of them, each with the field path, what was expected and what was found.
 */
export function parseWithProblems<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  file: string,
): { data: z.output<Schema>; problems: [] } | { data: undefined; problems: Problem[] } {
  const result = schema.safeParse(input, { error: fallbackErrorMap, reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeysAt(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        path: formatPath([...issue.path, key]),
        message: `unknown field${didYouMean(key, known) || (known.length > 0 ? `; expected one of ${known.join(', ')}` : '')}`,
      }));
    }
    // A rule across fields (a refine on the object) reports the object as its input: what was
    // found is the value of the field it names.
    const field = issue.path.at(-1);
    const input =
      issue.code === 'custom' &&
      typeof field === 'string' &&
      typeof issue.input === 'object' &&
      issue.input !== null &&
      !Array.isArray(issue.input)
        ? (issue.input as Record<string, unknown>)[field]
        : issue.input;
    const found =
      issue.code === 'too_small' || issue.code === 'too_big'
        ? describeSize(input)
        : describeFound(input);
    const suggestion =
      issue.code === 'invalid_value' && typeof issue.input === 'string'
        ? didYouMean(
            issue.input,
            issue.values.filter((value): value is string => typeof value === 'string'),
          )
        : '';
    return [
      {
        file,
        path: formatPath(issue.path),
        message: `${issue.message}, found ${found}${suggestion}`,
      },
    ];
  });
  return { data: undefined, problems };
}
