import { z } from 'astro/zod';
import { frontMatterDateSchema, textSchema } from './common.ts';

/** How a story shows a person: named or quoted in the text, or seen in a photo. */
export const appearanceSchema = z.enum(['text', 'photo'], {
  error: 'expected "text" (named or quoted) or "photo" (seen in a photo)',
});

/**
 * What a person agreed to, copied from the consent form they signed. The form itself stays with
 * the organisation; none of this is ever published (the content check reads it, no page does).
 */
export const consentSchema = z.strictObject({
  /** Day the person signed the consent form; not after today. @example 2025-11-03 */
  date: frontMatterDateSchema,
  /** What they agreed to: `text` (named or quoted), `photo` (shown in a photo), or both. */
  scope: z
    .array(appearanceSchema)
    .min(1, { error: 'expected what the person agreed to: [text], [photo] or [text, photo]' }),
  /** Last day the consent holds, when the form sets one; the story must change by then. */
  expires: frontMatterDateSchema.optional(),
  /** Day a parent or legal guardian signed the form too: required for a minor named or shown. */
  guardian: frontMatterDateSchema.optional(),
  /** Where the signed form is kept, so anyone can find it. @example "form 2025-014" */
  reference: textSchema,
});

/**
 * A person a story names, quotes or shows, and their consent. Nothing here is published: the
 * story's own text says what readers see.
 */
export const personSchema = z.strictObject({
  /** The name as the story prints it (and as `<Quote by="…">` gives it). @example "Andrei Pop" */
  name: textSchema,
  /**
   * The name is a pseudonym or a first name only and nothing else in the story identifies the
   * person: no consent is needed to write about them, but still for a photo.
   */
  anonymised: z.boolean({ error: 'expected true or false' }).optional(),
  /** Under 18 when the story is published: a parent or guardian must consent too. */
  minor: z.boolean({ error: 'expected true or false' }).optional(),
  /** How the story shows the person; named or quoted in the text unless said otherwise. */
  shown: z
    .array(appearanceSchema)
    .min(1, { error: 'expected [text], [photo] or [text, photo]' })
    .default(['text']),
  /** Their consent, from the signed form; required unless anonymised and not in a photo. */
  consent: consentSchema.optional(),
});

/** A person a story names or shows, with their consent. */
export type Person = z.output<typeof personSchema>;

/** How a story shows a person. */
export type Appearance = z.output<typeof appearanceSchema>;
