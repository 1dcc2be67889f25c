import type { Measure } from '../schemas/index.ts';

/** Decimal places of a kind at or above 1: counts are whole, percentages one place, others two. */
function kindFractionDigits(kind: Measure['unit']['kind']): number {
  switch (kind) {
    case 'count':
      return 0;
    case 'percent':
      return 1;
    default:
      return 2;
  }
}

/**
 * Decimal places that show `value` with at least two significant digits (0.00456 → 4, for
 * "0.0046"): a small non-zero value never rounds to "0". Zero and values of 1 or more need none.
 */
function significantFractionDigits(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || magnitude >= 1) return 0;
  return 1 - Math.floor(Math.log10(magnitude));
}

/**
 * The most decimal places a value of this kind is shown with: the kind's own (counts 0,
 * percentages 1, other amounts 2), more for a value below 1 whose kind's places would round it
 * away (0.004 t is "0.004", not "0").
 */
function maximumFractionDigits(value: number, kind: Measure['unit']['kind']): number {
  let digits = Math.max(kindFractionDigits(kind), significantFractionDigits(value));
  // A share short of the whole never reads as the whole: 99.96% is "99.96%", not "100%".
  if (kind === 'percent' && value < 100)
    while (digits < 6 && Number(value.toFixed(digits)) >= 100) digits += 1;
  return digits;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * An `Intl.NumberFormat`, made once per locale and options: making one costs about a hundred
 * times more than formatting with it, and a site formats tens of thousands of numbers.
 */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\0${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A value without its unit: `12,345`, `87.5`, `0.0046`. */
export function formatNumber(value: number, measure: Measure, locale: string): string {
  return numberFormat(locale, {
    maximumFractionDigits: maximumFractionDigits(value, measure.unit.kind),
    signDisplay: 'negative', // -0 reads as "0"
  }).format(value);
}

/**
 * A number with exactly `fractionDigits` decimals (`0.5`, `1.0`, `1.5`), for axis ticks whose
 * decimals follow the step between them.
 */
export function formatFixed(value: number, fractionDigits: number, locale: string): string {
  return numberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A value with its unit: `RON 12,345`, `RON 0.40`, `87.5%`, `1,204 kg`, `318 donors`. */
export function formatValue(value: number, measure: Measure, locale: string): string {
  const { kind, currency, label } = measure.unit;
  if (kind === 'currency' && currency !== undefined) {
    // Whole units from 1 up; below 1, cents (and more places for less than a cent).
    const small = value !== 0 && Math.abs(value) < 1;
    return numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: small ? 2 : 0,
      maximumFractionDigits: small ? Math.max(2, significantFractionDigits(value)) : 0,
    }).format(value);
  }
  if (kind === 'percent') return `${formatNumber(value, measure, locale)}%`;
  return `${formatNumber(value, measure, locale)} ${label}`;
}

/**
 * A value against its target with the unit said once, as the start of a report's sentence:
 * `{ value: "291", ofTarget: " of 300 units" }`, `"1,875"` + `" of 1,800 kg"`, `"RON 90,000"` +
 * `" of 90,000"` (a currency code leads, so it stays with the value), and for percentages
 * `"81%"` + `" against a target of 80%"`, since "81% of 80%" would read as a share of a share.
 */
export function formatAgainstTarget(
  value: number,
  target: number,
  measure: Measure,
  locale: string,
): { value: string; ofTarget: string } {
  const { kind, currency } = measure.unit;
  if (kind === 'percent')
    return {
      value: formatValue(value, measure, locale),
      ofTarget: ` against a target of ${formatValue(target, measure, locale)}`,
    };
  if (kind === 'currency' && currency !== undefined) {
    // The target's digits as the currency shows them, without the code said already.
    const small = target !== 0 && Math.abs(target) < 1;
    const parts = numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: small ? 2 : 0,
      maximumFractionDigits: small ? Math.max(2, significantFractionDigits(target)) : 0,
    }).formatToParts(target);
    const digits = parts
      .filter((part) => part.type !== 'currency' && part.type !== 'literal')
      .map((part) => part.value)
      .join('');
    return { value: formatValue(value, measure, locale), ofTarget: ` of ${digits}` };
  }
  return {
    value: formatNumber(value, measure, locale),
    ofTarget: ` of ${formatValue(target, measure, locale)}`,
  };
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

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date for readers in the site locale's own style: `18 December 2025` in `en-GB`,
 * `December 18, 2025` in `en-US` (and in plain `en`, which Intl reads as American English).
 */
export function formatDate(isoDate: string, locale: string): string {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in the site's language from its ISO 3166-1 alpha-2 code (`RO` → "Romania"
 * in English, "România" in Romanian); an unknown code stays as written.
 */
export function formatCountry(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** The calendar year of a `YYYY-MM-DD` date, as written (`2022`). */
export function yearOf(isoDate: string): string {
  return isoDate.slice(0, 4);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Items as a list in the site's language: "a, b and c". */
export function formatList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * The names of places, each said once, in the order given: a name repeated is dropped, and a
 * name qualified by its city after a comma ("Mănăștur, Cluj-Napoca") drops the city when the
 * list names that city already, and otherwise puts it in brackets ("Mănăștur (Cluj-Napoca)"),
 * since in a list of places a comma reads as the start of the next place.
 */
export function placeNames(places: readonly { name: string }[]): string[] {
  return [...new Set(places.map((place) => bracketed(placeName(place.name, places))))];
}

/** A place's own name and what qualifies it that the list does not name already. */
function placeName(
  name: string,
  places: readonly { name: string }[],
): { own: string; qualifier: string } {
  const [own = '', ...within] = name.split(',').map((part) => part.trim());
  const qualifier = within
    .filter((part) => part !== '' && !places.some((place) => place.name.trim() === part))
    .join(', ');
  return { own, qualifier };
}

const bracketed = ({ own, qualifier }: { own: string; qualifier: string }) =>
  qualifier === '' ? own : `${own} (${qualifier})`;

/**
 * Places with each place, region and country said once, in the order given (names as
 * `placeNames` gives them): "Cluj-Napoca, Gherla and Florești (Cluj), Romania"; places of
 * several countries are joined with "; ".
 */
export function formatPlaces(
  places: readonly { name: string; region?: string | undefined; country: string }[],
  locale: string,
): string {
  const named = places.map((place) => ({ ...place, ...placeName(place.name, places) }));
  const countries = [...new Set(named.map(({ country }) => country))];
  return countries
    .map((country) => {
      const inCountry = named.filter((place) => place.country === country);
      const regions = [...new Set(inCountry.map(({ region }) => region))];
      const parts = regions.map((region) => {
        const inRegion = inCountry.filter((place) => place.region === region);
        const [only] = inRegion;
        // One district in its region: "Mănăștur (Cluj-Napoca, Cluj)", not two brackets.
        if (only !== undefined && inRegion.length === 1 && only.qualifier !== '' && region)
          return `${only.own} (${only.qualifier}, ${region})`;
        const names = formatList([...new Set(inRegion.map(bracketed))], locale);
        return region === undefined ? names : `${names} (${region})`;
      });
      return `${parts.join(', ')}, ${formatCountry(country, locale)}`;
    })
    .join('; ');
}
