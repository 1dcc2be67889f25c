import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Problem } from '../content/problem.ts';
import { periodRange } from '../periods.ts';
import {
  describeNumbers,
  englishNumbers,
  europeanNumbers,
  readNumber,
  readPeriod,
  readQuarter,
  type NumberFormat,
} from './spreadsheet-cells.ts';
import { slugFor } from './slug.ts';

/** One value read from the spreadsheet, as the dataset will hold it. */
export interface ImportedObservation {
  period: string;
  series?: string;
  value: number;
  status?: string;
  note?: string;
}

/** What a spreadsheet export holds, read as observations. */
export interface SpreadsheetImport {
  format: NumberFormat;
  /** How the sheet was laid out, said back to the author. */
  layout: 'one row per value' | 'series in columns' | 'series in rows';
  /** Series found (from column or row names); undefined for a single series. */
  series: { id: string; label: string }[] | undefined;
  observations: ImportedObservation[];
  /** What the author should know about how the sheet was read (cells left empty …). */
  notes: string[];
}

interface Row {
  cells: string[];
  line: number;
}

/** Column names the importer knows, in English and Romanian, by their slug. */
const columnNames = {
  period: ['period', 'perioada', 'perioade'],
  year: ['year', 'an', 'anul'],
  quarter: ['quarter', 'trimestru', 'trimestrul', 'trim', 'q'],
  value: ['value', 'valoare', 'valoarea'],
  series: ['series', 'serie', 'seria', 'category', 'categorie', 'categoria'],
  status: ['status', 'stare'],
  note: ['note', 'nota', 'notes', 'observatii', 'comentariu'],
} as const;

type Known = keyof typeof columnNames;

function columnKind(name: string): Known | undefined {
  const slug = slugFor(name);
  return (Object.keys(columnNames) as Known[]).find((kind) =>
    (columnNames[kind] as readonly string[]).includes(slug),
  );
}

/** Cells that mean "no value": empty, or a dash as spreadsheets show one. */
const isBlank = (cell: string) => /^[-–—]?$/.test(cell.trim());

/**
 * The separator of an export, from its first line: `;` (Excel in Romanian and most European
 * settings, decimal commas) when it has more semicolons than commas, otherwise `,`.
 */
function formatOf(text: string): NumberFormat {
  const first =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((line) => line.trim() !== '') ?? '';
  const count = (char: string) => first.split(char).length - 1;
  return count(';') > count(',') ? europeanNumbers : englishNumbers;
}

const quoteCell = (cell: string) =>
  JSON.stringify(cell.length > 40 ? `${cell.slice(0, 37)}…` : cell);

/**
 * Reads the observations of a spreadsheet export (CSV from Excel or LibreOffice, with or
 * without a BOM, separated by `;` or `,`) in one of three layouts:
 * - one row per value: a `period` column (or `year` and `quarter`), a `value` column, and
 *   optionally `series`, `status`, `note` (the site's own CSV columns; Romanian names too);
 * - series in columns: a period column (named, or the first column holding periods), then one
 *   column per series, named by it (one such column: a single series);
 * - series in rows: the first column names the series, the other columns are periods.
 * Numbers follow the format of the separator (`describeNumbers`); empty cells and dashes are
 * no value (and said so in `notes`); a year left empty under a year is the year above (merged
 * cells), said in `notes`. A value for a period that has not ended (on `today`) is marked
 * provisional unless a status column says otherwise. Nothing is guessed: every cell that
 * cannot be read is a problem naming its line and column; with any problem there is no data.
 */
export function importSpreadsheet(
  text: string,
  file: string,
  options: { today: string; fiscalYearStartMonth?: number | undefined },
): { data: SpreadsheetImport | undefined; problems: Problem[] } {
  const format = formatOf(text);
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter: format.delimiter,
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return {
      data: undefined,
      problems: [
        {
          file: lines === undefined ? file : `${file}:${lines}`,
          path: '',
          message: `could not be read as a spreadsheet export (CSV): ${message}`,
        },
      ],
    };
  }
  const rows: Row[] = parsed
    .filter(({ record }) => record.some((cell) => cell !== ''))
    .map(({ record, info }) => ({ cells: record, line: info.lines }));
  const [header, ...body] = rows;
  if (header === undefined || body.length === 0) {
    return {
      data: undefined,
      problems: [
        {
          file,
          path: '',
          message:
            'expected a header row naming the columns and at least one row of values, found ' +
            (header === undefined ? 'an empty file' : 'only one row'),
        },
      ],
    };
  }
  const reader = new SheetReader(file, format, header, options);
  const data = reader.read(body);
  return reader.problems.length > 0
    ? { data: undefined, problems: reader.problems }
    : { data, problems: [] };
}

class SheetReader {
  readonly problems: Problem[] = [];
  private readonly notes: string[] = [];
  private readonly names: string[];
  private readonly kinds: (Known | undefined)[];
  private readonly empty: string[] = [];
  /** Lines without a year that took the year above (merged cells). */
  private readonly yearAbove: number[] = [];
  private readonly headerLine: number;
  private readonly file: string;
  private readonly format: NumberFormat;
  private readonly options: { today: string; fiscalYearStartMonth?: number | undefined };

  constructor(
    file: string,
    format: NumberFormat,
    header: Row,
    options: { today: string; fiscalYearStartMonth?: number | undefined },
  ) {
    this.file = file;
    this.format = format;
    this.options = options;
    this.names = header.cells;
    this.headerLine = header.line;
    this.kinds = header.cells.map(columnKind);
  }

  private problem(line: number, column: string, message: string) {
    this.problems.push({ file: `${this.file}:${line}`, path: column, message });
  }

  read(body: Row[]): SpreadsheetImport | undefined {
    const periodInRows = this.kinds.includes('period') || this.kinds.includes('year');
    const periodHeaders = this.names.slice(1).filter((name) => name !== '');
    if (
      !periodInRows &&
      periodHeaders.length > 0 &&
      periodHeaders.every((name) => readPeriod(name))
    )
      return this.finish('series in rows', this.seriesInRows(body));
    const firstIsPeriod =
      periodInRows ||
      body.every(
        ({ cells }) => isBlank(cells[0] ?? '') || readPeriod(cells[0] ?? '') !== undefined,
      );
    if (!firstIsPeriod) {
      this.problems.push({
        file: this.file,
        path: '',
        message:
          'could not find the periods: expected a column named "period" (or "year" and "quarter"), a first column of periods such as 2025, 2025-Q1 or Q1 2025, or periods as the column names of the first row',
      });
      return undefined;
    }
    if (this.kinds.includes('value'))
      return this.finish('one row per value', this.oneRowPerValue(body));
    return this.finish('series in columns', this.seriesInColumns(body));
  }

  /** The period of a row whose periods are in columns, with merged years filled down. */
  private periodOf(row: Row, previousYear: { year?: string }): string | undefined {
    const at = (kind: Known) => this.kinds.indexOf(kind);
    const cell = (index: number) => row.cells[index] ?? '';
    const periodColumn = at('period') === -1 && at('year') === -1 ? 0 : at('period');
    if (periodColumn !== -1) {
      const written = cell(periodColumn);
      return this.period(written, row.line, this.names[periodColumn] || 'period');
    }
    let year = cell(at('year'));
    if (year === '' && previousYear.year !== undefined) {
      year = previousYear.year;
      this.yearAbove.push(row.line);
    }
    previousYear.year = year;
    const yearName = this.names[at('year')] ?? 'year';
    if (!/^\d{4}$/.test(year)) {
      this.problem(
        row.line,
        yearName,
        `expected a year such as 2025, found ${quoteCell(year)}${totalHint(year)}`,
      );
      return undefined;
    }
    if (at('quarter') === -1) return year;
    const quarterText = cell(at('quarter'));
    const quarter = readQuarter(quarterText);
    if (quarter === undefined) {
      this.problem(
        row.line,
        this.names[at('quarter')] ?? 'quarter',
        `expected a quarter written 1 to 4, Q1 to Q4, T1 to T4 or I to IV, found ${quoteCell(quarterText)}${totalHint(quarterText)}`,
      );
      return undefined;
    }
    return `${year}-Q${quarter}`;
  }

  private period(written: string, line: number, column: string): string | undefined {
    const period = readPeriod(written);
    if (period === undefined)
      this.problem(
        line,
        column,
        `expected a period such as 2025, 2025-Q1, Q1 2025 or 2025-03, found ${quoteCell(written)}${totalHint(written)}`,
      );
    return period;
  }

  private value(written: string, line: number, column: string, where: string): number | undefined {
    if (isBlank(written)) {
      this.empty.push(`line ${line} (${where})`);
      return undefined;
    }
    const value = readNumber(written, this.format);
    if (value === undefined)
      this.problem(
        line,
        column,
        `expected a number written like ${describeNumbers(this.format)}, as the ${this.format.delimiter === ';' ? 'semicolons' : 'commas'} between columns say, found ${quoteCell(written)}`,
      );
    return value;
  }

  private oneRowPerValue(body: Row[]): ImportedObservation[] {
    const known = new Set<Known>([
      'period',
      'year',
      'quarter',
      'value',
      'series',
      'status',
      'note',
    ]);
    this.names.forEach((name, index) => {
      const kind = this.kinds[index];
      if (name !== '' && (kind === undefined || !known.has(kind)))
        this.problems.push({
          file: `${this.file}:${this.headerLine}`,
          path: name,
          message: `unknown column: with a "value" column, expected period (or year and quarter), value, series, status and note; remove the column or put each series in its own column instead of "value"`,
        });
    });
    const at = (kind: Known) => this.kinds.indexOf(kind);
    const previousYear: { year?: string } = {};
    return body.flatMap((row): ImportedObservation[] => {
      const period = this.periodOf(row, previousYear);
      const cell = (kind: Known) => (at(kind) === -1 ? '' : (row.cells[at(kind)] ?? ''));
      const label = cell('series');
      const value = this.value(
        cell('value'),
        row.line,
        this.names[at('value')] ?? 'value',
        period ?? '?',
      );
      if (period === undefined || value === undefined) return [];
      return [
        {
          period,
          ...(label === '' ? {} : { series: label }),
          value,
          ...(cell('status') === '' ? {} : { status: cell('status') }),
          ...(cell('note') === '' ? {} : { note: cell('note') }),
        },
      ];
    });
  }

  private seriesInColumns(body: Row[]): ImportedObservation[] {
    const periodColumns = new Set(
      (['period', 'year', 'quarter'] as const).map((kind) => this.kinds.indexOf(kind)),
    );
    if (!this.kinds.includes('period') && !this.kinds.includes('year')) periodColumns.add(0);
    const seriesColumns = this.names.flatMap((name, index) =>
      periodColumns.has(index) ? [] : [{ name, index }],
    );
    const previousYear: { year?: string } = {};
    return body.flatMap((row) => {
      const period = this.periodOf(row, previousYear);
      return seriesColumns.flatMap(({ name, index }): ImportedObservation[] => {
        const written = row.cells[index] ?? '';
        if (name === '') {
          if (!isBlank(written))
            this.problem(
              row.line,
              `column ${index + 1}`,
              `expected a name for this column in the first row (the series its values belong to), found none, and a value ${quoteCell(written)}`,
            );
          return [];
        }
        const value = this.value(written, row.line, name, name);
        if (period === undefined || value === undefined) return [];
        return [{ period, series: name, value }];
      });
    });
  }

  private seriesInRows(body: Row[]): ImportedObservation[] {
    const periods = this.names.map((name, index) =>
      index === 0 || name === '' ? undefined : readPeriod(name),
    );
    return body.flatMap((row) => {
      const label = row.cells[0] ?? '';
      if (label === '') {
        this.problem(
          row.line,
          this.names[0] || 'column 1',
          'expected the name of the series this row holds, found none',
        );
        return [];
      }
      return row.cells.flatMap((written, index): ImportedObservation[] => {
        if (index === 0) return [];
        const period = periods[index];
        if (period === undefined) {
          if (!isBlank(written))
            this.problem(
              row.line,
              `column ${index + 1}`,
              `expected a period as the name of this column in the first row, found none, and a value ${quoteCell(written)}`,
            );
          return [];
        }
        const value = this.value(written, row.line, this.names[index] ?? '', label);
        return value === undefined ? [] : [{ period, series: label, value }];
      });
    });
  }

  /** Series ids from their names, one value per series and period, statuses of open periods. */
  private finish(
    layout: SpreadsheetImport['layout'],
    found: ImportedObservation[],
  ): SpreadsheetImport | undefined {
    const labels = [
      ...new Set(found.flatMap(({ series }) => (series === undefined ? [] : [series]))),
    ];
    const single = labels.length <= 1 && layout !== 'one row per value';
    const ids = new Map(labels.map((label) => [label, slugFor(label)]));
    const series =
      single || labels.length === 0
        ? undefined
        : labels.map((label) => ({ id: ids.get(label) ?? '', label }));
    for (const label of labels) {
      if (ids.get(label) === '')
        this.problems.push({
          file: this.file,
          path: label,
          message: `expected a series name with letters or digits, found ${quoteCell(label)}`,
        });
    }
    const seen = new Set<string>();
    const openPeriods = new Set<string>();
    const observations = found.map((observation) => {
      const id =
        single || observation.series === undefined ? undefined : ids.get(observation.series);
      const key = `${id ?? ''} ${observation.period}`;
      if (seen.has(key))
        this.problems.push({
          file: this.file,
          path: observation.series ?? '',
          message: `expected one value per ${id === undefined ? '' : 'series and '}period, found two for ${observation.period}${observation.series === undefined ? '' : ` of "${observation.series}"`}`,
        });
      seen.add(key);
      const range = periodRange(observation.period, this.options.fiscalYearStartMonth);
      const open =
        observation.status === undefined && range !== undefined && range.end > this.options.today;
      if (open) openPeriods.add(observation.period);
      const { series: _label, ...rest } = observation;
      return {
        ...rest,
        ...(id === undefined ? {} : { series: id }),
        ...(open ? { status: 'provisional' } : {}),
      };
    });
    if (openPeriods.size > 0)
      this.notes.push(
        `${[...openPeriods].join(', ')} ${openPeriods.size === 1 ? 'has' : 'have'} not ended yet, so ${openPeriods.size === 1 ? 'its values are' : 'their values are'} marked provisional`,
      );
    if (this.yearAbove.length > 0)
      this.notes.unshift(
        `${this.yearAbove.length === 1 ? 'Line' : 'Lines'} ${this.yearAbove.join(', ')} had no year, so the year above was used (merged cells)`,
      );
    if (this.empty.length > 0)
      this.notes.unshift(
        `${this.empty.length === 1 ? 'An empty cell was' : `${this.empty.length} empty cells were`} left out (no value): ${this.empty.join(', ')}`,
      );
    if (this.problems.length > 0) return undefined;
    return { format: this.format, layout, series, observations, notes: this.notes };
  }
}

/** A hint for a row of totals, which the site computes itself. */
function totalHint(cell: string): string {
  return /^total/i.test(cell.trim())
    ? '; this looks like a row of totals: delete it (the site adds the periods up itself)'
    : '';
}

/**
 * The observations as the site's own CSV (`content/datasets/<id>.csv`, read by
 * `readObservationsCsv`), in the export's dialect so the author's spreadsheet opens it: `;`
 * with decimal commas, or `,` with decimal points; never a thousands separator.
 */
export function observationsCsv(data: SpreadsheetImport): string {
  const hasSeries = data.observations.some((observation) => observation.series !== undefined);
  const columns = [
    'period',
    ...(hasSeries ? ['series'] : []),
    'value',
    ...(data.observations.some((observation) => observation.status !== undefined)
      ? ['status']
      : []),
    ...(data.observations.some((observation) => observation.note !== undefined) ? ['note'] : []),
  ];
  const number = (value: number) => String(value).replace('.', data.format.decimal);
  return stringify(
    data.observations.map((observation) => ({ ...observation, value: number(observation.value) })),
    { header: true, columns, delimiter: data.format.delimiter },
  );
}
