import { z } from 'astro/zod';

/**
 * Patterns of the period forms a dataset may use. `2010-11` is always November 2010; a fiscal
 * year is written with a slash (`2010/11`).
 */
export const periodPatterns = {
  year: /^(\d{4})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  day: /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  fiscalYear: /^(\d{4})\/(\d{2})$/,
} as const;

const periodForms = 'YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or a fiscal year YYYY/YY';

function isConsistentPeriod(period: string): boolean {
  const fiscal = periodPatterns.fiscalYear.exec(period);
  if (fiscal) return (Number(fiscal[1]) + 1) % 100 === Number(fiscal[2]);
  if (periodPatterns.day.test(period)) {
    return new Date(`${period}T00:00:00Z`).toISOString().startsWith(period);
  }
  return true;
}

/** A reporting period: `2025`, `2025-Q2`, `2025-03`, `2025-03-14` or fiscal year `2024/25`. */
export const periodSchema = z
  .string({ error: `expected a period (${periodForms})` })
  .refine((period) => Object.values(periodPatterns).some((pattern) => pattern.test(period)), {
    error: `expected a period written ${periodForms}`,
    abort: true,
  })
  .refine(isConsistentPeriod, {
    error: 'expected a real date, or a fiscal year whose two halves follow each other (2024/25)',
  });

/** Which of the period forms a period string uses. */
export type PeriodForm = keyof typeof periodPatterns;
