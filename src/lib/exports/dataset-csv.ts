import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '../../schemas/index.ts';
import { periodRange } from '../periods.ts';

/** The columns of every dataset CSV, in order: tidy data, one row per observation. */
export const csvColumns = [
  'dataset_id',
  'series_id',
  'period',
  'period_start',
  'period_end',
  'value',
  'unit',
  'status',
] as const;

/**
 * A dataset's observations as tidy CSV (RFC 4180, written by `csv-stringify`): a header row, then
 * one row per observation in the dataset's order — `period_start`/`period_end` the first and
 * last day the period covers (`YYYY-MM-DD`), `value` as a plain decimal number (no grouping, `.`
 * as separator), `unit` the unit's label (the currency code for money), `series_id` empty for a
 * dataset without series. Lines end in CRLF, as RFC 4180 says; the text starts with a UTF-8 byte
 * order mark, which Excel needs to read Romanian diacritics (ș, ț) as UTF-8 rather than the
 * system's code page; LibreOffice and CSV libraries skip it.
 */
export function datasetCsv(
  id: string,
  dataset: Dataset,
  options: { fiscalYearStartMonth?: number | undefined } = {},
): string {
  const unit = dataset.measure.unit.currency ?? dataset.measure.unit.label;
  const rows = dataset.observations.map((observation) => {
    const range = periodRange(observation.period, options.fiscalYearStartMonth);
    return [
      id,
      observation.series ?? '',
      observation.period,
      range?.start ?? '',
      range?.end ?? '',
      String(observation.value),
      unit,
      observation.status,
    ];
  });
  return `\uFEFF${stringify([[...csvColumns], ...rows], { record_delimiter: 'windows' })}`;
}
