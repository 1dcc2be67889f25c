import { z } from 'astro/zod';
import {
  httpUrlSchema,
  isoDateSchema,
  localImagePathSchema,
  spdxLicenseSchema,
  textSchema,
} from './common.ts';

/**
 * `content/site.json`: who publishes the site and the defaults every page and dataset uses.
 * `image` validates the logo: a local path here, Astro's `image()` in the content collection,
 * so the header shows it optimised with its width and height.
 */
export function createSiteSchema<Image extends z.ZodType>(image: Image) {
  return z
    .strictObject({
      /** Short name shown in the header and page titles. @example "Someș Contact Center" */
      name: textSchema,
      /** Registered legal name, used in citations and the footer. */
      legalName: textSchema,
      /** Absolute https address where the site is published. @example "https://impact.example.com" */
      url: httpUrlSchema.refine((url) => url.startsWith('https://'), {
        error: 'expected an https:// address',
      }),
      /** One or two sentences for search engines and the home page. */
      description: textSchema,
      /** BCP 47 language tag of the content. @default "en" */
      locale: z
        .string({ error: 'expected a language tag' })
        .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
          error: 'expected a BCP 47 language tag such as "en" or "ro-RO"',
        })
        .default('en'),
      /** Default SPDX licence of every dataset. @default "CC-BY-4.0" */
      license: spdxLicenseSchema.default('CC-BY-4.0'),
      /** Where readers and partners write to about the figures. */
      contactEmail: z.email({ error: 'expected an email address such as "csr@example.com"' }),
      /** Accent colour as `#rrggbb`. */
      brandColor: z
        .string({ error: 'expected a colour' })
        .regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour written #rrggbb' }),
      /** Optional logo image, relative to `content/` (SVG, PNG, JPEG or WebP), shown in the header. */
      logo: image.optional(),
      /** Text alternative of the logo; required with `logo`. */
      logoAlt: z.string({ error: 'expected text' }).optional(),
      /** The period the site reports on. */
      reportingPeriod: z.strictObject({
        /** First day covered. */
        start: isoDateSchema,
        /** Last day covered. */
        end: isoDateSchema,
      }),
      /** Month (1–12) a fiscal year starts in; required when datasets use `YYYY/YY` periods. */
      fiscalYearStartMonth: z
        .int({ error: 'expected a month number from 1 to 12' })
        .min(1, { error: 'expected a month number from 1 to 12' })
        .max(12, { error: 'expected a month number from 1 to 12' })
        .optional(),
      /**
       * Lets MDX in `content/pages/` use imports, exports and JavaScript expressions. For pages a
       * site's developers write and review; stories always stay plain content. @default false
       */
      fullMdxPages: z.boolean({ error: 'expected true or false' }).default(false),
      /** Marks an example organisation: every page then says that it is fictional. */
      fictional: z.boolean({ error: 'expected true or false' }).default(false),
    })
    .refine((site) => site.logo === undefined || (site.logoAlt ?? '').trim() !== '', {
      error: 'expected a logoAlt text with the logo',
      path: ['logoAlt'],
    });
}

/** `content/site.json` as the content check reads it (the logo as a path). */
export const siteSchema = createSiteSchema(localImagePathSchema);

/** Site settings after defaults are applied. */
export type Site = z.output<typeof siteSchema>;
