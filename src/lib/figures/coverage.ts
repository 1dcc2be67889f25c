import { formatPeriod, monthNames, periodRange, type PeriodRange } from '../periods.ts';

/** A stretch of days, first and last inclusive, as `YYYY-MM-DD`. */
export interface DayRange {
  start: string;
  end: string;
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The day before `day` (`YYYY-MM-DD`). */
export function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const isFirstOfMonth = (day: string) => day.endsWith('-01');
const isLastOfMonth = (day: string) => nextDay(day).endsWith('-01');
const monthOf = (day: string) => monthNames[Number(day.slice(5, 7)) - 1] ?? '';
const yearOf = (day: string) => day.slice(0, 4);

/**
 * A stretch of days as readers say it: whole months as "Jan–Sep 2026" or "Oct 2024–Mar 2025",
 * a single month as "Sep 2026", other stretches as "3–14 Mar 2026" or "28 Feb–3 Mar 2026".
 */
export function formatDayRange({ start, end }: DayRange): string {
  const sameYear = yearOf(start) === yearOf(end);
  if (isFirstOfMonth(start) && isLastOfMonth(end)) {
    if (start.slice(0, 7) === end.slice(0, 7)) return `${monthOf(start)} ${yearOf(start)}`;
    return sameYear
      ? `${monthOf(start)}–${monthOf(end)} ${yearOf(end)}`
      : `${monthOf(start)} ${yearOf(start)}–${monthOf(end)} ${yearOf(end)}`;
  }
  const day = (iso: string) => String(Number(iso.slice(8, 10)));
  if (start === end) return `${day(start)} ${monthOf(start)} ${yearOf(start)}`;
  if (start.slice(0, 7) === end.slice(0, 7))
    return `${day(start)}–${day(end)} ${monthOf(end)} ${yearOf(end)}`;
  return sameYear
    ? `${day(start)} ${monthOf(start)}–${day(end)} ${monthOf(end)} ${yearOf(end)}`
    : `${day(start)} ${monthOf(start)} ${yearOf(start)}–${day(end)} ${monthOf(end)} ${yearOf(end)}`;
}

/** A sub-period that lies inside a longer one, with its own first and last day. */
export interface CoveringPeriod {
  period: string;
  range: PeriodRange;
}

/**
 * The stretches of days that `parts` cover together, in time order, adjoining parts merged
 * (Q1 and Q2 make Jan–Jun). Returns the first pair that overlaps instead, since values of
 * overlapping periods (2024-Q1 and 2024-01) would be counted twice.
 */
export function coveredStretches(
  parts: readonly CoveringPeriod[],
): { ok: true; stretches: DayRange[] } | { ok: false; overlap: [string, string] } {
  const sorted = [...parts].sort((a, b) => a.range.start.localeCompare(b.range.start));
  const stretches: DayRange[] = [];
  let previous: CoveringPeriod | undefined;
  for (const part of sorted) {
    const last = stretches.at(-1);
    if (previous !== undefined && last !== undefined && part.range.start <= last.end)
      return { ok: false, overlap: [previous.period, part.period] };
    if (last !== undefined && nextDay(last.end) === part.range.start) last.end = part.range.end;
    else stretches.push({ start: part.range.start, end: part.range.end });
    previous = part;
  }
  return { ok: true, stretches };
}

/** The days of `whole` that `stretches` leave out, as stretches. */
export function missingStretches(whole: DayRange, stretches: readonly DayRange[]): DayRange[] {
  const missing: DayRange[] = [];
  let cursor = whole.start;
  for (const stretch of stretches) {
    if (stretch.start > cursor) missing.push({ start: cursor, end: previousDay(stretch.start) });
    cursor = nextDay(stretch.end);
  }
  if (cursor <= whole.end) missing.push({ start: cursor, end: whole.end });
  return missing;
}

/**
 * How a stretch reads: the period's own name when it is exactly one period ("Q3 2026"),
 * otherwise its months or days ("Jan–Sep 2026").
 */
export function describeStretch(
  stretch: DayRange,
  periods: readonly string[],
  fiscalYearStartMonth?: number,
): string {
  const exact = periods.find((period) => {
    const range = periodRange(period, fiscalYearStartMonth);
    return range?.start === stretch.start && range.end === stretch.end;
  });
  return exact === undefined ? formatDayRange(stretch) : formatPeriod(exact);
}
