import { datasetSchema, type Dataset } from '../../src/schemas/dataset.ts';

/** A valid dataset for unit tests, with only what a test cares about written out. */
export function makeDataset(overrides: Partial<Record<keyof Dataset, unknown>>): Dataset {
  return datasetSchema.parse({
    title: 'Test',
    description: 'A dataset used by the unit tests of key figures, goals and charts.',
    programme: 'p',
    measure: { label: 'Kilograms', unit: { label: 'kg', kind: 'mass' }, aggregation: 'sum' },
    observations: [],
    methodology: 'Weighed.',
    sources: [{ label: 'Slips', type: 'partner-records' }],
    verification: { level: 'self-reported' },
    issued: '2025-01-01',
    modified: '2025-01-01',
    ...overrides,
  });
}

/** Kilograms of waste in streams that are parts of one whole, summed over time. */
export const wasteMeasure = {
  label: 'Waste sent for recycling',
  unit: { label: 'kg', kind: 'mass' },
  aggregation: 'sum',
  seriesAddUp: true,
} as const;

/** Community investment in RON, in types that are parts of one whole, summed over time. */
export const investmentMeasure = {
  label: 'Community investment',
  unit: { label: 'RON', kind: 'currency', currency: 'RON' },
  aggregation: 'sum',
  seriesAddUp: true,
} as const;
