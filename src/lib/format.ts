import type { Measure } from '../schemas/index.ts';

/** Decimal places shown: counts are whole, percentages one place, other amounts up to two. */
function fractionDigits(kind: Measure['unit']['kind']): number {
  switch (kind) {
    case 'count':
      return 0;
    case 'percent':
      return 1;
    default:
      return 2;
  }
}

/** A value without its unit: `12,345`, `87.5`. */
export function formatNumber(value: number, measure: Measure, locale: string): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: fractionDigits(measure.unit.kind),
  }).format(value);
}

/** A value with its unit: `RON 12,345`, `87.5%`, `1,204 kg`, `318 donors`. */
export function formatValue(value: number, measure: Measure, locale: string): string {
  const { kind, currency, label } = measure.unit;
  if (kind === 'currency' && currency !== undefined) {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      maximumFractionDigits: 0,
    }).format(value);
  }
  if (kind === 'percent') return `${formatNumber(value, measure, locale)}%`;
  return `${formatNumber(value, measure, locale)} ${label}`;
}

/**
 * A figure shown beside its own label (key figures, headline figures): a count is the bare
 * number, since the label says what is counted ("291" + "units of blood"); any other unit stays.
 */
export function formatFigure(value: number, measure: Measure, locale: string): string {
  return measure.unit.kind === 'count'
    ? formatNumber(value, measure, locale)
    : formatValue(value, measure, locale);
}

/** A date for readers: `14 May 2025`. */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
