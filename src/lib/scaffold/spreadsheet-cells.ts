import { periodSchema } from '../../schemas/index.ts';

/**
 * How a spreadsheet export writes numbers. Excel takes the list separator and the number format
 * from the same regional settings: `;` goes with a decimal comma and `.` between thousands
 * (Romanian, French, German …), `,` with a decimal point and `,` between thousands (English).
 */
export interface NumberFormat {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  thousands: ',' | '.';
}

export const englishNumbers: NumberFormat = { delimiter: ',', decimal: '.', thousands: ',' };
export const europeanNumbers: NumberFormat = { delimiter: ';', decimal: ',', thousands: '.' };

/** `1.234,5 (decimal comma, . between thousands)`: the format in words, for messages. */
export function describeNumbers(format: NumberFormat): string {
  return format.decimal === ','
    ? '1.234,5 (a decimal comma, a point or a space between thousands)'
    : '1,234.5 (a decimal point, a comma or a space between thousands)';
}

/**
 * A number as the export's format writes it: `1.234,5`, `1234,5`, `1 234,5` or `-12` with a
 * decimal comma; `1,234.5` with a decimal point. Thousands separators must group three digits,
 * so `12.5` in a decimal-comma file is no number (undefined), never read as 125 or 12.5.
 */
export function readNumber(cell: string, format: NumberFormat): number | undefined {
  // Spaces group thousands too (Excel and LibreOffice write a no-break space).
  const text = cell.replace(/[\u00a0\u202f]/g, ' ').trim();
  const escape = (mark: string) => (mark === '.' ? '\\.' : mark);
  const thousands = `[${escape(format.thousands)} ]`;
  const pattern = new RegExp(
    `^(-?)(\\d{1,3}(?:${thousands}\\d{3})+|\\d+)(?:${escape(format.decimal)}(\\d+))?$`,
  );
  const match = pattern.exec(text);
  if (match === null) return undefined;
  const whole = (match[2] ?? '').replace(/\D/g, '');
  // A single group mark in a thousands position could not be told from a decimal mark in the
  // other format, but the export's separator tells the format; grouping is read as grouping.
  return Number(`${match[1] ?? ''}${whole}${match[3] === undefined ? '' : `.${match[3]}`}`);
}

const romanQuarters: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4' };

/**
 * A quarter as spreadsheets write it: `1`, `Q1`, `T1` (trimestrul), `Trim. 1`, `I`–`IV`.
 * Undefined for anything else.
 */
export function readQuarter(cell: string): string | undefined {
  const text = cell.trim().toLowerCase();
  const match = /^(?:q|t|trim\.?|trimestrul|trimestru|quarter)?\s*([1-4]|i{1,3}|iv)$/.exec(text);
  if (match === null) return undefined;
  const quarter = match[1] ?? '';
  return romanQuarters[quarter] ?? quarter;
}

/**
 * A period as the site writes it, from a spreadsheet cell: the site's own forms (`2025`,
 * `2025-Q1`, `2025-03`…), or a quarter written `Q1 2025`, `2025 Q1`, `T1 2025`, `Q1-2025`,
 * `2025/Q1`. Undefined for anything else.
 */
export function readPeriod(cell: string): string | undefined {
  const text = cell.trim();
  if (periodSchema.safeParse(text).success) return text;
  const quarterFirst = /^([QqTt][1-4])[\s\-/]*(\d{4})$/.exec(text);
  if (quarterFirst !== null) return `${quarterFirst[2] ?? ''}-Q${(quarterFirst[1] ?? '').slice(1)}`;
  const yearFirst = /^(\d{4})[\s\-/]*([QqTt][1-4])$/.exec(text);
  if (yearFirst !== null) return `${yearFirst[1] ?? ''}-Q${(yearFirst[2] ?? '').slice(1)}`;
  return undefined;
}
