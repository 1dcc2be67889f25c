// Every enum word of the content shown to readers, in one place. Each table is typed by the
// schema's own enum, so a new value in a schema fails the type check until it has its words.
import type {
  B4siLayer,
  B4siMotivation,
  B4siTypeOf,
  B4siTheme,
  Dataset,
  DatasetScope,
  PartnerRole,
  PartnerType,
  ProgrammeStatus,
  VerificationLevel,
} from '../schemas/index.ts';

/** What each verification level means to a reader. */
export const verificationLabels: Record<VerificationLevel, string> = {
  'self-reported': 'Self-reported by the company',
  'partner-confirmed': 'Confirmed by a partner',
  'internally-reviewed': 'Reviewed internally',
  'externally-assured': 'Externally assured',
};

/** Short verification names for badges and filters, weakest first as in the schema. */
export const verificationShortLabels: Record<VerificationLevel, string> = {
  'self-reported': 'Self-reported',
  'partner-confirmed': 'Partner-confirmed',
  'internally-reviewed': 'Internally reviewed',
  'externally-assured': 'Externally assured',
};

/** Reader-facing names of source types. */
export const sourceTypeLabels: Record<Dataset['sources'][number]['type'], string> = {
  'internal-records': 'Internal records',
  'partner-records': 'Partner records',
  survey: 'Survey',
  'financial-records': 'Financial records',
  'public-statistics': 'Public statistics',
  'assurance-statement': 'Assurance statement',
  other: 'Other',
};

/** Reader-facing restatement reasons. */
export const restatementReasonLabels: Record<
  NonNullable<Dataset['restatements']>[number]['reason'],
  string
> = {
  error: 'Correction of an error',
  methodology: 'Change of methodology',
  boundary: 'Change of boundary',
  reclassification: 'Reclassification',
  'late-data': 'Late data',
};

/** A partner's role in a programme, as a noun phrase ("Delivery partner"). */
export const partnerRoleLabels: Record<PartnerRole, string> = {
  delivery: 'Delivery partner',
  beneficiary: 'Beneficiary partner',
  'co-funder': 'Co-funder',
};

/** Kinds of partner organisation. */
export const partnerTypeLabels: Record<PartnerType, string> = {
  ngo: 'Non-governmental organisation',
  school: 'School',
  hospital: 'Hospital',
  'public-body': 'Public body',
  'community-group': 'Community group',
  other: 'Organisation',
};

/** Where a programme stands. */
export const programmeStatusLabels: Record<ProgrammeStatus, string> = {
  planned: 'Planned',
  active: 'Running',
  completed: 'Completed',
};

/** B4SI themes: the cause a programme addresses. */
export const b4siThemeLabels: Record<B4siTheme, string> = {
  education: 'Education',
  health: 'Health',
  'economic-development': 'Economic development',
  environment: 'Environment',
  'arts-culture': 'Arts and culture',
  'social-welfare': 'Social welfare',
  'emergency-relief': 'Emergency relief',
  other: 'Other',
};

/** B4SI motivations: why the company gives. */
export const b4siMotivationLabels: Record<B4siMotivation, string> = {
  'charitable-gift': 'Charitable gift',
  'community-investment': 'Community investment',
  'commercial-initiative': 'Commercial initiative in the community',
};

/** B4SI layers: what the company puts in, what comes out, what changes. */
export const b4siLayerLabels: Record<B4siLayer, string> = {
  input: 'Input (what the company contributes)',
  output: 'Output (what the activity delivers)',
  impact: 'Impact (what changes for people and organisations)',
};

/**
 * B4SI types by layer: `business` is a type of both outputs and impacts, with different
 * meanings, so the words depend on the layer.
 */
export const b4siTypeLabels: {
  [Layer in B4siLayer]: Record<B4siTypeOf<Layer>, string>;
} = {
  input: {
    cash: 'Cash',
    time: 'Employee time',
    'in-kind': 'In kind',
    management: 'Management costs',
  },
  output: {
    community: 'Community outputs',
    business: 'Business outputs',
    leverage: 'Leverage (funds from others)',
  },
  impact: {
    people: 'Impact on people',
    organisations: 'Impact on organisations',
    business: 'Impact on the business',
  },
};

/** Words of a dataset's B4SI classification: "Output (…): Community outputs". */
export function b4siLabel(b4si: NonNullable<Dataset['b4si']>): string {
  const types: Partial<Record<string, string>> = b4siTypeLabels[b4si.layer];
  const type = b4si.type === undefined ? undefined : types[b4si.type];
  return type === undefined
    ? b4siLayerLabels[b4si.layer]
    : `${b4siLayerLabels[b4si.layer]}: ${type}`;
}

/** What the figures of a dataset cover. */
export const datasetScopeLabels: Record<DatasetScope, string> = {
  programme: 'This programme',
  company: 'The whole company, across programmes',
};
