import { describe, expect, test } from 'vitest';
import { jsonForScript, temporalCoverage } from '../../src/lib/exports/dataset-jsonld.ts';
import { datasetSchema } from '../../src/schemas/index.ts';

const dataset = (periods: string[]) =>
  datasetSchema.parse({
    title: 'Hours volunteered',
    description: 'Hours employees volunteered in paid working time, by period, across programmes.',
    programme: 'employee-volunteering',
    measure: { label: 'Hours', unit: { label: 'hours', kind: 'duration' }, aggregation: 'sum' },
    observations: periods.map((period) => ({ period, value: 1 })),
    methodology: 'Timesheets.',
    sources: [{ label: 'Timesheets', type: 'internal-records' }],
    verification: { level: 'self-reported' },
    issued: '2024-01-10',
    modified: '2025-02-01',
  });

describe('schema.org Dataset JSON-LD', () => {
  test('temporal coverage is the ISO 8601 interval from the first day of the first period to the last day of the last', () => {
    expect(temporalCoverage(dataset(['2023-Q4', '2022-Q2', '2024-02']))).toBe(
      '2022-04-01/2024-02-29',
    );
    expect(temporalCoverage(dataset(['2023/24', '2024/25']), 4)).toBe('2023-04-01/2025-03-31');
    // A fiscal year cannot be placed without the month it starts in: no coverage, not a guess.
    expect(temporalCoverage(dataset(['2023/24']))).toBeUndefined();
  });

  test('no text can close the script element or open a comment, and JSON reads it back', () => {
    const value = { description: 'Less than <10 units </script><!-- --> & more' };
    const json = jsonForScript(value);
    expect(json).toBe(
      '{"description":"Less than \\u003c10 units \\u003c/script>\\u003c!-- --> & more"}',
    );
    expect(JSON.parse(json)).toEqual(value);
  });
});
