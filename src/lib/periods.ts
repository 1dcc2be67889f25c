import { periodPatterns, type PeriodForm } from '../schemas/period.ts';

/** A period resolved to its first and last day (inclusive, `YYYY-MM-DD`). */
export interface PeriodRange {
  form: PeriodForm;
  start: string;
  end: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `YYYY-MM-DD` of a UTC date built from parts; month may overflow into the next year. */
function isoDay(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Which form a period string has, or undefined if it has none. */
export function periodForm(period: string): PeriodForm | undefined {
  return (Object.keys(periodPatterns) as PeriodForm[]).find((form) =>
    periodPatterns[form].test(period),
  );
}

/**
 * First and last day of a period. A fiscal year `2024/25` starts on the first of
 * `fiscalYearStartMonth` in 2024; undefined when that month is not set or the period is malformed.
 */
export function periodRange(
  period: string,
  fiscalYearStartMonth?: number,
): PeriodRange | undefined {
  const form = periodForm(period);
  const match = form === undefined ? null : periodPatterns[form].exec(period);
  if (form === undefined || match === null) return undefined;
  const year = Number(match[1]);
  switch (form) {
    case 'year':
      return { form, start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
    case 'quarter': {
      const firstMonth = (Number(match[2]) - 1) * 3 + 1;
      return { form, start: isoDay(year, firstMonth, 1), end: isoDay(year, firstMonth + 3, 0) };
    }
    case 'month': {
      const month = Number(match[2]);
      return { form, start: isoDay(year, month, 1), end: isoDay(year, month + 1, 0) };
    }
    case 'day':
      return { form, start: period, end: period };
    case 'fiscalYear':
      if (fiscalYearStartMonth === undefined) return undefined;
      return {
        form,
        start: isoDay(year, fiscalYearStartMonth, 1),
        end: isoDay(year + 1, fiscalYearStartMonth, 0),
      };
  }
}

/** Short English month names, January first. */
export const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A period as people read it: `2025-Q2` → "Q2 2025", `2025-03` → "Mar 2025", `2024/25` → "FY 2024/25". */
export function formatPeriod(period: string): string {
  const form = periodForm(period);
  const match = form === undefined ? null : periodPatterns[form].exec(period);
  if (form === undefined || match === null) return period;
  const [, year = '', part = '', day = ''] = match;
  const month = monthNames[Number(part) - 1] ?? '';
  switch (form) {
    case 'quarter':
      return `Q${part} ${year}`;
    case 'month':
      return `${month} ${year}`;
    case 'day':
      return `${Number(day)} ${month} ${year}`;
    case 'fiscalYear':
      return `FY ${period}`;
    case 'year':
      return period;
  }
}

/**
 * The HTML `datetime` value of a period, for the forms HTML can express (year, month, day);
 * quarters and fiscal years have none, so they are shown as plain text.
 */
export function periodDatetime(period: string): string | undefined {
  const form = periodForm(period);
  return form === 'year' || form === 'month' || form === 'day' ? period : undefined;
}

/** The period after `period`, in the same form. */
function nextPeriod(period: string, form: PeriodForm): string {
  const [year = 0, part = 0] = period.split(/[-/Q]+/).map(Number);
  switch (form) {
    case 'year':
      return String(year + 1);
    case 'quarter':
      return part === 4 ? `${year + 1}-Q1` : `${year}-Q${part + 1}`;
    case 'month':
      return part === 12 ? `${year + 1}-01` : `${year}-${String(part + 1).padStart(2, '0')}`;
    case 'fiscalYear':
      return `${year + 1}/${String((year + 2) % 100).padStart(2, '0')}`;
    case 'day':
      return period;
  }
}

/**
 * Every period from the first to the last of `periods`, gaps included, so a missing year stays
 * visible on a time axis. Days are irregular, so they are only sorted. Undefined when the
 * periods do not share one form (a chart cannot put 2024 and 2024-Q1 on one axis).
 */
export function periodSequence(periods: readonly string[]): string[] | undefined {
  const unique = [...new Set(periods)].sort();
  const forms = new Set(unique.map(periodForm));
  const [form] = forms;
  if (forms.size !== 1 || form === undefined) return unique.length === 0 ? [] : undefined;
  if (form === 'day') return unique;
  const last = unique.at(-1) ?? '';
  const sequence = [unique[0] ?? ''];
  while ((sequence.at(-1) ?? last) < last && sequence.length < 10_000)
    sequence.push(nextPeriod(sequence.at(-1) ?? last, form));
  return sequence;
}

/**
 * The period of `form` that contains `day` (`YYYY-MM-DD`): `2025-08-14` is in `2025`,
 * `2025-Q3`, `2025-08` and, with fiscal years starting in April, `2025/26`. Undefined for a
 * fiscal year without `fiscalYearStartMonth`.
 */
export function periodContaining(
  day: string,
  form: PeriodForm,
  fiscalYearStartMonth?: number,
): string | undefined {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (form) {
    case 'year':
      return day.slice(0, 4);
    case 'quarter':
      return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
    case 'month':
      return day.slice(0, 7);
    case 'day':
      return day;
    case 'fiscalYear': {
      if (fiscalYearStartMonth === undefined) return undefined;
      const first = month >= fiscalYearStartMonth ? year : year - 1;
      return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
    }
  }
}
