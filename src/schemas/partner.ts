import { z } from 'astro/zod';
import {
  countryCodeSchema,
  httpUrlSchema,
  isoDateSchema,
  localImagePathSchema,
  textSchema,
} from './common.ts';

/** Kinds of organisation a programme works with. */
export const partnerTypes = [
  'ngo',
  'school',
  'hospital',
  'public-body',
  'community-group',
  'other',
] as const;

/**
 * `content/partners/<id>.json`: an organisation the company works with. `image` is the schema of
 * the logo: Astro's `image()` in the content collection, a plain path where content is checked
 * without Astro.
 */
export function createPartnerSchema<Image extends z.ZodType>(image: Image) {
  return z
    .strictObject({
      /** Name as the partner writes it. @example "Asociația Tinerii Clujului" */
      name: textSchema,
      /** What kind of organisation it is. */
      type: z.enum(partnerTypes),
      /** The partner's own website (http or https only). */
      website: httpUrlSchema,
      /** A few sentences on who the partner is and what it does. */
      description: textSchema,
      /** ISO 3166-1 alpha-2 country code. @example "RO" */
      country: countryCodeSchema,
      /** Registered legal name, when it differs from `name`. */
      legalName: textSchema.optional(),
      /** Org-id style identifier: country, register, number. @example "RO-CUI-12345678" */
      orgIdentifier: z
        .string({ error: 'expected an organisation identifier' })
        .regex(/^[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9./-]+$/, {
          error: 'expected an org-id style identifier such as "RO-CUI-12345678"',
        })
        .optional(),
      /** Optional logo image (PNG, JPEG, WebP or AVIF), relative to this file. */
      logo: image.optional(),
      /** Text alternative of the logo; required with `logo`. */
      logoAlt: z.string({ error: 'expected text' }).optional(),
      /** Date the partnership started. */
      since: isoDateSchema.optional(),
      /** The partner's agreement to be named; without it there is no partner page. */
      consent: z
        .strictObject({
          /** The partner agreed to a public page. */
          published: z.literal(true, { error: 'expected true (consent to publish)' }),
          /** When the partner agreed. */
          date: isoDateSchema,
        })
        .optional(),
    })
    .refine((partner) => partner.logo === undefined || (partner.logoAlt ?? '').trim() !== '', {
      error: 'expected a logoAlt text with the logo',
      path: ['logoAlt'],
    });
}

/** The partner schema as checked outside Astro: the logo is a path. */
export const partnerSchema = createPartnerSchema(localImagePathSchema);

/** A validated partner. */
export type Partner = z.output<typeof partnerSchema>;
/** One of `partnerTypes`. */
export type PartnerType = Partner['type'];
