import type { Problem } from './problem.ts';

/** An observation's value as read from the file, before the schema has seen it. */
interface RawValue {
  index: number;
  value: number;
}

/**
 * Whether `value` is written with at most three decimals, as `1.620` read with a decimal point
 * is: its shortest decimal form (no exponent) has three decimals or fewer.
 */
const hasAtMostThreeDecimals = (value: number): boolean =>
  /^\d+(?:\.\d{1,3})?$/.test(String(value));

/**
 * Whether `value` looks like a number whose thousands separator was read as a decimal point
 * (`1.620` kg for 1620 kg, as Excel in many European regions writes it), compared with the
 * other values of its series, `others`:
 * - it has at most three decimals, so that ×1000 gives back a whole number;
 * - its series has at least two other values above zero;
 * - ×1000 it is within a factor of 2 of their median;
 * - it is at least 100× smaller than their median.
 * A series of small values (1.48, 1.52 …) never fires: its median is small too.
 */
export function looksLikeMisreadThousands(value: number, others: readonly number[]): boolean {
  if (value <= 0 || !hasAtMostThreeDecimals(value)) return false;
  const positive = others.filter((other) => other > 0).sort((a, b) => a - b);
  return isMisread(value, (at) => positive[at] ?? 0, positive.length);
}

/** The rule of `looksLikeMisreadThousands` on `count` sorted values read by `at`. */
function isMisread(value: number, at: (index: number) => number, count: number): boolean {
  if (count < 2) return false;
  const thousandfold = value * 1000;
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  // ×1000 it must look like a typical value of its series (within a factor of 2 of the median),
  // not merely lie somewhere between an outlier and the rest.
  if (thousandfold < median / 2 || thousandfold > median * 2) return false;
  return value * 100 <= median;
}

/** The raw observations of a dataset's data (parsed JSON, CSV rows merged in), grouped by series. */
function valuesBySeries(data: unknown): Map<string, RawValue[]> {
  const bySeries = new Map<string, RawValue[]>();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bySeries;
  const observations = (data as Record<string, unknown>)['observations'];
  if (!Array.isArray(observations)) return bySeries;
  observations.forEach((observation: unknown, index) => {
    if (typeof observation !== 'object' || observation === null) return;
    const { value, series } = observation as Record<string, unknown>;
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const key = typeof series === 'string' ? series : '';
    bySeries.set(key, [...(bySeries.get(key) ?? []), { index, value }]);
  });
  return bySeries;
}

/**
 * Warnings for values that look 1,000× too small because a thousands separator was read as a
 * decimal point: `observations[i].value: 1.62 is 1,000× smaller than its neighbours …`. A
 * warning, since a value may really be that small; for observations from a CSV file,
 * `pointAtCsvLines` moves it to the CSV line.
 */
export function checkThousandsMisread(file: string, data: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const values of valuesBySeries(data).values()) {
    // Positive values of the series, sorted once: the others of a value are these without it.
    const sorted = values.flatMap(({ value }) => (value > 0 ? [value] : [])).sort((a, b) => a - b);
    const firstAt = new Map<number, number>();
    sorted.forEach((value, at) => {
      if (!firstAt.has(value)) firstAt.set(value, at);
    });
    values.forEach(({ index, value }, position) => {
      if (value <= 0 || !hasAtMostThreeDecimals(value)) return;
      const own = firstAt.get(value) ?? 0;
      const others = (at: number) => sorted[at < own ? at : at + 1] ?? 0;
      if (!isMisread(value, others, sorted.length - 1)) return;
      const neighbours = [values[position - 1], values[position + 1]]
        .flatMap((neighbour) => (neighbour === undefined ? [] : [String(neighbour.value)]))
        .join(' and ');
      const plural = neighbours.includes(' and ') ? 'neighbours' : 'neighbour';
      const meant = Math.round(value * 1000);
      problems.push({
        file,
        path: `observations[${index}].value`,
        message: `${value} is 1,000× smaller than its ${plural} (${neighbours}): did you mean ${meant}? Write numbers without a thousands separator; if ${value} is right, leave it (a warning fails nothing)`,
        severity: 'warning',
      });
    });
  }
  return problems;
}
