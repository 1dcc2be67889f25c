import { z } from 'astro/zod';
import { periodSchema } from './period.ts';
import {
  countryCodeSchema,
  griDisclosureSchema,
  idSchema,
  isoDateSchema,
  sdgTargetSchema,
  textSchema,
} from './common.ts';

/** The site's navigation: every programme belongs to one pillar. */
export const pillars = ['education', 'health', 'environment', 'community'] as const;

/** What a partner does in a programme. */
export const partnerRoles = ['delivery', 'beneficiary', 'co-funder'] as const;

/** B4SI themes (the cause a community investment addresses). */
export const b4siThemes = [
  'education',
  'health',
  'economic-development',
  'environment',
  'arts-culture',
  'social-welfare',
  'emergency-relief',
  'other',
] as const;

/** B4SI motivations: why the company gives. */
export const b4siMotivations = [
  'charitable-gift',
  'community-investment',
  'commercial-initiative',
] as const;

/** `content/programmes/<id>.json`: a community programme and what it set out to do. */
export const programmeSchema = z.strictObject({
  /** Name of the programme. @example "Mentoring for first jobs" */
  name: textSchema,
  /** One or two sentences, at most 280 characters. */
  summary: textSchema.max(280, { error: 'expected at most 280 characters' }),
  /** The pillar the programme is listed under. */
  pillar: z.enum(pillars),
  /** Where the programme stands today. */
  status: z.enum(['planned', 'active', 'completed']),
  /** First day of the programme. */
  startDate: isoDateSchema,
  /** Last day, once known; not before `startDate`. */
  endDate: isoDateSchema.optional(),
  /** The local need the programme answers, with the evidence for it. */
  communityNeed: z.strictObject({
    /** The need, in a sentence or two. */
    statement: textSchema,
    /** What shows the need: a study, public statistics, the partner's own records. */
    evidence: textSchema,
  }),
  /** Organisations involved and what each does. */
  partners: z
    .array(
      z.strictObject({
        /** Partner id (file name in `content/partners/`). */
        partner: idSchema,
        /** What the partner does in this programme. */
        role: z.enum(partnerRoles),
      }),
    )
    .optional(),
  /** Places the programme works in. */
  locations: z
    .array(
      z.strictObject({
        /** Town, district or site. @example "Florești" */
        name: textSchema,
        /** County or region. @example "Cluj" */
        region: textSchema.optional(),
        /** ISO 3166-1 alpha-2 country code. */
        country: countryCodeSchema,
      }),
    )
    .optional(),
  /** Targets whose progress is computed from a dataset. */
  goals: z
    .array(
      z.strictObject({
        /** What the goal is, for readers. @example "1,000 trees planted a year" */
        label: textSchema,
        /** Dataset that measures it. */
        dataset: idSchema,
        /** Series of that dataset, when it has several. */
        series: idSchema.optional(),
        /** Value to reach, in the dataset's unit. */
        target: z.number({ error: 'expected a number' }),
        /** Date by which to reach it. */
        by: isoDateSchema,
        /**
         * The period the target is for: the dataset's value for this period is compared with
         * the target. Defaults to the calendar year `by` falls in. @example "2025"
         */
        period: periodSchema.optional(),
      }),
    )
    .optional(),
  /** B4SI classification of the programme. */
  b4si: z
    .strictObject({
      /** The cause addressed. */
      theme: z.enum(b4siThemes),
      /** Why the company gives. */
      motivation: z.enum(b4siMotivations),
    })
    .optional(),
  /** UN SDG targets the programme contributes to. @example ["4.4", "8.6"] */
  sdgTargets: z.array(sdgTargetSchema).optional(),
  /** GRI disclosures the programme reports under. @example ["413-1"] */
  gri: z.array(griDisclosureSchema).optional(),
});

/** A validated programme. */
export type Programme = z.output<typeof programmeSchema>;
/** One of `pillars`. */
export type Pillar = Programme['pillar'];
/** One of `partnerRoles`. */
export type PartnerRole = (typeof partnerRoles)[number];
/** Where a programme stands. */
export type ProgrammeStatus = Programme['status'];
/** One of `b4siThemes`. */
export type B4siTheme = (typeof b4siThemes)[number];
/** One of `b4siMotivations`. */
export type B4siMotivation = (typeof b4siMotivations)[number];
/** A programme goal. */
export type ProgrammeGoal = NonNullable<Programme['goals']>[number];
