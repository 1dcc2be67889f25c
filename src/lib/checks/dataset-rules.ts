import type { Dataset, Observation } from '../../schemas/index.ts';
import type { Entry } from '../content/parse.ts';
import type { Problem } from '../content/problem.ts';
import { markdownRawHtml, markdownUrlProblems } from '../markdown.ts';
import { formatPeriod, periodForm, periodRange } from '../periods.ts';
import { didYouMean } from '../suggest.ts';

/** What checks on one dataset need to know beyond the dataset. */
export interface DatasetContext {
  /** Month fiscal years start in, from site.json. */
  fiscalYearStartMonth: number | undefined;
  /** Today as `YYYY-MM-DD`; passed in so checks are deterministic. */
  today: string;
}

type DatasetEntry = Pick<Entry<Dataset>, 'file' | 'parts' | 'invalid'>;

/** Valid observations with their index in the file, so messages point at the right item. */
function indexedObservations(dataset: DatasetEntry): { observation: Observation; index: number }[] {
  return (dataset.parts.observations ?? []).flatMap((observation, index) =>
    observation === undefined ? [] : [{ observation, index }],
  );
}

function checkSeries({ file, parts, invalid }: DatasetEntry): Problem[] {
  if (invalid.has('series')) return [];
  const declared = parts.series?.flatMap((item) => (item ? [item.id] : [])) ?? [];
  const problems: Problem[] = [];
  declared.forEach((id, index) => {
    if (declared.indexOf(id) !== index) {
      problems.push({
        file,
        path: `series[${index}].id`,
        message: `expected a unique series id, found "${id}" twice`,
      });
    }
  });
  for (const { observation, index } of indexedObservations({ file, parts, invalid })) {
    const path = `observations[${index}].series`;
    const { series } = observation;
    if (declared.length === 0 && series !== undefined) {
      problems.push({
        file,
        path,
        message: `expected no series (the dataset declares none), found "${series}"`,
      });
    } else if (declared.length > 0 && (series === undefined || !declared.includes(series))) {
      const found = series === undefined ? 'nothing' : `"${series}"${didYouMean(series, declared)}`;
      problems.push({
        file,
        path,
        message: `expected one of the declared series (${declared.join(', ')}), found ${found}`,
      });
    }
  }
  return problems;
}

function checkOneValuePerPeriod(dataset: DatasetEntry): Problem[] {
  const firstIndex = new Map<string, number>();
  return indexedObservations(dataset).flatMap(({ observation, index }) => {
    const key = `${observation.series ?? ''}\u0000${observation.period}`;
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return [];
    }
    const series = observation.series === undefined ? '' : ` of series "${observation.series}"`;
    return [
      {
        file: dataset.file,
        path: `observations[${index}].period`,
        message: `expected one value per series and period, found a second value for "${observation.period}"${series} (the first is observations[${first}])`,
      },
    ];
  });
}

/** The rule every value of a unit kind must follow, if it has one. */
function valueRule(
  kind: Dataset['measure']['unit']['kind'],
): { test: (value: number) => boolean; expected: string } | undefined {
  switch (kind) {
    case 'count':
      return {
        test: (value) => Number.isInteger(value) && value >= 0,
        expected: 'a whole number ≥ 0',
      };
    case 'percent':
      return {
        test: (value) => value >= 0 && value <= 100,
        expected: 'a percentage from 0 to 100',
      };
    case 'currency':
    case 'mass':
    case 'volume':
    case 'duration':
      return { test: (value) => value >= 0, expected: 'a number ≥ 0' };
    case 'other':
      return undefined;
  }
}

/** Numbers beyond 2^53 are not stored exactly: totals of them would silently lose units. */
function checkMagnitude(dataset: DatasetEntry): Problem[] {
  return indexedObservations(dataset).flatMap(({ observation, index }) =>
    Math.abs(observation.value) > Number.MAX_SAFE_INTEGER
      ? [
          {
            file: dataset.file,
            path: `observations[${index}].value`,
            message: `expected a number of at most 15 digits (larger ones are not stored exactly), found ${observation.value}; use a larger unit`,
          },
        ]
      : [],
  );
}

function checkValues(dataset: DatasetEntry): Problem[] {
  const { file, parts } = dataset;
  const rule = parts.measure && valueRule(parts.measure.unit.kind);
  if (rule === undefined) return [];
  const problems: Problem[] = [];
  for (const { observation, index } of indexedObservations(dataset)) {
    if (!rule.test(observation.value)) {
      problems.push({
        file,
        path: `observations[${index}].value`,
        message: `expected ${rule.expected}, found ${observation.value}`,
      });
    }
  }
  parts.restatements?.forEach((restatement, index) => {
    if (restatement !== undefined && !rule.test(restatement.previousValue)) {
      problems.push({
        file,
        path: `restatements[${index}].previousValue`,
        message: `expected ${rule.expected}, found ${restatement.previousValue}`,
      });
    }
  });
  return problems;
}

/** Percentages of different wholes do not add up: 80% of trees in Q1 and Q2 is not 160%. */
function checkAggregation({ file, parts }: DatasetEntry): Problem[] {
  if (parts.measure?.unit.kind !== 'percent' || parts.measure.aggregation !== 'sum') return [];
  return [
    {
      file,
      path: 'measure.aggregation',
      message:
        'expected "mean" or "last" for a percentage (percentages of different periods do not add up), found "sum"',
    },
  ];
}

function checkCurrency({ file, parts }: DatasetEntry): Problem[] {
  if (parts.measure === undefined) return [];
  const { kind, currency } = parts.measure.unit;
  if (kind === 'currency' && currency === undefined) {
    return [
      {
        file,
        path: 'measure.unit.currency',
        message:
          'expected an ISO 4217 currency code such as "RON" for a currency unit, found nothing',
      },
    ];
  }
  if (kind !== 'currency' && currency !== undefined) {
    return [
      {
        file,
        path: 'measure.unit.currency',
        message: `expected no currency for a "${kind}" unit (set kind to "currency"), found "${currency}"`,
      },
    ];
  }
  return [];
}

function checkVerification({ file, parts }: DatasetEntry): Problem[] {
  if (parts.verification === undefined || parts.verification.level === 'self-reported') return [];
  const { level, by, date } = parts.verification;
  const problems: Problem[] = [];
  if (by === undefined) {
    problems.push({
      file,
      path: 'verification.by',
      message: `expected who checked the figures (required for "${level}"), found nothing`,
    });
  }
  if (date === undefined) {
    problems.push({
      file,
      path: 'verification.date',
      message: `expected the date of the check (required for "${level}"), found nothing`,
    });
  }
  return problems;
}

function checkPeriods(dataset: DatasetEntry, context: DatasetContext): Problem[] {
  const { fiscalYearStartMonth, today } = context;
  return indexedObservations(dataset).flatMap(
    ({ observation: { period, status }, index }): Problem[] => {
      const at = { file: dataset.file, path: `observations[${index}].period` };
      if (periodForm(period) === 'fiscalYear' && fiscalYearStartMonth === undefined) {
        return [
          {
            ...at,
            message: `expected fiscalYearStartMonth in content/site.json to use a fiscal-year period, found "${period}"`,
          },
        ];
      }
      const range = periodRange(period, fiscalYearStartMonth);
      if (status !== 'measured' || range === undefined || range.end <= today) return [];
      return [
        {
          ...at,
          message: `expected a period that has ended for a measured value (${formatPeriod(period)} ends ${range.end}), found "${period}"; mark it "provisional" or "estimated"`,
        },
      ];
    },
  );
}

function checkRestatements(dataset: DatasetEntry): Problem[] {
  const { file, parts, invalid } = dataset;
  const observations = indexedObservations(dataset).map(({ observation }) => observation);
  return (parts.restatements ?? []).flatMap((restatement, index): Problem[] => {
    if (restatement === undefined) return [];
    const path = `restatements[${index}]`;
    const current = observations.find(
      (observation) =>
        observation.period === restatement.period && observation.series === restatement.series,
    );
    if (current === undefined) {
      // The observation may be the one that failed its schema; that problem is reported already.
      if (invalid.has('observations')) return [];
      const series = restatement.series === undefined ? '' : ` of series "${restatement.series}"`;
      return [
        {
          file,
          path: `${path}.period`,
          message: `expected a period${series} that has an observation, found "${restatement.period}"`,
        },
      ];
    }
    if (current.value !== restatement.previousValue) return [];
    return [
      {
        file,
        path: `${path}.previousValue`,
        message: `expected the value published before the restatement, which differs from the current value (${current.value}), found ${restatement.previousValue}`,
      },
    ];
  });
}

/** The methodology is Markdown whose links follow the URL rule; raw HTML would not be shown. */
function checkMethodologyUrls({ file, parts }: DatasetEntry): Problem[] {
  if (parts.methodology === undefined) return [];
  const html = markdownRawHtml(parts.methodology).map(({ line, html: found }) => ({
    file,
    path: 'methodology',
    message: `line ${line} of the text: expected Markdown, found HTML (${found}), which is not shown; write it in Markdown (a blank line for a new paragraph, - for a list)`,
  }));
  const urls = markdownUrlProblems(parts.methodology).map(({ line, message }) => ({
    file,
    path: 'methodology',
    message: `line ${line} of the text: ${message}`,
  }));
  return [...html, ...urls];
}

function checkDates({ file, parts }: DatasetEntry): Problem[] {
  const { issued, modified } = parts;
  return issued !== undefined && modified !== undefined && modified < issued
    ? [
        {
          file,
          path: 'modified',
          message: `expected a date on or after issued (${issued}), found "${modified}"`,
        },
      ]
    : [];
}

/**
 * Every rule a dataset must follow on its own: series, one value per period, units, provenance.
 * Runs on the fields that passed their schema, so a file's problems all show in one run.
 */
export function checkDataset(dataset: DatasetEntry, context: DatasetContext): Problem[] {
  return [
    ...checkSeries(dataset),
    ...checkOneValuePerPeriod(dataset),
    ...checkMagnitude(dataset),
    ...checkValues(dataset),
    ...checkAggregation(dataset),
    ...checkCurrency(dataset),
    ...checkVerification(dataset),
    ...checkPeriods(dataset, context),
    ...checkRestatements(dataset),
    ...checkDates(dataset),
    ...checkMethodologyUrls(dataset),
  ];
}
