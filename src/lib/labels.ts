import type { Dataset, PartnerType, VerificationLevel } from '../schemas/index.ts';

/** What each verification level means to a reader. */
export const verificationLabels: Record<VerificationLevel, string> = {
  'self-reported': 'Self-reported by the company',
  'partner-confirmed': 'Confirmed by a partner',
  'internally-reviewed': 'Reviewed internally',
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

/** Kinds of partner in words, for partner cards and pages. */
export const partnerTypeLabels: Record<PartnerType, string> = {
  ngo: 'Non-governmental organisation',
  school: 'School',
  hospital: 'Hospital',
  'public-body': 'Public body',
  'community-group': 'Community group',
  other: 'Organisation',
};
