import { z } from 'astro/zod';

/**
 * An object whose fields were validated one by one: a field (or a list item) that failed its
 * schema is left out, so checks can still look at everything else in the same run.
 */
export type Parts<T> = {
  [K in keyof T]?: T[K] extends readonly (infer Item)[] | undefined ? (Item | undefined)[] : T[K];
};

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return unwrap(schema.unwrap() as z.ZodType);
  return schema;
}

/** Fields validated one by one, and the names of those that were present but invalid. */
export interface PartsResult<T> {
  parts: Parts<T>;
  /** Fields given but not valid: a check must not read their absence as "not given". */
  invalid: ReadonlySet<string>;
}

/** Validates each field of `input` on its own (each list item on its own) against `schema`. */
export function parseParts<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  input: unknown,
): PartsResult<z.output<z.ZodObject<Shape>>> {
  const invalid = new Set<string>();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { parts: {}, invalid: new Set(Object.keys(schema.shape)) };
  }
  const raw = input as Record<string, unknown>;
  const parts: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const field = fieldSchema as z.ZodType;
    const inner = unwrap(field);
    const value = raw[key];
    if (inner instanceof z.ZodArray && Array.isArray(value)) {
      const element = inner.element as z.ZodType;
      parts[key] = value.map((item) => {
        const result = element.safeParse(item);
        if (!result.success) invalid.add(key);
        return result.success ? result.data : undefined;
      });
      continue;
    }
    const result = field.safeParse(value);
    if (!result.success) invalid.add(key);
    else if (result.data !== undefined) parts[key] = result.data;
  }
  return { parts: parts as Parts<z.output<z.ZodObject<Shape>>>, invalid };
}
