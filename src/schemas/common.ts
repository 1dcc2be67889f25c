/**
 * Field schemas shared by several content types. Every `error` is the phrase an author reads
 * after the file and field path; the formatter appends what was found.
 */
import { z } from 'astro/zod';
import { allowedUrls, urlRefusalReason } from '../lib/urls.ts';

/** Kebab-case ASCII id, the form of every file name and every reference between files. */
export const idSchema = z
  .string({ error: 'expected an id (text)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a kebab-case ASCII id such as "blood-donations"',
  });

/** Calendar date written as `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'expected a date written YYYY-MM-DD' });

/**
 * A date in MDX front matter: YAML reads an unquoted `2025-05-14` as a Date, so accept that too
 * and keep the same `YYYY-MM-DD` string that JSON files use.
 */
export const frontMatterDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  isoDateSchema,
);

/** Text that must say something. */
export const textSchema = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'expected non-empty text' });

/**
 * Holds a URL field to the project's one URL rule (`urlProblem` in `lib/urls.ts`: http(s),
 * mailto: or a path on this site; never `javascript:`, `data:`, `//host`…). A refused URL is
 * reported as what the field expects, with the rule's reason (`expected an absolute http(s)
 * URL such as "https://example.org" (a javascript: URL could run code or hide content)`), the
 * same words in every field. A field's own rules are checked after this one.
 */
function urlRuleCheck(expected: string): z.core.CheckFn<string> {
  return (context) => {
    const reason = urlRefusalReason(context.value);
    if (reason !== undefined)
      context.issues.push({
        code: 'custom',
        message: `${expected} (${reason})`,
        input: context.value,
        continue: false,
      });
  };
}

const anyUrl = `expected ${allowedUrls}`;

/** Any URL an author may publish: the URL rule and nothing more. */
export const urlSchema = z.string({ error: anyUrl }).check(urlRuleCheck(anyUrl));

const absoluteHttpUrl = 'expected an absolute http(s) URL such as "https://example.org"';

/**
 * Absolute web address (`http://` or `https://` and a domain name, no spaces), such as a
 * partner's website or a source: the URL rule, then an address that stands on its own.
 */
export const httpUrlSchema = z
  .string({ error: absoluteHttpUrl })
  .check(urlRuleCheck(absoluteHttpUrl))
  .refine(
    (url) =>
      /^https?:\/\/\S+$/i.test(url) &&
      URL.canParse(url) &&
      z.regexes.domain.test(new URL(url).hostname),
    { error: absoluteHttpUrl },
  );

/** ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z
  .string({ error: 'expected a two-letter country code' })
  .regex(/^[A-Z]{2}$/, { error: 'expected a two-letter ISO 3166-1 country code such as "RO"' });

/** ISO 4217 currency code. */
export const currencyCodeSchema = z
  .string({ error: 'expected a currency code' })
  .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter ISO 4217 currency code such as "RON"' });

/** SPDX licence identifier. */
export const spdxLicenseSchema = z
  .string({ error: 'expected an SPDX licence id' })
  .regex(/^[A-Za-z0-9.+-]+$/, { error: 'expected an SPDX licence id such as "CC-BY-4.0"' });

/** SDG target id, goal then target (`4.4`, `3.d`); checked against the 169 targets later. */
export const sdgTargetSchema = z
  .string({ error: 'expected an SDG target id' })
  .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-e])$/, {
    error: 'expected an SDG target id such as "4.4" or "3.d"',
  });

/** GRI disclosure number such as `413-1` or `2-4`. */
export const griDisclosureSchema = z
  .string({ error: 'expected a GRI disclosure' })
  .regex(/^\d{1,3}-\d{1,2}$/, { error: 'expected a GRI disclosure number such as "413-1"' });

/** Path of a local image, relative to the file that names it. */
export const localImagePathSchema = z
  .string({ error: 'expected an image path' })
  .regex(/^\.{0,2}\/?[^:]+\.(?:png|jpe?g|webp|avif|svg)$/i, {
    error: 'expected a local image path ending in .png, .jpg, .webp, .avif or .svg',
  });
