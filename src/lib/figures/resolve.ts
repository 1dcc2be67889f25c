import type { Dataset, Observation } from '../../schemas/index.ts';
import { formatPeriod, periodForm, periodRange, type PeriodRange } from '../periods.ts';
import { distance } from 'fastest-levenshtein';
import { didYouMean } from '../suggest.ts';
import {
  coveredStretches,
  describeStretch,
  formatDayRange,
  missingStretches,
  type DayRange,
} from './coverage.ts';

/** Which number of a dataset a figure shows. */
export interface FigureRequest {
  period: string;
  series?: string | undefined;
}

/** The part of a period a value covers when it is not all of it. */
export interface Coverage extends DayRange {
  /** As readers read it: "Jan–Sep 2026", or a period's own name ("Q3 2026"). */
  label: string;
}

/** A number of a dataset for a period, with what it really covers. */
export interface Figure {
  value: number;
  /** The least certain status of the values it is made of. */
  status: Observation['status'];
  observations: Observation[];
  /** Set when the value covers only part of the period (a year still in progress). */
  coverage: Coverage | undefined;
  /** What readers are told the figure is for: the period ("2025") or its coverage. */
  periodLabel: string;
}

/** A resolved figure, or why there is none: `reason` for authors, `readerNote` for readers. */
export type FigureResult =
  ({ ok: true } & Figure) | { ok: false; reason: string; readerNote: string };

type SeriesResult =
  | { kind: 'value'; value: number; observations: Observation[]; stretch: DayRange | undefined }
  | { kind: 'none' }
  | { kind: 'refused'; reason: string; readerNote: string };

const statusRank: Record<Observation['status'], number> = {
  measured: 0,
  provisional: 1,
  estimated: 2,
};

const aggregationWords = {
  sum: { verb: 'summed', result: 'total' },
  mean: { verb: 'averaged', result: 'mean' },
  last: { verb: 'taken from its last value', result: 'value' },
} as const;

/** The least certain status among `observations`. */
export function worstStatus(observations: readonly Observation[]): Observation['status'] {
  return observations.reduce<Observation['status']>(
    (worst, { status }) => (statusRank[status] > statusRank[worst] ? status : worst),
    'measured',
  );
}

/**
 * The value of one series for a period: its own observation, or its sub-periods combined by
 * the dataset's aggregation. A sum or mean needs sub-periods without holes between them (one
 * stretch: a year to date is a figure with its coverage, Q1 + Q2 + Q4 is no figure at all);
 * `last` needs only the latest sub-period.
 */
function seriesFigure(
  dataset: Dataset,
  observations: readonly Observation[],
  period: string,
  range: PeriodRange,
  fiscalYearStartMonth: number | undefined,
): SeriesResult {
  const exact = observations.find((observation) => observation.period === period);
  if (exact !== undefined)
    return { kind: 'value', value: exact.value, observations: [exact], stretch: undefined };
  const inside = observations.flatMap((observation) => {
    const own = periodRange(observation.period, fiscalYearStartMonth);
    return own !== undefined && own.start >= range.start && own.end <= range.end
      ? [{ observation, period: observation.period, range: own }]
      : [];
  });
  if (inside.length === 0) return { kind: 'none' };
  const label = formatPeriod(period);
  const covered = coveredStretches(inside);
  if (!covered.ok) {
    const [a, b] = covered.overlap.map(formatPeriod);
    return {
      kind: 'refused',
      reason: `the values for ${a} and ${b} overlap, so ${label} cannot be computed without counting days twice; use one form of period (all quarters or all months)`,
      readerNote: `overlapping values (${a}, ${b})`,
    };
  }
  const { aggregation } = dataset.measure;
  if (aggregation === 'last') {
    const latest = inside.reduce((best, part) => (part.range.end > best.range.end ? part : best));
    const stretch =
      latest.range.end === range.end
        ? undefined
        : { start: latest.range.start, end: latest.range.end };
    return {
      kind: 'value',
      value: latest.observation.value,
      observations: [latest.observation],
      stretch,
    };
  }
  const words = aggregationWords[aggregation];
  const { stretches } = covered;
  if (stretches.length > 1) {
    const holes = missingStretches(range, stretches)
      .filter((hole) => hole.start > range.start && hole.end < range.end)
      .map(formatDayRange);
    return {
      kind: 'refused',
      reason: `no value for ${holes.join(', ')}, so ${label} cannot be ${words.verb} (the ${words.result} of the other parts is not the ${words.result} of ${label}); add the missing values or choose a period with complete data`,
      readerNote: `no data for ${holes.join(', ')}`,
    };
  }
  if (aggregation === 'mean' && new Set(inside.map((part) => periodForm(part.period))).size > 1) {
    return {
      kind: 'refused',
      reason: `${label} would be the mean of periods of different lengths; use one form of period (all quarters or all months)`,
      readerNote: 'periods of different lengths',
    };
  }
  const values = inside.map((part) => part.observation.value);
  const total = values.reduce((sum, value) => sum + value, 0);
  const [stretch] = stretches;
  return {
    kind: 'value',
    value: aggregation === 'sum' ? total : total / values.length,
    observations: inside.map((part) => part.observation),
    stretch: stretch?.start === range.start && stretch.end === range.end ? undefined : stretch,
  };
}

/**
 * Why a period has no value, for authors: the periods the series does have, the observation
 * that contains a period shorter than the data's own, or a suggestion for a period outside the
 * data that looks like a typo ("2052" for "2025"). A gap inside the data gets no suggestion:
 * another year's number is not the answer to a missing one.
 */
function noValueReason(
  dataset: Dataset,
  request: FigureRequest,
  range: PeriodRange,
  fiscalYearStartMonth: number | undefined,
): string {
  const inSeries = dataset.observations.filter(
    (observation) => request.series === undefined || observation.series === request.series,
  );
  const ranges = inSeries.flatMap((observation) => {
    const own = periodRange(observation.period, fiscalYearStartMonth);
    return own === undefined ? [] : [{ period: observation.period, ...own }];
  });
  const whose = request.series === undefined ? 'the dataset has' : `series "${request.series}" has`;
  const available = [...new Set(inSeries.map(({ period }) => period))];
  const containing = ranges.find((own) => own.start <= range.start && own.end >= range.end);
  if (containing !== undefined) {
    return `no value for period "${request.period}": the values are for longer periods, and "${containing.period}" contains it; use "${containing.period}" or a longer period`;
  }
  const beyond =
    ranges.every((own) => own.end < range.start) || ranges.every((own) => own.start > range.end);
  // Only a one-character slip (2035 for 2025) is a likely typo; 2030 is not a mistyped 2022.
  // Of several (2022 and 2025 for 2026), the nearest in time: the digits read as one number.
  const digits = (period: string) => Number(period.replace(/\D/g, ''));
  const near = available
    .filter((period) => distance(period, request.period) <= 1)
    .sort(
      (a, b) =>
        Math.abs(digits(a) - digits(request.period)) - Math.abs(digits(b) - digits(request.period)),
    );
  const hint = beyond ? didYouMean(request.period, near) : '';
  return `no value for period "${request.period}"; ${whose} ${available.join(', ')}${hint}`;
}

function seriesProblem(
  dataset: Dataset,
  request: FigureRequest,
): { reason: string; readerNote: string } | undefined {
  const seriesIds = dataset.series?.map(({ id }) => id) ?? [];
  if (request.series !== undefined && !seriesIds.includes(request.series)) {
    const expected =
      seriesIds.length === 0 ? 'no series (the dataset has one)' : `one of ${seriesIds.join(', ')}`;
    return {
      reason: `unknown series "${request.series}": expected ${expected}${didYouMean(request.series, seriesIds)}`,
      readerNote: 'unknown series',
    };
  }
  if (request.series === undefined && seriesIds.length > 0 && !dataset.measure.seriesAddUp) {
    return {
      reason: `expected a series (${seriesIds.join(', ')}): the series of this dataset are not parts of one total; name one with series="…", or set measure.seriesAddUp to true in the dataset if they add up`,
      readerNote: 'the series do not add up',
    };
  }
  return undefined;
}

/**
 * The figure of a dataset for a period (`2025`, `2025-Q2`, `2024/25`, …) and optionally one
 * series: the observation itself, or the observations of shorter periods inside it combined by
 * `measure.aggregation` (quarters summed into a year). Without a series, a dataset with series
 * gives the total across them, only when `measure.seriesAddUp` says they are parts of a whole,
 * and only when every series has a value covering the same days.
 *
 * A sum or mean of sub-periods with a hole between them is refused (Q1 + Q2 + Q4 is not a
 * year); one unbroken stretch that is not the whole period (a year to date) is a figure whose
 * `coverage` says which part it is ("Jan–Sep 2026"), never labelled as the whole period.
 * Errors are worded for authors (`reason`) and for readers (`readerNote`).
 */
export function resolveFigure(
  dataset: Dataset,
  request: FigureRequest,
  fiscalYearStartMonth?: number,
): FigureResult {
  const problem = seriesProblem(dataset, request);
  if (problem !== undefined) return { ok: false, ...problem };
  const range = periodRange(request.period, fiscalYearStartMonth);
  if (range === undefined) {
    const reason =
      periodForm(request.period) === 'fiscalYear'
        ? `a fiscal year such as "${request.period}" needs fiscalYearStartMonth in content/site.json (the month fiscal years start in, 1–12)`
        : `expected a period written YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or YYYY/YY, found "${request.period}"`;
    return { ok: false, reason, readerNote: 'unknown period' };
  }
  const seriesIds =
    request.series !== undefined
      ? [request.series]
      : (dataset.series?.map(({ id }) => id) ?? [undefined]);
  const results = seriesIds.map((id) => ({
    id,
    result: seriesFigure(
      dataset,
      dataset.observations.filter((observation) => observation.series === id),
      request.period,
      range,
      fiscalYearStartMonth,
    ),
  }));
  const label = formatPeriod(request.period);
  const refused = results.find(({ result }) => result.kind === 'refused');
  if (refused?.result.kind === 'refused') {
    const many = results.length > 1;
    const label = dataset.series?.find(({ id }) => id === refused.id)?.label ?? '';
    return {
      ok: false,
      reason: `${many ? `series "${refused.id ?? ''}": ` : ''}${refused.result.reason}`,
      readerNote: `${many ? `${label}: ` : ''}${refused.result.readerNote}`,
    };
  }
  const values = results.flatMap(({ id, result }) =>
    result.kind === 'value' ? [{ id, ...result }] : [],
  );
  if (values.length === 0) {
    const reason = noValueReason(dataset, request, range, fiscalYearStartMonth);
    return { ok: false, reason, readerNote: 'no data' };
  }
  const missing = results.filter(({ result }) => result.kind === 'none').map(({ id }) => id ?? '');
  if (missing.length > 0) {
    const names = missing.map(
      (id) => dataset.series?.find((series) => series.id === id)?.label ?? id,
    );
    return {
      ok: false,
      reason: `no value of series ${missing.map((id) => `"${id}"`).join(', ')} for ${label}, so the series cannot be totalled (a total of the other series is not the total); add the missing value or name a series with series="…"`,
      readerNote: `no data for ${names.join(', ')}`,
    };
  }
  const [first] = values;
  const sameStretch = values.every(
    ({ stretch }) =>
      stretch?.start === first?.stretch?.start && stretch?.end === first?.stretch?.end,
  );
  if (!sameStretch || first === undefined) {
    const parts = values.map(
      ({ id, stretch }) =>
        `${id ?? ''}: ${stretch === undefined ? label : formatDayRange(stretch)}`,
    );
    return {
      ok: false,
      reason: `the series cover different parts of ${label} (${parts.join('; ')}), so they cannot be totalled; add the missing values or name a series with series="…"`,
      readerNote: 'the series cover different periods',
    };
  }
  const observations = values.flatMap((value) => value.observations);
  const coverage =
    first.stretch === undefined
      ? undefined
      : {
          ...first.stretch,
          label: describeStretch(
            first.stretch,
            observations.map(({ period }) => period),
            fiscalYearStartMonth,
          ),
        };
  return {
    ok: true,
    value: values.reduce((sum, { value }) => sum + value, 0),
    status: worstStatus(observations),
    observations,
    coverage,
    periodLabel: coverage?.label ?? label,
  };
}

/**
 * What a figure covers with its status when not final, as every page and card shows it beside
 * the number: `2025`, `2025, provisional`, `Jan–Sep 2026, estimated`.
 */
export function periodWithStatus(figure: Pick<Figure, 'periodLabel' | 'status'>): string {
  return figure.status === 'measured'
    ? figure.periodLabel
    : `${figure.periodLabel}, ${figure.status}`;
}
