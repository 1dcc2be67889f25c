import type { z } from 'astro/zod';

/**
 * A question's check from one field of a zod schema: the schema's own message for the first
 * thing wrong ("expected at most 280 characters"), or undefined when the text is valid.
 */
export function fieldRule(schema: z.ZodType): (value: string) => string | undefined {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? undefined : result.error.issues[0]?.message;
  };
}
