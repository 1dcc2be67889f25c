import { z } from 'astro/zod';
import {
  currencyCodeSchema,
  griDisclosureSchema,
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  sdgTargetSchema,
  spdxLicenseSchema,
  textSchema,
} from './common.ts';
import { periodSchema } from './period.ts';

/** What a dataset's numbers are: each kind has its own rules and formatting. */
export const unitKinds = [
  'count',
  'currency',
  'mass',
  'volume',
  'duration',
  'percent',
  'other',
] as const;

/** How values of sub-periods combine into a longer period (quarters into a year). */
export const aggregations = ['sum', 'mean', 'last'] as const;

/** How sure a value is. */
export const observationStatuses = ['measured', 'estimated', 'provisional'] as const;

/** Who checked the figures, weakest first. */
export const verificationLevels = [
  'self-reported',
  'partner-confirmed',
  'internally-reviewed',
  'externally-assured',
] as const;

/** Why a published value changed (GRI 2-4). */
export const restatementReasons = [
  'error',
  'methodology',
  'boundary',
  'reclassification',
  'late-data',
] as const;

/** Where figures come from. */
export const sourceTypes = [
  'internal-records',
  'partner-records',
  'survey',
  'financial-records',
  'public-statistics',
  'assurance-statement',
  'other',
] as const;

/** B4SI layers, and the types each layer allows. */
export const b4siTypesByLayer = {
  input: ['cash', 'time', 'in-kind', 'management'],
  output: ['community', 'business', 'leverage'],
  impact: ['people', 'organisations', 'business'],
} as const;

/** Chart kinds a dataset can ask for. */
export const chartTypes = ['bar', 'line', 'stacked-bar', 'doughnut'] as const;

/** B4SI layers: what the company puts in, what the activity delivers, what changes. */
export const b4siLayers = ['input', 'output', 'impact'] as const;

/**
 * What a dataset's figures cover: one programme, or the whole company across programmes
 * (partner pages show those as context, not as the partner's results).
 */
export const datasetScopes = ['programme', 'company'] as const;
const b4siTypes = [...new Set(Object.values(b4siTypesByLayer).flat())] as [string, ...string[]];

/** One value for one period (and series). */
export const observationSchema = z.strictObject({
  /** Series id; required when the dataset declares `series`. */
  series: idSchema.optional(),
  /** The period the value covers. @example "2025-Q2" */
  period: periodSchema,
  /** The value, in the dataset's unit. */
  // zod numbers are always finite: no NaN or Infinity.
  value: z.number({ error: 'expected a number' }),
  /** How sure the value is. @default "measured" */
  status: z.enum(observationStatuses).default('measured'),
  /** Anything a reader should know about this one value. */
  note: textSchema.optional(),
});

/** `content/datasets/<id>.json`: one measured outcome of a programme, with its provenance. */
export const datasetSchema = z.strictObject({
  /** Title of the dataset. @example "Units of blood collected" */
  title: textSchema,
  /**
   * What is measured and why it matters: 50 to 5000 characters, the length search engines'
   * dataset results accept (Google's Dataset structured data).
   */
  description: textSchema.min(50, { error: 'expected at least 50 characters' }).max(5000, {
    error: 'expected at most 5000 characters (the most dataset search engines accept)',
  }),
  /** Programme id (file name in `content/programmes/`). */
  programme: idSchema,
  /**
   * What the figures cover: `programme` (the programme named above), or `company` (the whole
   * company across programmes, such as total community investment; filed under one programme
   * for navigation). @default "programme"
   */
  scope: z.enum(datasetScopes).default('programme'),
  /** Partner ids involved in producing the figures. */
  partners: z.array(idSchema).optional(),
  /** What one value means. */
  measure: z.strictObject({
    /** What is counted. @example "Units of blood collected" */
    label: textSchema,
    /** The unit of every value. */
    unit: z.strictObject({
      /** Unit as readers see it. @example "units", "kg", "RON" */
      label: textSchema,
      /** Kind of quantity; decides the checks and the formatting. */
      kind: z.enum(unitKinds),
      /** ISO 4217 code; required when `kind` is `currency`. */
      currency: currencyCodeSchema.optional(),
    }),
    /**
     * How values of shorter periods combine into a longer one: `sum` (quarters add up to the
     * year), `mean` (the year is the mean of its quarters), `last` (the year is its last value,
     * for stocks such as "mentors active").
     */
    aggregation: z.enum(aggregations),
    /**
     * Whether the series are parts of one whole (paper + plastic + e-waste = all waste), so
     * they may be totalled, stacked and shown as shares. Leave it out when series overlap or
     * measure different things (young people enrolled and those who completed). @default false
     */
    seriesAddUp: z.boolean({ error: 'expected true or false' }).default(false),
  }),
  /** Series of the dataset; none means a single series. */
  series: z
    .array(
      z.strictObject({
        /** Series id, used by observations and goals. */
        id: idSchema,
        /** Series name for readers. */
        label: textSchema,
      }),
    )
    .optional(),
  /** The values; leave them out here when they are in `<id>.csv` beside this file. */
  observations: z.array(observationSchema).min(1, { error: 'expected at least one observation' }),
  /** How the figures were counted, in Markdown (raw HTML is not rendered). */
  methodology: textSchema,
  /** Where the figures come from. */
  sources: z
    .array(
      z.strictObject({
        /** Name of the source. @example "Transfusion centre donor register" */
        label: textSchema,
        /** Kind of source. */
        type: z.enum(sourceTypes),
        /** Public address of the source, if any. */
        url: httpUrlSchema.optional(),
        /** Date of the source document or extract. */
        date: isoDateSchema.optional(),
      }),
    )
    .min(1, { error: 'expected at least one source' }),
  /** Who checked the figures. */
  verification: z.strictObject({
    /** How far the figures were checked. */
    level: z.enum(verificationLevels),
    /** Who checked them; required above self-reported. */
    by: textSchema.optional(),
    /** When they were checked; required above self-reported. */
    date: isoDateSchema.optional(),
    /** Assurance standard. @example "ISAE 3000 (Revised)" */
    standard: textSchema.optional(),
    /** Assurance level of an external assurance. */
    assuranceLevel: z.enum(['limited', 'reasonable']).optional(),
    /** Address of the assurance statement. */
    statementUrl: httpUrlSchema.optional(),
  }),
  /** SPDX licence; defaults to the site's. */
  license: spdxLicenseSchema.optional(),
  /** First publication date. */
  issued: isoDateSchema,
  /** Date of the last change. */
  modified: isoDateSchema,
  /** Every change to a published value (GRI 2-4). */
  restatements: z
    .array(
      z.strictObject({
        /** When the value was restated. */
        date: isoDateSchema,
        /** Period whose value changed. */
        period: periodSchema,
        /** Series whose value changed, if the dataset has several. */
        series: idSchema.optional(),
        /** The value published before. */
        previousValue: z.number({ error: 'expected a number' }),
        /** Why it changed. */
        reason: z.enum(restatementReasons),
        /** What changed and why, for readers. */
        explanation: textSchema,
      }),
    )
    .optional(),
  /** B4SI classification of the figures. */
  b4si: z
    .strictObject({
      /** Input, output or impact. */
      layer: z.enum(b4siLayers),
      /**
       * Type within the layer (input: cash, time, in-kind, management; …); leave it out when
       * the series split the types (cash and in-kind support in one dataset).
       */
      type: z.enum(b4siTypes).optional(),
    })
    .optional(),
  /** Reporting frameworks the dataset maps to. */
  frameworks: z
    .strictObject({
      /** UN SDG targets. @example ["3.8"] */
      sdgTargets: z.array(sdgTargetSchema).optional(),
      /** GRI disclosures. @example ["413-1"] */
      gri: z.array(griDisclosureSchema).optional(),
      /** IRIS+ metrics with their catalogue version. */
      iris: z
        .array(
          z.strictObject({
            /** IRIS+ metric id. @example "PI4060" */
            id: z
              .string({ error: 'expected an IRIS+ metric id' })
              .regex(/^[A-Z]{2}\d{4}$/, { error: 'expected an IRIS+ metric id such as "PI4060"' }),
            /** IRIS+ catalogue version. @example "5.3" */
            version: z
              .string({ error: 'expected a version' })
              .regex(/^\d+(?:\.\d+)*$/, { error: 'expected a version such as "5.3"' }),
          }),
        )
        .optional(),
    })
    .optional(),
  /** How the dataset is charted. */
  chart: z
    .strictObject({
      /** Chart kind. */
      type: z.enum(chartTypes),
      /** Label of the value axis; defaults to the unit. */
      yAxisLabel: textSchema.optional(),
      /** A line drawn at a target value. */
      target: z
        .strictObject({
          /** The target value, in the dataset's unit. */
          value: z.number({ error: 'expected a number' }),
          /** What the target is. */
          label: textSchema,
          /** The period the target is for; the line spans only that period. @example "2025" */
          period: periodSchema.optional(),
        })
        .optional(),
    })
    .optional(),
});

/** A validated dataset. */
export type Dataset = z.output<typeof datasetSchema>;
/** One observation of a dataset. */
export type Observation = z.output<typeof observationSchema>;
/** A dataset's measure. */
export type Measure = Dataset['measure'];
/** One of `unitKinds`. */
export type UnitKind = Measure['unit']['kind'];
/** One of `verificationLevels`. */
export type VerificationLevel = Dataset['verification']['level'];
/** One of `b4siLayers`. */
export type B4siLayer = (typeof b4siLayers)[number];
/** A B4SI type of one layer (`B4siTypeOf<'input'>` is cash, time, in-kind or management). */
export type B4siTypeOf<Layer extends B4siLayer> = (typeof b4siTypesByLayer)[Layer][number];
/** One of `datasetScopes`. */
export type DatasetScope = (typeof datasetScopes)[number];
