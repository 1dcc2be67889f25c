/**
 * The shares of parts in their total, as percentages that add up to exactly 100 and name every
 * part honestly: a part above zero is never "0%" and a part short of the whole never "100%".
 * Largest remainder apportionment (as for seats in a parliament) at whole per cent, or at one
 * or more decimals when whole per cent would round a part to 0 or 100. Values must be ≥ 0 with
 * a total above zero (the chart check refuses anything else); otherwise every share is 0.
 */
export function sharesOf(
  values: readonly number[],
  locale: string,
): { percent: number; text: string }[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total <= 0) return values.map(() => ({ percent: 0, text: '0%' }));
  for (let digits = 0; digits <= 6; digits += 1) {
    const seats = 100 * 10 ** digits;
    const exact = values.map((value) => (value / total) * seats);
    const given = exact.map(Math.floor);
    const left = seats - given.reduce((sum, seat) => sum + seat, 0);
    const byRemainder = exact
      .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
      .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const { index } of byRemainder.slice(0, left)) given[index] = (given[index] ?? 0) + 1;
    const honest = given.every(
      (seat, index) =>
        ((values[index] ?? 0) === 0 || seat > 0) &&
        ((values[index] ?? 0) === total || seat < seats),
    );
    if (honest || digits === 6) {
      const format = new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: digits,
      });
      return given.map((seat) => {
        const percent = seat / 10 ** digits;
        return { percent, text: format.format(percent / 100) };
      });
    }
  }
  return [];
}
