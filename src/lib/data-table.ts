import type { Dataset, Observation } from '../schemas/index.ts';
import { resolveFigure } from './figures/resolve.ts';
import { formatList, formatValue } from './format.ts';
import { formatPeriod, periodDatetime, periodRange, periodSequence } from './periods.ts';
import { restatementHistory, type RestatementEntry } from './restatements.ts';

/** A column of values: one series, the total across series, or the single value. */
export interface TableColumn {
  /** Series id; undefined for the value of a single-series dataset and for the total. */
  series: string | undefined;
  label: string;
  isTotal: boolean;
}

/** One value of the table, ready to print. */
export interface TableCell {
  /** Null when there is no value: `text` then says why ("no data", "incomplete"). */
  value: number | null;
  text: string;
  status: Observation['status'] | undefined;
  /** The part of the period the value covers when it is not all of it: "Jan–Sep 2026". */
  coverage: string | undefined;
  restated: boolean;
  /** Why there is no value, for readers: "no data for Electronic waste". */
  missing: string | undefined;
  /** What qualifies the value, in words ("Jan–Sep 2026 only, provisional, restated"); undefined
   * when nothing does, or when the row says it once for every cell (`TableRow.remark`). */
  remark: string | undefined;
}

/** One period of the table. */
export interface TableRow {
  period: string;
  periodLabel: string;
  /** `datetime` of a `<time>` element, when HTML can express the period. */
  periodDatetime: string | undefined;
  cells: TableCell[];
  /** A remark that qualifies every cell of the row alike, said once for the row instead. */
  remark: string | undefined;
  /** Observation notes of this period, in words; a note several series share is said once,
   * naming them (or none, when it is every series'). */
  notes: string[];
  /** Restatements of this period's values, oldest first: "Paper: restated; previously 380 kg.",
   * with the anchor of its entry in the dataset page's history (`lib/restatements.ts`). */
  restatements: { text: string; anchor: string }[];
}

/** A dataset's values as one row per period and one column per series (and the total). */
export interface DataTable {
  columns: TableColumn[];
  rows: TableRow[];
}

/** What a table needs besides the dataset. */
export interface TableOptions {
  locale: string;
  fiscalYearStartMonth?: number | undefined;
  /** Series to show; all when undefined. The total is shown only with every series. */
  series?: readonly string[] | undefined;
}

function tableColumns(dataset: Dataset, shown: readonly string[] | undefined): TableColumn[] {
  if (dataset.series === undefined) return [{ series: undefined, label: 'Value', isTotal: false }];
  const series = dataset.series.filter(({ id }) => shown === undefined || shown.includes(id));
  const columns = series.map(({ id, label }) => ({ series: id, label, isTotal: false }));
  const withTotal =
    dataset.measure.seriesAddUp && series.length === dataset.series.length && series.length > 1;
  return withTotal ? [...columns, { series: undefined, label: 'Total', isTotal: true }] : columns;
}

const key = (series: string | undefined, period: string) => `${series ?? ''}\u0000${period}`;

function rowNotes(dataset: Dataset, period: string, locale: string): string[] {
  const seriesLabel = (id: string | undefined) =>
    dataset.series?.find((series) => series.id === id)?.label;
  // Each distinct note once, with the series it is about, in the order first given.
  const bySeries = new Map<string, (string | undefined)[]>();
  for (const observation of dataset.observations) {
    if (observation.period !== period || observation.note === undefined) continue;
    const ids = bySeries.get(observation.note) ?? [];
    bySeries.set(observation.note, [...ids, observation.series]);
  }
  const seriesCount = dataset.series?.length ?? 0;
  const notes = [...bySeries].map(([note, ids]) => {
    const labels = ids.map(seriesLabel).filter((label) => label !== undefined);
    const everySeries = seriesCount > 1 && new Set(ids).size === seriesCount;
    return labels.length === 0 || everySeries
      ? note
      : `${formatList([...new Set(labels)], locale)}: ${note}`;
  });
  return [...new Set(notes)];
}

/**
 * The restatements a row's figures carry, newest first: those of its own period, and on a row
 * made of shorter periods (a year of quarters in the totals) those of the periods inside it, so
 * that a "restated" total links to the change behind it too.
 */
function rowRestatements(
  dataset: Dataset,
  history: readonly RestatementEntry[],
  period: string,
  options: { locale: string; fiscalYearStartMonth?: number | undefined },
): TableRow['restatements'] {
  const row = periodRange(period, options.fiscalYearStartMonth);
  const within = (inner: string) => {
    if (inner === period) return true;
    const range = periodRange(inner, options.fiscalYearStartMonth);
    return (
      row !== undefined && range !== undefined && range.start >= row.start && range.end <= row.end
    );
  };
  return history
    .filter((entry) => within(entry.period))
    .reverse()
    .map((entry) => {
      const what = [entry.period === period ? undefined : entry.periodLabel, entry.seriesLabel]
        .filter((part) => part !== undefined)
        .join(', ');
      const previously = formatValue(entry.from, dataset.measure, options.locale);
      return {
        text: `${what === '' ? '' : `${what}: `}restated; previously ${previously}.`,
        anchor: entry.anchor,
      };
    });
}

/** A cell's qualifiers in words: "Jan–Sep 2026 only, provisional, restated". */
function cellRemark(cell: Omit<TableCell, 'remark'>): string | undefined {
  const words = [
    cell.coverage === undefined ? undefined : `${cell.coverage} only`,
    cell.status === undefined || cell.status === 'measured' ? undefined : cell.status,
    cell.restated ? 'restated' : undefined,
  ].filter((word) => word !== undefined);
  return words.length === 0 ? undefined : words.join(', ');
}

/**
 * A row's cells with their remarks, and the remark they all share said once for the row: when
 * there are several cells, each with a value, all qualified alike ("provisional" on every
 * series and the total).
 */
function withRemarks(cells: Omit<TableCell, 'remark'>[]): {
  cells: TableCell[];
  remark: string | undefined;
} {
  const remarks = cells.map(cellRemark);
  const [first] = remarks;
  const shared =
    cells.length > 1 &&
    first !== undefined &&
    cells.every((cell, index) => cell.value !== null && remarks[index] === first);
  return {
    cells: cells.map((cell, index) => ({ ...cell, remark: shared ? undefined : remarks[index] })),
    remark: shared ? first : undefined,
  };
}

/** A cell holding the dataset's figure for `period` (see `resolveFigure`). */
function figureCell(
  dataset: Dataset,
  period: string,
  series: string | undefined,
  options: TableOptions,
): Omit<TableCell, 'remark'> {
  const figure = resolveFigure(dataset, { period, series }, options.fiscalYearStartMonth);
  const restatedPeriods = new Set(
    (dataset.restatements ?? []).map((restatement) => key(restatement.series, restatement.period)),
  );
  if (!figure.ok) {
    const none = figure.readerNote === 'no data';
    return {
      value: null,
      text: none ? 'no data' : 'incomplete',
      status: undefined,
      coverage: undefined,
      restated: false,
      missing: none ? undefined : figure.readerNote,
    };
  }
  return {
    value: figure.value,
    text: formatValue(figure.value, dataset.measure, options.locale),
    status: figure.status,
    coverage: figure.coverage?.label,
    restated: figure.observations.some((observation) =>
      restatedPeriods.has(key(observation.series, observation.period)),
    ),
    missing: undefined,
  };
}

function observationCell(
  dataset: Dataset,
  observation: Observation,
  locale: string,
): Omit<TableCell, 'remark'> {
  return {
    value: observation.value,
    text: formatValue(observation.value, dataset.measure, locale),
    status: observation.status,
    coverage: undefined,
    restated: (dataset.restatements ?? []).some(
      (r) => key(r.series, r.period) === key(observation.series, observation.period),
    ),
    missing: undefined,
  };
}

function tableOf(dataset: Dataset, periods: readonly string[], options: TableOptions): DataTable {
  const columns = tableColumns(dataset, options.series);
  const history = restatementHistory(dataset, options.locale);
  // An observation of the row's own period is its cell; only the rest needs resolving.
  const byKey = new Map(dataset.observations.map((o) => [key(o.series, o.period), o]));
  const cell = (period: string, column: TableColumn) => {
    const observation = column.isTotal ? undefined : byKey.get(key(column.series, period));
    return observation === undefined
      ? figureCell(dataset, period, column.series, options)
      : observationCell(dataset, observation, options.locale);
  };
  return {
    columns,
    rows: periods.map((period) => ({
      period,
      periodLabel: formatPeriod(period),
      periodDatetime: periodDatetime(period),
      ...withRemarks(columns.map((column) => cell(period, column))),
      notes: rowNotes(dataset, period, options.locale),
      restatements: rowRestatements(dataset, history, period, options),
    })),
  };
}

/** The dataset's periods in time order: from the first to the last, gaps included. */
function observedPeriods(dataset: Dataset, fiscalYearStartMonth: number | undefined): string[] {
  const periods = dataset.observations.map(({ period }) => period);
  const start = (period: string) => periodRange(period, fiscalYearStartMonth)?.start ?? period;
  return (
    periodSequence(periods) ??
    [...new Set(periods)].sort((a, b) => start(a).localeCompare(start(b)))
  );
}

/**
 * The observations as a table: one row per period from the first to the last (a period
 * without data is a row that says "no data", never left out), one column per series, and a
 * total column when the series add up; a total is only given when every series has a value.
 */
export function observationTable(dataset: Dataset, options: TableOptions): DataTable {
  return tableOf(dataset, observedPeriods(dataset, options.fiscalYearStartMonth), options);
}

/**
 * The dataset's figures for `periods` (years made of quarters, a fiscal year a story quotes):
 * each computed by `resolveFigure`, so a year with a quarter missing says "incomplete" and a
 * year in progress gives its value with what it covers.
 */
export function periodTable(
  dataset: Dataset,
  periods: readonly string[],
  options: TableOptions,
): DataTable {
  return tableOf(dataset, periods, options);
}

/**
 * The periods a dataset page totals besides its observations: every calendar year the data
 * touches when it is kept by shorter periods, and `quoted` periods (those figures on the site
 * use) that are not observation periods; in time order.
 */
export function totalPeriods(
  dataset: Dataset,
  quoted: readonly string[],
  fiscalYearStartMonth?: number,
): string[] {
  const observed = new Set(dataset.observations.map(({ period }) => period));
  const periods = new Set<string>();
  for (const period of observed) {
    const range = periodRange(period, fiscalYearStartMonth);
    if (range === undefined) continue;
    for (const day of [range.start, range.end]) {
      const year = day.slice(0, 4);
      const yearRange = periodRange(year);
      if (yearRange && range.start >= yearRange.start && range.end <= yearRange.end)
        periods.add(year);
    }
  }
  for (const period of quoted) periods.add(period);
  const start = (period: string) => periodRange(period, fiscalYearStartMonth)?.start ?? period;
  return [...periods]
    .filter((period) => !observed.has(period))
    .sort((a, b) => start(a).localeCompare(start(b)) || a.localeCompare(b));
}

/** How the dataset's figures for longer periods are made, in words for readers. */
export function aggregationRule(dataset: Dataset): string {
  const across = dataset.measure.seriesAddUp
    ? ' The total adds up the series, which are parts of one whole; it is given only when every series has a value.'
    : '';
  switch (dataset.measure.aggregation) {
    case 'sum':
      return `A longer period is the sum of the shorter periods inside it, and is given only when they cover all of it without a gap; a period still in progress says which part it covers.${across}`;
    case 'mean':
      return `A longer period is the mean of the shorter periods inside it, and is given only when they cover all of it without a gap; a period still in progress says which part it covers.${across}`;
    case 'last':
      return `A longer period takes the value of its last shorter period (the value at its end); until that period has data, it says which part it covers.${across}`;
  }
}

/** First and last period of a dataset, for "2022 – 2025" labels. */
export function coveredPeriods(
  dataset: Dataset,
  fiscalYearStartMonth?: number,
): { first: string; last: string } {
  const periods = observedPeriods(dataset, fiscalYearStartMonth);
  return { first: periods[0] ?? '', last: periods.at(-1) ?? '' };
}
